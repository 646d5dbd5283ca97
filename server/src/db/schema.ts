import type { ColumnType, Generated, Selectable } from 'kysely';
import type { BibobTables } from './schema-bibob.js';
import type { CareerTables } from './schema-careers.js';
import type { InspectionTables } from './schema-inspections.js';
import type { LetterTables } from './schema-letters.js';
import type { MeasureTables } from './schema-measures.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A timestamp with a database default that may also be given or changed. */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: string;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string;
  role: string;
  organisation_id: string;
  max_confidentiality: string;
  password_hash: string;
  must_change_password: boolean;
  totp_secret_enc: string | null;
  totp_enrolled_at: Timestamp | null;
  totp_last_step: ColumnType<number | null, number | null, number | null>;
  active: boolean;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RecoveryCodeTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  stage: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface LoginThrottleTable {
  key: string;
  window_start: Timestamp;
  failures: number;
  blocked_until: Timestamp | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  /** Transaction id (xid8) as text; orders sealing by commit visibility. */
  txid: ColumnType<string, never, never>;
  at: Timestamp;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  outcome: string;
  request_id: string | null;
  reason: string | null;
}

export interface AuditSealTable {
  seq: number;
  event_id: number;
  event_txid: string;
  prev_hash: string;
  hash: string;
}

export interface ProcessingActivityTable {
  code: string;
  name: string;
  purpose: string;
  legal_basis: string;
  retention: string;
  controller: string;
  created_at: CreatedAt;
}

export interface ProcessingLogTable {
  id: Generated<number>;
  trace_id: string;
  operation_id: string;
  parent_operation_id: string | null;
  foreign_trace_id: string | null;
  foreign_operation_id: string | null;
  name: string;
  activity_code: string;
  data_subject_ref: string;
  data_subject_type: string;
  status: string;
  started_at: Timestamp;
  ended_at: Timestamp;
}

export interface AreaTable {
  code: string;
  kind: string;
  name: string;
  parent_code: string | null;
  centroid_lat: number | null;
  centroid_lon: number | null;
}

export interface TaskTable {
  id: Generated<string>;
  title: string;
  description: string;
  module: string;
  record_type: string | null;
  record_id: string | null;
  record_label: string | null;
  assignee_user_id: string;
  due_date: ColumnType<string | null, string | null, string | null>;
  status: string;
  created_by: string | null;
  created_at: CreatedAt;
  completed_at: Timestamp | null;
  completed_by: string | null;
}

export interface RecordTeamTable {
  record_type: string;
  record_id: string;
  user_id: string;
  team_role: string;
  added_at: CreatedAt;
}

export interface StoredFileTable {
  id: Generated<string>;
  record_type: string;
  record_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string;
  created_at: CreatedAt;
}

type DateColumn = ColumnType<string, string, string>;

