import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { TableScroll } from '../../../components/TableScroll';
import { confidentialityLabel } from '../../../domain/labels';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import type { RelationView } from '../api';
import { relationLabel, reliabilityLabel, subjectKindLabel } from '../labels';
import { sortRelations } from '../relations';
import { RiskBadge, SubjectLink } from './SubjectBits';

function Period({ relation }: { relation: RelationView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!relation.validFrom && !relation.validTo) {
    return <>{t('registry.profile.periodUnknown')}</>;
  }
  return (
    <span className="dwb-status-list">
      {relation.validFrom && <span>{t('registry.profile.periodFrom', { from: formatDate(relation.validFrom, language) })}</span>}
      {relation.validTo && <span>{t('registry.profile.periodTo', { to: formatDate(relation.validTo, language) })}</span>}
    </span>
  );
}

interface RelationsTableProps {
  label: string;
  relations: readonly RelationView[];
  canWrite: boolean;
  onEnd: (relation: RelationView) => Promise<void>;
  onDelete: (relation: RelationView) => Promise<void>;
}

/** The relations of a subject: the accessible equivalent of the graph, and where relations are ended or deleted. */
export function RelationsTable({ label, relations, canWrite, onEnd, onDelete }: RelationsTableProps) {
  const { t } = useTranslation();
  const caption = t('registry.profile.relationsCaption', { label });
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('registry.profile.relationColumns.relation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.relationColumns.other')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.relationColumns.period')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.relationColumns.reliability')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.relationColumns.source')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.relationColumns.confidentiality')}</TableHeaderCell>
            {canWrite && <TableHeaderCell scope="col">{t('registry.profile.relationColumns.actions')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sortRelations(relations).map((relation) => {
            const name = relationLabel(t, relation.type, relation.direction);
            return (
              <TableRow key={relation.id}>
                <TableCell>
                  {name}
                  {!relation.current && <span className="dwb-cell-note">{t('registry.profile.ended')}</span>}
                </TableCell>
                <TableHeaderCell scope="row" className="dwb-row-header">
                  <SubjectLink subject={relation.other} />
                  <span className="dwb-cell-note">
                    {subjectKindLabel(t, relation.other.kind)}
                    {relation.other.detail ? ` · ${relation.other.detail}` : ''}
                  </span>
                  {relation.other.riskSector && <RiskBadge />}
                </TableHeaderCell>
                <TableCell>
                  <Period relation={relation} />
                </TableCell>
                <TableCell>{reliabilityLabel(t, relation.reliability)}</TableCell>
                <TableCell>
                  {relation.source || t('common.none')}
                  {relation.note && <span className="dwb-cell-note">{relation.note}</span>}
                </TableCell>
                <TableCell>{confidentialityLabel(t, relation.confidentiality)}</TableCell>
                {canWrite && (
                  <TableCell>
                    <div className="dwb-actions dwb-actions--compact">
                      {relation.current && !relation.validTo && (
                        <ConfirmAction
                          label={t('registry.profile.endRelation')}
                          question={t('registry.profile.endConfirm', { relation: name, other: relation.other.label })}
                          onConfirm={() => onEnd(relation)}
                        />
                      )}
                      <ConfirmAction
                        label={t('registry.profile.deleteRelation')}
                        question={t('registry.profile.deleteConfirm', { relation: name, other: relation.other.label })}
                        onConfirm={() => onDelete(relation)}
                        danger
                      />
                    </div>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
