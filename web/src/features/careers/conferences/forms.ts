import type { FieldErrors } from '../../../components/fieldErrors';
import type { AttendeeInput, AttendeeView, ConferenceCreate } from './api';
import type { nl } from './messages';

/* Pure helpers of the case-conference forms (tested in forms.test.ts). */

type Translate = (key: `conferences.errors.${keyof typeof nl.errors}`) => string;

export interface ConferenceValues {
  title: string;
  heldOn: string;
  startsAt: string;
  location: string;
}

export function emptyConference(today: string): ConferenceValues {
  return { title: '', heldOn: today, startsAt: '', location: '' };
}

/** Whether a string is an existing calendar date as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

export function validateConference(t: Translate, values: ConferenceValues): FieldErrors {
  return {
    title: values.title.trim() === '' ? t('conferences.errors.title') : undefined,
    heldOn: isIsoDate(values.heldOn.trim()) ? undefined : t('conferences.errors.date'),
    startsAt: values.startsAt.trim() === '' || isTime(values.startsAt.trim()) ? undefined : t('conferences.errors.time'),
  };
}

export function toConferenceCreate(values: ConferenceValues): ConferenceCreate {
  return {
    title: values.title.trim(),
    heldOn: values.heldOn.trim(),
    startsAt: values.startsAt.trim() === '' ? null : values.startsAt.trim(),
    location: values.location.trim(),
  };
}

export interface ActionValues {
  description: string;
  responsibleUserId: string;
  dueDate: string;
}

export function validateAction(t: Translate, values: ActionValues, heldOn: string): FieldErrors {
  const due = values.dueDate.trim();
  return {
    description: values.description.trim() === '' ? t('conferences.errors.description') : undefined,
    responsibleUserId: values.responsibleUserId === '' ? t('conferences.errors.responsible') : undefined,
    dueDate: !isIsoDate(due) ? t('conferences.errors.date') : due < heldOn ? t('conferences.errors.dueBeforeConference') : undefined,
  };
}

export type Presence = 'present' | 'absent' | 'unknown';

export function presenceOf(value: boolean | null): Presence {
  return value === true ? 'present' : value === false ? 'absent' : 'unknown';
}

export function presenceValue(value: Presence): boolean | null {
  return value === 'present' ? true : value === 'absent' ? false : null;
}

/** One row of the attendance form: a user (by id) or an external person (by name). */
export interface AttendanceRow {
  key: string;
  userId: string | null;
  name: string;
  organisation: string;
  presence: Presence;
}

export function attendanceRows(attendees: readonly AttendeeView[]): AttendanceRow[] {
  return attendees.map((a) => ({ key: a.id, userId: a.userId, name: a.name, organisation: a.organisation, presence: presenceOf(a.present) }));
}

/** The rows as the API takes them; external rows without a name are left out (an empty new row). */
export function toAttendanceInput(rows: readonly AttendanceRow[]): AttendeeInput[] {
  return rows.flatMap((row): AttendeeInput[] => {
    const present = presenceValue(row.presence);
    if (row.userId) {
      return [{ userId: row.userId, present }];
    }
    if (row.name.trim() === '') {
      return [];
    }
    return [{ name: row.name.trim(), organisation: row.organisation.trim(), present }];
  });
}

/** The attendance form's field errors from the server (`attendees.3.userId`) keyed by row, for display per row. */
export function rowErrors(fieldErrors: FieldErrors, rows: readonly AttendanceRow[]): Record<string, string> {
  const sent = rows.filter((row) => row.userId || row.name.trim() !== '');
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const match = /^attendees\.(\d+)\./.exec(path);
    const row = match ? sent[Number(match[1])] : undefined;
    if (row && message) {
      result[row.key] = message;
    }
  }
  return result;
}

/** Trajectories that can still go on the agenda: not on it yet. */
export function agendaCandidates<T extends { id: string }>(trajectories: readonly T[], onAgenda: readonly string[]): T[] {
  return trajectories.filter((t) => !onAgenda.includes(t.id));
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Amsterdam as YYYY-MM-DD. */
export function amsterdamToday(now: Date = new Date()): string {
  return amsterdamDate.format(now);
}
