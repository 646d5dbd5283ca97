import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../components/fieldErrors';
import { isCalendarDate } from '../../../i18n/format';
import { PREVENTION_SETTINGS, type PreventionActivity, type PreventionInput } from './api';

/** The largest reach the server accepts (server/src/modules/careers/prevention.schemas.ts MAX_REACH). */
export const MAX_REACH = 100_000;

/** The form's values, as typed. */
export interface PreventionFormValues {
  title: string;
  programme: string;
  setting: string;
  institution: string;
  wijkCode: string;
  startsOn: string;
  endsOn: string;
  reach: string;
  description: string;
}

export const emptyPreventionForm: PreventionFormValues = {
  title: '',
  programme: '',
  setting: '',
  institution: '',
  wijkCode: '',
  startsOn: '',
  endsOn: '',
  reach: '',
  description: '',
};

export function formFromActivity(a: PreventionActivity): PreventionFormValues {
  return {
    title: a.title,
    programme: a.programme,
    setting: a.setting,
    institution: a.institution,
    wijkCode: a.wijkCode ?? '',
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    reach: String(a.reach),
    description: a.description,
  };
}

/** The reach as a whole number from 0 to MAX_REACH, or null. */
export function parseReach(value: string): number | null {
  const trimmed = value.trim().replace(/[.\s]/g, '');
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= MAX_REACH ? n : null;
}

/** Checks the client can do before sending (the server checks again, and checks for personal data). */
export function validatePreventionForm(t: TFunction, v: PreventionFormValues): FieldErrors {
  const dateError = (value: string, required: 'prevention.form.required.startsOn' | 'prevention.form.required.endsOn'): string | undefined =>
    !value.trim() ? t(required) : isCalendarDate(value.trim()) ? undefined : t('prevention.form.dateInvalid');
  const startsError = dateError(v.startsOn, 'prevention.form.required.startsOn');
  const endsError = dateError(v.endsOn, 'prevention.form.required.endsOn');
  return {
    title: v.title.trim() ? undefined : t('prevention.form.required.title'),
    programme: v.programme ? undefined : t('prevention.form.required.programme'),
    setting: v.setting ? undefined : t('prevention.form.required.setting'),
    wijkCode: v.wijkCode ? undefined : t('prevention.form.required.wijkCode'),
    startsOn: startsError,
    endsOn: endsError ?? (!startsError && v.endsOn.trim() < v.startsOn.trim() ? t('prevention.form.endsBeforeStart') : undefined),
    reach: !v.reach.trim() ? t('prevention.form.required.reach') : parseReach(v.reach) === null ? t('prevention.form.reachInvalid') : undefined,
  };
}

/** The request body; call after `validatePreventionForm` found nothing. */
export function toPreventionInput(v: PreventionFormValues): PreventionInput {
  return {
    title: v.title.trim(),
    programme: v.programme,
    setting: v.setting,
    institution: v.institution.trim(),
    wijkCode: v.wijkCode,
    startsOn: v.startsOn.trim(),
    endsOn: v.endsOn.trim(),
    reach: parseReach(v.reach) ?? 0,
    description: v.description.trim(),
  };
}

// ---- list filters in the URL ----------------------------------------------------------------------

export interface PreventionFilters {
  wijk: string;
  setting: string;
  from: string;
  to: string;
  page: number;
}

export const PAGE_SIZE = 50;

export function preventionFiltersFromParams(params: URLSearchParams): PreventionFilters {
  const setting = params.get('setting') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    wijk: params.get('wijk') ?? '',
    setting: (PREVENTION_SETTINGS as readonly string[]).includes(setting) ? setting : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function preventionFiltersToParams(f: PreventionFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.wijk) params.set('wijk', f.wijk);
  if (f.setting) params.set('setting', f.setting);
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.page > 1) params.set('page', String(f.page));
  return params;
}

/** The API query: only valid dates go to the server (the filter form shows errors for the others). */
export function preventionApiQuery(f: PreventionFilters): Record<string, string | number | undefined> {
  return {
    wijk: f.wijk || undefined,
    setting: f.setting || undefined,
    from: f.from && isCalendarDate(f.from) ? f.from : undefined,
    to: f.to && isCalendarDate(f.to) && !(f.from && isCalendarDate(f.from) && f.to < f.from) ? f.to : undefined,
    page: f.page,
    pageSize: PAGE_SIZE,
  };
}

/** Number of pages for `total` items. */
export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
