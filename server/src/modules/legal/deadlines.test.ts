import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dateOf, dayOf, easterSunday, formatIso, parseIso, weekdayOf } from './calendar.js';
import { computeDeadline, isDeadlineError, parseDuration, statutoryHolidays, TermCalendar, type Deadline } from './deadlines.js';

const fridayAfterAscension = [
  { date: '2025-05-30', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2026-05-15', name: 'Vrijdag na Hemelvaartsdag' },
];
const calendar = new TermCalendar(fridayAfterAscension);

function ok(from: string, period: string, options = {}, cal = calendar): Deadline {
  const result = computeDeadline(cal, from, period, options);
  if (isDeadlineError(result)) throw new Error(result.message);
  return result;
}

function holidayNames(year: number): Record<string, string> {
  const entries: [string, string][] = [...statutoryHolidays(year).entries()].map(([day, name]) => [formatIso(day), name]);
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries);
}

describe('calendar arithmetic', () => {
  it('agrees with the JavaScript calendar for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (n) => {
        const d = new Date(n * 86_400_000);
        expect(dateOf(n)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(dayOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(n);
        expect(weekdayOf(n)).toBe(d.getUTCDay());
        expect(parseIso(formatIso(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of ['2025-02-29', '2024-02-30', '2025-13-01', '2025-00-10', '2025-1-5', '05-01-2025', '2025-01-01T00:00', '', 'gisteren']) {
      expect(parseIso(bad), bad).toBeUndefined();
    }
    expect(formatIso(parseIso('2024-02-29')!)).toBe('2024-02-29');
  });

  it('adds months and clamps to the last day of a shorter month', () => {
    expect(formatIso(addMonths(parseIso('2025-01-31')!, 1))).toBe('2025-02-28');
    expect(formatIso(addMonths(parseIso('2024-01-31')!, 1))).toBe('2024-02-29');
    expect(formatIso(addMonths(parseIso('2025-11-30')!, 3))).toBe('2026-02-28');
    expect(formatIso(addMonths(parseIso('2025-05-15')!, 12))).toBe('2026-05-15');
  });

  it('knows Easter Sunday', () => {
    const known = {
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) expect(formatIso(easterSunday(Number(year)))).toBe(date);
  });
});

describe('algemeen erkende feestdagen', () => {
  it('lists the holidays of the Algemene termijnenwet for 2025', () => {
    expect(holidayNames(2025)).toEqual({
      '2025-01-01': 'Nieuwjaarsdag',
      '2025-04-18': 'Goede Vrijdag',
      '2025-04-21': 'Tweede Paasdag',
      '2025-04-26': 'Koningsdag',
      '2025-05-05': '5 mei (Bevrijdingsdag)',
      '2025-05-29': 'Hemelvaartsdag',
      '2025-06-09': 'Tweede Pinksterdag',
      '2025-12-25': 'Eerste Kerstdag',
      '2025-12-26': 'Tweede Kerstdag',
    });
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday, and had Koninginnedag on 30 April before 2014', () => {
    expect(holidayNames(2025)['2025-04-26']).toBe('Koningsdag'); // 27 April 2025 is a Sunday
    expect(holidayNames(2025)['2025-04-27']).toBeUndefined();
    expect(holidayNames(2026)['2026-04-27']).toBe('Koningsdag'); // a Monday
    expect(holidayNames(2014)['2014-04-26']).toBe('Koningsdag'); // 27 April 2014 was a Sunday
    expect(holidayNames(2013)['2013-04-30']).toBe('Koninginnedag');
    expect(holidayNames(2006)['2006-04-29']).toBe('Koninginnedag'); // 30 April 2006 was a Sunday
  });
});

describe('terms (hand-checked)', () => {
  it('six weeks for bezwaar start the day after bekendmaking and end on the same weekday (Awb 6:7, 6:8)', () => {
    const d = ok('2025-01-06', 'P6W');
    expect(d).toMatchObject({ start: '2025-01-07', nominalEnd: '2025-02-17', end: '2025-02-17', extended: false, days: 42 });
    expect(d.reasons.map((r) => r.rule)).toEqual(['awb_6_8']);
  });

  it('Easter: a term ending on Goede Vrijdag runs past the weekend and Tweede Paasdag', () => {
    const d = ok('2025-03-07', 'P6W');
    expect(d).toMatchObject({ nominalEnd: '2025-04-18', end: '2025-04-22', extended: true });
    expect(d.reasons.filter((r) => r.rule === 'atw_1').map((r) => r.date)).toEqual(['2025-04-18', '2025-04-19', '2025-04-20', '2025-04-21']);
    expect(d.reasons.map((r) => r.text).join(' ')).toMatch(/Goede Vrijdag.*zaterdag.*zondag.*Tweede Paasdag/);
  });

  it('Koningsdag on a Monday moves the end to Tuesday; on the 26th (the 27th a Sunday) the Monday is a working day', () => {
    expect(ok('2026-03-16', 'P6W')).toMatchObject({ nominalEnd: '2026-04-27', end: '2026-04-28' });
    const d = ok('2025-03-15', 'P6W');
    expect(d).toMatchObject({ nominalEnd: '2025-04-26', end: '2025-04-28' });
    expect(d.reasons.find((r) => r.date === '2025-04-26')?.text).toMatch(/Koningsdag/);
  });

  it('Christmas: the end moves past both Kerstdagen and the weekend', () => {
    expect(ok('2025-11-13', 'P6W')).toMatchObject({ nominalEnd: '2025-12-25', end: '2025-12-29' });
  });

  it('Hemelvaart with its Friday: the declared equal day counts only when it is in the data', () => {
    expect(ok('2026-04-02', 'P6W')).toMatchObject({ nominalEnd: '2026-05-14', end: '2026-05-18' });
    expect(ok('2026-04-02', 'P6W', {}, new TermCalendar())).toMatchObject({ nominalEnd: '2026-05-14', end: '2026-05-15' });
    const d = ok('2026-04-02', 'P6W');
    expect(d.reasons.find((r) => r.date === '2026-05-15')?.text).toMatch(/gelijkgesteld bij Koninklijk Besluit/);
  });

  it('5 May is a holiday every year', () => {
    expect(ok('2026-03-24', 'P6W')).toMatchObject({ nominalEnd: '2026-05-05', end: '2026-05-06' });
  });

  it('Atw art. 2: a short term over Christmas is extended to hold two working days', () => {
    const d = ok('2025-12-24', 'P3D');
    expect(d).toMatchObject({ start: '2025-12-25', nominalEnd: '2025-12-27', end: '2025-12-30' });
    expect(d.reasons.map((r) => r.rule)).toEqual(['awb_6_8', 'atw_1', 'atw_1', 'atw_2']);
    // Two days are not "at least three": art. 2 does not apply.
    expect(ok('2025-12-24', 'P2D')).toMatchObject({ nominalEnd: '2025-12-26', end: '2025-12-29' });
  });

  it('counts months and years on the calendar', () => {
    expect(ok('2025-01-30', 'P1M')).toMatchObject({ start: '2025-01-31', nominalEnd: '2025-02-28', end: '2025-02-28' });
    expect(ok('2024-02-29', 'P1Y')).toMatchObject({ nominalEnd: '2025-02-28', end: '2025-02-28' });
    expect(ok('2025-03-31', 'P3M')).toMatchObject({ nominalEnd: '2025-06-30' });
  });

  it('counts working days, skipping weekends, holidays and declared days', () => {
    const d = ok('2026-05-12', 'P5D', { unit: 'working' });
    // Wed 13, [Thu 14 Hemelvaart, Fri 15 declared, weekend], Mon 18, Tue 19, Wed 20, Thu 21.
    expect(d).toMatchObject({ start: '2026-05-13', nominalEnd: '2026-05-21', end: '2026-05-21' });
  });

  it('can count from the day of the event itself', () => {
    expect(ok('2025-01-06', 'P14D', { countFrom: 'same_day' })).toMatchObject({ start: '2025-01-06', nominalEnd: '2025-01-19', end: '2025-01-20' });
  });
});

describe('bad input', () => {
  it('says what is wrong with the date', () => {
    for (const from of ['2025-02-30', '2025-2-3', 'morgen', '1979-12-31']) {
      const r = computeDeadline(calendar, from, 'P6W');
      expect(isDeadlineError(r) && r.field, from).toBe('from');
    }
  });

  it('says what is wrong with the period', () => {
    for (const period of ['6W', 'P', 'P0D', 'PT6H', 'P6X', 'P1.5W', '-P6W', 'P6W ', 'P999999D']) {
      const r = parseDuration(period);
      expect('message' in r, period).toBe(true);
    }
    expect(parseDuration('PT6H')).toMatchObject({ message: expect.stringMatching(/uren/) });
    expect(parseDuration('P1Y2M3W4D')).toEqual({ years: 1, months: 2, weeks: 3, days: 4 });
    const weeks = computeDeadline(calendar, '2025-01-06', 'P2W', { unit: 'working' });
    expect(isDeadlineError(weeks) && weeks.field).toBe('unit');
  });
});

describe('properties', () => {
  const from = fc.integer({ min: parseIso('1980-01-01')!, max: parseIso('2095-12-31')! }).map(formatIso);
  const period = fc.oneof(
    fc.integer({ min: 1, max: 400 }).map((n) => `P${n}D`),
    fc.integer({ min: 1, max: 60 }).map((n) => `P${n}W`),
    fc.integer({ min: 1, max: 24 }).map((n) => `P${n}M`),
    fc.integer({ min: 1, max: 3 }).map((n) => `P${n}Y`),
  );
  const equalDays = fc.array(fc.integer({ min: parseIso('1980-01-01')!, max: parseIso('2096-12-31')! }), { maxLength: 30 });

  it('the end is never a Saturday, Sunday, holiday or declared day, and never before the nominal end', () => {
    fc.assert(
      fc.property(from, period, equalDays, fc.constantFrom('next_day' as const, 'same_day' as const), (f, p, days, countFrom) => {
        const cal = new TermCalendar(days.map((d) => ({ date: formatIso(d), name: 'Gelijkgesteld' })));
        const d = ok(f, p, { countFrom }, cal);
        const end = parseIso(d.end)!;
        expect(cal.nonWorking(end)).toBeNull();
        expect(d.end >= d.nominalEnd).toBe(true);
        expect(d.nominalEnd >= d.from).toBe(true);
        // Atw art. 1 alone: every day from the nominal end up to the end is one on which no term may end.
        if (!d.reasons.some((r) => r.rule === 'atw_2')) {
          for (let n = parseIso(d.nominalEnd)!; n < end; n += 1) expect(cal.nonWorking(n)).not.toBeNull();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a term of three days or more holds at least two working days (Atw art. 2)', () => {
    fc.assert(
      fc.property(from, period, (f, p) => {
        const d = ok(f, p);
        const start = parseIso(d.start)!;
        if (parseIso(d.nominalEnd)! - start + 1 < 3) return;
        let working = 0;
        for (let n = start; n <= parseIso(d.end)!; n += 1) if (calendar.nonWorking(n) === null) working += 1;
        expect(working).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 2000 },
    );
  });

  it('working days: exactly n working days from the start to the end', () => {
    fc.assert(
      fc.property(from, fc.integer({ min: 1, max: 60 }), (f, n) => {
        const d = ok(f, `P${n}D`, { unit: 'working' });
        let working = 0;
        for (let day = parseIso(d.start)!; day <= parseIso(d.end)!; day += 1) if (calendar.nonWorking(day) === null) working += 1;
        expect(working).toBe(n);
        expect(calendar.nonWorking(parseIso(d.end)!)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
