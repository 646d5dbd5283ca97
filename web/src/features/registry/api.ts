import { api } from '../../api/client';
import type {
  ConfidentialityLevel,
  ImportKind,
  ImportMode,
  ImportStatus,
  MatchedOn,
  PremisesType,
  RelationType,
  Reliability,
  SubjectKind,
} from '../../domain/vocabulary';

/*
 * Wire types of /api/v1/registry, after server/src/modules/registry/registry.schemas.ts.
 * Privacy: a search query can hold a BSN or IBAN, so searches are POSTs and never go in a URL.
 */

export interface SubjectSummary {
  id: string;
  kind: SubjectKind;
  /** Stable pseudonymous reference. */
  ref: string;
  label: string;
  /** Second line: year of birth, KvK number, place … */
  detail: string;
  riskSector: boolean;
  status: 'active' | 'merged';
}

export type SubjectRef = Pick<SubjectSummary, 'id' | 'ref' | 'label'>;

export interface PersonFacts {
  kind: 'person';
  givenNames: string;
  surnamePrefix: string;
  surname: string;
  dateOfBirth: string | null;
  bsnMasked: string | null;
  aliases: string[];
}

export interface OrganisationFacts {
  kind: 'organisation';
  kvkNumber: string;
  establishmentNumber: string | null;
  name: string;
  tradeNames: string[];
  legalForm: string;
  sbiCode: string | null;
  sbiDescription: string | null;
  riskSector: boolean;
  registeredOn: string | null;
  endedOn: string | null;
}

export interface AddressFacts {
  kind: 'address';
  postcode: string;
  houseNumber: number;
  houseLetter: string;
  addition: string;
  street: string;
  place: string;
  bagId: string | null;
  premisesType: PremisesType;
  lat: number | null;
  lon: number | null;
  wijkCode: string | null;
  wijkName: string | null;
  buurtCode: string | null;
  buurtName: string | null;
  areaSource: 'none' | 'user' | 'boundaries';
}

export interface VehicleFacts {
  kind: 'vehicle';
  plate: string;
  description: string;
}

export interface BankAccountFacts {
  kind: 'bank_account';
  ibanMasked: string;
  country: string;
  bankCode: string | null;
  holderName: string;
}

export type SubjectFacts = PersonFacts | OrganisationFacts | AddressFacts | VehicleFacts | BankAccountFacts;

export interface SubjectDetail extends SubjectSummary {
  facts: SubjectFacts;
  confidentiality: ConfidentialityLevel;
  source: string;
  sourceDate: string | null;
  recordedBy: string | null;
  recordedAt: string;
  mergedInto: SubjectRef | null;
  canWrite: boolean;
}

export interface RelationView {
  id: string;
  type: RelationType;
  /** Seen from the subject whose profile this is. */
  direction: 'outgoing' | 'incoming';
  other: SubjectSummary;
  validFrom: string | null;
  validTo: string | null;
  current: boolean;
  source: string;
  reliability: Reliability;
  confidentiality: ConfidentialityLevel;
  note: string;
  recordedBy: string | null;
  recordedAt: string;
}

export interface LinkView {
  id: string;
  module: string;
  recordType: string;
  recordId: string;
  caseNumber: string | null;
  label: string;
  role: string;
  createdAt: string;
}

export type TimelineKind = 'recorded' | 'relation_start' | 'relation_end' | 'link' | 'merge' | 'unmerge';

export interface TimelineEntry {
  /** YYYY-MM-DD or an ISO timestamp. */
  at: string;
  kind: TimelineKind;
  /** Short description, in Dutch. */
  text: string;
  relatedSubject: SubjectRef | null;
}

export interface MergeView {
  id: string;
  survivor: SubjectRef;
  merged: SubjectRef;
  reason: string;
  movedRelations: number;
  movedLinks: number;
  mergedBy: string | null;
  mergedAt: string;
  undoneAt: string | null;
  canUndo: boolean;
}

export interface DuplicatePair {
  id: string;
  kind: SubjectKind;
  a: SubjectSummary;
  b: SubjectSummary;
  score: number;
  /** Why they look alike, in Dutch. */
  reasons: string[];
  status: 'open' | 'dismissed' | 'merged';
}

