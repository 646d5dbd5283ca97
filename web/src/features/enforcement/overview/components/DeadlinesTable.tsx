import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../../app/paths';
import { CalendarDate } from '../../../../components/DateTime';
import { RouterLink } from '../../../../components/RouterLink';
import { TableScroll } from '../../../../components/TableScroll';
import type { DeadlineItem } from '../api';
import { deadlineKindLabel, measureKindLabel, permitTypeLabel } from '../labels';

/** How far off a deadline is, in words: "3 dagen te laat", "vandaag", "nog 5 dagen". */
export function DueText({ item }: { item: Pick<DeadlineItem, 'overdue' | 'daysLeft'> }) {
  const { t } = useTranslation();
  if (item.overdue) {
    return (
      <strong className="dwb-overdue">
        {t('enforcement.deadlines.overdue')}: {t('enforcement.deadlines.overdueBy', { count: -item.daysLeft })}
      </strong>
    );
  }
  return <>{item.daysLeft === 0 ? t('enforcement.deadlines.today') : t('enforcement.deadlines.daysLeft', { count: item.daysLeft })}</>;
}

/** Open deadlines; overdue rows say "Te laat" in words, not only by colour. */
export function DeadlinesTable({ items }: { items: readonly DeadlineItem[] }) {
  const { t } = useTranslation();
  const caption = t('enforcement.deadlines.caption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('enforcement.deadlines.colCase')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.deadlines.colKind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.deadlines.colDue')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.deadlines.colAddress')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.deadlines.colCaseKind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.deadlines.colWijk')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id} className={item.overdue ? 'dwb-row--overdue' : undefined}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={item.recordType === 'measure' ? paths.measure(item.recordId) : paths.bibobScreening(item.recordId)} className="dwb-nowrap">
                  {item.caseNumber}
                </RouterLink>
              </TableHeaderCell>
              <TableCell>{deadlineKindLabel(t, item.kind)}</TableCell>
              <TableCell>
                <CalendarDate value={item.dueOn} />
                <br />
                <DueText item={item} />
              </TableCell>
              <TableCell>{item.address}</TableCell>
              <TableCell>
                {item.recordType === 'measure' ? measureKindLabel(t, item.caseKind) : `${t('enforcement.bibob')}: ${permitTypeLabel(t, item.caseKind)}`}
              </TableCell>
              <TableCell>{item.wijkName ?? item.wijkCode ?? t('common.none')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
