import type { Generated } from 'kysely';
import type { CreatedAt, DefaultTimestamp, Json, NullableDate, NullableJson, Timestamp } from './schema-types.js';

export interface EnforcementLegalBasisTable {
  code: string;
  measure_kind: string;
  name_nl: string;
  name_en: string;
  article: string;
  authority: string;
  premises_types: Json;
  is_closure: Generated<boolean>;
  requires_opinion: Generated<boolean>;
  opinion_days: Generated<number>;
  grace_days: number | null;
  max_duration_months: number | null;
  explanation_nl: Generated<string>;
  explanation_en: Generated<string>;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface EnforcementMatrixRowTable {
  id: Generated<string>;
  premises_type: string;
  drug_class: string;
  quantity_band: string;
  offence_number: number;
  lookback_months: number;
  legal_basis_code: string;
  duration_months: number | null;
  explanation_nl: Generated<string>;
  explanation_en: Generated<string>;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface MeasureTable {
  id: Generated<string>;
  number: string;
  legal_basis_code: string;
  status: Generated<string>;
  remedy_status: Generated<string>;
  status_changed_at: DefaultTimestamp;
  confidentiality: Generated<string>;
  origin: string;
  inspection_id: string | null;
  signal_id: string | null;
  subject_id: string | null;
  address_label: string;
  wijk_code: string | null;
  premises_type: string | null;
  drug_class: string | null;
  quantity_band: string | null;
  offence_on: NullableDate;
  offence_number: number | null;
  matrix_row_id: string | null;
  /** The escalation matrix's proposal: the row that applied and why. */
  proposal: NullableJson;
  deviation_motivation: string | null;
  duration_months: number | null;
  facts: Generated<string>;
  addressee_name: Generated<string>;
  addressee_address: Generated<string>;
  /** The three-step test: { suitable, necessary, proportionate, motivation, recordedBy, recordedAt }. */
  proportionality: NullableJson;
  urgent: Generated<boolean>;
  urgency_motivation: string | null;
  opinion_due: NullableDate;
  opinion_received_on: NullableDate;
  opinion_response: string | null;
  decision_on: NullableDate;
  grace_days: number | null;
  grace_end: NullableDate;
  announced_on: NullableDate;
  objection_due: NullableDate;
  objection_received_on: NullableDate;
  objection_committee: Generated<boolean>;
  objection_decision_due: NullableDate;
  objection_extended: Generated<boolean>;
  objection_outcome: string | null;
  execution_start: NullableDate;
  execution_end: NullableDate;
  lifted_on: NullableDate;
  closed_reason: string | null;
  responsible_user_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
  closed_at: Timestamp | null;
}

export interface MeasureHistoryTable {
  id: Generated<number>;
  measure_id: string;
  track: string;
  from_status: string | null;
  to_status: string;
  note: Generated<string>;
  data: Json;
  changed_by: string | null;
  changed_at: DefaultTimestamp;
}

export interface MeasureCourtStepTable {
  id: Generated<string>;
  measure_id: string;
  kind: string;
  court: Generated<string>;
  case_number: Generated<string>;
  filed_on: string;
  hearing_on: NullableDate;
  ruling_on: NullableDate;
  outcome: string | null;
  note: Generated<string>;
  recorded_by: string;
  recorded_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface EnforcementDeadlineTable {
  id: Generated<string>;
  record_type: string;
  record_id: string;
  kind: string;
  from_date: string;
  period: string;
  unit: Generated<string>;
  due_on: string;
  /** The engine's reasons why the term moved. */
  reasons: Json;
  status: Generated<string>;
  task_id: string | null;
  wijk_code: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  settled_at: Timestamp | null;
}

export interface MeasureTables {
  enforcement_legal_bases: EnforcementLegalBasisTable;
  enforcement_matrix_rows: EnforcementMatrixRowTable;
  measures: MeasureTable;
  measure_history: MeasureHistoryTable;
  measure_court_steps: MeasureCourtStepTable;
  enforcement_deadlines: EnforcementDeadlineTable;
}
