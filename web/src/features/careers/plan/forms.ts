import type { FieldErrors } from '../../../components/fieldErrors';
import type { ActionInput, AssessmentInput, DaytimeInput, DaytimeKind, GoalInput } from './api';
import { DAYTIME_KINDS } from './api';

/**
 * Form values → API payloads, and the checks the client can make before sending (unit tested in forms.test.ts).
 * The server checks everything again and answers per field; its paths (after `body.`) are the field keys here.
 */

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A YYYY-MM-DD date that exists on the calendar (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

// ---- assessment ---------------------------------------------------------------------------------------

export interface ScoreValues {
  /** '' = not assessed this time; else '1'..'5'. */
  score: string;
  riskFactors: string;
  protectiveFactors: string;
}
export interface AssessmentValues {
  assessedOn: string;
  note: string;
  scores: Record<string, ScoreValues>;
}

export function emptyAssessment(today: string, domainCodes: readonly string[]): AssessmentValues {
  return {
    assessedOn: today,
    note: '',
    scores: Object.fromEntries(domainCodes.map((code) => [code, { score: '', riskFactors: '', protectiveFactors: '' }])),
  };
}

/** The payload, with the domain code of each entry in `scores` (to map `scores.N.x` errors back to a domain). */
export function toAssessmentInput(values: AssessmentValues, domainOrder: readonly string[]): { input: AssessmentInput; codes: string[] } {
  const codes = domainOrder.filter((code) => /^[1-5]$/.test(values.scores[code]?.score ?? ''));
  return {
    codes,
    input: {
      assessedOn: values.assessedOn.trim(),
      note: values.note.trim(),
      scores: codes.map((code) => {
        const s = values.scores[code]!;
        return { domainCode: code, score: Number(s.score), riskFactors: s.riskFactors.trim(), protectiveFactors: s.protectiveFactors.trim() };
      }),
    },
  };
}

export function validateAssessment(t: Translate, values: AssessmentValues, domainOrder: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  if (values.assessedOn.trim() === '') errors.assessedOn = t('careerPlan.assessmentForm.needDate');
  else if (!isCalendarDate(values.assessedOn.trim())) errors.assessedOn = t('careerPlan.assessmentForm.badDate');
  if (toAssessmentInput(values, domainOrder).codes.length === 0) errors.scores = t('careerPlan.assessmentForm.needScore');
  return errors;
}

/** Server errors on `scores.N.field` become `scores.<domain>.field`, the key of the field in the form. */
export function assessmentErrorKeys(errors: FieldErrors, codes: readonly string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^scores\.(\d+)\.(\w+)$/.exec(path);
    const code = match ? codes[Number(match[1])] : undefined;
    out[match && code ? `scores.${code}.${match[2] === 'domainCode' ? 'score' : match[2]!}` : path] = message;
  }
  return out;
}

// ---- goal -----------------------------------------------------------------------------------------------

export interface GoalValues {
  domainCode: string;
  description: string;
  targetDate: string;
}
export const emptyGoal: GoalValues = { domainCode: '', description: '', targetDate: '' };

export function toGoalInput(values: GoalValues): GoalInput {
  const targetDate = values.targetDate.trim();
  return { domainCode: values.domainCode, description: values.description.trim(), targetDate: targetDate === '' ? null : targetDate };
}

export function validateGoal(t: Translate, values: GoalValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.domainCode === '') errors.domainCode = t('careerPlan.goalForm.needDomain');
  if (values.description.trim() === '') errors.description = t('careerPlan.goalForm.needDescription');
  if (values.targetDate.trim() !== '' && !isCalendarDate(values.targetDate.trim())) errors.targetDate = t('careerPlan.goalForm.badDate');
  return errors;
}

// ---- action ---------------------------------------------------------------------------------------------

export interface ActionValues {
  goalId: string;
  description: string;
  responsibleUserId: string;
  dueDate: string;
}
export const emptyAction: ActionValues = { goalId: '', description: '', responsibleUserId: '', dueDate: '' };

/**
 * Who may be responsible for an action: the team, and for a goal in a restricted domain only the municipality and the
 * organisation kinds that may see that domain (the action's text becomes their task).
 */
export function responsibleCandidates<M extends { organisationKind: string }>(team: readonly M[], restrictedTo: readonly string[]): M[] {
  if (restrictedTo.length === 0) return [...team];
  return team.filter((m) => m.organisationKind === 'gemeente' || restrictedTo.includes(m.organisationKind));
}

export function toActionInput(values: ActionValues): ActionInput {
  return {
    goalId: values.goalId === '' ? null : values.goalId,
    description: values.description.trim(),
    responsibleUserId: values.responsibleUserId,
    dueDate: values.dueDate.trim(),
  };
}

export function validateAction(t: Translate, values: ActionValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.description.trim() === '') errors.description = t('careerPlan.actionForm.needDescription');
  if (values.responsibleUserId === '') errors.responsibleUserId = t('careerPlan.actionForm.needResponsible');
  if (values.dueDate.trim() === '') errors.dueDate = t('careerPlan.actionForm.needDate');
  else if (!isCalendarDate(values.dueDate.trim())) errors.dueDate = t('careerPlan.actionForm.badDate');
  return errors;
}

// ---- daytime activity -------------------------------------------------------------------------------------

export interface DaytimeValues {
  kind: string;
  withStatus: boolean;
  place: string;
  startedOn: string;
  endedOn: string;
  note: string;
}
export const emptyDaytime: DaytimeValues = { kind: '', withStatus: false, place: '', startedOn: '', endedOn: '', note: '' };

export function isDaytimeKind(value: string): value is DaytimeKind {
  return (DAYTIME_KINDS as readonly string[]).includes(value);
}

export function toDaytimeInput(values: DaytimeValues): DaytimeInput {
  const endedOn = values.endedOn.trim();
  return {
    kind: values.kind as DaytimeKind,
    // "Met status" is about a job; other kinds never carry it.
    withStatus: values.kind === 'job' || values.kind === 'internship' ? values.withStatus : false,
    place: values.place.trim(),
    startedOn: values.startedOn.trim(),
    endedOn: endedOn === '' ? null : endedOn,
    note: values.note.trim(),
  };
}

export function validateDaytime(t: Translate, values: DaytimeValues): FieldErrors {
  const errors: FieldErrors = {};
  const start = values.startedOn.trim();
  const end = values.endedOn.trim();
  if (!isDaytimeKind(values.kind)) errors.kind = t('careerPlan.daytime.needKind');
  if (values.place.trim() === '') errors.place = t('careerPlan.daytime.needPlace');
  if (start === '') errors.startedOn = t('careerPlan.daytime.needStart');
  else if (!isCalendarDate(start)) errors.startedOn = t('careerPlan.daytime.badDate');
  if (end !== '') {
    if (!isCalendarDate(end)) errors.endedOn = t('careerPlan.daytime.badDate');
    else if (isCalendarDate(start) && end < start) errors.endedOn = t('careerPlan.daytime.endBeforeStart');
  }
  return errors;
}

export function validateEnd(t: Translate, startedOn: string, endedOn: string): FieldErrors {
  const end = endedOn.trim();
  if (end === '') return { endedOn: t('careerPlan.daytime.needEnd') };
  if (!isCalendarDate(end)) return { endedOn: t('careerPlan.daytime.badDate') };
  if (end < startedOn) return { endedOn: t('careerPlan.daytime.endBeforeStart') };
  return {};
}
