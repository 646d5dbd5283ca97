import { api } from '../../../api/client';

/* Wire types of /api/v1/enforcement/inspections, after server/src/modules/enforcement/inspections.schemas.ts. */

export const INSPECTION_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_OUTCOMES = ['nothing_found', 'warning', 'measure_proposed'] as const;
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];
export const FINDING_RESULTS = ['ok', 'not_ok', 'not_applicable'] as const;
export type FindingResult = (typeof FINDING_RESULTS)[number];
export const INSPECTION_PARTNERS = [
  'handhaving',
  'politie',
  'brandweer',
  'belastingdienst',
  'netbeheerder',
  'woningcorporatie',
  'omgevingsdienst',
  'riec',
] as const;
export type InspectionPartner = (typeof INSPECTION_PARTNERS)[number];

export function isStatus(value: string): value is InspectionStatus {
  return (INSPECTION_STATUSES as readonly string[]).includes(value);
}
export function isOutcome(value: string): value is InspectionOutcome {
  return (INSPECTION_OUTCOMES as readonly string[]).includes(value);
}
export function isResult(value: string): value is FindingResult {
  return (FINDING_RESULTS as readonly string[]).includes(value);
}
export function isPartner(value: string): value is InspectionPartner {
  return (INSPECTION_PARTNERS as readonly string[]).includes(value);
}

export interface ChecklistItem {
  code: string;
  textNl: string;
  textEn: string;
}

export interface ChecklistView {
  objectType: string;
  name: { nl: string; en: string };
  items: ChecklistItem[];
  active: boolean;
  sortOrder: number;
  updatedAt: string;
}

export interface ChecklistInput {
  name: { nl: string; en: string };
  items: ChecklistItem[];
}

export interface Person {
  id: string;
  name: string;
}

export interface ListItem {
  id: string;
  number: string;
  objectType: string;
  addressLabel: string;
  wijkCode: string | null;
  plannedOn: string;
  status: InspectionStatus;
  outcome: InspectionOutcome | null;
  lead: Person;
  partners: InspectionPartner[];
}

export interface ListQuery {
  status?: string;
  plannedFrom?: string;
  plannedTo?: string;
  mine?: string;
}

export interface LeadOption {
  id: string;
  name: string;
  role: string;
}

export interface InspectionInput {
  objectType: string;
  addressLabel?: string | null;
  postcode?: string | null;
  houseNumber?: number | null;
  wijkCode?: string | null;
  plannedOn: string;
  partners: InspectionPartner[];
  leadUserId: string;
  teamUserIds?: string[];
  requestedByMeasureId?: string | null;
}

export interface PhotoView {
  id: string;
  filename: string;
  sizeBytes: number;
  createdAt: string;
}

export interface FindingView {
  result: FindingResult;
  note: string;
  recordedAt: string;
  recordedBy: Person;
  photos: PhotoView[];
}

export interface Linked {
  id: string;
  number: string;
  status: string;
}

export interface InspectionDetail {
  id: string;
  number: string;
  objectType: string;
  objectTypeName: { nl: string; en: string };
  subject: { id: string; kind: string; label: string } | null;
  addressLabel: string;
  postcode: string | null;
  houseNumber: number | null;
  wijkCode: string | null;
  wijkName: string | null;
  plannedOn: string;
  performedOn: string | null;
  partners: InspectionPartner[];
  status: InspectionStatus;
  outcome: InspectionOutcome | null;
  outcomeNote: string;
  cancelReason: string | null;
  lead: Person;
  team: (Person & { teamRole: string })[];
  checklist: (ChecklistItem & { finding: FindingView | null })[];
  signal: { id: string; number: string } | null;
  requestedByMeasure: Linked | null;
  followUpOf: (Linked & { plannedOn: string }) | null;
  followUps: (Linked & { plannedOn: string })[];
  measures: Linked[];
  createdAt: string;
  completedAt: string | null;
  canWrite: boolean;
}

/** The little of a measure the planning form shows for a follow-up (GET /enforcement/measures/:id). */
export interface MeasureSummary {
  id: string;
  number: string;
  addressLabel: string;
}

const base = '/enforcement/inspections';

export const fetchChecklists = (signal?: AbortSignal) => api.get<{ items: ChecklistView[] }>(`${base}/checklists`, { signal }).then((r) => r.items);
export const fetchManagedChecklists = (signal?: AbortSignal) =>
  api.get<{ items: ChecklistView[] }>(`${base}/checklists/manage`, { signal }).then((r) => r.items);
export const saveChecklist = (objectType: string, input: ChecklistInput) =>
  api.put<ChecklistView>(`${base}/checklists/${encodeURIComponent(objectType)}`, input);
export const fetchLeads = (signal?: AbortSignal) => api.get<{ items: LeadOption[] }>(`${base}/leads`, { signal }).then((r) => r.items);
export const fetchInspections = (query: ListQuery, signal?: AbortSignal) =>
  api.get<{ items: ListItem[] }>(base, { query: { ...query }, signal }).then((r) => r.items);
export const createInspection = (input: InspectionInput) => api.post<{ id: string; number: string }>(base, input);
export const fetchInspection = (id: string, signal?: AbortSignal) => api.get<InspectionDetail>(`${base}/${encodeURIComponent(id)}`, { signal });
export const startInspection = (id: string) => api.post<InspectionDetail>(`${base}/${encodeURIComponent(id)}/start`, {});
export const recordFinding = (id: string, itemCode: string, input: { result: FindingResult; note: string }) =>
  api.put<InspectionDetail>(`${base}/${encodeURIComponent(id)}/findings/${encodeURIComponent(itemCode)}`, input);
export function uploadFindingPhoto(id: string, itemCode: string, file: File): Promise<PhotoView> {
  const form = new FormData();
  form.append('file', file);
  return api.post<PhotoView>(`${base}/${encodeURIComponent(id)}/findings/${encodeURIComponent(itemCode)}/photos`, form);
}
export const completeInspection = (id: string, input: { outcome: InspectionOutcome; note: string }) =>
  api.post<InspectionDetail>(`${base}/${encodeURIComponent(id)}/complete`, input);
export const cancelInspection = (id: string, reason: string) => api.post<InspectionDetail>(`${base}/${encodeURIComponent(id)}/cancel`, { reason });
export const fetchMeasureSummary = (id: string, signal?: AbortSignal) => api.get<MeasureSummary>(`/enforcement/measures/${encodeURIComponent(id)}`, { signal });
