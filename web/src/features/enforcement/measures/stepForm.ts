import type { FieldErrors } from '../../../components/fieldErrors';
import { isCalendarDate } from '../../../i18n/format';
import type { MeasureDetail, NextStep, ObjectionOutcome, TransitionInput } from './api';
import { isOneOf } from './vocabulary';

/**
 * The form of one step of the procedure. Which fields it shows comes from the server (`nextSteps[].fields`,
 * after workflow.ts); the server checks what is required and answers per field, so the client only checks
 * what it can see: dates that exist, whole numbers, and the choice between "zienswijze ontvangen" and "geen zienswijze".
 */
export interface StepValues {
  note: string;
  sentOn: string;
  opinionDays: string;
  opinionChoice: '' | 'given' | 'none';
  opinionResponse: string;
  opinionReceivedOn: string;
  urgencyMotivation: string;
  decisionOn: string;
  announcedOn: string;
  graceDays: string;
  executionStart: string;
  liftedOn: string;
  motivation: string;
  receivedOn: string;
  committee: boolean;
  decidedOn: string;
  outcome: string;
  filedOn: string;
  court: string;
  caseNumber: string;
  noAppealFiled: boolean;
  finalOn: string;
}

export const DATE_FIELDS = [
  'sentOn',
  'opinionReceivedOn',
  'decisionOn',
  'announcedOn',
  'executionStart',
  'liftedOn',
  'receivedOn',
  'decidedOn',
  'filedOn',
  'finalOn',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export const DAY_FIELDS = ['opinionDays', 'graceDays'] as const;
export type DayField = (typeof DAY_FIELDS)[number];

export const LONG_TEXT_FIELDS = ['urgencyMotivation', 'motivation'] as const;
export type LongTextField = (typeof LONG_TEXT_FIELDS)[number];

export const SHORT_TEXT_FIELDS = ['court', 'caseNumber'] as const;
export type ShortTextField = (typeof SHORT_TEXT_FIELDS)[number];

export const OBJECTION_OUTCOMES: readonly ObjectionOutcome[] = ['unfounded', 'founded', 'partly_founded', 'inadmissible'];

/** The fields of the zienswijze step, shown as one choice. */
export const OPINION_FIELDS = ['opinionResponse', 'opinionReceivedOn', 'noOpinionReceived'] as const;

export function isOpinionStep(step: Pick<NextStep, 'fields'>): boolean {
  return step.fields.includes('noOpinionReceived');
}

/** Empty values, with the legal basis's standard begunstigingstermijn filled in. */
export function initialStepValues(measure: Pick<MeasureDetail, 'legalBasis'>): StepValues {
  return {
    note: '',
    sentOn: '',
    opinionDays: '',
    opinionChoice: '',
    opinionResponse: '',
    opinionReceivedOn: '',
    urgencyMotivation: '',
    decisionOn: '',
    announcedOn: '',
    graceDays: measure.legalBasis.graceDays === null ? '' : String(measure.legalBasis.graceDays),
    executionStart: '',
    liftedOn: '',
    motivation: '',
    receivedOn: '',
    committee: false,
    decidedOn: '',
    outcome: '',
    filedOn: '',
    court: '',
    caseNumber: '',
    noAppealFiled: false,
    finalOn: '',
  };
}

/** A whole number of days 0–365; undefined when it is not one. */
export function parseDays(value: string): number | undefined {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const days = Number(text);
  return days <= 365 ? days : undefined;
}

export type StepErrorKey = 'measures.fields.errors.date' | 'measures.fields.errors.number' | 'measures.fields.errors.opinionChoice';

/** Which fields of this step are visible with these values (the zienswijze step shows response and date only when one was given). */
export function visibleFields(step: Pick<NextStep, 'fields'>, values: Pick<StepValues, 'opinionChoice'>): string[] {
  if (!isOpinionStep(step)) return step.fields;
  return step.fields.filter((field) => field !== 'noOpinionReceived' && (values.opinionChoice === 'given' || !OPINION_FIELDS.includes(field as never)));
}

export function validateStep(t: (key: StepErrorKey) => string, step: Pick<NextStep, 'fields'>, values: StepValues): FieldErrors {
  const errors: FieldErrors = {};
  if (isOpinionStep(step) && values.opinionChoice === '') {
    errors.noOpinionReceived = t('measures.fields.errors.opinionChoice');
  }
  for (const field of visibleFields(step, values)) {
    if (isOneOf(DATE_FIELDS, field) && values[field] !== '' && !isCalendarDate(values[field])) {
      errors[field] = t('measures.fields.errors.date');
    }
    if (isOneOf(DAY_FIELDS, field) && values[field].trim() !== '' && parseDays(values[field]) === undefined) {
      errors[field] = t('measures.fields.errors.number');
    }
  }
  return errors;
}

/** The body of POST /measures/:id/transitions: the step and only the fields it asks for that have a value. */
export function toTransitionInput(step: Pick<NextStep, 'track' | 'to' | 'fields'>, values: StepValues): TransitionInput {
  const input: TransitionInput = { track: step.track, to: step.to };
  const note = values.note.trim();
  if (note) input.note = note;
  if (isOpinionStep(step)) {
    if (values.opinionChoice === 'none') {
      input.noOpinionReceived = true;
      return input;
    }
    if (values.opinionResponse.trim()) input.opinionResponse = values.opinionResponse.trim();
    if (values.opinionReceivedOn) input.opinionReceivedOn = values.opinionReceivedOn;
    return input;
  }
  for (const field of step.fields) {
    if (isOneOf(DATE_FIELDS, field)) {
      if (values[field]) input[field] = values[field];
    } else if (isOneOf(DAY_FIELDS, field)) {
      const days = parseDays(values[field]);
      if (days !== undefined) input[field] = days;
    } else if (isOneOf(LONG_TEXT_FIELDS, field) || isOneOf(SHORT_TEXT_FIELDS, field)) {
      const text = values[field].trim();
      if (text) input[field] = text;
    } else if (field === 'committee') {
      input.committee = values.committee;
    } else if (field === 'noAppealFiled') {
      if (values.noAppealFiled) input.noAppealFiled = true;
    } else if (field === 'outcome') {
      if (isOneOf(OBJECTION_OUTCOMES, values.outcome)) input.outcome = values.outcome;
    }
  }
  return input;
}
