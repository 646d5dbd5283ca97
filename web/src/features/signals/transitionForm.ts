import type { FieldErrors } from '../../components/fieldErrors';
import type { TransitionInput } from './api';
import { CLOSING_OUTCOMES, isOneOf, isSignalStatus, NOTE_REQUIRED_STATUSES, type SignalStatus } from './vocabulary';

/** "Status wijzigen": the chosen status, the outcome when closing, and a note. */
export interface TransitionValues {
  to: SignalStatus | '';
  outcome: string;
  note: string;
}

export const EMPTY_TRANSITION: TransitionValues = { to: '', outcome: '', note: '' };

export function needsOutcome(to: SignalStatus | ''): boolean {
  return to === 'closed';
}

export function needsNote(to: SignalStatus | ''): boolean {
  return to !== '' && NOTE_REQUIRED_STATUSES.includes(to);
}

export type TransitionValidationKey = 'signals.transition.errors.to' | 'signals.transition.errors.outcome' | 'signals.transition.errors.note';

/** The server's rules (workflow.ts, checkTransition) before sending: a status, an outcome when closing, a note where one is needed. */
export function validateTransition(t: (key: TransitionValidationKey) => string, values: TransitionValues, allowed: readonly SignalStatus[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!isSignalStatus(values.to) || !allowed.includes(values.to)) {
    errors.to = t('signals.transition.errors.to');
    return errors;
  }
  if (needsOutcome(values.to) && !isOneOf(CLOSING_OUTCOMES, values.outcome)) {
    errors.outcome = t('signals.transition.errors.outcome');
  }
  if (needsNote(values.to) && !values.note.trim()) {
    errors.note = t('signals.transition.errors.note');
  }
  return errors;
}

/** The body: the outcome only when closing, the note only when there is one. */
export function toTransitionInput(values: TransitionValues): TransitionInput {
  if (!isSignalStatus(values.to)) {
    throw new Error('toTransitionInput needs a status');
  }
  const input: TransitionInput = { to: values.to };
  if (needsOutcome(values.to) && isOneOf(CLOSING_OUTCOMES, values.outcome)) {
    input.outcome = values.outcome;
  }
  const note = values.note.trim();
  if (note) {
    input.note = note;
  }
  return input;
}
