import { describe, expect, it } from 'vitest';
import { checkTransition, coarseStatusOf, signalStatuses, type SignalStatus } from './workflow.js';

/**
 * Every pair of statuses, allowed or refused, written out independently of the code's table
 * (after Signalen's ALLOWED_STATUS_CHANGES, with our seven statuses).
 */
const expected: Record<SignalStatus, SignalStatus[]> = {
  reported: ['in_progress', 'awaiting_information', 'forwarded', 'closed', 'cancelled'],
  in_progress: ['awaiting_information', 'forwarded', 'closed', 'cancelled'],
  awaiting_information: ['in_progress', 'forwarded', 'closed', 'cancelled'],
  forwarded: ['in_progress', 'closed'],
  closed: ['reopened'],
  cancelled: ['reopened'],
  reopened: ['in_progress', 'awaiting_information', 'forwarded', 'closed', 'cancelled'],
};

/** A complete request for a move: closing says how, some moves say why. */
function complete(from: SignalStatus, to: SignalStatus) {
  return { from, to, outcome: to === 'closed' ? ('no_action' as const) : null, note: 'Toelichting' };
}

describe('signal status machine', () => {
  for (const from of signalStatuses) {
    for (const to of signalStatuses) {
      const allowed = expected[from].includes(to);
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        const result = checkTransition(complete(from, to));
        if (allowed) {
          expect(result).toEqual({ ok: true });
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.field).toBe('to');
            expect(result.message).toMatch(from === to ? /heeft de status .* al/ : /kan de melding niet naar/);
          }
        }
      });
    }
  }

  it('closing needs an outcome, and not "duplicate" (that is what merging does)', () => {
    expect(checkTransition({ from: 'in_progress', to: 'closed' })).toMatchObject({ ok: false, field: 'outcome' });
    expect(checkTransition({ from: 'in_progress', to: 'closed', outcome: 'duplicate' })).toMatchObject({ ok: false, field: 'outcome' });
    expect(checkTransition({ from: 'in_progress', to: 'closed', outcome: 'followed_up' })).toEqual({ ok: true });
    expect(checkTransition({ from: 'reported', to: 'closed', outcome: 'no_action' })).toEqual({ ok: true });
  });

  it('an outcome belongs only to closing', () => {
    expect(checkTransition({ from: 'reported', to: 'in_progress', outcome: 'no_action' })).toMatchObject({ ok: false, field: 'outcome' });
  });

  it('cancelling, reopening, forwarding and waiting for information need a note; blank does not count', () => {
    for (const [from, to] of [
      ['reported', 'cancelled'],
      ['closed', 'reopened'],
      ['cancelled', 'reopened'],
      ['in_progress', 'forwarded'],
      ['reported', 'awaiting_information'],
    ] as const) {
      expect(checkTransition({ from, to, note: '   ' })).toMatchObject({ ok: false, field: 'note' });
      expect(checkTransition({ from, to, note: 'Omdat' })).toEqual({ ok: true });
    }
    expect(checkTransition({ from: 'reported', to: 'in_progress' })).toEqual({ ok: true });
  });

  it('shows the reporter only received, in progress or done', () => {
    expect(signalStatuses.map(coarseStatusOf)).toEqual(['received', 'in_progress', 'in_progress', 'in_progress', 'done', 'done', 'in_progress']);
  });
});
