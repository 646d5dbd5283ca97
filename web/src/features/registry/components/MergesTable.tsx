import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import type { MergeView } from '../api';
import { SubjectLink } from './SubjectBits';

interface MergesTableProps {
  label: string;
  merges: readonly MergeView[];
  onUndo: (merge: MergeView) => Promise<void>;
}

/** Earlier merges involving this subject, with "Ongedaan maken" where the server allows it. */
export function MergesTable({ label, merges, onUndo }: MergesTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const caption = t('registry.profile.mergesCaption', { label });
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('registry.profile.mergeColumns.merged')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.mergeColumns.survivor')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.mergeColumns.reason')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.mergeColumns.moved')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.mergeColumns.mergedAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.mergeColumns.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {merges.map((merge) => (
            <TableRow key={merge.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <SubjectLink subject={merge.merged} />
              </TableHeaderCell>
              <TableCell>
                <SubjectLink subject={merge.survivor} />
              </TableCell>
              <TableCell>{merge.reason}</TableCell>
              <TableCell>{t('registry.profile.moved', { relations: merge.movedRelations, links: merge.movedLinks })}</TableCell>
              <TableCell>
                {merge.mergedBy
                  ? t('registry.profile.mergedBy', { at: formatDateTime(merge.mergedAt, language), name: merge.mergedBy })
                  : formatDateTime(merge.mergedAt, language)}
              </TableCell>
              <TableCell>
                {merge.undoneAt ? (
                  t('registry.profile.undoneAt', { at: formatDateTime(merge.undoneAt, language) })
                ) : merge.canUndo ? (
                  <ConfirmAction
                    label={t('registry.profile.undo')}
                    question={t('registry.profile.undoConfirm', { merged: merge.merged.label, survivor: merge.survivor.label })}
                    onConfirm={() => onUndo(merge)}
                  />
                ) : (
                  t('common.none')
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
