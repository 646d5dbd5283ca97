import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { useLanguage } from '../../../i18n/useLanguage';
import { fetchAreas } from '../../registry/api';
import { fetchCategories, fetchQueue } from '../api';
import { QueueFilterForm } from '../components/QueueFilterForm';
import { QueueTable } from '../components/QueueTable';
import { firstPageFilters, nextPageFilters, queueApiQuery, queueFiltersFromParams, queueFiltersToParams, queueSearch, type QueueFilters } from '../queueQuery';
import '../signals.css';

function QueueTasks() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  if (!hasPermission(PERMISSIONS.reportSignals)) {
    return null;
  }
  return (
    <nav aria-label={t('signals.queue.tasksLabel')} className="dwb-task-links">
      <ul>
        <li>
          <RouterLink to={paths.signalNew}>{t('signals.queue.newSignal')}</RouterLink>
        </li>
      </ul>
    </nav>
  );
}

/** "Meldingen": the triage queue, filtered through the URL, 50 at a time. */
export function SignalsQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const filters = queueFiltersFromParams(params);
  const queue = useApiResource((signal) => fetchQueue(queueApiQuery(filters), signal), [params.toString()]);
  const categories = useApiResource((signal) => fetchCategories(signal), []);
  const areas = useApiResource((signal) => fetchAreas(signal), []);

  const categoryOptions = (categories.data ?? []).map((category) => ({ code: category.code, name: category.name[language] }));
  const wijken = (areas.data ?? []).filter((area) => area.kind === 'wijk').map((wijk) => ({ code: wijk.code, name: wijk.name }));
  const onSearch = (next: QueueFilters) => setParams(queueFiltersToParams(next));
  const page = queue.data;

  // Another page replaces the table and the link that was used: continue from the top of the page.
  const shownAfter = useRef(filters.after);
  useEffect(() => {
    if (shownAfter.current !== filters.after) {
      shownAfter.current = filters.after;
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  }, [filters.after]);

  return (
    <>
      <PageTitle>{t('signals.queue.title')}</PageTitle>
      <Paragraph lead>{t('signals.queue.intro')}</Paragraph>
      <QueueTasks />
      {categories.error !== null && <ErrorAlert error={categories.error} />}
      {areas.error !== null && <ErrorAlert error={areas.error} />}
      <QueueFilterForm key={params.toString()} filters={filters} categories={categoryOptions} wijken={wijken} onSearch={onSearch} />
      {queue.loading && <Loading />}
      {queue.error !== null && <ErrorAlert error={queue.error} />}
      {/* Always present, so screen readers announce the count of every new page or filter. */}
      <div role="status" className="dwb-status-region">
        {page && !queue.loading && <Paragraph>{t('signals.queue.count', { count: page.items.length })}</Paragraph>}
      </div>
      {page && !queue.loading && (page.items.length === 0 ? <Paragraph>{t('signals.queue.empty')}</Paragraph> : <QueueTable items={page.items} />)}
      {page && !queue.loading && (page.nextCursor !== null || filters.after !== '') && (
        <nav aria-label={t('signals.queue.pagesLabel')} className="dwb-task-links">
          <ul>
            {filters.after !== '' && (
              <li>
                <RouterLink to={{ pathname: paths.signals, search: queueSearch(firstPageFilters(filters)) }}>{t('signals.queue.firstPage')}</RouterLink>
              </li>
            )}
            {page.nextCursor !== null && (
              <li>
                <RouterLink to={{ pathname: paths.signals, search: queueSearch(nextPageFilters(filters, page.nextCursor)) }}>
                  {t('signals.queue.nextPage')}
                </RouterLink>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
