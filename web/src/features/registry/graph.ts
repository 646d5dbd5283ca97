/**
 * Radial layout of an ego network: the subject in the centre, each neighbour on a circle around
 * it, one node per neighbour (several relations with the same neighbour share a node and an edge).
 * Pure, so it can be unit tested; EgoGraph draws the result as SVG.
 */

export interface GraphEdgeInput {
  /** The neighbour's subject id. */
  otherId: string;
  otherLabel: string;
  otherKind: string;
  /** The relation as read from the centre, e.g. "woont op". */
  label: string;
  /** Whether the relation still holds. */
  current: boolean;
}

export interface GraphPoint {
  x: number;
  y: number;
}

export interface GraphNode extends GraphPoint {
  id: string;
  /** Label, shortened to fit. */
  label: string;
  fullLabel: string;
  kind: string;
  /** The relation labels on the edge to this node, joined. */
  edgeLabel: string;
  /** Where the edge label goes (near the middle of the edge). */
  edgeLabelAt: GraphPoint;
  /** Approximate width of the edge label, for its background. */
  edgeLabelWidth: number;
  /** True when at least one of the relations with this neighbour is current. */
  current: boolean;
}

export interface GraphLayout {
  width: number;
  height: number;
  centre: GraphPoint;
  nodeRadius: number;
  nodes: GraphNode[];
  /** Neighbours left out because there were more than `maxNodes`. */
  hidden: number;
}

export interface GraphOptions {
  size?: number;
  maxNodes?: number;
  maxLabelLength?: number;
}

const CHARACTER_WIDTH = 6.5;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Shorten a label to `max` characters, ending with an ellipsis when cut. */
export function shorten(label: string, max: number): string {
  const trimmed = label.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

export function layoutEgoGraph(edges: readonly GraphEdgeInput[], options: GraphOptions = {}): GraphLayout {
  const size = options.size ?? 600;
  const maxNodes = options.maxNodes ?? 16;
  const maxLabelLength = options.maxLabelLength ?? 24;
  const nodeRadius = 22;
  // Room outside the circle for the node labels under each node.
  const radius = size / 2 - 100;
  const centre = { x: size / 2, y: size / 2 };

  const grouped = new Map<string, { input: GraphEdgeInput; labels: string[]; current: boolean }>();
  for (const edge of edges) {
    const existing = grouped.get(edge.otherId);
    if (existing) {
      if (!existing.labels.includes(edge.label)) {
        existing.labels.push(edge.label);
      }
      existing.current ||= edge.current;
    } else {
      grouped.set(edge.otherId, { input: edge, labels: [edge.label], current: edge.current });
    }
  }
  const neighbours = [...grouped.values()];
  const shown = neighbours.slice(0, maxNodes);

  const nodes = shown.map(({ input, labels, current }, index): GraphNode => {
    // Start at the top and go clockwise.
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / shown.length;
    const x = centre.x + radius * Math.cos(angle);
    const y = centre.y + radius * Math.sin(angle);
    const edgeLabel = shorten(labels.join(', '), 30);
    // Past the middle, clear of the centre's label; with many neighbours alternately nearer and further
    // out, so the labels of neighbouring edges overlap less.
    const t = shown.length > 6 ? (index % 2 === 0 ? 0.6 : 0.8) : 0.65;
    return {
      id: input.otherId,
      label: shorten(input.otherLabel, maxLabelLength),
      fullLabel: input.otherLabel,
      kind: input.otherKind,
      x: round(x),
      y: round(y),
      edgeLabel,
      edgeLabelAt: { x: round(centre.x + (x - centre.x) * t), y: round(centre.y + (y - centre.y) * t) },
      edgeLabelWidth: round(edgeLabel.length * CHARACTER_WIDTH + 8),
      current,
    };
  });

  return { width: size, height: size, centre, nodeRadius, nodes, hidden: neighbours.length - shown.length };
}
