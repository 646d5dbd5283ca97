import type { Language } from './index';

const TIME_ZONE = 'Europe/Amsterdam';
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Format a calendar date (`YYYY-MM-DD`) as a long date, e.g. "3 maart 2026". */
export function formatDate(value: string, language: Language): string {
  const match = DATE_ONLY.exec(value);
  if (!match) {
    return value;
  }
  const [, year, month, day] = match;
  // Noon UTC lies on the same calendar day in Amsterdam, whatever the DST offset.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

/** Format an ISO timestamp as date and time in Amsterdam, e.g. "3 mrt 2026, 14:05". */
export function formatDateTime(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** The machine-readable value for a <time dateTime> attribute. */
export function isoDateTime(value: string): string | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function isCalendarDate(value: string): boolean {
  return DATE_ONLY.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));
}
