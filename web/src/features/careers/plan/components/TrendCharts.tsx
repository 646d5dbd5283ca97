import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CalendarDate } from '../../../../components/DateTime';
import { TableScroll } from '../../../../components/TableScroll';
import { formatDate } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import type { DomainInfo, TrendPoint, TrendView } from '../api';
import { chartPoints, dateRange, polyline, seriesTable, type ChartBox } from '../trend';
import { useDomainName, useRestrictedText } from './Bits';

const BOX: ChartBox = { width: 240, height: 96, padding: 12 };
const GRID = [1, 2, 3, 4, 5];

/** One small line chart of a 1–5 series; the figure caption names it, the image label summarises it. */
function MiniChart({ title, points, range }: { title: string; points: readonly TrendPoint[]; range: { from: string; to: string } | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const coords = chartPoints(points, BOX, range ?? undefined);
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    !first || !last
      ? t('careerPlan.trend.noPoints')
      : points.length === 1
        ? t('careerPlan.trend.single', { value: first.value, date: formatDate(first.date, language) })
        : t('careerPlan.trend.summary', {
            count: points.length,
            first: first.value,
            firstDate: formatDate(first.date, language),
            last: last.value,
            lastDate: formatDate(last.date, language),
          });
  const yOf = (value: number) => BOX.padding + ((5 - value) / 4) * (BOX.height - 2 * BOX.padding);
  return (
    <figure style={{ margin: 0, flex: '0 1 16rem' }}>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <svg
        role="img"
        aria-label={t('careerPlan.trend.chartLabel', { name: title, summary })}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width="100%"
        style={{ maxWidth: `${BOX.width}px`, display: 'block' }}
      >
        {GRID.map((value) => (
          <g key={value}>
            <line x1={BOX.padding} x2={BOX.width - BOX.padding} y1={yOf(value)} y2={yOf(value)} stroke="currentColor" strokeOpacity={0.15} />
            <text x={2} y={yOf(value) + 3} fontSize={8} fill="currentColor">
              {value}
            </text>
          </g>
        ))}
        {coords.length > 1 && <polyline points={polyline(coords)} fill="none" stroke="currentColor" strokeWidth={2} />}
        {coords.map((c, i) => (
          <circle key={i} cx={c.x} cy={c.y} r={3.5} fill="currentColor" />
        ))}
      </svg>
      <Paragraph small>{summary}</Paragraph>
    </figure>
  );
}

/** A data table of several series over their dates: the alternative to the charts. */
function SeriesTable({
  caption,
  firstColumn,
  series,
}: {
  caption: string;
  firstColumn: string;
  series: { key: string; label: string; points: readonly TrendPoint[] }[];
}) {
  const table = seriesTable(series);
  const labels = new Map(series.map((s) => [s.key, s.label]));
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{firstColumn}</TableHeaderCell>
            {table.dates.map((date) => (
              <TableHeaderCell key={date} scope="col">
                <CalendarDate value={date} />
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {labels.get(row.key)}
              </TableHeaderCell>
              {row.values.map((value, i) => (
                <TableCell key={table.dates[i]}>{value ?? '–'}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** Small multiples per visible domain with scores, a note per restricted domain, and the table alternative. */
export function DomainTrend({ trend, domains }: { trend: TrendView; domains: readonly DomainInfo[] }) {
  const { t } = useTranslation();
  const domainName = useDomainName();
  const restrictedText = useRestrictedText();
  const byCode = new Map(domains.map((d) => [d.code, d]));
  const series = trend.domains.flatMap((d) => (!d.restricted && d.points.length > 0 ? [d] : []));
  const restricted = trend.domains.flatMap((d) => (d.restricted ? [d] : []));
  const range = dateRange(series.map((s) => s.points));
  return (
    <>
      <Paragraph>{t('careerPlan.trend.intro')}</Paragraph>
      {series.length === 0 ? (
        <Paragraph>{t('careerPlan.trend.empty')}</Paragraph>
      ) : (
        <>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem' }}>
            {series.map((s) => (
              <MiniChart key={s.domainCode} title={domainName(byCode.get(s.domainCode), s.domainCode)} points={s.points} range={range} />
            ))}
          </div>
          <details>
            <summary>{t('careerPlan.trend.asTable')}</summary>
            <SeriesTable
              caption={t('careerPlan.trend.tableCaption')}
              firstColumn={t('careerPlan.domains.domain')}
              series={series.map((s) => ({ key: s.domainCode, label: domainName(byCode.get(s.domainCode), s.domainCode), points: s.points }))}
            />
          </details>
        </>
      )}
      {restricted.length > 0 && (
        <ul>
          {restricted.map((r) => (
            <li key={r.domainCode}>
              {domainName(byCode.get(r.domainCode), r.domainCode)}: {restrictedText(r.restrictedTo)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Motivation and resilience per review, as two charts and a table. */
export function MotivationTrend({ trend }: { trend: TrendView }) {
  const { t } = useTranslation();
  if (trend.motivation.length === 0) return <Paragraph>{t('careerPlan.trend.motivationEmpty')}</Paragraph>;
  const range = dateRange([trend.motivation, trend.resilience]);
  const series = [
    { key: 'motivation', label: t('careerPlan.trend.motivation'), points: trend.motivation },
    { key: 'resilience', label: t('careerPlan.trend.resilience'), points: trend.resilience },
  ];
  return (
    <>
      <Paragraph>{t('careerPlan.trend.motivationIntro')}</Paragraph>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem' }}>
        {series.map((s) => (
          <MiniChart key={s.key} title={s.label} points={s.points} range={range} />
        ))}
      </div>
      <SeriesTable caption={t('careerPlan.trend.motivationTable')} firstColumn={t('careerPlan.trend.measure')} series={series} />
    </>
  );
}
