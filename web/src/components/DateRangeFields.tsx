import { isCalendarDate } from '../i18n/format';
import type { FieldErrors } from './fieldErrors';
import { TextField } from './TextField';

export interface DateRange {
  from: string;
  to: string;
}

interface DateRangeFieldsProps {
  idPrefix: string;
  value: DateRange;
  errors: FieldErrors;
  fromLabel: string;
  toLabel: string;
  onChange: (value: DateRange) => void;
}

/** Check an optional from/to pair of calendar dates. */
export function validateDateRange(t: (key: 'common.dateInvalid' | 'common.dateRange') => string, range: DateRange): FieldErrors {
  const fromValid = range.from === '' || isCalendarDate(range.from);
  const toValid = range.to === '' || isCalendarDate(range.to);
  return {
    from: fromValid ? undefined : t('common.dateInvalid'),
    to: !toValid ? t('common.dateInvalid') : fromValid && range.from && range.to && range.to < range.from ? t('common.dateRange') : undefined,
  };
}

/** Two date inputs for filtering by period. */
export function DateRangeFields({ idPrefix, value, errors, fromLabel, toLabel, onChange }: DateRangeFieldsProps) {
  return (
    <>
      <TextField
        id={`${idPrefix}-from`}
        name="from"
        type="date"
        label={fromLabel}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        error={errors.from}
      />
      <TextField id={`${idPrefix}-to`} name="to" type="date" label={toLabel} value={value.to} onChange={(to) => onChange({ ...value, to })} error={errors.to} />
    </>
  );
}
