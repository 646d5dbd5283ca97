import { api } from '../../api/client';

export interface AuditEvent {
  id: number;
  at: string;
  actorUserId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  outcome: string;
  requestId: string | null;
  reason: string | null;
}

export interface AuditEventPage {
  items: AuditEvent[];
  nextBefore: number | null;
}

export interface AuditFilters {
  actor: string;
  objectType: string;
  objectId: string;
  /** Calendar days (YYYY-MM-DD) in Amsterdam, or ''; the server makes `to` inclusive. */
  from: string;
  to: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  /** What is wrong, when the chain is broken. */
  problem: string | null;
}

export interface ProcessingOperation {
  id: number;
  traceId: string;
  operationId: string;
  foreignTraceId: string | null;
  name: string;
  activityCode: string;
  activityName: string;
  /** Keyed hash of the data subject's identifier, never the identifier itself. */
  dataSubjectRef: string;
  dataSubjectType: string;
  status: string;
  startedAt: string;
  endedAt: string;
}

/** Kinds of data-subject identifier the processing log pseudonymises. */
export const SUBJECT_TYPES = ['user', 'person', 'bsn'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export interface ProcessingFilters {
  subject: string;
  /** Only sent along with a subject; '' means the server default (`user`). */
  subjectType: string;
  activity: string;
  from: string;
  to: string;
}

export interface ProcessingActivity {
  code: string;
  name: string;
  purpose: string;
  legalBasis: string;
  retention: string;
  controller: string;
}

export function fetchAuditEvents(filters: AuditFilters, before: number | null, signal?: AbortSignal) {
  return api.get<AuditEventPage>('/audit/events', {
    query: {
      actor: filters.actor.trim(),
      objectType: filters.objectType.trim(),
      objectId: filters.objectId.trim(),
      from: filters.from,
      to: filters.to,
      before: before ?? undefined,
    },
    signal,
  });
}

export function verifyAuditChain(): Promise<ChainVerification> {
  return api.get<ChainVerification>('/audit/verify');
}

export async function fetchProcessingOperations(filters: ProcessingFilters, signal?: AbortSignal) {
  const response = await api.get<{ items: ProcessingOperation[] }>('/audit/processing', {
    query: {
      subject: filters.subject.trim(),
      subjectType: filters.subject.trim() ? filters.subjectType : undefined,
      activity: filters.activity,
      from: filters.from,
      to: filters.to,
    },
    signal,
  });
  return response.items;
}

export async function fetchProcessingActivities(signal?: AbortSignal): Promise<ProcessingActivity[]> {
  return (await api.get<{ items: ProcessingActivity[] }>('/audit/activities', { signal })).items;
}
