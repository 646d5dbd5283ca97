import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { readFilters, writeFilters } from '../../../lib/searchParams';
import type { AuditFilters } from '../api';
import { AuditEventTable } from '../components/AuditEventTable';
import { AuditFilterForm } from '../components/AuditFilterForm';
import { ChainVerifier } from '../components/ChainVerifier';
import { useAuditEvents } from '../useAuditEvents';

const FILTER_KEYS = ['actor', 'objectType', 'objectId', 'from', 'to'] as const;

export function AuditTrailPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = readFilters(params, FILTER_KEYS);
  const events = useAuditEvents(filters);

  return (
    <>
      <PageTitle>{t('audit.trail.title')}</PageTitle>
      <Paragraph lead>{t('audit.trail.intro')}</Paragraph>
      <ChainVerifier />
      <AuditFilterForm key={params.toString()} filters={filters} onSearch={(next) => setParams(writeFilters({ ...next }))} />
      {events.loading && <Loading />}
      {events.error !== null && <ErrorAlert error={events.error} />}
      {events.items && (events.items.length === 0 ? <Paragraph>{t('audit.trail.empty')}</Paragraph> : <AuditEventTable events={events.items} />)}
      {events.moreError !== null && <ErrorAlert error={events.moreError} />}
      {events.items && events.nextBefore !== null && (
        <Paragraph>
          <Button appearance="secondary-action-button" busy={events.loadingMore} onClick={() => void events.loadMore()}>
            {t('audit.trail.loadMore')}
          </Button>
        </Paragraph>
      )}
    </>
  );
}