export interface SubjectTable {
  id: Generated<string>;
  kind: string;
  ref: string;
  label: string;
  detail: string;
  risk_sector: boolean;
  search_text: string;
  confidentiality: string;
  status: Generated<string>;
  merged_into: string | null;
  source: string;
  source_date: DateColumn | null;
  recorded_by: string | null;
  recorded_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SubjectSearchTermTable {
  term: string;
  label: string;
  subject_id: string;
}

export interface SearchVocabularyTable {
  term: string;
}

export interface SubjectPersonTable {
  subject_id: string;
  given_names: string;
  surname_prefix: string;
  surname: string;
  date_of_birth: DateColumn | null;
  bsn_enc: string | null;
  bsn_hash: string | null;
  bsn_masked: string | null;
  aliases: string[];
  name_key: string;
}

export interface SubjectOrganisationTable {
  subject_id: string;
  kvk_number: string;
  establishment_number: string | null;
  name: string;
  trade_names: string[];
  legal_form: string;
  sbi_code: string | null;
  registered_on: DateColumn | null;
  ended_on: DateColumn | null;
}

export interface SubjectAddressTable {
  subject_id: string;
  postcode: string;
  house_number: number;
  house_letter: string;
  house_number_addition: string;
  street: string;
  place: string;
  bag_id: string | null;
  premises_type: string;
  lat: number | null;
  lon: number | null;
  wijk_code: string | null;
  buurt_code: string | null;
  area_source: string;
}

export interface SubjectVehicleTable {
  subject_id: string;
  plate: string;
  plate_display: string;
  description: string;
}

export interface SubjectBankAccountTable {
  subject_id: string;
  iban_hash: string;
  iban_enc: string;
  iban_masked: string;
  country: string;
  bank_code: string | null;
  holder_name: string;
}

export interface SubjectRelationTable {
  id: Generated<string>;
  type: string;
  from_subject_id: string;
  to_subject_id: string;
  valid_from: DateColumn | null;
  valid_to: DateColumn | null;
  source: string;
  reliability: string;
  confidentiality: string;
  note: string;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface SubjectLinkTable {
  id: Generated<string>;
  subject_id: string;
  module: string;
  record_type: string;
  record_id: string;
  case_number: string | null;
  label: string;
  role: string;
  confidentiality: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface SubjectMergeTable {
  id: Generated<string>;
  survivor_id: string;
  merged_id: string;
  moved_relation_ids: string[];
  moved_link_ids: string[];
  dropped_link_ids: string[];
  added_aliases: string[];
  added_team_user_ids: string[];
  reason: string;
  merged_by: string | null;
  merged_at: CreatedAt;
  undone_by: string | null;
  undone_at: Timestamp | null;
}

export interface DuplicateCandidateTable {
  id: Generated<string>;
  kind: string;
  subject_a: string;
  subject_b: string;
  score: number;
  reasons: string[];
  status: Generated<string>;
  found_at: CreatedAt;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

export interface RegistryImportTable {
  id: Generated<string>;
  kind: string;
  filename: string;
  mode: string;
  status: string;
  content: Buffer | null;
  confidentiality: string;
  rows_total: Generated<number>;
  rows_valid: Generated<number>;
  rows_invalid: Generated<number>;
  rows_created: Generated<number>;
  rows_updated: Generated<number>;
  rows_unchanged: Generated<number>;
  problems: ColumnType<unknown, string | undefined, string>;
  row_errors: ColumnType<unknown, string | undefined, string>;
  created_by: string;
  created_at: CreatedAt;
  heartbeat_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface SbiCodeTable {
  code: string;
  description: string;
  risk_sector: boolean;
  updated_at: Generated<Date>;
}

export interface AreaBoundaryTable {
  code: string;
  geometry: ColumnType<unknown, string, string>;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  source: string;
  imported_at: Generated<Date>;
}

export interface LegalEqualDayTable {
  date: ColumnType<string, string, string>;
  name: string;
  source: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface SignalCategoryTable {
  code: string;
  name_nl: string;
  name_en: string;
  help_nl: Generated<string>;
  help_en: Generated<string>;
  /** JSON array of strings: what to look for. */
  indicators_nl: ColumnType<unknown, string | undefined, string>;
  indicators_en: ColumnType<unknown, string | undefined, string>;
  /** JSON array of questions (see modules/signals/categories.ts). */
  questions: ColumnType<unknown, string | undefined, string>;
  sla_days: number;
  sla_unit: string;
  urgency: number;
  confidentiality: Generated<string>;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface SignalTable {
  id: Generated<string>;
  number: string;
  submission_key: string | null;
  channel: Generated<string>;
  category_code: string;
  description: string;
  observed_on: string | null;
  observed_time: string | null;
  postcode: string | null;
  house_number: number | null;
  house_letter: string | null;
  house_number_addition: string | null;
  location_text: string | null;
  lat: number | null;
  lon: number | null;
  wijk_code: string | null;
  buurt_code: string | null;
  /** JSON object: question key → answer. */
  answers: ColumnType<unknown, string | undefined, string>;
  /** JSON object: the structured fields of a police or cannabis report. */
  partner_report: ColumnType<unknown, string | null | undefined, string | null>;
  /** AES-256-GCM of the JSON contact details; null when the reporter stays anonymous. */
  contact_enc: string | null;
  follow_code_hash: string | null;
  status: Generated<string>;
  status_changed_at: DefaultTimestamp;
  outcome: string | null;
  deadline: string;
  urgency: number;
  assigned_user_id: string | null;
  assigned_organisation_id: string | null;
  merged_into: string | null;
  confidentiality: Generated<string>;
  received_at: DefaultTimestamp;
  created_by: string | null;
  closed_at: Timestamp | null;
  updated_at: DefaultTimestamp;
}

export interface SignalStatusHistoryTable {
  id: Generated<number>;
  signal_id: string;
  from_status: string | null;
  to_status: string;
  outcome: string | null;
  note: Generated<string>;
  changed_by: string | null;
  changed_at: DefaultTimestamp;
}

export interface SignalNoteTable {
  id: Generated<string>;
  signal_id: string;
  body: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface SignalAdditionTable {
  id: Generated<string>;
  signal_id: string;
  body: string;
  created_at: CreatedAt;
}

export interface SignalPhotoTable {
  id: Generated<string>;
  signal_id: string;
  addition_id: string | null;
  storage_key: string;
  content_type: string;
  width: number;
  height: number;
  size_bytes: number;
  sha256: string;
  source: Generated<string>;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface SignalFollowupTable {
  id: Generated<string>;
  signal_id: string;
  kind: string;
  note: string;
  assignee_user_id: string;
  due_date: string | null;
  task_id: string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface SignalDestructionTable {
  id: Generated<number>;
  signal_number: string;
  category_code: string;
  channel: string;
  received_on: string;
  closed_on: string;
  destroyed_at: DefaultTimestamp;
  rule: string;
}

export interface SignalSettingsTable {
  id: Generated<boolean>;
  retention_months: Generated<number>;
  duplicate_window_days: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface JobRunTable {
  job: string;
  last_started_at: Timestamp | null;
  last_finished_at: Timestamp | null;
  last_result: ColumnType<unknown, string | null | undefined, string | null>;
}

/** Every table. The enforcement and person-centred approach tables are defined per area in schema-*.ts. */
export interface Database extends InspectionTables, MeasureTables, BibobTables, LetterTables, CareerTables {
  organisations: OrganisationTable;
  users: UserTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventTable;
  audit_seals: AuditSealTable;
  processing_activities: ProcessingActivityTable;
  processing_log: ProcessingLogTable;
  areas: AreaTable;
  tasks: TaskTable;
  record_team: RecordTeamTable;
  stored_files: StoredFileTable;
  subjects: SubjectTable;
  subject_search_terms: SubjectSearchTermTable;
  search_vocabulary: SearchVocabularyTable;
  subject_persons: SubjectPersonTable;
  subject_organisations: SubjectOrganisationTable;
  subject_addresses: SubjectAddressTable;
  subject_vehicles: SubjectVehicleTable;
  subject_bank_accounts: SubjectBankAccountTable;
  subject_relations: SubjectRelationTable;
  subject_links: SubjectLinkTable;
  subject_merges: SubjectMergeTable;
  duplicate_candidates: DuplicateCandidateTable;
  registry_imports: RegistryImportTable;
  sbi_codes: SbiCodeTable;
  area_boundaries: AreaBoundaryTable;
  legal_equal_days: LegalEqualDayTable;
  signal_categories: SignalCategoryTable;
  signals: SignalTable;
  signal_status_history: SignalStatusHistoryTable;
  signal_notes: SignalNoteTable;
  signal_additions: SignalAdditionTable;
  signal_photos: SignalPhotoTable;
  signal_followups: SignalFollowupTable;
  signal_destructions: SignalDestructionTable;
  signal_settings: SignalSettingsTable;
  job_runs: JobRunTable;
}

export type UserRow = Selectable<UserTable>;
export type TaskRow = Selectable<TaskTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
