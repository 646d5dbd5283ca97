import { describe, expect, it } from 'vitest';
import type { AssessmentView, DomainInfo } from './api';
import { audience, chartPoints, dateRange, latestPerDomain, polyline, seriesTable } from './trend';

const domain = (code: string, visible = true, restrictedTo: string[] = []): DomainInfo => ({ code, nameNl: code, nameEn: code, visible, restrictedTo });
const assessment = (assessedOn: string, scores: AssessmentView['scores']): AssessmentView => ({
  id: assessedOn,
  assessedOn,
  note: '',
  assessedBy: { id: 'u', name: 'Pim' },
  createdAt: `${assessedOn}T10:00:00Z`,
  scores,
});
const score = (domainCode: string, value: number) => ({
  domainCode,
  restricted: false as const,
  score: value,
  riskFactors: `r${value}`,
  protectiveFactors: '',
});

describe('latestPerDomain', () => {
  it('takes the newest score per domain, says when a domain was never assessed, and keeps restricted domains without content', () => {
    const domains = [domain('school'), domain('housing'), domain('health', false, ['zorg'])];
    const items = [
      assessment('2026-06-01', [score('housing', 4), { domainCode: 'health', restricted: true, restrictedTo: ['zorg'] }]),
      assessment('2026-03-01', [score('school', 2), score('housing', 1)]),
    ];
    const rows = latestPerDomain(domains, items);
    expect(rows[0]).toMatchObject({ restricted: false, latest: { score: 2, assessedOn: '2026-03-01', riskFactors: 'r2' } });
    expect(rows[1]).toMatchObject({ restricted: false, latest: { score: 4, assessedOn: '2026-06-01' } });
    expect(rows[2]).toEqual({ domain: domains[2], restricted: true, restrictedTo: ['zorg'] });
    expect(latestPerDomain([domain('family')], items)[0]).toMatchObject({ latest: null });
  });
});

describe('audience', () => {
  const label = (kind: string) => ({ gemeente: 'de gemeente', zorg: 'zorgpartners', politie: 'de politie', om: 'het OM' })[kind] ?? kind;
  it('names the municipality first and joins the rest with "en"', () => {
    expect(audience(['zorg'], label, 'en')).toBe('de gemeente en zorgpartners');
    expect(audience(['politie', 'om'], label, 'en')).toBe('de gemeente, de politie en het OM');
    expect(audience([], label, 'en')).toBe('de gemeente');
  });
});

describe('chartPoints', () => {
  const box = { width: 100, height: 50, padding: 5 };
  it('puts 5 at the top and 1 at the bottom, dates in proportion', () => {
    const coords = chartPoints(
      [
        { date: '2026-01-01', value: 1 },
        { date: '2026-01-03', value: 5 },
        { date: '2026-01-11', value: 3 },
      ],
      box,
    );
    expect(coords).toEqual([
      { x: 5, y: 45 },
      { x: 23, y: 5 },
      { x: 95, y: 25 },
    ]);
    expect(polyline(coords)).toBe('5,45 23,5 95,25');
  });

  it('centres a single date and uses a shared range when given', () => {
    expect(chartPoints([{ date: '2026-01-01', value: 3 }], box)).toEqual([{ x: 50, y: 25 }]);
    expect(chartPoints([{ date: '2026-01-06', value: 5 }], box, { from: '2026-01-01', to: '2026-01-11' })).toEqual([{ x: 50, y: 5 }]);
    expect(chartPoints([], box)).toEqual([]);
  });
});

describe('dateRange and seriesTable', () => {
  const a = [
    { date: '2026-02-01', value: 2 },
    { date: '2026-05-01', value: 4 },
  ];
  const b = [{ date: '2026-03-01', value: 3 }];
  it('spans all series', () => {
    expect(dateRange([a, b])).toEqual({ from: '2026-02-01', to: '2026-05-01' });
    expect(dateRange([[], []])).toBeNull();
  });
  it('makes one column per distinct date with gaps as null', () => {
    expect(
      seriesTable([
        { key: 'school', points: a },
        { key: 'housing', points: b },
      ]),
    ).toEqual({
      dates: ['2026-02-01', '2026-03-01', '2026-05-01'],
      rows: [
        { key: 'school', values: [2, null, 4] },
        { key: 'housing', values: [null, 3, null] },
      ],
    });
  });
});
