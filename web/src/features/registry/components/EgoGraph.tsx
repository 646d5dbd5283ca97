import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../app/paths';
import type { RelationView, SubjectDetail } from '../api';
import { layoutEgoGraph, shorten, type GraphNode } from '../graph';
import { relationLabel, subjectKindLabel } from '../labels';

const NODE_KIND_CLASSES: Record<string, string> = {
  person: 'dwb-graph__node--person',
  organisation: 'dwb-graph__node--organisation',
  address: 'dwb-graph__node--address',
  vehicle: 'dwb-graph__node--vehicle',
  bank_account: 'dwb-graph__node--bank-account',
};

function Neighbour({ node, radius }: { node: GraphNode; radius: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Clickable with the mouse, but not a focusable link: the drawing is one image (role="img"), which may not
  // contain controls. Keyboard and screen reader users have the same links in the relations table.
  return (
    <g className="dwb-graph__link" onClick={() => void navigate(paths.subject(node.id))}>
      <title>{`${node.fullLabel} (${subjectKindLabel(t, node.kind)})`}</title>
      <circle cx={node.x} cy={node.y} r={radius} className={`dwb-graph__node ${NODE_KIND_CLASSES[node.kind] ?? ''}`} />
      <text x={node.x} y={node.y + radius + 16} textAnchor="middle" className="dwb-graph__label">
        {node.label}
      </text>
      <text x={node.x} y={node.y + radius + 30} textAnchor="middle" className="dwb-graph__kind">
        {subjectKindLabel(t, node.kind)}
      </text>
    </g>
  );
}

/**
 * The subject's direct relations drawn as a radial ego network (SVG, no library). It is an image
 * with a text alternative; the relations table next to it is the accessible equivalent.
 */
export function EgoGraph({ subject, relations }: { subject: SubjectDetail; relations: readonly RelationView[] }) {
  const { t } = useTranslation();
  const layout = layoutEgoGraph(
    relations.map((relation) => ({
      otherId: relation.other.id,
      otherLabel: relation.other.label,
      otherKind: relation.other.kind,
      label: relationLabel(t, relation.type, relation.direction),
      current: relation.current,
    })),
  );
  const total = layout.nodes.length + layout.hidden;
  const centreLabel = shorten(subject.label, 28);
  const centreWidth = centreLabel.length * 7.5 + 12;
  return (
    <figure className="dwb-graph">
      <svg
        role="img"
        aria-label={t('registry.profile.graphLabel', { label: subject.label, count: total })}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="dwb-graph__svg"
        focusable="false"
      >
        <g className="dwb-graph__edges">
          {layout.nodes.map((node) => (
            <line
              key={node.id}
              x1={layout.centre.x}
              y1={layout.centre.y}
              x2={node.x}
              y2={node.y}
              className={node.current ? 'dwb-graph__edge' : 'dwb-graph__edge dwb-graph__edge--ended'}
            />
          ))}
        </g>
        <g className="dwb-graph__edge-labels">
          {layout.nodes.map((node) => (
            <g key={node.id}>
              <rect
                x={node.edgeLabelAt.x - node.edgeLabelWidth / 2}
                y={node.edgeLabelAt.y - 10}
                width={node.edgeLabelWidth}
                height={20}
                rx={3}
                className="dwb-graph__edge-label-background"
              />
              <text x={node.edgeLabelAt.x} y={node.edgeLabelAt.y + 4} textAnchor="middle" className="dwb-graph__edge-label">
                {node.current ? node.edgeLabel : `${node.edgeLabel} (${t('registry.profile.graphEnded')})`}
              </text>
            </g>
          ))}
        </g>
        <g className="dwb-graph__nodes">
          {layout.nodes.map((node) => (
            <Neighbour key={node.id} node={node} radius={layout.nodeRadius} />
          ))}
        </g>
        <g className="dwb-graph__centre">
          <circle
            cx={layout.centre.x}
            cy={layout.centre.y}
            r={layout.nodeRadius + 6}
            className={`dwb-graph__node dwb-graph__node--centre ${NODE_KIND_CLASSES[subject.kind] ?? ''}`}
          />
          <rect
            x={layout.centre.x - centreWidth / 2}
            y={layout.centre.y + layout.nodeRadius + 10}
            width={centreWidth}
            height={22}
            rx={3}
            className="dwb-graph__centre-label-background"
          />
          <text x={layout.centre.x} y={layout.centre.y + layout.nodeRadius + 26} textAnchor="middle" className="dwb-graph__centre-label">
            {centreLabel}
          </text>
        </g>
      </svg>
      {layout.hidden > 0 && (
        <figcaption>
          <Paragraph small>{t('registry.profile.graphHidden', { shown: layout.nodes.length, total })}</Paragraph>
        </figcaption>
      )}
    </figure>
  );
}
