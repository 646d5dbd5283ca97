/**
 * Codes of the signals API (server/src/modules/signals/signals.schemas.ts, workflow.ts, categories.ts).
 * Labels live in i18n under `signals.<list>.<code>`.
 */

export const SIGNAL_STATUSES = ['reported', 'in_progress', 'awaiting_information', 'forwarded', 'closed', 'cancelled', 'reopened'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** Statuses that need a note when moving to them (workflow.ts). */
export const NOTE_REQUIRED_STATUSES: readonly SignalStatus[] = ['cancelled', 'reopened', 'forwarded', 'awaiting_information'];

export const SIGNAL_OUTCOMES = ['no_action', 'followed_up', 'duplicate'] as const;
export type SignalOutcome = (typeof SIGNAL_OUTCOMES)[number];
/** The outcomes a user may choose when closing; `duplicate` only comes from a merge. */
export const CLOSING_OUTCOMES = ['no_action', 'followed_up'] as const satisfies readonly SignalOutcome[];

export const SIGNAL_CHANNELS = ['public_form', 'police_report', 'cannabis_report', 'staff'] as const;
export type SignalChannel = (typeof SIGNAL_CHANNELS)[number];

/** The channels staff and partners enter signals through. */
export const REPORT_CHANNELS = ['staff', 'police_report', 'cannabis_report'] as const satisfies readonly SignalChannel[];
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

export const FOLLOW_UP_KINDS = ['inspection', 'enforcement', 'person_referral', 'other'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const LINK_ROLES = ['location', 'involved', 'business', 'vehicle'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export const FIND_KINDS = [
  'cannabis_plants',
  'cannabis_dried',
  'hard_drugs',
  'precursors',
  'lab_equipment',
  'grow_equipment',
  'cash',
  'weapons',
  'other',
] as const;
export type FindKind = (typeof FIND_KINDS)[number];

export const FIND_UNITS = ['pieces', 'grams', 'kilograms', 'litres', 'euros'] as const;
export type FindUnit = (typeof FIND_UNITS)[number];

export const PERSON_ROLES = ['occupant', 'tenant', 'owner', 'suspect', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const QUESTION_TYPES = ['text', 'textarea', 'single_choice', 'multiple_choice', 'yes_no', 'number'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const SLA_UNITS = ['calendar', 'working'] as const;
export type SlaUnit = (typeof SLA_UNITS)[number];

export const DUPLICATE_REASONS = ['same_address', 'same_buurt'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export const URGENCIES = [1, 2, 3, 4, 5] as const;

/** The queue's status filter: the open ones (default), all, or one status. */
export const QUEUE_STATUS_FILTERS = ['open', 'all', ...SIGNAL_STATUSES] as const;
export type QueueStatusFilter = (typeof QUEUE_STATUS_FILTERS)[number];

export const QUEUE_ASSIGNED_FILTERS = ['any', 'me', 'unassigned'] as const;
export type QueueAssignedFilter = (typeof QUEUE_ASSIGNED_FILTERS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export const isSignalStatus = (value: unknown): value is SignalStatus => isOneOf(SIGNAL_STATUSES, value);
export const isReportChannel = (value: unknown): value is ReportChannel => isOneOf(REPORT_CHANNELS, value);
export const isQuestionType = (value: unknown): value is QuestionType => isOneOf(QUESTION_TYPES, value);

/** Whether a question type has options to choose from. */
export function isChoiceType(type: QuestionType): boolean {
  return type === 'single_choice' || type === 'multiple_choice';
}
