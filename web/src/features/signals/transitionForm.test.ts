import { describe, expect, it } from 'vitest';
import { needsNote, needsOutcome, toTransitionInput, validateTransition } from './transitionForm';
import type { SignalStatus } from './vocabulary';

const t = (key: string) => key.replace('signals.transition.errors.', '');
const fromReported: SignalStatus[] = ['in_progress', 'awaiting_information', 'forwarded', 'closed', 'cancelled'];

describe('validateTransition', () => {
  it('wants one of the allowed statuses', () => {
    expect(validateTransition(t, { to: '', outcome: '', note: '' }, fromReported)).toEqual({ to: 'to' });
    expect(validateTransition(t, { to: 'reopened', outcome: '', note: 'x' }, fromReported)).toEqual({ to: 'to' });
    expect(validateTransition(t, { to: 'in_progress', outcome: '', note: '' }, fromReported)).toEqual({});
  });

  it('wants an outcome when closing, and not "duplicate"', () => {
    expect(validateTransition(t, { to: 'closed', outcome: '', note: '' }, fromReported)).toEqual({ outcome: 'outcome' });
    expect(validateTransition(t, { to: 'closed', outcome: 'duplicate', note: '' }, fromReported)).toEqual({ outcome: 'outcome' });
    expect(validateTransition(t, { to: 'closed', outcome: 'followed_up', note: '' }, fromReported)).toEqual({});
  });

  it('wants a note for cancelling, reopening, forwarding and waiting for information', () => {
    for (const to of ['cancelled', 'forwarded', 'awaiting_information'] as const) {
      expect(validateTransition(t, { to, outcome: '', note: '  ' }, fromReported)).toEqual({ note: 'note' });
    }
    expect(validateTransition(t, { to: 'reopened', outcome: '', note: '' }, ['reopened'])).toEqual({ note: 'note' });
    expect(needsNote('in_progress')).toBe(false);
    expect(needsNote('')).toBe(false);
    expect(needsOutcome('closed')).toBe(true);
    expect(needsOutcome('cancelled')).toBe(false);
  });
});

describe('toTransitionInput', () => {
  it('sends the outcome only when closing and the note only when given', () => {
    expect(toTransitionInput({ to: 'in_progress', outcome: 'no_action', note: ' ' })).toEqual({ to: 'in_progress' });
    expect(toTransitionInput({ to: 'closed', outcome: 'no_action', note: ' Niets gevonden ' })).toEqual({
      to: 'closed',
      outcome: 'no_action',
      note: 'Niets gevonden',
    });
  });

  it('needs a status', () => {
    expect(() => toTransitionInput({ to: '', outcome: '', note: '' })).toThrow();
  });
});
