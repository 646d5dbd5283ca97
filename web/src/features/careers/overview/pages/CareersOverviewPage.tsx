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
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { DateRangeFields, validateDateRange } from '../../../../components/DateRangeFields';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { hasErrors, type FieldErrors } from '../../../../components/fieldErrors';
import { FilterForm } from '../../../../components/FilterForm';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { TableScroll } from '../../../../components/TableScroll';
import { formatDate } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import { fetchCareersOverview, type CareersOverview, type Count, type Share } from '../api';
import { countText, percentText, periodFromParams } from '../figures';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

function useFigure(small: number) {
  const language = useLanguage();
  return {
    text: (count: Count) => countText(count, small, LOCALES[language]),
    percent: (rate: number | null) => percentText(rate, LOCALES[language]),
  };
}

function N({ count, small }: { count: Count; small: number }) {
  const { text } = useFigure(small);
  return <TableCell className="dwb-number">{text(count)}</TableCell>;
}

function PeriodForm({ period, onChange }: { period: { from: string; to: string }; onChange: (next: { from: string; to: string }) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(period);
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <FilterForm
      legend={t('careersOverview.periodLabel')}
      onSearch={() => {
        const found = validateDateRange(t, draft);
        setErrors(found);
        if (!hasErrors(found)) onChange(draft);
      }}
      onClear={() => onChange({ from: '', to: '' })}
    >
      <DateRangeFields
        idPrefix="careers-overview"
        value={draft}
        errors={errors}
        fromLabel={t('careersOverview.from')}
        toLabel={t('careersOverview.to')}
        onChange={setDraft}
      />
    </FilterForm>
  );
}

