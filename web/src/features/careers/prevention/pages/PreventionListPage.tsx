import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { CalendarDate } from '../../../../components/DateTime';
import { DateRangeFields, validateDateRange } from '../../../../components/DateRangeFields';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { hasErrors, type FieldErrors } from '../../../../components/fieldErrors';
import { FilterForm } from '../../../../components/FilterForm';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { SelectField } from '../../../../components/SelectField';
import { TableScroll } from '../../../../components/TableScroll';
import { fetchAreas } from '../../../registry/api';
import { fetchPreventionActivities, PREVENTION_SETTINGS, type PreventionPage } from '../api';
import { pageCount, preventionApiQuery, preventionFiltersFromParams, preventionFiltersToParams, type PreventionFilters } from '../preventionForm';

function Filters({
  filters,
  wijken,
  onSearch,
}: {
  filters: PreventionFilters;
  wijken: { code: string; name: string }[];
  onSearch: (next: PreventionFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const [errors, setErrors] = useState<FieldErrors>({});
  const search = () => {
    const found = validateDateRange(t, { from: draft.from, to: draft.to });
    setErrors(found);
    if (!hasErrors(found)) onSearch({ ...draft, page: 1 });
  };
  return (
    <FilterForm legend={t('prevention.filtersLabel')} onSearch={search} onClear={() => onSearch({ wijk: '', setting: '', from: '', to: '', page: 1 })}>
      <SelectField
        id="prevention-filter-wijk"
        name="wijk"
        label={t('prevention.wijk')}
        value={draft.wijk}
        emptyOption={t('prevention.anyWijk')}
        options={wijken.map((w) => ({ value: w.code, label: w.name }))}
        onChange={(wijk) => setDraft({ ...draft, wijk })}
      />
      <SelectField
        id="prevention-filter-setting"
        name="setting"
        label={t('prevention.setting')}
        value={draft.setting}
        emptyOption={t('prevention.anySetting')}
        options={PREVENTION_SETTINGS.map((s) => ({ value: s, label: t(`prevention.settings.${s}`) }))}
        onChange={(setting) => setDraft({ ...draft, setting })}
      />
      <DateRangeFields
        idPrefix="prevention-filter"
        value={{ from: draft.from, to: draft.to }}
        errors={errors}
        fromLabel={t('prevention.from')}
        toLabel={t('prevention.to')}
        onChange={(range) => setDraft({ ...draft, ...range })}
      />
    </FilterForm>
  );
}

function Totals({ totals }: { totals: PreventionPage['totals'] }) {
  const { t } = useTranslation();
  return (
    <Table className="dwb-table">
      <TableCaption className="dwb-table-caption">{t('prevention.totalsCaption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('prevention.colSetting')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('prevention.colActivities')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('prevention.colReach')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {totals.bySetting.map((s) => (
          <TableRow key={s.setting}>
            <TableHeaderCell scope="row">{t(`prevention.settings.${s.setting}`)}</TableHeaderCell>
            <TableCell className="dwb-number">{s.activities}</TableCell>
            <TableCell className="dwb-number">{s.reach}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableHeaderCell scope="row">{t('prevention.total')}</TableHeaderCell>
          <TableCell className="dwb-number">{totals.activities}</TableCell>
          <TableCell className="dwb-number">{totals.reach}</TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}

function ActivitiesTable({ items }: { items: PreventionPage['items'] }) {
  const { t } = useTranslation();
  const caption = t('prevention.listCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('prevention.colTitle')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('prevention.colProgramme')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('prevention.colSetting')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('prevention.colInstitution')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('prevention.colWijk')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('prevention.colPeriod')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="dwb-number">
              {t('prevention.colReach')}
            </TableHeaderCell>
            <TableHeaderCell scope="col">{t('prevention.colOrganisation')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((a) => (
            <TableRow key={a.id}>
              <TableHeaderCell scope="row">
                <RouterLink to={paths.preventionActivity(a.id)}>{a.title}</RouterLink>
              </TableHeaderCell>
              <TableCell>{t(`prevention.programmes.${a.programme}`, { defaultValue: a.programme })}</TableCell>
              <TableCell>{t(`prevention.settings.${a.setting}`)}</TableCell>
              <TableCell>{a.institution}</TableCell>
              <TableCell>{a.wijkName ?? a.wijkCode ?? ''}</TableCell>
              <TableCell>
                {a.startsOn === a.endsOn ? (
                  <CalendarDate value={a.startsOn} />
                ) : (
                  <>
                    <CalendarDate value={a.startsOn} /> – <CalendarDate value={a.endsOn} />
                  </>
                )}
              </TableCell>
              <TableCell className="dwb-number">{a.reach}</TableCell>
              <TableCell>{a.organisation.name}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** "Preventie": prevention activities with filters (wijk, setting, period) through the URL, and their totals. */
export function PreventionListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = preventionFiltersFromParams(params);
  const list = useApiResource((signal) => fetchPreventionActivities(preventionApiQuery(filters), signal), [params.toString()]);
  const areas = useApiResource((signal) => fetchAreas(signal), []);
  const wijken = (areas.data ?? []).filter((area) => area.kind === 'wijk').map((w) => ({ code: w.code, name: w.name }));
  const page = list.data;
  const pages = page ? pageCount(page.total, page.pageSize) : 1;
  const search = (next: PreventionFilters) => preventionFiltersToParams(next).toString();
  return (
    <>
      <PageTitle>{t('prevention.title')}</PageTitle>
      <Paragraph lead>{t('prevention.intro')}</Paragraph>
      {page?.canCreate && (
        <nav aria-label={t('prevention.tasksLabel')} className="dwb-task-links">
          <ul>
            <li>
              <RouterLink to={paths.preventionNew}>{t('prevention.newActivity')}</RouterLink>
            </li>
          </ul>
        </nav>
      )}
      {areas.error !== null && <ErrorAlert error={areas.error} />}
      <Filters key={params.toString()} filters={filters} wijken={wijken} onSearch={(next) => setParams(preventionFiltersToParams(next))} />
      {list.loading && <Loading />}
      {list.error !== null && <ErrorAlert error={list.error} />}
      <div role="status" className="dwb-status-region">
        {page && !list.loading && <Paragraph>{t('prevention.count', { count: page.total })}</Paragraph>}
      </div>
      {page && !list.loading && (
        <>
          <section className="dwb-section" aria-labelledby="prevention-totals">
            <Heading2 id="prevention-totals">{t('prevention.totalsHeading')}</Heading2>
            <Totals totals={page.totals} />
          </section>
          <section className="dwb-section" aria-labelledby="prevention-list">
            <Heading2 id="prevention-list">{t('prevention.listHeading')}</Heading2>
            {page.items.length === 0 ? <Paragraph>{t('prevention.empty')}</Paragraph> : <ActivitiesTable items={page.items} />}
            {pages > 1 && (
              <nav aria-label={t('prevention.pagesLabel')} className="dwb-task-links">
                <Paragraph>{t('prevention.pageOf', { page: page.page, pages })}</Paragraph>
                <ul>
                  {page.page > 1 && (
                    <li>
                      <RouterLink to={{ pathname: paths.prevention, search: search({ ...filters, page: page.page - 1 }) }}>
                        {t('prevention.previous')}
                      </RouterLink>
                    </li>
                  )}
                  {page.page < pages && (
                    <li>
                      <RouterLink to={{ pathname: paths.prevention, search: search({ ...filters, page: page.page + 1 }) }}>{t('prevention.next')}</RouterLink>
                    </li>
                  )}
                </ul>
              </nav>
            )}
          </section>
        </>
      )}
    </>
  );
}
