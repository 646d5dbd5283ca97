import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../../app/paths';
import { CalendarDate } from '../../../../components/DateTime';
import { RouterLink } from '../../../../components/RouterLink';
import { TableScroll } from '../../../../components/TableScroll';
import { useLanguage } from '../../../../i18n/useLanguage';
import type { ClosureItem } from '../api';

/** Closures in force; one whose end date has passed says so in words. */
export function ClosuresTable({ items }: { items: readonly ClosureItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const caption = t('enforcement.closures.caption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('enforcement.closures.colMeasure')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.closures.colAddress')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.closures.colWijk')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.closures.colBasis')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.closures.colStart')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.closures.colEnd')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('enforcement.closures.colLeft')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.measureId} className={item.endPassed ? 'dwb-row--overdue' : undefined}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={paths.measure(item.measureId)} className="dwb-nowrap">
                  {item.number}
                </RouterLink>
              </TableHeaderCell>
              <TableCell>{item.address}</TableCell>
              <TableCell>{item.wijkName ?? item.wijkCode ?? t('common.none')}</TableCell>
              <TableCell>
                {language === 'en' ? item.legalBasisEn : item.legalBasisNl} ({item.article})
              </TableCell>
              <TableCell>
                <CalendarDate value={item.start} />
              </TableCell>
              <TableCell>{item.end ? <CalendarDate value={item.end} /> : t('enforcement.closures.noEnd')}</TableCell>
              <TableCell>
                {item.daysLeft === null ? (
                  t('common.none')
                ) : item.endPassed ? (
                  <strong className="dwb-overdue">{t('enforcement.closures.endPassed', { count: -item.daysLeft })}</strong>
                ) : item.daysLeft === 0 ? (
                  t('enforcement.deadlines.today')
                ) : (
                  t('enforcement.deadlines.daysLeft', { count: item.daysLeft })
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
