import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { TableScroll } from '../../../components/TableScroll';
import type { LinkView } from '../api';
import { moduleLabel } from '../labels';

/** Case files of other modules in which the subject appears (no page to go to yet: plain text). */
export function LinksTable({ label, links }: { label: string; links: readonly LinkView[] }) {
  const { t } = useTranslation();
  const caption = t('registry.profile.linksCaption', { label });
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('registry.profile.linkColumns.caseNumber')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.linkColumns.module')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.linkColumns.label')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.linkColumns.role')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.profile.linkColumns.createdAt')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {links.map((link) => (
            <TableRow key={link.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {link.caseNumber ?? t('common.none')}
              </TableHeaderCell>
              <TableCell>{moduleLabel(t, link.module)}</TableCell>
              <TableCell>{link.label}</TableCell>
              <TableCell>{link.role || t('common.none')}</TableCell>
              <TableCell>
                <DateTime value={link.createdAt} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
