import type { Language } from '../../i18n';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD) written out with its weekday, e.g. "vrijdag 30 mei 2025": for a day off, the weekday matters. */
export function formatDayWithWeekday(value: string, language: Language): string {
  const match = DATE_ONLY.exec(value);
  if (!match) {
    return value;
  }
  const [, year, month, day] = match;
  // Noon UTC lies on the same calendar day in Amsterdam, whatever the DST offset.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeZone: 'Europe/Amsterdam' }).format(date);
}
