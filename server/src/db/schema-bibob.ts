import type { Generated } from 'kysely';
import type { CreatedAt, DefaultTimestamp, Json, NullableDate } from './schema-types.js';

export interface BibobScreeningTable {
  id: Generated<string>;
  number: string;
  permit_type: string;
  status: Generated<string>;
  status_changed_at: DefaultTimestamp;
  confidentiality: Generated<string>;
  subject_id: string | null;
  applicant_name: string;
  establishment_label: Generated<string>;
  wijk_code: string | null;
  application_received_on: string;
  decision_due: NullableDate;
  /** The questionnaire (domain brief §2): NAW, KvK, legal form, trade name, financiers, control, management, financing. */
  questionnaire: Json;
  questionnaire_received_on: NullableDate;
  own_findings: Generated<string>;
  lbb_requested_on: NullableDate;
  lbb_due: NullableDate;
  lbb_extended: Generated<boolean>;
  lbb_advice: string | null;
  lbb_advice_on: NullableDate;
  lbb_advice_summary: Generated<string>;
  decision: string | null;
  decision_on: NullableDate;
  decision_motivation: Generated<string>;
  conditions: Generated<string>;
  measure_id: string | null;
  responsible_user_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface BibobHistoryTable {
  id: Generated<number>;
  screening_id: string;
  from_status: string | null;
  to_status: string;
  note: Generated<string>;
  data: Json;
  changed_by: string | null;
  changed_at: DefaultTimestamp;
}

export interface BibobTables {
  bibob_screenings: BibobScreeningTable;
  bibob_history: BibobHistoryTable;
}
