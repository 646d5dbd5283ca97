import { describe, expect, it } from 'vitest';
import { layoutEgoGraph, shorten, type GraphEdgeInput } from './graph';

const edge = (otherId: string, label = 'woont op', current = true): GraphEdgeInput => ({
  otherId,
  otherLabel: `Subject ${otherId}`,
  otherKind: 'address',
  label,
  current,
});
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('layoutEgoGraph', () => {
  it('puts the subject in the centre and the neighbours on a circle, the first at the top', () => {
    const layout = layoutEgoGraph([edge('a'), edge('b'), edge('c'), edge('d')], { size: 600 });
    expect(layout.centre).toEqual({ x: 300, y: 300 });
    expect(layout.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c', 'd']);
    for (const node of layout.nodes) {
      expect(distance(node, layout.centre)).toBeCloseTo(200, 0);
    }
    expect(layout.nodes[0]).toMatchObject({ x: 300, y: 100 });
    expect(layout.nodes[1]).toMatchObject({ x: 500, y: 300 });
    expect(layout.nodes[2]).toMatchObject({ x: 300, y: 500 });
    expect(layout.nodes[3]).toMatchObject({ x: 100, y: 300 });
    expect(layout.hidden).toBe(0);
  });

  it('keeps every node inside the drawing', () => {
    const layout = layoutEgoGraph(
      Array.from({ length: 16 }, (_, index) => edge(String(index))),
      { size: 600 },
    );
    for (const node of layout.nodes) {
      expect(node.x - layout.nodeRadius).toBeGreaterThanOrEqual(0);
      expect(node.y + layout.nodeRadius + 30).toBeLessThanOrEqual(layout.height);
    }
  });

  it('gives several relations with one neighbour one node, with the labels joined', () => {
    const layout = layoutEgoGraph([edge('a', 'woont op', false), edge('a', 'is eigenaar van'), edge('a', 'woont op')]);
    expect(layout.nodes).toHaveLength(1);
    expect(layout.nodes[0]).toMatchObject({ edgeLabel: 'woont op, is eigenaar van', current: true });
  });

  it('marks a neighbour whose relations all ended', () => {
    expect(layoutEgoGraph([edge('a', 'woont op', false)]).nodes[0]?.current).toBe(false);
  });

  it('places the edge label past the middle of the edge, alternating with many neighbours', () => {
    const [node] = layoutEgoGraph([edge('a')], { size: 600 }).nodes;
    expect(node?.edgeLabelAt).toEqual({ x: 300, y: 170 });
    const many = layoutEgoGraph(
      Array.from({ length: 8 }, (_, index) => edge(String(index))),
      { size: 600 },
    ).nodes;
    expect(many[0]?.edgeLabelAt).toEqual({ x: 300, y: 180 });
    expect(many[2]?.edgeLabelAt).toEqual({ x: 420, y: 300 });
    expect(many[4]?.edgeLabelAt).toEqual({ x: 300, y: 420 });
    expect(distance(many[1]!.edgeLabelAt, { x: 300, y: 300 })).toBeCloseTo(160, 0);
  });

  it('draws at most maxNodes neighbours and counts the rest', () => {
    const layout = layoutEgoGraph(
      Array.from({ length: 20 }, (_, index) => edge(String(index))),
      { maxNodes: 12 },
    );
    expect(layout.nodes).toHaveLength(12);
    expect(layout.hidden).toBe(8);
  });

  it('returns no nodes for no relations', () => {
    expect(layoutEgoGraph([])).toMatchObject({ nodes: [], hidden: 0 });
  });
});

describe('shorten', () => {
  it('cuts long labels with an ellipsis and leaves short ones', () => {
    expect(shorten('Kevin Janssen', 24)).toBe('Kevin Janssen');
    expect(shorten('Handelsonderneming De Gouden Draak B.V.', 20)).toBe('Handelsonderneming…');
    expect(shorten('Handelsonderneming De Gouden Draak B.V.', 20)).toHaveLength(19);
  });
});
