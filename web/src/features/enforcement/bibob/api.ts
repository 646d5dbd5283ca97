import { api } from '../../../api/client';
import type { ConfidentialityLevel } from '../../../domain/vocabulary';

/* Wire types of /api/v1/enforcement/bibob, after server/src/modules/enforcement/bibob.schemas.ts. */

export const BIBOB_STATUSES = ['questionnaire', 'own_investigation', 'lbb_requested', 'lbb_advised', 'decision', 'closed'] as const;
export type BibobStatus = (typeof BIBOB_STATUSES)[number];
export const PERMIT_TYPES = ['exploitatievergunning', 'alcoholwet', 'omgevingsvergunning', 'huisvestingsvergunning', 'other'] as const;
export type PermitType = (typeof PERMIT_TYPES)[number];
export const ADVICE_LEVELS = ['none', 'lesser', 'serious'] as const;
export type AdviceLevel = (typeof ADVICE_LEVELS)[number];
export const DECISIONS = ['grant', 'grant_with_conditions', 'refuse', 'revoke'] as const;
export type DecisionKind = (typeof DECISIONS)[number];
export const APPLICANT_KINDS = ['natural_person', 'legal_person'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const LEGAL_FORMS = ['eenmanszaak', 'vof', 'cv', 'bv', 'nv', 'stichting', 'vereniging', 'cooperatie', 'other'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export const FINANCIER_KINDS = ['own_funds', 'bank_loan', 'private_loan', 'investor', 'lease', 'gift', 'other'] as const;
export type FinancierKind = (typeof FINANCIER_KINDS)[number];
export const INCOMPLETE_REASONS = ['refused', 'not_returned', 'incomplete_answers'] as const;
export type IncompleteReason = (typeof INCOMPLETE_REASONS)[number];
export const DEADLINE_KINDS = ['bibob_lbb_advice', 'bibob_decision'] as const;

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export interface UserRef {
  id: string;
  name: string;
}

export interface ListItem {
  id: string;
  number: string;
  permitType: PermitType;
  status: BibobStatus;
  applicantName: string;
  establishmentLabel: string;
  wijkCode: string | null;
  wijkName: string | null;
  decisionDue: string | null;
  lbbDue: string | null;
  overdue: boolean;
  responsible: UserRef | null;
}

export interface PersonEntry {
  name: string;
  role: string;
  since: string | null;
}

export interface Questionnaire {
  applicantKind: ApplicantKind | null;
  kvkNumber: string | null;
  legalForm: LegalForm | null;
  tradeName: string;
  address: string;
  bsnChecked: boolean;
  financiers: { name: string; amount: number; kind: FinancierKind }[];
  control: PersonEntry[];
  management: PersonEntry[];
  financing: { source: string; amount: number }[];
  receivedOn: string | null;
  incomplete: { reason: IncompleteReason; note: string } | null;
}

export type QuestionnaireInput = Omit<Questionnaire, 'applicantKind'> & { applicantKind: ApplicantKind };

export interface DeadlineReason {
  rule: string;
  date: string;
  text: string;
}

export interface DeadlineView {
  id: string;
  kind: string;
  from: string;
  period: string;
  unit: 'calendar' | 'working';
  dueOn: string;
  reasons: DeadlineReason[];
  status: 'open' | 'met' | 'cancelled' | 'suspended';
  taskId: string | null;
  settledAt: string | null;
}

export interface HistoryEntry {
  fromStatus: BibobStatus | null;
  toStatus: BibobStatus;
  event: string;
  note: string;
  changedBy: string | null;
  changedAt: string;
}

export interface Suspension {
  from: string;
  until: string | null;
  days: number;
  capped: boolean;
}

export interface BibobDetail {
  id: string;
  number: string;
  permitType: PermitType;
  status: BibobStatus;
  statusChangedAt: string;
  confidentiality: ConfidentialityLevel;
  applicantName: string;
  subject: { id: string; kind: string; label: string } | null;
  establishmentLabel: string;
  wijkCode: string | null;
  wijkName: string | null;
  applicationReceivedOn: string;
  decisionDue: string | null;
  questionnaire: Questionnaire;
  questionnaireReceivedOn: string | null;
  ownFindings: string;
  lbb: { requestedOn: string | null; due: string | null; extended: boolean; advice: AdviceLevel | null; adviceOn: string | null; summary: string };
  suspension: Suspension | null;
  decision: { kind: DecisionKind; on: string; motivation: string; conditions: string; measure: { id: string; number: string } | null } | null;
  responsible: UserRef | null;
  createdBy: string | null;
  createdAt: string;
  allowedTransitions: BibobStatus[];
  canWrite: boolean;
  history: HistoryEntry[];
  deadlines: DeadlineView[];
}

export interface CreateInput {
  permitType: PermitType;
  applicantName: string;
  subjectId: string | null;
  establishmentLabel: string;
  wijkCode: string | null;
  applicationReceivedOn: string;
  decisionTerm: string;
  responsibleUserId: string;
}

export interface TransitionInput {
  to: BibobStatus;
  findings?: string | null;
  requestedOn?: string | null;
  advice?: AdviceLevel | null;
  adviceOn?: string | null;
  adviceSummary?: string | null;
  decision?: DecisionKind | null;
  decisionOn?: string | null;
  motivation?: string | null;
  conditions?: string | null;
  measureId?: string | null;
  note?: string | null;
}

export interface Responsible {
  id: string;
  name: string;
  role: string;
}

const BASE = '/enforcement/bibob';
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export async function listScreenings(query: { status: string; permitType: string; mine: boolean }, signal?: AbortSignal): Promise<ListItem[]> {
  const result = await api.get<{ items: ListItem[] }>(BASE, {
    signal,
    query: { status: query.status || 'open', permitType: query.permitType || undefined, mine: query.mine ? 'true' : undefined },
  });
  return result.items;
}

export async function listResponsibles(signal?: AbortSignal): Promise<Responsible[]> {
  return (await api.get<{ items: Responsible[] }>(`${BASE}/responsibles`, { signal })).items;
}

export function createScreening(input: CreateInput): Promise<{ id: string; number: string }> {
  return api.post<{ id: string; number: string }>(BASE, input);
}

export function fetchScreening(id: string, signal?: AbortSignal): Promise<BibobDetail> {
  return api.get<BibobDetail>(path(id), { signal });
}

export function saveQuestionnaire(id: string, input: QuestionnaireInput): Promise<BibobDetail> {
  return api.put<BibobDetail>(`${path(id)}/questionnaire`, input);
}

export function saveFindings(id: string, findings: string): Promise<BibobDetail> {
  return api.put<BibobDetail>(`${path(id)}/findings`, { findings });
}

export function transitionScreening(id: string, input: TransitionInput): Promise<BibobDetail> {
  return api.post<BibobDetail>(`${path(id)}/transitions`, input);
}

export function extendLbbTerm(id: string, motivation: string): Promise<BibobDetail> {
  return api.post<BibobDetail>(`${path(id)}/lbb-extension`, { motivation });
}
