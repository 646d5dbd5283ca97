import type { ExitReason, Phase } from './vocabulary.js';

/**
 * The phases of a trajectory as a pure state machine (ADR 0014): aanmelding → intake → plan → uitvoering → nazorg →
 * uitstroom. No database here, so the tests can walk every pair. The service adds what needs the database (access,
 * history, follow-up tasks).
 *
 * How each move happens:
 * - aanmelding → intake: a regisseur is assigned (from the intake queue);
 * - intake → plan | uitstroom: the intake decision (accept; refer elsewhere or decline with reason not_accepted);
 * - plan → uitvoering, plan | uitvoering → nazorg | uitstroom, nazorg → uitstroom: a phase transition (or a review's
 *   decision to_aftercare / exit);
 * - nazorg | uitstroom → uitvoering: re-entry in one step ("we laten niet los"), uitstroom only when once accepted.
 */

export type MoveKind = 'assign' | 'intake_decision' | 'transition' | 're_entry';

export interface Move {
  to: Phase;
  kind: MoveKind;
}

/** Every allowed move. Everything not listed is refused. */
export const phaseMoves: Readonly<Record<Phase, readonly Move[]>> = {
  aanmelding: [{ to: 'intake', kind: 'assign' }],
  intake: [
    { to: 'plan', kind: 'intake_decision' },
    { to: 'uitstroom', kind: 'intake_decision' },
  ],
  plan: [
    { to: 'uitvoering', kind: 'transition' },
    { to: 'nazorg', kind: 'transition' },
    { to: 'uitstroom', kind: 'transition' },
  ],
  uitvoering: [
    { to: 'nazorg', kind: 'transition' },
    { to: 'uitstroom', kind: 'transition' },
  ],
  nazorg: [
    { to: 'uitstroom', kind: 'transition' },
    { to: 'uitvoering', kind: 're_entry' },
  ],
  uitstroom: [{ to: 'uitvoering', kind: 're_entry' }],
};

/** Moves that take a trajectory forward into the approach: refused while a proportionality review is overdue. */
export function isForwardMove(from: Phase, to: Phase): boolean {
  return (to === 'plan' || to === 'uitvoering') && from !== to;
}

/** Phases in which a review can be recorded (the approach runs and has a plan). */
export const reviewPhases: readonly Phase[] = ['plan', 'uitvoering', 'nazorg'];

/** Exit reasons a phase transition may give: not_accepted belongs to the intake decision only. */
export function exitReasonsFor(from: Phase, to: Phase): readonly ExitReason[] {
  if (to === 'nazorg') return ['goals_reached', 'criteria_no_longer_met', 'moved_away', 'detained', 'transferred', 'age_limit', 'refused_cooperation', 'other'];
  if (to === 'uitstroom' && from === 'nazorg') {
    return ['aftercare_completed', 'criteria_no_longer_met', 'moved_away', 'detained', 'transferred', 'age_limit', 'refused_cooperation', 'other'];
  }
  if (to === 'uitstroom') {
    return ['goals_reached', 'criteria_no_longer_met', 'moved_away', 'detained', 'transferred', 'age_limit', 'refused_cooperation', 'other'];
  }
  return [];
}

export interface TransitionState {
  from: Phase;
  to: Phase;
  kind: MoveKind;
  /** The exit reason given (required when leaving to nazorg or uitstroom by a transition). */
  reason: string | null;
  /** next_review_due is before today. */
  reviewOverdue: boolean;
  /** The intake decision was once accept (re-entry from uitstroom needs it). */
  everAccepted: boolean;
}

export interface WorkflowError {
  /** The body field the problem belongs to, e.g. `to`, `reason`. */
  field: string;
  message: string;
}

export const phaseNamesNl: Readonly<Record<Phase, string>> = {
  aanmelding: 'Aanmelding',
  intake: 'Intake',
  plan: 'Plan van aanpak',
  uitvoering: 'Uitvoering',
  nazorg: 'Nazorg',
  uitstroom: 'Uitstroom',
};

