import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { FilterForm } from '../../../../components/FilterForm';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { SelectField } from '../../../../components/SelectField';
import { useLanguage } from '../../../../i18n/useLanguage';
import { overviewAccess } from '../access';
import { fetchClosures, fetchDeadlines, fetchSummary } from '../api';
import { ClosuresTable } from '../components/ClosuresTable';
import { DeadlinesTable } from '../components/DeadlinesTable';
import { SummaryTables } from '../components/SummaryTables';
import { DAY_OPTIONS, DEFAULT_DAYS, deadlineApiQuery, deadlineFiltersFromParams, deadlineFiltersToParams, type DeadlineFilters } from '../deadlineFilters';
import { DEADLINE_KINDS, deadlineKindLabel } from '../labels';
import '../overview.css';

/** The public deadline calculator (server/src/modules/legal/page.ts), outside the staff app. */
const CALCULATOR = { nl: '/termijn-berekenen', en: '/en/deadline-calculator' } as const;

function SectionLinks({ cases, policy }: { cases: boolean; policy: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <nav aria-label={t('enforcement.sectionsLabel')} className="dwb-task-links">
      <ul>
        {cases && (
          <>
            <li>
              <RouterLink to={paths.inspections}>{t('enforcement.inspections')}</RouterLink>
            </li>
            <li>
              <RouterLink to={paths.measures}>{t('enforcement.measures')}</RouterLink>
            </li>
            <li>
              <RouterLink to={paths.bibob}>{t('enforcement.bibob')}</RouterLink>
            </li>
          </>
        )}
        <li>
          <Link href={CALCULATOR[language]}>{t('enforcement.calculator')}</Link>
        </li>
        {policy && (
          <li>
            <RouterLink to={paths.enforcementPolicy}>{t('enforcement.policy')}</RouterLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

function DeadlineFilterForm({ filters, onSearch }: { filters: DeadlineFilters; onSearch: (next: DeadlineFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  return (
    <FilterForm legend={t('enforcement.deadlines.filtersLabel')} onSearch={() => onSearch(draft)} onClear={() => onSearch({ days: DEFAULT_DAYS, kind: '' })}>
      <SelectField
        id="deadline-days"
        name="days"
        label={t('enforcement.deadlines.days')}
        value={String(draft.days)}
        options={DAY_OPTIONS.map((days) => ({ value: String(days), label: t('enforcement.deadlines.daysOption', { count: days }) }))}
        onChange={(value) => setDraft({ ...draft, days: Number(value) })}
      />
      <SelectField
        id="deadline-kind"
        name="kind"
        label={t('enforcement.deadlines.kind')}
        value={draft.kind}
        emptyOption={t('enforcement.deadlines.anyKind')}
        options={DEADLINE_KINDS.map((kind) => ({ value: kind, label: deadlineKindLabel(t, kind) }))}
        onChange={(value) => setDraft({ ...draft, kind: value })}
      />
    </FilterForm>
  );
}

function DeadlinesSection() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = deadlineFiltersFromParams(params);
  const deadlines = useApiResource((signal) => fetchDeadlines(deadlineApiQuery(filters), signal), [params.toString()]);
  const page = deadlines.data;
  const overdue = page?.items.filter((item) => item.overdue).length ?? 0;
  return (
    <section className="dwb-section" aria-labelledby="enforcement-deadlines">
      <Heading2 id="enforcement-deadlines">{t('enforcement.deadlines.heading')}</Heading2>
      <Paragraph>{t('enforcement.deadlines.intro')}</Paragraph>
      <DeadlineFilterForm key={params.toString()} filters={filters} onSearch={(next) => setParams(deadlineFiltersToParams(next))} />
      {deadlines.loading && <Loading />}
      {deadlines.error !== null && <ErrorAlert error={deadlines.error} />}
      {/* Always present, so screen readers announce the count after a new filter. */}
      <div role="status" className="dwb-status-region">
        {page && !deadlines.loading && page.items.length > 0 && (
          <Paragraph>{t('enforcement.deadlines.count', { count: page.items.length, overdue })}</Paragraph>
        )}
      </div>
      {page &&
        !deadlines.loading &&
        (page.items.length === 0 ? <Paragraph>{t('enforcement.deadlines.empty')}</Paragraph> : <DeadlinesTable items={page.items} />)}
      {page?.more && <Paragraph>{t('enforcement.deadlines.more')}</Paragraph>}
    </section>
  );
}

function ClosuresSection() {
  const { t } = useTranslation();
  const closures = useApiResource((signal) => fetchClosures(signal), []);
  const page = closures.data;
  return (
    <section className="dwb-section" aria-labelledby="enforcement-closures">
      <Heading2 id="enforcement-closures">{t('enforcement.closures.heading')}</Heading2>
      <Paragraph>{t('enforcement.closures.intro')}</Paragraph>
      {closures.loading && <Loading />}
      {closures.error !== null && <ErrorAlert error={closures.error} />}
      {page &&
        (page.items.length === 0 ? (
          <Paragraph>{t('enforcement.closures.empty')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('enforcement.closures.count', { count: page.items.length })}</Paragraph>
            <ClosuresTable items={page.items} />
          </>
        ))}
      {page?.more && <Paragraph>{t('enforcement.closures.more')}</Paragraph>}
    </section>
  );
}

function SummarySection() {
  const { t } = useTranslation();
  const summary = useApiResource((signal) => fetchSummary(signal), []);
  return (
    <section className="dwb-section" aria-labelledby="enforcement-summary">
      <Heading2 id="enforcement-summary">{t('enforcement.summary.heading')}</Heading2>
      {summary.loading && <Loading />}
      {summary.error !== null && <ErrorAlert error={summary.error} />}
      {summary.data && <SummaryTables summary={summary.data} />}
    </section>
  );
}

/**
 * "Handhaving": the section's landing page. Staff with records:read get the links to inspections, measures and
 * Bibob, the open deadlines and the closures in force of the cases they may see, and the figures; management
 * (aggregates only) gets the figures, with small numbers suppressed.
 */
export function EnforcementPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const access = overviewAccess(session?.permissions ?? []);
  return (
    <>
      <PageTitle>{t('enforcement.title')}</PageTitle>
      <Paragraph lead>{access.cases ? t('enforcement.intro') : t('enforcement.introAggregates')}</Paragraph>
      <SectionLinks cases={access.cases} policy={access.policy} />
      {access.cases && <DeadlinesSection />}
      {access.cases && <ClosuresSection />}
      {access.figures && <SummarySection />}
    </>
  );
}
