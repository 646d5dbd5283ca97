import { addMonths, dateOf, dayOf, easterSunday, FIRST_YEAR, formatDutch, formatIso, LAST_YEAR, parseIso, weekdayOf, type DayNumber } from './calendar.js';

/**
 * The deadline engine: Awb terms and the Algemene termijnenwet (Atw), as a pure library. No I/O;
 * the days declared equal to holidays by Royal Decree come in as data (`EqualDay[]`), kept by the
 * beheerder, because they change every few years.
 */

/** A day the Crown declared equal to an algemeen erkende feestdag (Atw art. 3 lid 3). */
export interface EqualDay {
  date: string;
  name: string;
}

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

export type DeadlineError = { field: 'from' | 'period' | 'unit'; message: string };

export interface DeadlineOptions {
  /** `next_day` (default): the term starts the day after the event, as Awb 6:8 has it for bezwaar and beroep. */
  countFrom?: 'next_day' | 'same_day';
  /** `calendar` (default) or `working`: a number of working days (only `PnD`). */
  unit?: 'calendar' | 'working';
  /** Apply the Algemene termijnenwet (default true). */
  atw?: boolean;
}

export interface DeadlineReason {
  rule: 'awb_6_8' | 'atw_1' | 'atw_2' | 'working_days';
  date: string;
  text: string;
}

export interface Deadline {
  from: string;
  period: string;
  start: string;
  nominalEnd: string;
  end: string;
  /** Calendar days from start to end, both included. */
  days: number;
  extended: boolean;
  reasons: DeadlineReason[];
}

const DURATION = /^P(?:(\d{1,4})Y)?(?:(\d{1,5})M)?(?:(\d{1,5})W)?(?:(\d{1,6})D)?$/;

const durations = new Map<string, Duration>();

/** An ISO 8601 duration of years, months, weeks and days (`P6W`, `P14D`, `P1M`, `P1Y2M10D`); times are refused. Valid ones are memoised (at most 1,000). */
export function parseDuration(value: string): Duration | DeadlineError {
  const known = durations.get(value);
  if (known) return known;
  const parsed = parseDurationUncached(value);
  if (!isError(parsed) && durations.size < 1000) durations.set(value, parsed);
  return parsed;
}

function parseDurationUncached(value: string): Duration | DeadlineError {
  if (/T/.test(value)) return { field: 'period', message: 'Een termijn telt in dagen, weken, maanden of jaren; uren en minuten (na "T") kunnen niet.' };
  const match = DURATION.exec(value);
  if (!match || value === 'P') {
    return { field: 'period', message: 'Geef de termijn als ISO 8601-duur, bijvoorbeeld P6W (zes weken), P14D (veertien dagen) of P3M (drie maanden).' };
  }
  const d = { years: Number(match[1] ?? 0), months: Number(match[2] ?? 0), weeks: Number(match[3] ?? 0), days: Number(match[4] ?? 0) };
  if (d.years + d.months + d.weeks + d.days === 0) return { field: 'period', message: 'Een termijn van nul dagen is geen termijn.' };
  if (d.years * 366 + d.months * 31 + d.weeks * 7 + d.days > 100 * 366) {
    return { field: 'period', message: 'Een termijn van meer dan honderd jaar wordt niet berekend.' };
  }
  return d;
}

function isError(x: unknown): x is DeadlineError {
  return typeof x === 'object' && x !== null && 'message' in x;
}

/**
 * Algemeen erkende feestdagen of one year (Atw art. 3 lid 1 and 2): Nieuwjaarsdag, Goede Vrijdag,
 * Tweede Paasdag, Koningsdag (27 April, the 26th when the 27th is a Sunday; before 2014
 * Koninginnedag 30 April, the 29th when that is a Sunday), 5 mei, Hemelvaartsdag, Tweede
 * Pinksterdag, Eerste and Tweede Kerstdag. Easter Sunday and Whit Sunday are Sundays anyway.
 */
export function statutoryHolidays(year: number): Map<DayNumber, string> {
  const easter = easterSunday(year);
  const days = new Map<DayNumber, string>();
  days.set(dayOf(year, 1, 1), 'Nieuwjaarsdag');
  days.set(easter - 2, 'Goede Vrijdag');
  days.set(easter + 1, 'Tweede Paasdag');
  if (year >= 2014) {
    const kingsDay = dayOf(year, 4, 27);
    days.set(weekdayOf(kingsDay) === 0 ? kingsDay - 1 : kingsDay, 'Koningsdag');
  } else {
    const queensDay = dayOf(year, 4, 30);
    days.set(weekdayOf(queensDay) === 0 ? queensDay - 1 : queensDay, 'Koninginnedag');
  }
  days.set(dayOf(year, 5, 5), '5 mei (Bevrijdingsdag)');
  days.set(easter + 39, 'Hemelvaartsdag');
  days.set(easter + 50, 'Tweede Pinksterdag');
  days.set(dayOf(year, 12, 25), 'Eerste Kerstdag');
  days.set(dayOf(year, 12, 26), 'Tweede Kerstdag');
  return days;
}

/**
 * The days on which no term may end: weekends, statutory holidays and the declared equal days.
 * Holidays are computed once per year and cached, so a computation is a few map lookups.
 */
export class TermCalendar {
  /** Every statutory holiday and declared day from FIRST_YEAR to LAST_YEAR: about 2,000 entries, built once. */
  private readonly days = new Map<DayNumber, string>();
  private readonly iso: (string | undefined)[] = [];
  private readonly dutch: (string | undefined)[] = [];
  private readonly first = dayOf(FIRST_YEAR, 1, 1);

