import { api, buildUrl, type QueryValue } from '../../api/client';
import type { ConfidentialityLevel, PremisesType } from '../../domain/vocabulary';
import type {
  DuplicateReason,
  FindKind,
  FindUnit,
  FollowUpKind,
  LinkRole,
  PersonRole,
  QuestionType,
  ReportChannel,
  SignalChannel,
  SignalOutcome,
  SignalStatus,
  SlaUnit,
} from './vocabulary';

/* Wire types of /api/v1/signals, after server/src/modules/signals/signals.schemas.ts. */

export interface Bilingual {
  nl: string;
  en: string;
}

// ---- categories and settings -------------------------------------------------------------------

export interface QuestionOption {
  value: string;
  label: Bilingual;
}

export interface Question {
  key: string;
  type: QuestionType;
  label: Bilingual;
  hint?: Bilingual;
  required: boolean;
  options?: QuestionOption[];
}

export interface CategoryView {
  code: string;
  name: Bilingual;
  help: Bilingual;
  indicators: { nl: string[]; en: string[] };
  questions: Question[];
  slaDays: number;
  slaUnit: SlaUnit;
  urgency: number;
  confidentiality: ConfidentialityLevel;
  active: boolean;
  sortOrder: number;
  updatedAt: string;
}

export type CategoryInput = Omit<CategoryView, 'code' | 'updatedAt'>;
export type CategoryCreate = CategoryInput & { code: string };

export interface SettingsView {
  retentionMonths: number;
  duplicateWindowDays: number;
  updatedAt: string;
  retention: { lastRunAt: string | null; lastDestroyed: number | null };
}

export interface SettingsInput {
  retentionMonths: number;
  duplicateWindowDays: number;
}

export interface RetentionResult {
  destroyed: number;
  ranAt: string;
  cutoff: string;
}

export interface DestructionView {
  signalNumber: string;
  categoryCode: string;
  channel: string;
  receivedOn: string;
  closedOn: string;
  destroyedAt: string;
  rule: string;
}

// ---- intake ------------------------------------------------------------------------------------

export interface LocationInput {
  postcode?: string | null;
  houseNumber?: string | number | null;
  houseLetter?: string | null;
  houseNumberAddition?: string | null;
  text?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface PartnerFind {
  kind: FindKind;
  description: string;
  quantity: number;
  unit: FindUnit;
}

export interface PartnerPerson {
  name: string;
  dateOfBirth: string | null;
  role: PersonRole;
}

export interface PartnerReport {
  reference: string;
  searchDate: string;
  finds: PartnerFind[];
  persons: PartnerPerson[];
  electricityTheft: boolean;
  dangerousSituation: boolean;
  reportingOfficer: string;
}

export type AnswerValue = string | number | string[];

export interface SignalInput {
  channel: ReportChannel;
  categoryCode: string;
  description: string;
  observedOn: string | null;
  observedTime: string | null;
  location: LocationInput;
  answers: Record<string, AnswerValue>;
  partnerReport: PartnerReport | null;
}

export interface Created {
  id: string;
  number: string;
  /** False when the category is above the reporter's own level: stored, but not for them to open. */
  visible: boolean;
}

// ---- queue ---------------------------------------------------------------------------------------

export interface PersonRef {
  id: string;
  name: string;
}

export interface QueueItem {
  id: string;
  number: string;
  channel: SignalChannel;
  categoryCode: string;
  categoryName: string;
  status: SignalStatus;
  urgency: number;
  /** YYYY-MM-DD */
  deadline: string;
  overdue: boolean;
  receivedAt: string;
  place: string;
  wijkCode: string | null;
  wijkName: string | null;
  assignee: PersonRef | null;
  /** The reporter added information after the last change of status. */
  newInformation: boolean;
}

export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
}

// ---- detail ---------------------------------------------------------------------------------------

export interface HistoryEntry {
  fromStatus: SignalStatus | null;
  toStatus: SignalStatus;
  outcome: SignalOutcome | null;
  note: string;
  /** Name of the employee; null for the reporter or the system. */
  changedBy: string | null;
  changedAt: string;
}

export interface NoteView {
  id: string;
  body: string;
  createdBy: string;
  createdAt: string;
}

export interface AdditionView {
  id: string;
  body: string;
  createdAt: string;
  photoIds: string[];
}

export interface PhotoView {
  id: string;
  contentType: string;
  width: number;
  height: number;
  sizeBytes: number;
  source: 'reporter' | 'staff';
  createdAt: string;
}

export interface LinkView {
  subjectId: string;
  kind: string;
  ref: string;
  label: string;
  detail: string;
  role: string;
}

export interface FollowUpView {
  id: string;
  kind: FollowUpKind;
  note: string;
  assignee: PersonRef;
  dueDate: string | null;
  taskId: string | null;
  createdBy: string;
  createdAt: string;
}

export interface DuplicateCandidate {
  id: string;
  number: string;
  status: SignalStatus;
  receivedAt: string;
  place: string;
  reason: DuplicateReason;
}

export interface AnswerView {
  key: string;
  question: string;
  answer: string;
}

export interface SignalLocation {
  postcode: string | null;
  houseNumber: number | null;
  houseLetter: string | null;
  houseNumberAddition: string | null;
  text: string | null;
  lat: number | null;
  lon: number | null;
  wijkCode: string | null;
  wijkName: string | null;
  buurtCode: string | null;
}

