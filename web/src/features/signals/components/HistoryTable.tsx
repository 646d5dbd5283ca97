import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { TableScroll } from '../../../components/TableScroll';
import type { HistoryEntry } from '../api';
import { outcomeLabel, statusLabel } from '../labels';

/** Every change of status: when, from, to, outcome, why and by whom. */
export function HistoryTable({ number, history }: { number: string; history: readonly HistoryEntry[] }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const caption = t('signals.history.caption', { number });
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signals.history.columns.at')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.history.columns.from')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.history.columns.to')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.history.columns.outcome')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.history.columns.note')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.history.columns.by')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {history.map((entry, index) => (
            <TableRow key={`${entry.changedAt}-${index}`}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <DateTime value={entry.changedAt} />
              </TableHeaderCell>
              <TableCell>{entry.fromStatus ? statusLabel(t, entry.fromStatus) : t('signals.history.start')}</TableCell>
              <TableCell>{statusLabel(t, entry.toStatus)}</TableCell>
              <TableCell>{entry.outcome ? outcomeLabel(t, entry.outcome) : none}</TableCell>
              <TableCell>{entry.note || none}</TableCell>
              <TableCell>{entry.changedBy ?? t('signals.history.system')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