  constructor(equalDays: readonly EqualDay[] = []) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      for (const [day, name] of statutoryHolidays(year)) this.days.set(day, name);
    }
    for (const d of equalDays) {
      const n = parseIso(d.date);
      if (n !== undefined && !this.days.has(n)) this.days.set(n, `${d.name} (gelijkgesteld bij Koninklijk Besluit)`);
    }
  }

  /** Why no term can end on this day (`zaterdag`, `Tweede Paasdag`, …), or null for an ordinary working day. */
  nonWorking(n: DayNumber): string | null {
    const holiday = this.days.get(n);
    if (holiday !== undefined) return holiday;
    const weekday = weekdayOf(n);
    if (weekday === 6) return 'zaterdag';
    if (weekday === 0) return 'zondag';
    return null;
  }

  /** `YYYY-MM-DD`, memoised per day (the engine formats the same few thousand days over and over). */
  isoOf(n: DayNumber): string {
    const i = n - this.first;
    if (i < 0) return formatIso(n);
    return (this.iso[i] ??= formatIso(n));
  }

  /** "zaterdag 8 februari 2025", memoised per day. */
  dutchOf(n: DayNumber): string {
    const i = n - this.first;
    if (i < 0) return formatDutch(n);
    return (this.dutch[i] ??= formatDutch(n));
  }
}

function addDuration(n: DayNumber, d: Duration): DayNumber {
  const months = d.years * 12 + d.months;
  return (months ? addMonths(n, months) : n) + d.weeks * 7 + d.days;
}

/**
 * Computes a term. `from` is the day of the event (for bezwaar: the day of bekendmaking); the term
 * starts the next day (Awb 6:8) unless `countFrom: 'same_day'`. The nominal end is the last day of
 * the term as counted; Atw art. 1 then moves an end on a Saturday, Sunday or holiday to the next day
 * that is none, and Atw art. 2 extends a term of three days or more until it holds at least two such
 * days. Every move is a reason. Returns errors naming the field instead of throwing.
 */
export function computeDeadline(calendar: TermCalendar, fromValue: string, periodValue: string, options: DeadlineOptions = {}): Deadline | DeadlineError {
  const from = parseIso(fromValue);
  if (from === undefined) return { field: 'from', message: 'Geef een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.' };
  const year = dateOf(from).year;
  if (year < FIRST_YEAR || year > LAST_YEAR - 101) return { field: 'from', message: `De datum moet tussen ${FIRST_YEAR} en ${LAST_YEAR - 101} liggen.` };
  const duration = parseDuration(periodValue);
  if (isError(duration)) return duration;
  const unit = options.unit ?? 'calendar';
  const atw = options.atw ?? true;
  const reasons: DeadlineReason[] = [];
  const start = options.countFrom === 'same_day' ? from : from + 1;
  if (options.countFrom !== 'same_day') {
    reasons.push({ rule: 'awb_6_8', date: calendar.isoOf(start), text: `De termijn begint op de dag na ${calendar.dutchOf(from)} (Awb art. 6:8).` });
  }

  let nominalEnd: DayNumber;
  if (unit === 'working') {
    if (duration.years || duration.months || duration.weeks) return { field: 'unit', message: 'Werkdagen worden alleen in dagen geteld (PnD).' };
    let counted = 0;
    let day = start - 1;
    while (counted < duration.days) {
      day += 1;
      if (calendar.nonWorking(day) === null) counted += 1;
    }
    nominalEnd = day;
    reasons.push({
      rule: 'working_days',
      date: calendar.isoOf(nominalEnd),
      text: `${duration.days} werkdagen, zaterdagen, zondagen en feestdagen niet meegeteld.`,
    });
  } else {
    // Counted from the day before the start: P6W from bekendmaking on a Monday ends on a Monday, and
    // a month from 30 January ends on the last day of February.
    nominalEnd = addDuration(start - 1, duration);
  }

  let end = nominalEnd;
  if (atw && unit === 'calendar') {
    // Atw art. 1: not on a Saturday, Sunday or holiday.
    for (let why = calendar.nonWorking(end); why !== null; why = calendar.nonWorking(end)) {
      reasons.push({
        rule: 'atw_1',
        date: calendar.isoOf(end),
        text: `${calendar.dutchOf(end)} is ${why === 'zaterdag' || why === 'zondag' ? 'een ' + why : why}: de termijn loopt door (Atw art. 1).`,
      });
      end += 1;
    }
    // Atw art. 2: a term of at least three days holds at least two working days.
    if (nominalEnd - start + 1 >= 3) {
      let working = 0;
      for (let day = start; day <= end && working < 2; day += 1) if (calendar.nonWorking(day) === null) working += 1;
      while (working < 2) {
        end += 1;
        if (calendar.nonWorking(end) === null) {
          working += 1;
          if (working === 2) {
            reasons.push({
              rule: 'atw_2',
              date: calendar.isoOf(end),
              text: `Verlengd tot ${calendar.dutchOf(end)}, zodat de termijn twee dagen bevat die geen zaterdag, zondag of feestdag zijn (Atw art. 2).`,
            });
          }
        }
      }
    }
  }
  return {
    from: calendar.isoOf(from),
    period: periodValue,
    start: calendar.isoOf(start),
    nominalEnd: calendar.isoOf(nominalEnd),
    end: calendar.isoOf(end),
    days: end - start + 1,
    extended: end !== nominalEnd,
    reasons,
  };
}

export function isDeadlineError(x: Deadline | DeadlineError): x is DeadlineError {
  return isError(x);
}