export interface SignalDetail {
  id: string;
  number: string;
  channel: SignalChannel;
  category: { code: string; name: string };
  status: SignalStatus;
  coarseStatus: 'received' | 'in_progress' | 'done';
  outcome: SignalOutcome | null;
  allowedTransitions: SignalStatus[];
  description: string;
  observedOn: string | null;
  observedTime: string | null;
  location: SignalLocation;
  answers: AnswerView[];
  partnerReport: PartnerReport | null;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
  anonymous: boolean;
  deadline: string;
  overdue: boolean;
  urgency: number;
  receivedAt: string;
  closedAt: string | null;
  confidentiality: ConfidentialityLevel;
  assignee: (PersonRef & { organisation: string }) | null;
  mergedInto: { id: string; number: string } | null;
  mergedSignals: { id: string; number: string }[];
  history: HistoryEntry[];
  notes: NoteView[];
  additions: AdditionView[];
  photos: PhotoView[];
  links: LinkView[];
  followUps: FollowUpView[];
  duplicates: DuplicateCandidate[];
  canWrite: boolean;
}

// ---- triage actions -------------------------------------------------------------------------------

export interface TransitionInput {
  to: SignalStatus;
  outcome?: SignalOutcome | null;
  note?: string | null;
}

export interface Assignee {
  id: string;
  name: string;
  organisation: string;
  role: string;
}

export interface FollowUpInput {
  kind: FollowUpKind;
  note: string;
  assigneeUserId: string;
  dueDate: string | null;
}

// ---- calls ------------------------------------------------------------------------------------------

const BASE = '/signals';
const id = (value: string) => encodeURIComponent(value);

export function fetchQueue(query: Record<string, QueryValue>, signal?: AbortSignal): Promise<QueuePage> {
  return api.get<QueuePage>(`${BASE}/queue`, { query, signal });
}

export function createSignal(input: SignalInput): Promise<Created> {
  return api.post<Created>(BASE, input);
}

export async function fetchCategories(signal?: AbortSignal): Promise<CategoryView[]> {
  return (await api.get<{ items: CategoryView[] }>(`${BASE}/categories`, { signal })).items;
}

export function updateCategory(code: string, input: CategoryInput): Promise<CategoryView> {
  return api.put<CategoryView>(`${BASE}/categories/${id(code)}`, input);
}

export function createCategory(input: CategoryCreate): Promise<CategoryView> {
  return api.post<CategoryView>(`${BASE}/categories`, input);
}

export function fetchSettings(signal?: AbortSignal): Promise<SettingsView> {
  return api.get<SettingsView>(`${BASE}/settings`, { signal });
}

export function updateSettings(input: SettingsInput): Promise<SettingsView> {
  return api.put<SettingsView>(`${BASE}/settings`, input);
}

export function runRetention(): Promise<RetentionResult> {
  return api.post<RetentionResult>(`${BASE}/retention/run`);
}

export async function fetchDestructions(signal?: AbortSignal): Promise<DestructionView[]> {
  return (await api.get<{ items: DestructionView[] }>(`${BASE}/destructions`, { signal })).items;
}

export function fetchSignal(signalId: string, signal?: AbortSignal): Promise<SignalDetail> {
  return api.get<SignalDetail>(`${BASE}/${id(signalId)}`, { signal });
}

export function transitionSignal(signalId: string, input: TransitionInput): Promise<SignalDetail> {
  return api.post<SignalDetail>(`${BASE}/${id(signalId)}/transitions`, input);
}

export function assignSignal(signalId: string, userId: string | null): Promise<SignalDetail> {
  return api.post<SignalDetail>(`${BASE}/${id(signalId)}/assign`, { userId });
}

export async function fetchAssignees(signal?: AbortSignal): Promise<Assignee[]> {
  return (await api.get<{ items: Assignee[] }>(`${BASE}/assignees`, { signal })).items;
}

export function addNote(signalId: string, body: string): Promise<SignalDetail> {
  return api.post<SignalDetail>(`${BASE}/${id(signalId)}/notes`, { body });
}

export function linkSubject(signalId: string, subjectId: string, role: LinkRole): Promise<SignalDetail> {
  return api.post<SignalDetail>(`${BASE}/${id(signalId)}/links`, { subjectId, role });
}

export function unlinkSubject(signalId: string, subjectId: string): Promise<SignalDetail> {
  return api.delete<SignalDetail>(`${BASE}/${id(signalId)}/links/${id(subjectId)}`);
}

/** Records the signal's address in the registry (or finds it there) and links it; the registry needs the kind of premises. */
export function linkAddress(signalId: string, premisesType: PremisesType): Promise<SignalDetail> {
  return api.post<SignalDetail>(`${BASE}/${id(signalId)}/links/address`, { premisesType });
}

/** Merges this signal into `intoId`; answers with this (now merged) signal. */
export function mergeSignal(signalId: string, intoId: string, note: string): Promise<SignalDetail> {
  return api.post<SignalDetail>(`${BASE}/${id(signalId)}/merge`, { intoId, note });
}

export function addFollowUp(signalId: string, input: FollowUpInput): Promise<SignalDetail> {
  return api.post<SignalDetail>(`${BASE}/${id(signalId)}/follow-ups`, input);
}

/** The URL of a photo, for an <img> (the session cookie authenticates it). */
export function photoUrl(signalId: string, photoId: string): string {
  return buildUrl(`${BASE}/${id(signalId)}/photos/${id(photoId)}`);
}
