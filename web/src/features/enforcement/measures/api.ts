import { api, type QueryValue } from '../../../api/client';
import type { Role } from '../../../domain/vocabulary';
import type {
  Authority,
  CourtStepKind,
  DeadlineKind,
  DrugClass,
  MeasureKind,
  MeasureOrigin,
  PremisesType,
  ProcedureStatus,
  QuantityBand,
  RemedyStatus,
} from './vocabulary';

/* Wire types of /api/v1/enforcement/{measures,legal-bases,matrix}, after server/src/modules/enforcement/measures.schemas.ts. */

export interface Bilingual {
  nl: string;
  en: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

// ---- legal bases ---------------------------------------------------------------------------------

export interface LegalBasisView {
  code: string;
  measureKind: MeasureKind;
  name: Bilingual;
  article: string;
  authority: Authority;
  premisesTypes: PremisesType[];
  isClosure: boolean;
  requiresOpinion: boolean;
  opinionDays: number;
  graceDays: number | null;
  maxDurationMonths: number | null;
  explanation: Bilingual;
  active: boolean;
  sortOrder: number;
  updatedBy: string | null;
  updatedAt: string;
}

export interface LegalBasisUpdate {
  nameNl: string;
  nameEn: string;
  article: string;
  authority: Authority;
  premisesTypes: PremisesType[];
  requiresOpinion: boolean;
  opinionDays: number;
  graceDays: number | null;
  maxDurationMonths: number | null;
  explanationNl: string;
  explanationEn: string;
  active: boolean;
  sortOrder: number;
}

// ---- escalation matrix ---------------------------------------------------------------------------

export interface MatrixRowView {
  id: string;
  premisesType: PremisesType;
  drugClass: DrugClass;
  quantityBand: QuantityBand;
  offenceNumber: number;
  lookbackMonths: number;
  legalBasisCode: string;
  legalBasisName: string;
  measureKind: MeasureKind;
  durationMonths: number | null;
  explanation: Bilingual;
  active: boolean;
  sortOrder: number;
  updatedAt: string;
}

export interface MatrixView {
  items: MatrixRowView[];
  notice: Bilingual;
}

export interface MatrixRowInput {
  premisesType: PremisesType;
  drugClass: DrugClass;
  quantityBand: QuantityBand;
  offenceNumber: number;
  lookbackMonths: number;
  legalBasisCode: string;
  durationMonths: number | null;
  explanationNl: string;
  explanationEn: string;
  active: boolean;
  sortOrder: number;
}

export interface ProposalRequest {
  subjectId?: string | null;
  addressLabel?: string | null;
  premisesType: PremisesType;
  drugClass: DrugClass;
  quantityBand: QuantityBand;
  offenceOn: string;
  excludeMeasureId?: string | null;
}

export interface EarlierMeasure {
  id: string;
  /** Empty when the user may not read that measure; it counts all the same. */
  number: string;
  offenceOn: string;
  visible: boolean;
}

export interface ProposalView {
  applicable: boolean;
  offenceNumber: number;
  matrixRowId: string | null;
  row: MatrixRowView | null;
  legalBasisCode: string | null;
  legalBasisName: string | null;
  durationMonths: number | null;
  lookbackMonths: number | null;
  earlierMeasures: EarlierMeasure[];
  /** Why this row (or none) applied, in Dutch. */
  reason: string;
  computedAt: string;
}

// ---- measures: create and list --------------------------------------------------------------------

export interface MeasureCreate {
  origin: MeasureOrigin;
  inspectionId?: string | null;
  signalId?: string | null;
  subjectId?: string | null;
  addressLabel?: string | null;
  wijkCode?: string | null;
  premisesType?: PremisesType | null;
  drugClass?: DrugClass | null;
  quantityBand?: QuantityBand | null;
  offenceOn?: string | null;
  facts?: string;
  addresseeName?: string;
  addresseeAddress?: string;
  legalBasisCode: string;
  durationMonths?: number | null;
  responsibleUserId: string;
  deviationMotivation?: string | null;
}

export interface MeasureCreated {
  id: string;
  number: string;
}

export interface MeasureListItem {
  id: string;
  number: string;
  status: ProcedureStatus;
  remedyStatus: RemedyStatus;
  statusChangedAt: string;
  legalBasis: { code: string; name: string; kind: MeasureKind };
  addressLabel: string;
  wijkCode: string | null;
  premisesType: PremisesType | null;
  durationMonths: number | null;
  urgent: boolean;
  responsible: PersonRef | null;
  nextDeadline: { kind: string; dueOn: string } | null;
}

export interface MeasureListPage {
  items: MeasureListItem[];
  nextCursor: string | null;
}

// ---- measure detail --------------------------------------------------------------------------------

export interface ProportionalityView {
  suitable: boolean;
  necessary: boolean;
  proportionate: boolean;
  motivation: string;
  recordedBy: PersonRef;
  recordedAt: string;
  complete: boolean;
}

export type Track = 'procedure' | 'remedy';

export interface HistoryEntry {
  id: number;
  track: Track;
  fromStatus: string | null;
  toStatus: string;
  note: string;
  data: Record<string, unknown>;
  changedBy: string | null;
  changedAt: string;
}

export type CourtOutcome = 'granted' | 'partly_granted' | 'rejected' | 'inadmissible' | 'withdrawn';
export type ObjectionOutcome = 'unfounded' | 'founded' | 'partly_founded' | 'inadmissible';

export interface CourtStepView {
  id: string;
  kind: CourtStepKind;
  court: string;
  caseNumber: string;
  filedOn: string;
  hearingOn: string | null;
  rulingOn: string | null;
  outcome: CourtOutcome | null;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export interface DeadlineReason {
  rule: string;
  date: string;
  text: string;
}

export interface DeadlineView {
  id: string;
  kind: DeadlineKind;
  from: string;
  period: string;
  unit: 'calendar' | 'working';
  dueOn: string;
  reasons: DeadlineReason[];
  status: 'open' | 'met' | 'cancelled' | 'suspended';
  taskId: string | null;
  settledAt: string | null;
}

/** A step the procedure allows now, who may take it, and whether this user may. */
export interface NextStep {
  track: Track;
  to: string;
  roles: Role[];
  allowedForMe: boolean;
  /** Fields this step asks for in the body of POST /transitions. */
  fields: string[];
  /** Why the step cannot be taken (yet), e.g. the term still runs. */
  blockedReason: string | null;
}

export interface MeasureDates {
  opinionDue: string | null;
  opinionReceivedOn: string | null;
  decisionOn: string | null;
  graceDays: number | null;
  graceEnd: string | null;
  announcedOn: string | null;
  objectionDue: string | null;
  objectionReceivedOn: string | null;
  objectionDecisionDue: string | null;
  executionStart: string | null;
  executionEnd: string | null;
  liftedOn: string | null;
}

export interface MeasureDetail {
  id: string;
  number: string;
  status: ProcedureStatus;
  remedyStatus: RemedyStatus;
  statusChangedAt: string;
  confidentiality: string;
  origin: MeasureOrigin;
  inspection: { id: string; number: string } | null;
  signal: { id: string; number: string } | null;
  subject: { id: string; label: string } | null;
  addressLabel: string;
  wijkCode: string | null;
  premisesType: PremisesType | null;
  drugClass: DrugClass | null;
  quantityBand: QuantityBand | null;
  offenceOn: string | null;
  offenceNumber: number | null;
  legalBasis: LegalBasisView;
  proposal: ProposalView | null;
  deviationMotivation: string | null;
  durationMonths: number | null;
  facts: string;
  addressee: { name: string; address: string };
  proportionality: ProportionalityView | null;
  urgent: boolean;
  urgencyMotivation: string | null;
  dates: MeasureDates;
  opinionResponse: string | null;
  objectionCommittee: boolean;
  objectionExtended: boolean;
  objectionOutcome: ObjectionOutcome | null;
  closedReason: string | null;
  responsible: PersonRef | null;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
  history: HistoryEntry[];
  deadlines: DeadlineView[];
  courtSteps: CourtStepView[];
  nextSteps: NextStep[];
  canWrite: boolean;
  canRecordProportionality: boolean;
}

// ---- steps -----------------------------------------------------------------------------------------

export interface TransitionInput {
  track: Track;
  to: string;
  note?: string;
  sentOn?: string;
  opinionDays?: number;
  opinionResponse?: string;
  opinionReceivedOn?: string;
  noOpinionReceived?: boolean;
  urgencyMotivation?: string;
  decisionOn?: string;
  announcedOn?: string;
  graceDays?: number;
  executionStart?: string;
  liftedOn?: string;
  motivation?: string;
  receivedOn?: string;
  committee?: boolean;
  decidedOn?: string;
  outcome?: ObjectionOutcome;
  filedOn?: string;
  court?: string;
  caseNumber?: string;
  noAppealFiled?: boolean;
  finalOn?: string;
}

export interface ProportionalityInput {
  suitable: boolean;
  necessary: boolean;
  proportionate: boolean;
  motivation: string;
}

export interface ExecutionExtensionInput {
  newEnd: string;
  motivation: string;
}

export interface CourtStepInput {
  kind: CourtStepKind;
  court: string;
  caseNumber: string;
  filedOn: string;
  hearingOn?: string | null;
  rulingOn?: string | null;
  outcome?: CourtOutcome | null;
  note: string;
}

export type CourtStepUpdate = Omit<CourtStepInput, 'kind'>;

// ---- calls ------------------------------------------------------------------------------------------

const BASE = '/enforcement';
const id = (value: string) => encodeURIComponent(value);

export async function fetchLegalBases(signal?: AbortSignal): Promise<LegalBasisView[]> {
  return (await api.get<{ items: LegalBasisView[] }>(`${BASE}/legal-bases`, { signal })).items;
}

export function updateLegalBasis(code: string, input: LegalBasisUpdate): Promise<LegalBasisView> {
  return api.put<LegalBasisView>(`${BASE}/legal-bases/${id(code)}`, input);
}

export function fetchMatrix(signal?: AbortSignal): Promise<MatrixView> {
  return api.get<MatrixView>(`${BASE}/matrix`, { signal });
}

export function createMatrixRow(input: MatrixRowInput): Promise<MatrixRowView> {
  return api.post<MatrixRowView>(`${BASE}/matrix/rows`, input);
}

export function updateMatrixRow(rowId: string, input: MatrixRowInput): Promise<MatrixRowView> {
  return api.put<MatrixRowView>(`${BASE}/matrix/rows/${id(rowId)}`, input);
}

export function deleteMatrixRow(rowId: string): Promise<{ ok: true }> {
  return api.delete<{ ok: true }>(`${BASE}/matrix/rows/${id(rowId)}`);
}

export function fetchProposal(input: ProposalRequest, signal?: AbortSignal): Promise<ProposalView> {
  return api.post<ProposalView>(`${BASE}/matrix/proposal`, input, { signal });
}

export function fetchMeasures(query: Record<string, QueryValue>, signal?: AbortSignal): Promise<MeasureListPage> {
  return api.get<MeasureListPage>(`${BASE}/measures`, { query, signal });
}

export function createMeasure(input: MeasureCreate): Promise<MeasureCreated> {
  return api.post<MeasureCreated>(`${BASE}/measures`, input);
}

export async function fetchJurists(signal?: AbortSignal): Promise<PersonRef[]> {
  return (await api.get<{ items: PersonRef[] }>(`${BASE}/measures/jurists`, { signal })).items;
}

export function fetchMeasure(measureId: string, signal?: AbortSignal): Promise<MeasureDetail> {
  return api.get<MeasureDetail>(`${BASE}/measures/${id(measureId)}`, { signal });
}

export function transitionMeasure(measureId: string, input: TransitionInput): Promise<MeasureDetail> {
  return api.post<MeasureDetail>(`${BASE}/measures/${id(measureId)}/transitions`, input);
}

export function recordProportionality(measureId: string, input: ProportionalityInput): Promise<MeasureDetail> {
  return api.put<MeasureDetail>(`${BASE}/measures/${id(measureId)}/proportionality`, input);
}

export function extendObjectionTerm(measureId: string, motivation: string): Promise<MeasureDetail> {
  return api.post<MeasureDetail>(`${BASE}/measures/${id(measureId)}/objection-extension`, { motivation });
}

export function extendExecution(measureId: string, input: ExecutionExtensionInput): Promise<MeasureDetail> {
  return api.post<MeasureDetail>(`${BASE}/measures/${id(measureId)}/execution-extension`, input);
}

export function addCourtStep(measureId: string, input: CourtStepInput): Promise<MeasureDetail> {
  return api.post<MeasureDetail>(`${BASE}/measures/${id(measureId)}/court-steps`, input);
}

export function updateCourtStep(measureId: string, stepId: string, input: CourtStepUpdate): Promise<MeasureDetail> {
  return api.put<MeasureDetail>(`${BASE}/measures/${id(measureId)}/court-steps/${id(stepId)}`, input);
}

// ---- the inspection a measure is prepared from (engineer A's API) -----------------------------------

export interface InspectionSummary {
  id: string;
  number: string;
  addressLabel: string;
  wijkCode: string | null;
  wijkName: string | null;
  subject: { id: string; kind: string; label: string } | null;
  objectType: string;
  performedOn: string | null;
  plannedOn: string;
  outcome: 'nothing_found' | 'warning' | 'measure_proposed' | null;
  outcomeNote: string;
}

export function fetchInspection(inspectionId: string, signal?: AbortSignal): Promise<InspectionSummary> {
  return api.get<InspectionSummary>(`${BASE}/inspections/${id(inspectionId)}`, { signal });
}
