import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { RouterLink } from '../../components/RouterLink';
import { paths } from '../paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <RouterLink to={paths.myWork}>{t('notFound.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
