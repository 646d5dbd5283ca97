import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../../app/paths';
import { RouterLink } from '../../../../components/RouterLink';
import { TableScroll } from '../../../../components/TableScroll';
import type { MeasureListItem } from '../api';
import { deadlineKindLabel, kindLabel, procedureLabel, remedyLabel } from '../labels';
import { isOverdue } from '../listQuery';
import { DueDate } from './MeasureBits';

/** The measures list; the procedure and remedy status and "Te laat" are written out, not only shown in colour. */
export function MeasuresTable({ items, today, wijkName }: { items: readonly MeasureListItem[]; today: string; wijkName: (code: string) => string }) {
  const { t } = useTranslation();
  const caption = t('measures.list.caption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('measures.list.number')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.list.address')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.list.basis')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.list.procedure')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.list.remedy')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.list.deadline')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.list.responsible')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => {
            const overdue = item.nextDeadline !== null && isOverdue(item.nextDeadline.dueOn, today);
            return (
              <TableRow key={item.id} className={overdue ? 'dwb-row--overdue' : undefined}>
                <TableHeaderCell scope="row" className="dwb-row-header">
                  <RouterLink to={paths.measure(item.id)}>{item.number}</RouterLink>
                </TableHeaderCell>
                <TableCell>
                  {item.addressLabel}
                  {item.wijkCode && (
                    <>
                      <br />
                      <span className="dwb-cell-note">{wijkName(item.wijkCode)}</span>
                    </>
                  )}
                </TableCell>
                <TableCell>
                  {item.legalBasis.name}
                  <br />
                  <span className="dwb-cell-note">{kindLabel(t, item.legalBasis.kind)}</span>
                </TableCell>
                <TableCell>
                  {procedureLabel(t, item.status)}
                  {item.urgent && (
                    <>
                      {' '}
                      <strong className="dwb-badge">{t('measures.list.urgent')}</strong>
                    </>
                  )}
                </TableCell>
                <TableCell>{remedyLabel(t, item.remedyStatus)}</TableCell>
                <TableCell>
                  {item.nextDeadline ? (
                    <>
                      {deadlineKindLabel(t, item.nextDeadline.kind)}: <DueDate date={item.nextDeadline.dueOn} overdue={overdue} />
                    </>
                  ) : (
                    t('measures.list.noDeadline')
                  )}
                </TableCell>
                <TableCell>{item.responsible?.name ?? t('measures.list.nobody')}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