/** Checks one move; an empty list means it is allowed. */
export function checkMove(state: TransitionState): WorkflowError[] {
  const { from, to, kind } = state;
  const move = phaseMoves[from].find((m) => m.to === to && m.kind === kind);
  if (!move) {
    const via = phaseMoves[from].find((m) => m.to === to);
    const hint =
      via?.kind === 'intake_decision'
        ? ' Dit gaat via het intakebesluit.'
        : via?.kind === 'assign'
          ? ' Dit gaat door een regisseur toe te wijzen.'
          : via?.kind === 're_entry'
            ? ' Gebruik "opnieuw instromen".'
            : '';
    return [{ field: 'to', message: `Van ${phaseNamesNl[from]} kan het traject niet naar ${phaseNamesNl[to]}.${hint}` }];
  }
  const errors: WorkflowError[] = [];
  if (kind === 're_entry' && from === 'uitstroom' && !state.everAccepted) {
    errors.push({ field: 'to', message: 'Alleen een traject dat ooit is aangenomen kan opnieuw instromen. Meld de jongere opnieuw aan.' });
  }
  if ((isForwardMove(from, to) || kind === 're_entry') && state.reviewOverdue) {
    errors.push({
      field: 'to',
      message: 'De evenredigheidstoets is verlopen. Leg eerst een toets vast (gelden de criteria nog, en gaan we door?) voordat het traject verder gaat.',
    });
  }
  if (kind === 'transition' && (to === 'nazorg' || to === 'uitstroom')) {
    const allowed = exitReasonsFor(from, to);
    if (!state.reason) errors.push({ field: 'reason', message: 'Kies de reden waarom het traject de intensieve aanpak verlaat.' });
    else if (!allowed.includes(state.reason as ExitReason)) {
      errors.push({ field: 'reason', message: 'Deze reden past niet bij deze stap. Kies een reden uit de lijst.' });
    }
  }
  return errors;
}

/** The transitions (kind `transition`) the POST /transitions endpoint may take from a phase, ignoring guards. */
export function transitionTargets(from: Phase): Phase[] {
  return phaseMoves[from].filter((m) => m.kind === 'transition').map((m) => m.to);
}

/**
 * Whether leaving for `to` starts the follow-up moments ("we laten niet los"): going to nazorg, or straight to
 * uitstroom from plan or uitvoering, for any reason except not_accepted. Leaving nazorg for uitstroom does not start
 * them again.
 */
export function startsFollowUp(from: Phase, to: Phase, reason: string | null): boolean {
  if (reason === 'not_accepted') return false;
  if (to === 'nazorg') return from === 'plan' || from === 'uitvoering';
  if (to === 'uitstroom') return from === 'plan' || from === 'uitvoering';
  return false;
}

/** YYYY-MM-DD plus whole months; the day is clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a review is overdue on `today` (both YYYY-MM-DD). */
export function isReviewOverdue(nextReviewDue: string | null, phase: Phase, today: string): boolean {
  return nextReviewDue !== null && (reviewPhases as readonly string[]).includes(phase) && nextReviewDue < today;
}

export interface ReviewCheck {
  phase: Phase;
  kind: 'proportionality' | 'progress';
  criteriaStillHold: boolean | null;
  decision: 'continue' | 'to_aftercare' | 'exit';
  exitReason: string | null;
}

/** Checks a review's decision against the phase and the criteria; errors carry the body field. */
export function checkReview(review: ReviewCheck): WorkflowError[] {
  const errors: WorkflowError[] = [];
  if (!reviewPhases.includes(review.phase)) {
    errors.push({ field: 'decision', message: `In de fase ${phaseNamesNl[review.phase]} wordt geen toets vastgelegd.` });
    return errors;
  }
  if (review.kind === 'proportionality' && review.criteriaStillHold === null) {
    errors.push({ field: 'criteriaStillHold', message: 'Geef bij een evenredigheidstoets aan of de criteria nog gelden.' });
  }
  if (review.criteriaStillHold === false && review.decision === 'continue') {
    errors.push({ field: 'decision', message: 'De criteria gelden niet meer: doorgaan kan dan niet. Kies nazorg of uitstroom.' });
  }
  if (review.decision === 'to_aftercare' && review.phase === 'nazorg') {
    errors.push({ field: 'decision', message: 'Het traject is al in nazorg. Kies doorgaan of uitstroom.' });
  }
  if (review.decision !== 'continue') {
    const to: Phase = review.decision === 'to_aftercare' ? 'nazorg' : 'uitstroom';
    const allowed = exitReasonsFor(review.phase, to);
    if (!review.exitReason) errors.push({ field: 'exitReason', message: 'Kies de reden waarom het traject de intensieve aanpak verlaat.' });
    else if (!allowed.includes(review.exitReason as ExitReason)) errors.push({ field: 'exitReason', message: 'Deze reden past niet bij dit besluit.' });
  }
  return errors;
}
