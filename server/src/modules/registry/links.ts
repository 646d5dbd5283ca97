import type { Confidentiality } from '../../kernel/access.js';
import type { Db } from '../../kernel/db.js';

/**
 * The registry API other modules use to attach their records (a signal, an enforcement case, a
 * trajectory) to subjects. Call it inside the module's own transaction. A link makes the subject
 * visible to the record's team (need-to-know follows the case) and shows the record on the profile
 * and in the search by case number.
 */
export interface SubjectLink {
  subjectId: string;
  /** The module that owns the record, e.g. `signals`. */
  module: string;
  /** The record type as registered with `registerRecordType`, e.g. `signal`. */
  recordType: string;
  recordId: string;
  /** The case number people search for, e.g. `SIG-2026-000123`. */
  caseNumber: string | null;
  label: string;
  /** The subject's role in the record, e.g. `betrokkene`, `locatie`. */
  role: string;
  confidentiality: Confidentiality;
  createdBy: string | null;
}

export async function linkRecordToSubject(db: Db, link: SubjectLink): Promise<void> {
  await db
    .insertInto('subject_links')
    .values({
      subject_id: link.subjectId,
      module: link.module,
      record_type: link.recordType,
      record_id: link.recordId,
      case_number: link.caseNumber,
      label: link.label,
      role: link.role,
      confidentiality: link.confidentiality,
      created_by: link.createdBy,
    })
    .onConflict((oc) =>
      oc.columns(['subject_id', 'record_type', 'record_id']).doUpdateSet({
        case_number: link.caseNumber,
        label: link.label,
        role: link.role,
        confidentiality: link.confidentiality,
      }),
    )
    .execute();
}

export async function unlinkRecordFromSubject(db: Db, subjectId: string, recordType: string, recordId: string): Promise<void> {
  await db.deleteFrom('subject_links').where('subject_id', '=', subjectId).where('record_type', '=', recordType).where('record_id', '=', recordId).execute();
}
