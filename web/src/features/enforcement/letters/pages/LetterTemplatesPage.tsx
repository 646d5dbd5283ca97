import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { DateTime } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { TableScroll } from '../../../../components/TableScroll';
import { useLanguage } from '../../../../i18n/useLanguage';
import { listTemplates } from '../api';

/** "Briefsjablonen" (enforcement:manage): every template with its kind, record kind and current version. */
export function LetterTemplatesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const templates = useApiResource((signal) => listTemplates(undefined, signal), []);

  return (
    <>
      <PageTitle>{t('letters.templates.title')}</PageTitle>
      <Paragraph lead>{t('letters.templates.intro')}</Paragraph>
      {templates.loading && !templates.data && <Loading />}
      {templates.error !== null && templates.error !== undefined && <ErrorAlert error={templates.error} />}
      {templates.data &&
        (templates.data.templates.length === 0 ? (
          <Paragraph>{t('letters.templates.empty')}</Paragraph>
        ) : (
          <TableScroll label={t('letters.templates.tableLabel')}>
            <Table>
              <TableCaption>{t('letters.templates.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('letters.templates.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('letters.templates.code')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('letters.templates.kind')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('letters.templates.recordType')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('letters.templates.version')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('letters.templates.updatedAt')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('letters.templates.status')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {templates.data.templates.map((template) => (
                  <TableRow key={template.id}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={paths.letterTemplate(template.id)}>{template.name[language]}</RouterLink>
                    </TableHeaderCell>
                    <TableCell>
                      <code>{template.code}</code>
                    </TableCell>
                    <TableCell>{t(`letters.kinds.${template.kind}`, { defaultValue: template.kind })}</TableCell>
                    <TableCell>{t(`letters.recordTypes.${template.recordType}`)}</TableCell>
                    <TableCell>{template.version}</TableCell>
                    <TableCell>
                      <DateTime value={template.updatedAt} />
                    </TableCell>
                    <TableCell>{template.active ? t('letters.templates.active') : t('letters.templates.inactive')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        ))}
    </>
  );
}
