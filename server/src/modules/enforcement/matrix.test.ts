import { describe, expect, it } from 'vitest';
import { countedEarlier, monthsBefore, normaliseAddress, proposeMeasure, type MatrixRow } from './matrix.js';

let n = 0;
function row(
  premisesType: string,
  drugClass: string,
  quantityBand: string,
  offenceNumber: number,
  legalBasisCode: string,
  durationMonths: number | null,
): MatrixRow {
  n += 1;
  return { id: `row-${n}`, premisesType, drugClass, quantityBand, offenceNumber, lookbackMonths: 60, legalBasisCode, durationMonths, active: true };
}

const rows: MatrixRow[] = [
  row('woning', 'list_i', 'trade', 1, 'opiumwet_13b_woning', 3),
  row('woning', 'list_i', 'trade', 2, 'opiumwet_13b_woning', 6),
  row('woning', 'list_i', 'trade', 3, 'opiumwet_13b_woning', 12),
  row('woning', 'list_ii', 'trade', 1, 'waarschuwing', null),
  row('woning', 'list_ii', 'trade', 2, 'opiumwet_13b_woning', 3),
  row('lokaal', 'list_i', 'trade', 1, 'opiumwet_13b_lokaal', 6),
];
const names = (code: string) =>
  ({ opiumwet_13b_woning: 'sluiting woning (Opiumwet 13b)', waarschuwing: 'waarschuwing', opiumwet_13b_lokaal: 'sluiting lokaal' })[code] ?? code;
const ask = { premisesType: 'woning', drugClass: 'list_i', quantityBand: 'trade', offenceOn: '2026-06-15' } as const;

describe('escalation matrix', () => {
  it('a first offence takes row 1', () => {
    const p = proposeMeasure(rows, ask, [], names);
    expect(p).toMatchObject({ applicable: true, offenceNumber: 1, lookbackMonths: 60, earlierMeasures: [] });
    expect(p.row?.durationMonths).toBe(3);
    expect(p.reason).toContain('Geen eerdere maatregel binnen 60 maanden');
    expect(p.reason).toContain('sluiting woning (Opiumwet 13b) voor 3 maanden');
  });

  it('a repeat offence inside the look-back window counts: second offence, six months', () => {
    const earlier = [{ id: 'e1', number: 'M-2024-00001', offenceOn: '2022-06-15' }];
    const p = proposeMeasure(rows, ask, earlier, names);
    expect(p.offenceNumber).toBe(2);
    expect(p.row?.durationMonths).toBe(6);
    expect(p.earlierMeasures).toEqual(earlier);
    expect(p.reason).toContain('M-2024-00001 van 15-6-2022');
  });

  it('an earlier offence outside the look-back window does not count', () => {
    const earlier = [{ id: 'e1', number: 'M-2020-00001', offenceOn: '2021-06-14' }];
    const p = proposeMeasure(rows, ask, earlier, names);
    expect(p.offenceNumber).toBe(1);
    expect(p.row?.durationMonths).toBe(3);
    expect(p.earlierMeasures).toEqual([]);
  });

  it('the window edge: exactly 60 months before counts, one day more does not; later offences never count', () => {
    expect(countedEarlier([{ id: 'a', number: 'A', offenceOn: '2021-06-15' }], '2026-06-15', 60)).toHaveLength(1);
    expect(countedEarlier([{ id: 'a', number: 'A', offenceOn: '2021-06-14' }], '2026-06-15', 60)).toHaveLength(0);
    expect(countedEarlier([{ id: 'a', number: 'A', offenceOn: '2026-06-15' }], '2026-06-15', 60)).toHaveLength(0);
    expect(countedEarlier([{ id: 'a', number: 'A', offenceOn: '2026-07-01' }], '2026-06-15', 60)).toHaveLength(0);
  });

  it('the highest row means "n or more"', () => {
    const earlier = ['2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01'].map((d, i) => ({ id: `e${i}`, number: `M-${i}`, offenceOn: d }));
    const p = proposeMeasure(rows, ask, earlier, names);
    expect(p.offenceNumber).toBe(5);
    expect(p.row?.offenceNumber).toBe(3);
    expect(p.row?.durationMonths).toBe(12);
    expect(p.reason).toContain('de hoogste rij (3e feit of vaker) geldt');
  });

  it('soft drugs in a home: first a warning', () => {
    const p = proposeMeasure(rows, { ...ask, drugClass: 'list_ii' }, [], names);
    expect(p.row?.legalBasisCode).toBe('waarschuwing');
    expect(p.reason).toContain(': waarschuwing.');
  });

  it('personal use: no row, and it says why', () => {
    const p = proposeMeasure(rows, { ...ask, quantityBand: 'personal_use' }, [], names);
    expect(p.applicable).toBe(false);
    expect(p.row).toBeNull();
    expect(p.reason).toBe('Geen rij van toepassing: artikel 13b vraagt een handelshoeveelheid.');
  });

  it('horeca falls back to the lokaal rows and says so; inactive rows are ignored', () => {
    const p = proposeMeasure(rows, { ...ask, premisesType: 'horeca' }, [], names);
    expect(p.matrixPremisesType).toBe('lokaal');
    expect(p.row?.legalBasisCode).toBe('opiumwet_13b_lokaal');
    expect(p.reason).toContain('de rijen voor lokaal gelden');
    const inactive = rows.map((r) => ({ ...r, active: r.premisesType !== 'lokaal' }));
    expect(proposeMeasure(inactive, { ...ask, premisesType: 'horeca' }, [], names).applicable).toBe(false);
  });

  it('no row at or below the offence number: not applicable', () => {
    const onlySecond = rows.filter((r) => !(r.drugClass === 'list_ii' && r.offenceNumber === 1));
    const p = proposeMeasure(onlySecond, { ...ask, drugClass: 'list_ii' }, [], names);
    expect(p.applicable).toBe(false);
    expect(p.reason).toContain('geen rij voor het 1e feit of lager');
  });

  it('months before clips to the month and crosses years', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 60)).toBe('2021-01-15');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
    expect(monthsBefore('2026-01-10', 1)).toBe('2025-12-10');
  });

  it('addresses are compared without capitals, spaces or punctuation', () => {
    expect(normaliseAddress(' Oudegracht  12-A, Utrecht')).toBe(normaliseAddress('oudegracht 12 a utrecht'));
  });
});
