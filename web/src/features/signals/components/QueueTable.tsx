import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths';
import { RouterLink } from '../../../components/RouterLink';
import { TableScroll } from '../../../components/TableScroll';
import type { QueueItem } from '../api';
import { statusLabel } from '../labels';
import { Deadline, NewInformationTag } from './SignalBits';

/** The triage queue; "te laat" and "nieuwe informatie" are written out, not only shown in colour. */
export function QueueTable({ items }: { items: readonly QueueItem[] }) {
  const { t } = useTranslation();
  const caption = t('signals.queue.tableCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signals.queue.columns.number')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.queue.columns.category')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.queue.columns.place')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.queue.columns.wijk')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.queue.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.queue.columns.deadline')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.queue.columns.assignee')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id} className={item.overdue ? 'dwb-row--overdue' : undefined}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={paths.signal(item.id)} className="dwb-signal-number">
                  {item.number}
                </RouterLink>
              </TableHeaderCell>
              <TableCell>{item.categoryName}</TableCell>
              <TableCell>{item.place || t('common.none')}</TableCell>
              <TableCell>{item.wijkName ?? item.wijkCode ?? t('common.none')}</TableCell>
              <TableCell>
                {statusLabel(t, item.status)}
                {item.newInformation && (
                  <>
                    {' '}
                    <NewInformationTag />
                  </>
                )}
              </TableCell>
              <TableCell>
                <Deadline date={item.deadline} overdue={item.overdue} />
              </TableCell>
              <TableCell>{item.assignee?.name ?? t('signals.queue.nobody')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
