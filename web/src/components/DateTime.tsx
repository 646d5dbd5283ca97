import { formatDate, formatDateTime, isoDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/useLanguage';

/** A timestamp shown in Amsterdam time, with a machine-readable <time dateTime>. */
export function DateTime({ value }: { value: string }) {
  const language = useLanguage();
  return <time dateTime={isoDateTime(value)}>{formatDateTime(value, language)}</time>;
}

/** A calendar date (YYYY-MM-DD) shown as a long date. */
export function CalendarDate({ value }: { value: string }) {
  const language = useLanguage();
  return <time dateTime={value}>{formatDate(value, language)}</time>;
}
