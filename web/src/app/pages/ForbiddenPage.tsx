import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('forbidden.title')}</PageTitle>
      <Paragraph>{t('forbidden.text')}</Paragraph>
    </>
  );
}