function Headline({ o }: { o: CareersOverview }) {
  const { t } = useTranslation();
  const { text, percent } = useFigure(o.smallNumber);
  const share = (s: Share) => ({ value: t('careersOverview.headline.partOf', { part: text(s.part), whole: text(s.whole) }), rate: percent(s.rate) ?? '–' });
  const rows: [string, string, string][] = [
    [t('careersOverview.headline.active'), text(o.active), ''],
    [t('careersOverview.headline.overdue'), text(o.reviewsOverdue), ''],
    [t('careersOverview.headline.goals'), share(o.goals).value, share(o.goals).rate],
    [t('careersOverview.headline.daytime'), share(o.daytime).value, share(o.daytime).rate],
  ];
  return (
    <Table className="dwb-table">
      <TableCaption className="dwb-table-caption">{t('careersOverview.headline.caption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('careersOverview.headline.colFigure')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('careersOverview.headline.colValue')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('careersOverview.headline.colShare')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(([label, value, rate]) => (
          <TableRow key={label}>
            <TableHeaderCell scope="row">{label}</TableHeaderCell>
            <TableCell className="dwb-number">{value}</TableCell>
            <TableCell className="dwb-number">{rate}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Caseload({ o }: { o: CareersOverview }) {
  const { t } = useTranslation();
  const caption = t('careersOverview.caseload.caption');
  if (o.caseload.length === 0) return <Paragraph>{t('careersOverview.caseload.empty')}</Paragraph>;
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('careersOverview.caseload.colRegisseur')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="dwb-number">
              {t('careersOverview.caseload.colActive')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="dwb-number">
              {t('careersOverview.caseload.colOverdue')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {o.caseload.map((c) => (
            <TableRow key={c.regisseur.id}>
              <TableHeaderCell scope="row">{c.regisseur.name}</TableHeaderCell>
              <N count={c.active} small={o.smallNumber} />
              <N count={c.reviewsOverdue} small={o.smallNumber} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function Phases({ o }: { o: CareersOverview }) {
  const { t } = useTranslation();
  const caption = t('careersOverview.phases.caption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('careersOverview.phases.colPhase')}</TableHeaderCell>
            {o.byPhase.targetGroups.map((g) => (
              <TableHeaderCell key={g} scope="col" className="dwb-number">
                {t(`careersOverview.targetGroups.${g}`, { defaultValue: g })}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col" className="dwb-number">
              {t('careersOverview.phases.colTotal')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {o.byPhase.rows.map((r) => (
            <TableRow key={r.phase}>
              <TableHeaderCell scope="row">{t(`careersOverview.phaseNames.${r.phase}`, { defaultValue: r.phase })}</TableHeaderCell>
              {r.cells.map((c, i) => (
                <N key={o.byPhase.targetGroups[i]} count={c} small={o.smallNumber} />
              ))}
              <N count={r.total} small={o.smallNumber} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function Exits({ o }: { o: CareersOverview }) {
  const { t } = useTranslation();
  return (
    <Table className="dwb-table">
      <TableCaption className="dwb-table-caption">{t('careersOverview.exits.caption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('careersOverview.exits.colReason')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('careersOverview.exits.colCount')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {o.exits.rows.map((r) => (
          <TableRow key={r.reason}>
            <TableHeaderCell scope="row">{t(`careersOverview.exitReasons.${r.reason}`, { defaultValue: r.reason })}</TableHeaderCell>
            <N count={r.count} small={o.smallNumber} />
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableHeaderCell scope="row">{t('careersOverview.exits.total')}</TableHeaderCell>
          <N count={o.exits.total} small={o.smallNumber} />
        </TableRow>
      </TableFooter>
    </Table>
  );
}

function Wijken({ o }: { o: CareersOverview }) {
  const { t } = useTranslation();
  const caption = t('careersOverview.wijken.caption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('careersOverview.wijken.colWijk')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="dwb-number">
              {t('careersOverview.wijken.colActive')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="dwb-number">
              {t('careersOverview.wijken.colActivities')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="dwb-number">
              {t('careersOverview.wijken.colReach')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {o.byWijk.map((w) => (
            <TableRow key={w.wijkCode ?? 'none'}>
              <TableHeaderCell scope="row">{w.wijkName ?? w.wijkCode ?? t('careersOverview.wijken.unknown')}</TableHeaderCell>
              <N count={w.active} small={o.smallNumber} />
              <N count={w.preventionActivities} small={o.smallNumber} />
              <N count={w.preventionReach} small={o.smallNumber} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function Prevention({ o }: { o: CareersOverview }) {
  const { t } = useTranslation();
  return (
    <Table className="dwb-table">
      <TableCaption className="dwb-table-caption">{t('careersOverview.prevention.caption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('careersOverview.prevention.colSetting')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('careersOverview.prevention.colActivities')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('careersOverview.prevention.colReach')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {o.prevention.bySetting.map((s) => (
          <TableRow key={s.setting}>
            <TableHeaderCell scope="row">{t(`careersOverview.settings.${s.setting}`, { defaultValue: s.setting })}</TableHeaderCell>
            <N count={s.activities} small={o.smallNumber} />
            <N count={s.reach} small={o.smallNumber} />
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableHeaderCell scope="row">{t('careersOverview.prevention.total')}</TableHeaderCell>
          <N count={o.prevention.activities} small={o.smallNumber} />
          <N count={o.prevention.reach} small={o.smallNumber} />
        </TableRow>
      </TableFooter>
    </Table>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="dwb-section" aria-labelledby={id}>
      <Heading2 id={id}>{heading}</Heading2>
      {children}
    </section>
  );
}

/**
 * "Cijfers jongerenaanpak": aggregate figures of the person-centred approach for management, analysts and
 * regisseurs (aggregates:read). Small numbers are suppressed by the server and shown as "< 5".
 */
export function CareersOverviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params);
  const overview = useApiResource((signal) => fetchCareersOverview(period, signal), [period.from, period.to]);
  const o = overview.data;
  const small = o?.smallNumber ?? 5;
  return (
    <>
      <PageTitle>{t('careersOverview.title')}</PageTitle>
      <Paragraph lead>{t('careersOverview.intro')}</Paragraph>
      <Paragraph>{t('careersOverview.suppression', { limit: small - 1, small })}</Paragraph>
      <Paragraph>{t('careersOverview.periodIntro')}</Paragraph>
      <PeriodForm
        key={`${period.from}/${period.to}`}
        period={period}
        onChange={(next) => {
          const search = new URLSearchParams();
          if (next.from) search.set('from', next.from);
          if (next.to) search.set('to', next.to);
          setParams(search);
        }}
      />
      {overview.loading && <Loading />}
      {overview.error !== null && <ErrorAlert error={overview.error} />}
      <div role="status" className="dwb-status-region">
        {o && !overview.loading && (
          <Paragraph>{t('careersOverview.periodShown', { from: formatDate(o.from, language), to: formatDate(o.to, language) })}</Paragraph>
        )}
      </div>
      {o && !overview.loading && (
        <>
          <Headline o={o} />
          <Section id="careers-overview-caseload" heading={t('careersOverview.caseload.heading')}>
            <Caseload o={o} />
          </Section>
          <Section id="careers-overview-phases" heading={t('careersOverview.phases.heading')}>
            <Phases o={o} />
          </Section>
          <Section id="careers-overview-exits" heading={t('careersOverview.exits.heading')}>
            <Exits o={o} />
          </Section>
          <Section id="careers-overview-wijken" heading={t('careersOverview.wijken.heading')}>
            <Wijken o={o} />
          </Section>
          <Section id="careers-overview-prevention" heading={t('careersOverview.prevention.heading')}>
            <Prevention o={o} />
          </Section>
        </>
      )}
    </>
  );
}
