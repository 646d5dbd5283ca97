import { Heading2, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../../components/DateTime';
import { TableScroll } from '../../../../components/TableScroll';
import type { TrajectoryDetail } from '../api';
import { historyReasonLabel, phaseLabel } from '../labels';

/** The append-only phase history. */
export function HistorySection({ detail }: { detail: TrajectoryDetail }) {
  const { t } = useTranslation();
  const caption = t('careers.historyCaption');
  return (
    <section aria-labelledby="history-heading" className="dwb-signal-section">
      <Heading2 id="history-heading">{t('careers.historyTitle')}</Heading2>
      <TableScroll label={caption}>
        <Table className="dwb-table">
          <TableCaption className="dwb-table-caption">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('careers.colWhen')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careers.colFrom')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careers.colTo')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careers.colReason')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careers.colNote')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careers.colBy')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {detail.phaseHistory.map((h, i) => (
              <TableRow key={`${h.changedAt}-${i}`}>
                <TableHeaderCell scope="row" className="dwb-row-header">
                  <DateTime value={h.changedAt} />
                </TableHeaderCell>
                <TableCell>{h.from ? phaseLabel(t, h.from) : t('careers.none')}</TableCell>
                <TableCell>{phaseLabel(t, h.to)}</TableCell>
                <TableCell>{historyReasonLabel(t, h.reason)}</TableCell>
                <TableCell>{h.note || t('careers.none')}</TableCell>
                <TableCell>{h.changedBy ?? t('careers.none')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}
