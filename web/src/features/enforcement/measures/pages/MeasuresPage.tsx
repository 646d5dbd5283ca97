import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { PERMISSIONS } from '../../../../domain/vocabulary';
import { fetchAreas } from '../../../registry/api';
import { fetchMeasures } from '../api';
import { MeasureFilterForm } from '../components/MeasureFilterForm';
import { MeasuresTable } from '../components/MeasuresTable';
import { amsterdamToday, measureApiQuery, measureFiltersFromParams, measureFiltersToParams, measureSearch, type MeasureFilters } from '../listQuery';

/** "Maatregelen": the measures with their procedure and remedy status and next deadline, filtered through the URL. */
export function MeasuresPage() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = measureFiltersFromParams(params);
  const list = useApiResource((signal) => fetchMeasures(measureApiQuery(filters), signal), [params.toString()]);
  const areas = useApiResource((signal) => fetchAreas(signal), []);
  const wijken = (areas.data ?? []).filter((area) => area.kind === 'wijk').map((wijk) => ({ code: wijk.code, name: wijk.name }));
  const wijkName = (code: string) => wijken.find((wijk) => wijk.code === code)?.name ?? code;
  const onSearch = (next: MeasureFilters) => setParams(measureFiltersToParams(next));
  const page = list.data;
  const today = amsterdamToday();

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
      <PageTitle>{t('measures.title')}</PageTitle>
      <Paragraph lead>{t('measures.intro')}</Paragraph>
      {hasPermission(PERMISSIONS.writeRecords) && (
        <nav aria-label={t('measures.tasksLabel')} className="dwb-task-links">
          <ul>
            <li>
              <RouterLink to={paths.measureNew}>{t('measures.newMeasure')}</RouterLink>
            </li>
          </ul>
        </nav>
      )}
      {areas.error !== null && <ErrorAlert error={areas.error} />}
      <MeasureFilterForm key={params.toString()} filters={filters} wijken={wijken} onSearch={onSearch} />
      {list.loading && <Loading />}
      {list.error !== null && <ErrorAlert error={list.error} />}
      <div role="status" className="dwb-status-region">
        {page && !list.loading && <Paragraph>{t('measures.list.count', { count: page.items.length })}</Paragraph>}
      </div>
      {page &&
        !list.loading &&
        (page.items.length === 0 ? <Paragraph>{t('measures.list.empty')}</Paragraph> : <MeasuresTable items={page.items} today={today} wijkName={wijkName} />)}
      {page && !list.loading && (page.nextCursor !== null || filters.after !== '') && (
        <nav aria-label={t('measures.list.pagesLabel')} className="dwb-task-links">
          <ul>
            {filters.after !== '' && (
              <li>
                <RouterLink to={{ pathname: paths.measures, search: measureSearch({ ...filters, after: '' }) }}>{t('measures.list.firstPage')}</RouterLink>
              </li>
            )}
            {page.nextCursor !== null && (
              <li>
                <RouterLink to={{ pathname: paths.measures, search: measureSearch({ ...filters, after: page.nextCursor }) }}>
                  {t('measures.list.nextPage')}
                </RouterLink>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
