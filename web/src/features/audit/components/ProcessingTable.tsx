import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { TableScroll } from '../../../components/TableScroll';
import { SUBJECT_TYPES, type ProcessingOperation, type SubjectType } from '../api';

function subjectTypeLabel(t: TFunction, type: string): string {
  return (SUBJECT_TYPES as readonly string[]).includes(type) ? t(`audit.processing.subjectTypes.${type as SubjectType}`) : type;
}

export function ProcessingTable({ operations }: { operations: readonly ProcessingOperation[] }) {
  const { t } = useTranslation();
  const caption = t('audit.processing.tableCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.processing.columns.startedAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.processing.columns.activity')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.processing.columns.operation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.processing.columns.subject')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.processing.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.processing.columns.traceId')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {operations.map((operation) => (
            <TableRow key={operation.id}>
              <TableCell>
                <DateTime value={operation.startedAt} />
              </TableCell>
              <TableCell>
                {operation.activityName}
                <span className="dwb-cell-note dwb-code">{operation.activityCode}</span>
              </TableCell>
              <TableCell>{operation.name}</TableCell>
              <TableCell>
                <span className="dwb-code dwb-pseudonym">{operation.dataSubjectRef}</span>
                <span className="dwb-cell-note">{subjectTypeLabel(t, operation.dataSubjectType)}</span>
              </TableCell>
              <TableCell>{operation.status}</TableCell>
              <TableCell className="dwb-code">{operation.traceId}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
