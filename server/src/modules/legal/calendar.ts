/**
 * Calendar arithmetic for legal terms, on day numbers (days since 1970-01-01), without Date objects
 * or time zones: a legal term is about calendar days in the Netherlands, not instants.
 */

export type DayNumber = number;

/** Years the engine knows the holidays for (Koningsdag's current rule dates from 2014; 1980–2013 had Koninginnedag on 30 April). */
export const FIRST_YEAR = 1980;
export const LAST_YEAR = 2200;

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Day number of a calendar date (proleptic Gregorian). */
export function dayOf(year: number, month: number, day: number): DayNumber {
  const y = year - 1970;
  // Leap days between 1970-01-01 and 1 January of `year`.
  const leaps = Math.floor((year - 1 - 1968) / 4) - Math.floor((year - 1 - 1900) / 100) + Math.floor((year - 1 - 1600) / 400);
  return y * 365 + leaps + DAYS_BEFORE_MONTH[month - 1]! + (month > 2 && isLeapYear(year) ? 1 : 0) + day - 1;
}

/** Calendar date of a day number. */
export function dateOf(n: DayNumber): { year: number; month: number; day: number } {
  // Civil-from-days (Howard Hinnant's algorithm), exact for every day number.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

const pad2 = (v: number) => (v < 10 ? `0${v}` : String(v));

export function formatIso(n: DayNumber): string {
  const { year, month, day } = dateOf(n);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Strict `YYYY-MM-DD` that names a real date, or undefined. */
function digitAt(value: string, i: number): number {
  const c = value.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/** A date as typed where the browser has no date picker: 7-3-2025, 07/03/2025 and 7.3.2025 become 2025-03-07; anything else is returned as it is. */
export function normaliseDutchDate(value: string): string {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : value;
}

/** Whether a YYYY-MM-DD string is a date that exists. */
export function isIsoDate(value: string): boolean {
  return parseIso(value) !== undefined;
}

export function parseIso(value: string): DayNumber | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayOf(year, month, day);
}

/** Adds months to a date; a day that does not exist in the target month becomes its last day (31 January + 1 month = 28/29 February). */
export function addMonths(n: DayNumber, months: number): DayNumber {
  const { year, month, day } = dateOf(n);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Easter Sunday (Gregorian; anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** "zaterdag 8 februari 2025" */
export function formatDutch(n: DayNumber): string {
  const { year, month, day } = dateOf(n);
  return `${WEEKDAYS_NL[weekdayOf(n)]} ${day} ${MONTHS_NL[month - 1]} ${year}`;
}

export function weekdayNameNl(n: DayNumber): string {
  return WEEKDAYS_NL[weekdayOf(n)]!;
}