export interface Profile {
  subject: SubjectDetail;
  relations: RelationView[];
  links: LinkView[];
  timeline: TimelineEntry[];
  duplicates: DuplicatePair[];
  merges: MergeView[];
}

export interface SearchHit {
  type: 'subject' | 'record';
  /** Subject id, or the record's id for type record. */
  id: string;
  /** Subject kind, or the record type for type record. */
  kind: string;
  module: string | null;
  /** Pseudonymous reference or case number. */
  ref: string;
  label: string;
  detail: string;
  matchedOn: MatchedOn;
  score: number;
  riskSector: boolean;
}

interface Provenance {
  confidentiality: ConfidentialityLevel;
  source: string;
  sourceDate: string | null;
}

export type SubjectInput = Provenance &
  (
    | {
        kind: 'person';
        givenNames: string;
        surnamePrefix: string;
        surname: string;
        dateOfBirth: string | null;
        /** Left out when editing: keeps the stored BSN. */
        bsn?: string | null;
        aliases: string[];
      }
    | {
        kind: 'organisation';
        kvkNumber: string;
        establishmentNumber: string | null;
        name: string;
        tradeNames: string[];
        legalForm: string;
        sbiCode: string | null;
        registeredOn: string | null;
        endedOn: string | null;
      }
    | {
        kind: 'address';
        postcode: string;
        houseNumber: string;
        houseLetter: string;
        addition: string;
        street: string;
        place: string;
        bagId: string | null;
        premisesType: string;
        wijkCode: string | null;
        /** Kept from the subject when editing; the form has no fields for them. */
        lat?: number | null;
        lon?: number | null;
      }
    | { kind: 'vehicle'; plate: string; description: string }
    | { kind: 'bank_account'; /** Left out when editing: keeps the stored IBAN. */ iban?: string; holderName: string }
  );

export interface CreateSubjectResult {
  subject: SubjectDetail;
  /** False when an address, organisation, vehicle or bank account with the same key already existed. */
  created: boolean;
  possibleDuplicates: SubjectSummary[];
}

export interface RelationInput {
  type: RelationType;
  fromSubjectId: string;
  toSubjectId: string;
  validFrom: string | null;
  validTo: string | null;
  source: string;
  reliability: Reliability;
  confidentiality: ConfidentialityLevel;
  note: string;
}

export interface RelationUpdate {
  validFrom?: string | null;
  validTo?: string | null;
  reliability?: Reliability;
  note?: string;
}

export interface RelationTypeRule {
  type: RelationType;
  from: SubjectKind[];
  to: SubjectKind[];
}

export interface ImportProblem {
  field: string;
  message: string;
}

