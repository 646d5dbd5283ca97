import type { Generated } from 'kysely';
import type { CreatedAt, DateColumn, DefaultTimestamp, Json, NullableDate, Timestamp } from './schema-types.js';

export interface InspectionChecklistTable {
  object_type: string;
  name_nl: string;
  name_en: string;
  /** [{ code, textNl, textEn }] */
  items: Json;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface InspectionTable {
  id: Generated<string>;
  number: string;
  object_type: string;
  /** The checklist items as they were when the inspection was planned. */
  checklist_items: Json;
  subject_id: string | null;
  address_label: string;
  postcode: string | null;
  house_number: number | null;
  wijk_code: string | null;
  planned_on: DateColumn;
  performed_on: NullableDate;
  partners: Json;
  status: Generated<string>;
  outcome: string | null;
  outcome_note: Generated<string>;
  follow_up_of: string | null;
  requested_by_measure_id: string | null;
  signal_id: string | null;
  confidentiality: Generated<string>;
  lead_user_id: string;
  created_by: string;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
  completed_at: Timestamp | null;
}

export interface InspectionFindingTable {
  id: Generated<string>;
  inspection_id: string;
  item_code: string;
  result: string;
  note: Generated<string>;
  recorded_by: string;
  recorded_at: DefaultTimestamp;
}

export interface InspectionFindingFileTable {
  finding_id: string;
  file_id: string;
}

export interface InspectionTables {
  inspection_checklists: InspectionChecklistTable;
  inspections: InspectionTable;
  inspection_findings: InspectionFindingTable;
  inspection_finding_files: InspectionFindingFileTable;
}
