import type { FieldErrors } from '../../../components/fieldErrors';
import { isCalendarDate } from '../../../i18n/format';
import type { CourtOutcome, CourtStepInput, CourtStepUpdate, CourtStepView, ExecutionExtensionInput, MeasureDetail } from './api';
import { COURT_STEP_KINDS, isOneOf } from './vocabulary';

/* Forms on the case page besides the transitions: extending the objection term or the execution, and court steps. */

export const MIN_EXTENSION_MOTIVATION = 10;

export function validateMotivation(t: (key: 'measures.extension.errors.motivation') => string, motivation: string): FieldErrors {
  return motivation.trim().length < MIN_EXTENSION_MOTIVATION ? { motivation: t('measures.extension.errors.motivation') } : {};
}

export interface ExecutionExtensionValues {
  newEnd: string;
  motivation: string;
}

export function validateExecutionExtension(
  t: (key: 'measures.extension.errors.motivation' | 'measures.extension.errors.newEnd') => string,
  values: ExecutionExtensionValues,
): FieldErrors {
  const errors = validateMotivation(t, values.motivation);
  if (!isCalendarDate(values.newEnd)) errors.newEnd = t('measures.extension.errors.newEnd');
  return errors;
}

export function toExecutionExtension(values: ExecutionExtensionValues): ExecutionExtensionInput {
  return { newEnd: values.newEnd, motivation: values.motivation.trim() };
}

export const COURT_OUTCOMES: readonly CourtOutcome[] = ['granted', 'partly_granted', 'rejected', 'inadmissible', 'withdrawn'];

export interface CourtStepValues {
  kind: string;
  court: string;
  caseNumber: string;
  filedOn: string;
  hearingOn: string;
  rulingOn: string;
  outcome: string;
  note: string;
}

export const EMPTY_COURT_STEP: CourtStepValues = { kind: '', court: '', caseNumber: '', filedOn: '', hearingOn: '', rulingOn: '', outcome: '', note: '' };

export function validateCourtStep(
  t: (key: 'measures.courtForm.errors.kind' | 'measures.courtForm.errors.date') => string,
  values: CourtStepValues,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!isOneOf(COURT_STEP_KINDS, values.kind)) errors.kind = t('measures.courtForm.errors.kind');
  if (!isCalendarDate(values.filedOn)) errors.filedOn = t('measures.courtForm.errors.date');
  for (const field of ['hearingOn', 'rulingOn'] as const) {
    if (values[field] !== '' && !isCalendarDate(values[field])) errors[field] = t('measures.courtForm.errors.date');
  }
  return errors;
}

export function toCourtStepInput(values: CourtStepValues): CourtStepInput {
  if (!isOneOf(COURT_STEP_KINDS, values.kind)) {
    throw new Error('toCourtStepInput needs a kind');
  }
  return {
    kind: values.kind,
    court: values.court.trim(),
    caseNumber: values.caseNumber.trim(),
    filedOn: values.filedOn,
    hearingOn: values.hearingOn || null,
    rulingOn: values.rulingOn || null,
    outcome: isOneOf(COURT_OUTCOMES, values.outcome) ? values.outcome : null,
    note: values.note.trim(),
  };
}

/** The objection term can be extended once, while the objection is being handled. */
export function canExtendObjection(measure: Pick<MeasureDetail, 'remedyStatus' | 'objectionExtended'>): boolean {
  return measure.remedyStatus === 'objection' && !measure.objectionExtended;
}

/** An execution (a closure) can be extended while it runs. */
export function canExtendExecution(measure: Pick<MeasureDetail, 'status'>): boolean {
  return measure.status === 'execution';
}

/** Court steps are recorded once the decision is announced (voorlopige voorziening can come during the objection). */
export function canRecordCourtStep(measure: Pick<MeasureDetail, 'remedyStatus'>): boolean {
  return ['objection_period', 'objection', 'objection_decided', 'court'].includes(measure.remedyStatus);
}

/** A recorded court step as form values, to add the hearing and the ruling later. */
export function courtStepValues(step: CourtStepView): CourtStepValues {
  return {
    kind: step.kind,
    court: step.court,
    caseNumber: step.caseNumber,
    filedOn: step.filedOn,
    hearingOn: step.hearingOn ?? '',
    rulingOn: step.rulingOn ?? '',
    outcome: step.outcome ?? '',
    note: step.note,
  };
}

export function toCourtStepUpdate(values: CourtStepValues): CourtStepUpdate {
  const { court, caseNumber, filedOn, hearingOn, rulingOn, outcome, note } = toCourtStepInput(values);
  return { court, caseNumber, filedOn, hearingOn, rulingOn, outcome, note };
}
