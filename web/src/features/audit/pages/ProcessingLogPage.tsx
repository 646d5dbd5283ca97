import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../api/useApiResource';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { readFilters, writeFilters } from '../../../lib/searchParams';
import { fetchProcessingActivities, fetchProcessingOperations, type ProcessingFilters } from '../api';
import { ProcessingFilterForm } from '../components/ProcessingFilterForm';
import { ProcessingTable } from '../components/ProcessingTable';

const FILTER_KEYS = ['subject', 'subjectType', 'activity', 'from', 'to'] as const;

export function ProcessingLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const stored = readFilters(params, FILTER_KEYS);
  const filters: ProcessingFilters = { ...stored, subjectType: stored.subjectType || 'user' };
  const activities = useApiResource((signal) => fetchProcessingActivities(signal), []);
  const operations = useApiResource(
    (signal) => fetchProcessingOperations(filters, signal),
    [filters.subject, filters.subjectType, filters.activity, filters.from, filters.to],
  );

  return (
    <>
      <PageTitle>{t('audit.processing.title')}</PageTitle>
      <Paragraph lead>{t('audit.processing.intro')}</Paragraph>
      {activities.error !== null && <ErrorAlert error={activities.error} />}
      <ProcessingFilterForm
        key={params.toString()}
        filters={filters}
        activities={activities.data ?? []}
        onSearch={(next) => setParams(writeFilters({ ...next }))}
      />
      {operations.loading && <Loading />}
      {operations.error !== null && <ErrorAlert error={operations.error} />}
      {operations.data &&
        (operations.data.length === 0 ? <Paragraph>{t('audit.processing.empty')}</Paragraph> : <ProcessingTable operations={operations.data} />)}
    </>
  );
}
