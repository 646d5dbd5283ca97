import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

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

export interface Database {
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
}

export type UserRow = Selectable<UserTable>;
export type TaskRow = Selectable<TaskTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
