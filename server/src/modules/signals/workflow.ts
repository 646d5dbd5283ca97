/**
 * The status machine of a signal (after Signalen's workflow.py): the statuses, which moves are allowed,
 * what each move needs, and the coarse status a reporter sees. Pure: no database, so the tests can
 * walk every pair of statuses.
 */
export const signalStatuses = ['reported', 'in_progress', 'awaiting_information', 'forwarded', 'closed', 'cancelled', 'reopened'] as const;
export type SignalStatus = (typeof signalStatuses)[number];

/** Statuses that keep a signal in the triage queue. */
export const openStatuses: readonly SignalStatus[] = ['reported', 'in_progress', 'awaiting_information', 'forwarded', 'reopened'];
/** Statuses that end handling (closed_at is set). */
export const finalStatuses: readonly SignalStatus[] = ['closed', 'cancelled'];

/** How a closed signal ended: it led to nothing, it led to follow-up, or it was merged into another. */
export const signalOutcomes = ['no_action', 'followed_up', 'duplicate'] as const;
export type SignalOutcome = (typeof signalOutcomes)[number];

/** The allowed moves. Everything not listed is refused. */
export const allowedTransitions: Readonly<Record<SignalStatus, readonly SignalStatus[]>> = {
  reported: ['in_progress', 'awaiting_information', 'forwarded', 'closed', 'cancelled'],
  in_progress: ['awaiting_information', 'forwarded', 'closed', 'cancelled'],
  awaiting_information: ['in_progress', 'forwarded', 'closed', 'cancelled'],
  forwarded: ['in_progress', 'closed'],
  closed: ['reopened'],
  cancelled: ['reopened'],
  reopened: ['in_progress', 'awaiting_information', 'forwarded', 'closed', 'cancelled'],
};

/** Dutch names, as the staff see them (the UI has its own translations). */
export const statusNamesNl: Readonly<Record<SignalStatus, string>> = {
  reported: 'Gemeld',
  in_progress: 'In behandeling',
  awaiting_information: 'Wacht op informatie',
  forwarded: 'Doorgezet',
  closed: 'Afgehandeld',
  cancelled: 'Geannuleerd',
  reopened: 'Heropend',
};

export interface TransitionRequest {
  from: SignalStatus;
  to: SignalStatus;
  /** Required when closing: how the signal ended. */
  outcome?: SignalOutcome | null;
  /** Free text: required when cancelling, reopening, forwarding or waiting for information. */
  note?: string | null;
}

export type TransitionCheck = { ok: true } | { ok: false; field: 'to' | 'outcome' | 'note'; message: string };

/** Moves that must say why (the note goes into the history). */
const needsNote: ReadonlySet<SignalStatus> = new Set(['cancelled', 'reopened', 'forwarded', 'awaiting_information']);

/** Whether a move is allowed and complete; a refusal names the field and says why in Dutch. */
export function checkTransition(request: TransitionRequest): TransitionCheck {
  const { from, to } = request;
  if (from === to) return { ok: false, field: 'to', message: `De melding heeft de status "${statusNamesNl[from]}" al.` };
  if (!allowedTransitions[from].includes(to)) {
    const allowed = allowedTransitions[from].map((s) => `"${statusNamesNl[s]}"`).join(', ');
    return { ok: false, field: 'to', message: `Van "${statusNamesNl[from]}" kan de melding niet naar "${statusNamesNl[to]}", alleen naar ${allowed}.` };
  }
  if (to === 'closed') {
    if (!request.outcome) return { ok: false, field: 'outcome', message: 'Kies de uitkomst: leidde de melding tot opvolging of niet?' };
    if (request.outcome === 'duplicate') {
      return { ok: false, field: 'outcome', message: 'Een dubbele melding sluit u door haar samen te voegen met de andere melding.' };
    }
  } else if (request.outcome) {
    return { ok: false, field: 'outcome', message: 'Een uitkomst hoort alleen bij afhandelen.' };
  }
  if (needsNote.has(to) && !request.note?.trim()) {
    return { ok: false, field: 'note', message: `Geef een toelichting bij "${statusNamesNl[to]}".` };
  }
  return { ok: true };
}

export function isOpen(status: SignalStatus): boolean {
  return openStatuses.includes(status);
}

export function isSignalStatus(value: string): value is SignalStatus {
  return (signalStatuses as readonly string[]).includes(value);
}

/** What the reporter sees with the follow-up code, and nothing more. */
export type CoarseStatus = 'received' | 'in_progress' | 'done';

export function coarseStatusOf(status: SignalStatus): CoarseStatus {
  if (status === 'reported') return 'received';
  if (finalStatuses.includes(status)) return 'done';
  return 'in_progress';
}