export interface ImportView {
  id: string;
  kind: ImportKind;
  filename: string;
  mode: ImportMode;
  status: ImportStatus;
  rowsTotal: number;
  rowsValid: number;
  rowsInvalid: number;
  rowsCreated: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  /** Why the whole file was refused (nothing was written). */
  problems: ImportProblem[];
  rowErrors: { line: number; errors: ImportProblem[] }[];
  rowErrorsTruncated: boolean;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportRequest {
  kind: ImportKind;
  mode: ImportMode;
  confidentiality: ConfidentialityLevel;
  file: File;
}

export interface SbiCode {
  code: string;
  description: string;
  riskSector: boolean;
}

export interface AreaView {
  code: string;
  kind: 'gemeente' | 'wijk' | 'buurt';
  name: string;
  parentCode: string | null;
  hasBoundary: boolean;
}

export interface AreaImportResult {
  wijken: number;
  buurten: number;
  converted: 'none' | 'rd' | 'swapped_axes';
  skipped: { path: string; message: string }[];
  addressesAssigned: number;
}

const BASE = '/registry';
const id = (value: string) => encodeURIComponent(value);

export async function searchRegistry(q: string, options: { kinds?: SubjectKind[]; limit?: number; signal?: AbortSignal } = {}): Promise<SearchHit[]> {
  const body: { q: string; kinds?: SubjectKind[]; limit?: number } = { q: q.trim() };
  if (options.kinds && options.kinds.length > 0) {
    body.kinds = options.kinds;
  }
  if (options.limit !== undefined) {
    body.limit = options.limit;
  }
  return (await api.post<{ items: SearchHit[] }>(`${BASE}/search`, body, { signal: options.signal })).items;
}

export function createSubject(input: SubjectInput): Promise<CreateSubjectResult> {
  return api.post<CreateSubjectResult>(`${BASE}/subjects`, input);
}

export function fetchProfile(subjectId: string, signal?: AbortSignal): Promise<Profile> {
  return api.get<Profile>(`${BASE}/subjects/${id(subjectId)}`, { signal });
}

export function updateSubject(subjectId: string, input: SubjectInput): Promise<SubjectDetail> {
  return api.put<SubjectDetail>(`${BASE}/subjects/${id(subjectId)}`, input);
}

export function createRelation(input: RelationInput): Promise<RelationView> {
  return api.post<RelationView>(`${BASE}/relations`, input);
}

export function updateRelation(relationId: string, update: RelationUpdate): Promise<RelationView> {
  return api.patch<RelationView>(`${BASE}/relations/${id(relationId)}`, update);
}

export function deleteRelation(relationId: string): Promise<void> {
  return api.delete<void>(`${BASE}/relations/${id(relationId)}`);
}

export async function fetchRelationTypes(signal?: AbortSignal): Promise<RelationTypeRule[]> {
  return (await api.get<{ items: RelationTypeRule[] }>(`${BASE}/relation-types`, { signal })).items;
}

export async function fetchDuplicates(kind: 'person' | 'organisation', signal?: AbortSignal): Promise<DuplicatePair[]> {
  return (await api.get<{ items: DuplicatePair[] }>(`${BASE}/duplicates`, { query: { kind }, signal })).items;
}

export function scanDuplicates(kind: 'person' | 'organisation'): Promise<{ found: number }> {
  return api.post<{ found: number }>(`${BASE}/duplicates/scan`, { kind });
}

export function dismissDuplicate(duplicateId: string): Promise<DuplicatePair> {
  return api.post<DuplicatePair>(`${BASE}/duplicates/${id(duplicateId)}/dismiss`);
}

/** Merge the subject `mergedId` into `survivorId`. */
export function mergeSubjects(survivorId: string, mergedId: string, reason: string): Promise<MergeView> {
  return api.post<MergeView>(`${BASE}/subjects/${id(survivorId)}/merge`, { duplicateId: mergedId, reason });
}

export function undoMerge(mergeId: string): Promise<MergeView> {
  return api.post<MergeView>(`${BASE}/merges/${id(mergeId)}/undo`);
}

export function startImport(request: ImportRequest): Promise<ImportView> {
  const form = new FormData();
  // Text fields first: the server may read the parts in order and needs them before the file.
  form.set('kind', request.kind);
  form.set('mode', request.mode);
  form.set('confidentiality', request.confidentiality);
  form.set('file', request.file, request.file.name);
  return api.post<ImportView>(`${BASE}/imports`, form);
}

export async function fetchImports(signal?: AbortSignal): Promise<ImportView[]> {
  return (await api.get<{ items: ImportView[] }>(`${BASE}/imports`, { signal })).items;
}

export function fetchImport(importId: string, signal?: AbortSignal): Promise<ImportView> {
  return api.get<ImportView>(`${BASE}/imports/${id(importId)}`, { signal });
}

export async function fetchSbiCodes(signal?: AbortSignal): Promise<SbiCode[]> {
  return (await api.get<{ items: SbiCode[] }>(`${BASE}/sbi-codes`, { signal })).items;
}

export function updateSbiCode(code: string, changes: { description: string; riskSector: boolean }): Promise<SbiCode> {
  return api.put<SbiCode>(`${BASE}/sbi-codes/${id(code)}`, changes);
}

export async function fetchAreas(signal?: AbortSignal): Promise<AreaView[]> {
  return (await api.get<{ items: AreaView[] }>(`${BASE}/areas`, { signal })).items;
}

export function importAreas(file: File, gemeenteCode: string): Promise<AreaImportResult> {
  const form = new FormData();
  if (gemeenteCode.trim() !== '') {
    form.set('gemeenteCode', gemeenteCode.trim());
  }
  form.set('file', file, file.name);
  return api.post<AreaImportResult>(`${BASE}/areas/import`, form);
}
