import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/TableScroll';
import type { ProcessingActivity } from '../api';

export function ActivitiesTable({ activities }: { activities: readonly ProcessingActivity[] }) {
  const { t } = useTranslation();
  const caption = t('audit.activities.tableCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.activities.columns.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.activities.columns.purpose')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.activities.columns.legalBasis')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.activities.columns.retention')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.activities.columns.controller')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {activities.map((activity) => (
            <TableRow key={activity.code}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {activity.name}
                <span className="dwb-cell-note dwb-code">{activity.code}</span>
              </TableHeaderCell>
              <TableCell>{activity.purpose}</TableCell>
              <TableCell>{activity.legalBasis}</TableCell>
              <TableCell>{activity.retention}</TableCell>
              <TableCell>{activity.controller}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
