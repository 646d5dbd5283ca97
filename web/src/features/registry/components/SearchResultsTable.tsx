import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/TableScroll';
import type { SearchHit } from '../api';
import { matchedOnLabel, moduleLabel, subjectKindLabel } from '../labels';
import { RiskBadge, SubjectLink } from './SubjectBits';

/** Search hits: subjects link to their profile; case files of other modules are plain text for now. */
export function SearchResultsTable({ hits }: { hits: readonly SearchHit[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('registry.home.tableCaption')}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{t('registry.home.tableCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('registry.home.columns.label')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.home.columns.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.home.columns.detail')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.home.columns.matchedOn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {hits.map((hit) => (
            <TableRow key={`${hit.type}:${hit.id}`}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {hit.type === 'subject' ? <SubjectLink subject={hit} /> : `${hit.label} (${hit.ref})`}
              </TableHeaderCell>
              <TableCell>
                {hit.type === 'subject' ? subjectKindLabel(t, hit.kind) : t('registry.home.record', { module: moduleLabel(t, hit.module) })}
              </TableCell>
              <TableCell>
                {hit.detail || t('common.none')}
                {hit.riskSector && (
                  <>
                    {' '}
                    <RiskBadge />
                  </>
                )}
              </TableCell>
              <TableCell>{matchedOnLabel(t, hit.matchedOn)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
