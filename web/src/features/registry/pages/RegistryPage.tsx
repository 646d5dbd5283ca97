import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FilterForm } from '../../../components/FilterForm';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { PERMISSIONS, SUBJECT_KINDS, isSubjectKind, type SubjectKind } from '../../../domain/vocabulary';
import { searchRegistry, type SearchHit } from '../api';
import { isSearchable } from '../combobox';
import { SearchResultsTable } from '../components/SearchResultsTable';
import { queryFromState } from '../searchState';

const RESULT_LIMIT = 50;

interface SearchRun {
  q: string;
  kind: SubjectKind | '';
  /** Makes a repeated search of the same query run again. */
  attempt: number;
}

/** Links to the other registry pages, for users who may change the registry. */
function RegistryTasks() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  if (!hasPermission(PERMISSIONS.writeRecords)) {
    return null;
  }
  return (
    <nav aria-label={t('registry.home.tasksLabel')} className="dwb-task-links">
      <ul>
        <li>
          <RouterLink to={paths.registryNew}>{t('registry.home.newSubject')}</RouterLink>
        </li>
        <li>
          <RouterLink to={paths.duplicates}>{t('registry.home.duplicates')}</RouterLink>
        </li>
        <li>
          <RouterLink to={paths.imports}>{t('registry.home.imports')}</RouterLink>
        </li>
      </ul>
    </nav>
  );
}

/**
 * "Register": search the registry. The query lives in component state (and, from the header
 * search, in the location state), never in the URL: it can be a BSN or an IBAN.
 */
export function RegistryPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const initialQuery = queryFromState(location.state);
  const [query, setQuery] = useState(initialQuery);
  const [kind, setKind] = useState<SubjectKind | ''>('');
  const [queryError, setQueryError] = useState<string | undefined>(undefined);
  const [run, setRun] = useState<SearchRun | null>(isSearchable(initialQuery) ? { q: initialQuery.trim(), kind: '', attempt: 0 } : null);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const lastKey = useRef(location.key);

  // A new search from the header while this page is open arrives as a new location.
  useEffect(() => {
    if (lastKey.current === location.key) {
      return;
    }
    lastKey.current = location.key;
    const q = queryFromState(location.state);
    if (isSearchable(q)) {
      setQuery(q);
      setKind('');
      setQueryError(undefined);
      setRun((current) => ({ q: q.trim(), kind: '', attempt: (current?.attempt ?? 0) + 1 }));
    }
  }, [location.key, location.state]);

  useEffect(() => {
    if (!run) {
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    searchRegistry(run.q, { kinds: run.kind ? [run.kind] : undefined, limit: RESULT_LIMIT, signal: controller.signal }).then(
      (items) => {
        if (!controller.signal.aborted) {
          setHits(items);
          setLoading(false);
        }
      },
      (caught: unknown) => {
        if (!controller.signal.aborted) {
          setHits(null);
          setError(caught);
          setLoading(false);
        }
      },
    );
    return () => controller.abort();
  }, [run]);

  const onSearch = () => {
    if (!isSearchable(query)) {
      setQueryError(t('registry.home.queryTooShort'));
      document.getElementById('registry-query')?.focus();
      return;
    }
    setQueryError(undefined);
    setRun((current) => ({ q: query.trim(), kind, attempt: (current?.attempt ?? 0) + 1 }));
  };

  const onClear = () => {
    setQuery('');
    setKind('');
    setQueryError(undefined);
    setRun(null);
    setHits(null);
    setError(null);
  };

  const kindOptions = SUBJECT_KINDS.map((value) => ({ value, label: t(`registry.kinds.${value}`) }));

  return (
    <>
      <PageTitle>{t('registry.home.title')}</PageTitle>
      <Paragraph lead>{t('registry.home.intro')}</Paragraph>
      <RegistryTasks />
      <FilterForm legend={t('registry.home.searchLegend')} onSearch={onSearch} onClear={onClear}>
        <TextField
          id="registry-query"
          name="q"
          type="search"
          label={t('registry.home.query')}
          description={t('registry.home.queryHint')}
          value={query}
          onChange={setQuery}
          error={queryError}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          id="registry-kind"
          name="kind"
          label={t('registry.home.kind')}
          value={kind}
          options={kindOptions}
          emptyOption={t('registry.home.anyKind')}
          onChange={(value) => setKind(isSubjectKind(value) ? value : '')}
        />
      </FilterForm>
      {loading && <Loading />}
      {error !== null && <ErrorAlert error={error} />}
      {/* Always present, so screen readers announce the count of every new search. */}
      <div role="status" className="dwb-status-region">
        {hits && !loading && <Paragraph>{t('registry.home.count', { count: hits.length })}</Paragraph>}
      </div>
      {hits && !loading && (hits.length === 0 ? <Paragraph>{t('registry.home.noResults')}</Paragraph> : <SearchResultsTable hits={hits} />)}
    </>
  );
}
