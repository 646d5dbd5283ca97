import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths';
import { RouterLink } from '../../../components/RouterLink';
import { TableScroll } from '../../../components/TableScroll';
import { confidentialityLabel } from '../../../domain/labels';
import { useLanguage } from '../../../i18n/useLanguage';
import type { CategoryView } from '../api';
import { slaLabel, yesNo } from '../labels';

/** The categories in the order of the reporting form; each name opens the editor. */
export function CategoriesTable({ categories }: { categories: readonly CategoryView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const caption = t('signals.categories.tableCaption');
  const sorted = [...categories].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signals.categories.columns.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.columns.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.columns.sla')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.columns.urgency')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.columns.confidentiality')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.columns.questions')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.columns.active')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.columns.sortOrder')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((category) => (
            <TableRow key={category.code}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={paths.signalCategory(category.code)}>{category.name[language]}</RouterLink>
              </TableHeaderCell>
              <TableCell>
                <span className="dwb-code">{category.code}</span>
              </TableCell>
              <TableCell>{slaLabel(t, category.slaDays, category.slaUnit)}</TableCell>
              <TableCell>{category.urgency}</TableCell>
              <TableCell>{confidentialityLabel(t, category.confidentiality)}</TableCell>
              <TableCell>{category.questions.length}</TableCell>
              <TableCell>{yesNo(t, category.active)}</TableCell>
              <TableCell>{category.sortOrder}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
