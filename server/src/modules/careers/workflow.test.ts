import { describe, expect, it } from 'vitest';
import { phases, type Phase } from './vocabulary.js';
import { addMonths, checkMove, checkReview, exitReasonsFor, isReviewOverdue, phaseMoves, startsFollowUp, transitionTargets } from './workflow.js';

const base = { reason: null, reviewOverdue: false, everAccepted: true };

describe('phase moves', () => {
  it('allows exactly the listed moves and refuses every other pair', () => {
    const allowed: string[] = [];
    for (const from of phases) {
      for (const to of phases) {
        for (const kind of ['assign', 'intake_decision', 'transition', 're_entry'] as const) {
          const reason = exitReasonsFor(from, to)[0] ?? null;
          if (checkMove({ ...base, from, to, kind, reason }).length === 0) allowed.push(`${from}>${to}:${kind}`);
        }
      }
    }
    expect(allowed.sort()).toEqual(
      [
        'aanmelding>intake:assign',
        'intake>plan:intake_decision',
        'intake>uitstroom:intake_decision',
        'plan>uitvoering:transition',
        'plan>nazorg:transition',
        'plan>uitstroom:transition',
        'uitvoering>nazorg:transition',
        'uitvoering>uitstroom:transition',
        'nazorg>uitstroom:transition',
        'nazorg>uitvoering:re_entry',
        'uitstroom>uitvoering:re_entry',
      ].sort(),
    );
  });

  it('points to the right way when a move needs another action', () => {
    expect(checkMove({ ...base, from: 'intake', to: 'plan', kind: 'transition' })[0]?.message).toContain('intakebesluit');
    expect(checkMove({ ...base, from: 'nazorg', to: 'uitvoering', kind: 'transition' })[0]?.message).toContain('opnieuw instromen');
  });

  it('never moves out of uitstroom by a transition and never skips back', () => {
    expect(transitionTargets('uitstroom')).toEqual([]);
    expect(transitionTargets('uitvoering')).not.toContain('plan');
    expect(Object.keys(phaseMoves).sort()).toEqual([...phases].sort());
  });
});

describe('the review guard', () => {
  it('blocks forward moves and re-entry while a review is overdue', () => {
    expect(checkMove({ ...base, from: 'plan', to: 'uitvoering', kind: 'transition', reviewOverdue: true })).toHaveLength(1);
    expect(checkMove({ ...base, from: 'nazorg', to: 'uitvoering', kind: 're_entry', reviewOverdue: true })[0]?.message).toContain('evenredigheidstoets');
  });

  it('does not block leaving the approach', () => {
    expect(checkMove({ ...base, from: 'uitvoering', to: 'nazorg', kind: 'transition', reason: 'goals_reached', reviewOverdue: true })).toEqual([]);
    expect(checkMove({ ...base, from: 'nazorg', to: 'uitstroom', kind: 'transition', reason: 'aftercare_completed', reviewOverdue: true })).toEqual([]);
  });

  it('knows when a review is overdue', () => {
    expect(isReviewOverdue('2026-01-01', 'uitvoering', '2026-01-02')).toBe(true);
    expect(isReviewOverdue('2026-01-02', 'uitvoering', '2026-01-02')).toBe(false);
    expect(isReviewOverdue('2026-01-01', 'uitstroom', '2026-06-01')).toBe(false);
    expect(isReviewOverdue(null, 'plan', '2026-06-01')).toBe(false);
  });
});

describe('exit reasons', () => {
  it('requires a fitting reason to leave', () => {
    expect(checkMove({ ...base, from: 'uitvoering', to: 'nazorg', kind: 'transition' })[0]).toEqual({ field: 'reason', message: expect.any(String) });
    expect(checkMove({ ...base, from: 'uitvoering', to: 'uitstroom', kind: 'transition', reason: 'not_accepted' })[0]?.field).toBe('reason');
    expect(checkMove({ ...base, from: 'uitvoering', to: 'nazorg', kind: 'transition', reason: 'aftercare_completed' })[0]?.field).toBe('reason');
    expect(exitReasonsFor('nazorg', 'uitstroom')).toContain('aftercare_completed');
  });

  it('lets only a once accepted trajectory re-enter from uitstroom', () => {
    expect(checkMove({ ...base, from: 'uitstroom', to: 'uitvoering', kind: 're_entry', everAccepted: false })).toHaveLength(1);
    expect(checkMove({ ...base, from: 'uitstroom', to: 'uitvoering', kind: 're_entry' })).toEqual([]);
  });
});

describe('follow-up moments', () => {
  it('start when leaving the intensive approach, not after a refusal or from nazorg', () => {
    const cases: [Phase, Phase, string, boolean][] = [
      ['uitvoering', 'nazorg', 'goals_reached', true],
      ['plan', 'nazorg', 'moved_away', true],
      ['uitvoering', 'uitstroom', 'detained', true],
      ['plan', 'uitstroom', 'refused_cooperation', true],
      ['intake', 'uitstroom', 'not_accepted', false],
      ['nazorg', 'uitstroom', 'aftercare_completed', false],
      ['plan', 'uitvoering', '', false],
    ];
    for (const [from, to, reason, expected] of cases) expect(startsFollowUp(from, to, reason), `${from}>${to}`).toBe(expected);
  });
});

describe('addMonths', () => {
  it('adds whole months and clamps to the end of the month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-02', 12)).toBe('2027-12-02');
  });
});

describe('reviews', () => {
  const review = { phase: 'uitvoering' as Phase, kind: 'proportionality' as const, criteriaStillHold: true, decision: 'continue' as const, exitReason: null };

  it('refuses continuing when the criteria no longer hold', () => {
    expect(checkReview({ ...review, criteriaStillHold: false })).toEqual([{ field: 'decision', message: expect.stringContaining('criteria') }]);
    expect(checkReview({ ...review, criteriaStillHold: false, decision: 'exit', exitReason: 'criteria_no_longer_met' })).toEqual([]);
  });

  it('needs criteria-still-hold for a proportionality review and a reason to leave', () => {
    expect(checkReview({ ...review, criteriaStillHold: null })[0]?.field).toBe('criteriaStillHold');
    expect(checkReview({ ...review, kind: 'progress', criteriaStillHold: null })).toEqual([]);
    expect(checkReview({ ...review, decision: 'to_aftercare' })[0]?.field).toBe('exitReason');
    expect(checkReview({ ...review, phase: 'nazorg', decision: 'to_aftercare', exitReason: 'goals_reached' })[0]?.field).toBe('decision');
  });

  it('is not recorded before the plan phase or after uitstroom', () => {
    expect(checkReview({ ...review, phase: 'intake' })).toHaveLength(1);
    expect(checkReview({ ...review, phase: 'uitstroom' })).toHaveLength(1);
  });
});
