import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../api/useApiResource';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { fetchProcessingActivities } from '../api';
import { ActivitiesTable } from '../components/ActivitiesTable';

export function ProcessingActivitiesPage() {
  const { t } = useTranslation();
  const activities = useApiResource((signal) => fetchProcessingActivities(signal), []);
  return (
    <>
      <PageTitle>{t('audit.activities.title')}</PageTitle>
      <Paragraph lead>{t('audit.activities.intro')}</Paragraph>
      {activities.loading && <Loading />}
      {activities.error !== null && <ErrorAlert error={activities.error} />}
      {activities.data &&
        (activities.data.length === 0 ? <Paragraph>{t('audit.activities.empty')}</Paragraph> : <ActivitiesTable activities={activities.data} />)}
    </>
  );
}
