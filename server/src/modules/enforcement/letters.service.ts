import { createHash } from 'node:crypto';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError, conflict, notFound } from '../../kernel/errors.js';
import { newStorageKey, type FileStore } from '../../kernel/files.js';
import { requireRecord } from '../../kernel/record-access.js';
import { recordTrail, type DataSubject } from '../../kernel/trail.js';
import {
  amsterdamToday,
  authorityName,
  authorityOf,
  dutchLongDate,
  dutchMonths,
  fillTemplate,
  mergeFields,
  missingFields,
  objectionClause,
  signatureName,
  usedFields,
  validateTemplate,
  type Authority,
  type LetterRecordType,
  type MergeValues,
} from './letters.merge.js';
import { renderLetterPdf } from './letters.pdf.js';
import type { LetterInput, LetterView, TemplateCreate, TemplateDetail, TemplateInput, TemplateSummary } from './letters.schemas.js';
import { BIBOB_RECORD_TYPE, ENFORCEMENT_ACTIVITY, MEASURE_RECORD_TYPE } from './vocabulary.js';

const TEMPLATE_OBJECT = 'letter_template';
const LETTER_OBJECT = 'letter';

/** Which kind of record a template of this kind of letter is for. */
export function recordTypeOfKind(kind: string): LetterRecordType {
  return kind.startsWith('bibob_') ? BIBOB_RECORD_TYPE : MEASURE_RECORD_TYPE;
}

export function listMergeFields() {
  return mergeFields.map((field) => ({ name: field.name, description: field.description, recordTypes: [...field.recordTypes] }));
}

// ---- templates ---------------------------------------------------------------------------------

type TemplateRow = {
  id: string;
  code: string;
  kind: string;
  name_nl: string;
  name_en: string;
  subject: string;
  body: string;
  version: number;
  active: boolean;
  updated_at: Date;
  updated_by_name: string | null;
};

function templateQuery(db: Db) {
  return db
    .selectFrom('letter_templates as t')
    .leftJoin('users as u', 'u.id', 't.updated_by')
    .select([
      't.id',
      't.code',
      't.kind',
      't.name_nl',
      't.name_en',
      't.subject',
      't.body',
      't.version',
      't.active',
      't.updated_at',
      'u.display_name as updated_by_name',
    ]);
}

function summaryOf(row: TemplateRow): TemplateSummary {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    recordType: recordTypeOfKind(row.kind),
    name: { nl: row.name_nl, en: row.name_en },
    subject: row.subject,
    version: row.version,
    active: row.active,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by_name,
  };
}

export async function listTemplates(db: Db, recordType?: LetterRecordType): Promise<TemplateSummary[]> {
  const rows = await templateQuery(db).orderBy('t.name_nl').execute();
  return rows.map(summaryOf).filter((template) => !recordType || template.recordType === recordType);
}

export async function getTemplate(db: Db, id: string): Promise<TemplateDetail> {
  const row = await templateQuery(db).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Dit sjabloon');
  const versions = await db
    .selectFrom('letter_template_versions as v')
    .leftJoin('users as u', 'u.id', 'v.changed_by')
    .select(['v.version', 'v.subject', 'v.body', 'v.note', 'v.changed_at', 'u.display_name'])
    .where('v.template_id', '=', id)
    .orderBy('v.version', 'desc')
    .execute();
  return {
    ...summaryOf(row),
    body: row.body,
    fields: usedFields(row.subject, row.body),
    versions: versions.map((v) => ({
      version: v.version,
      subject: v.subject,
      body: v.body,
      note: v.note,
      changedBy: v.display_name,
      changedAt: v.changed_at.toISOString(),
    })),
  };
}

export async function getTemplateVersion(db: Db, id: string, version: number) {
  const detail = await getTemplate(db, id);
  const found = detail.versions.find((v) => v.version === version);
  if (!found) throw notFound(`Versie ${version} van dit sjabloon`);
  return found;
}

function refuseInvalid(input: { subject: string; body: string }, recordType: LetterRecordType): void {
  const errors = validateTemplate(input, recordType);
  if (errors.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'Het sjabloon bevat fouten in de samenvoegvelden; er is niets opgeslagen.', { errors });
  }
}

/** A new version of a template: merge fields checked first, the version appended to the history, the change in the trail. */
export async function updateTemplate(ctx: ServiceContext, id: string, input: TemplateInput): Promise<TemplateDetail> {
  const current = await ctx.db.selectFrom('letter_templates').select(['id', 'kind']).where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('Dit sjabloon');
  refuseInvalid(input, recordTypeOfKind(current.kind));
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('letter_templates')
      .set((eb) => ({ subject: input.subject, body: input.body, version: eb('version', '+', 1), updated_by: ctx.actor.userId, updated_at: new Date() }))
      .where('id', '=', id)
      .returning(['version'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('letter_template_versions')
      .values({ template_id: id, version: updated.version, subject: input.subject, body: input.body, note: input.note, changed_by: ctx.actor.userId })
      .execute();
    await recordTrail({ ...ctx, db: trx }, { action: 'update', objectType: TEMPLATE_OBJECT, objectId: id, reason: `version ${updated.version}` });
  });
  return getTemplate(ctx.db, id);
}

export async function createTemplate(ctx: ServiceContext, input: TemplateCreate): Promise<TemplateDetail> {
  refuseInvalid(input, recordTypeOfKind(input.kind));
  const existing = await ctx.db.selectFrom('letter_templates').select('id').where('code', '=', input.code).executeTakeFirst();
  if (existing) {
    throw new AppError('VALIDATION_FAILED', 'Er is al een sjabloon met deze code.', {
      errors: [{ path: 'body.code', message: `De code ${input.code} is al in gebruik.` }],
    });
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('letter_templates')
      .values({
        code: input.code,
        kind: input.kind,
        name_nl: input.nameNl,
        name_en: input.nameEn,
        subject: input.subject,
        body: input.body,
        updated_by: ctx.actor.userId,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('letter_template_versions')
      .values({ template_id: row.id, version: 1, subject: input.subject, body: input.body, note: input.note ?? 'Nieuw sjabloon', changed_by: ctx.actor.userId })
      .execute();
    await recordTrail({ ...ctx, db: trx }, { action: 'create', objectType: TEMPLATE_OBJECT, objectId: row.id, reason: input.code });
    return row.id;
  });
  return getTemplate(ctx.db, id);
}

// ---- merge values of a case --------------------------------------------------------------------

interface CaseValues {
  values: MergeValues;
  addressee: string[];
  authority: Authority;
  subjects: DataSubject[];
  number: string;
}

const premisesWords: Record<string, string> = {
  woning: 'de woning',
  lokaal: 'het lokaal',
  horeca: 'het horecabedrijf',
  bedrijfspand: 'het bedrijfspand',
  erf: 'het erf',
};

const measureWords: Record<string, string> = {
  order_subject_to_penalty: 'last onder dwangsom',
  administrative_coercion: 'last onder bestuursdwang',
  administrative_fine: 'bestuurlijke boete',
  permit_revocation: 'intrekking van de vergunning',
  permit_suspension: 'schorsing van de vergunning',
  bibob_refusal: 'weigering van de vergunning op grond van de Wet Bibob',
  bibob_revocation: 'intrekking van de vergunning op grond van de Wet Bibob',
  warning: 'waarschuwing',
};

/** The measure in words, e.g. "sluiting van de woning". */
export function measureInWords(kind: string, premisesType: string | null): string {
  if (kind === 'closure') return `sluiting van ${premisesWords[premisesType ?? ''] ?? 'het pand'}`;
  return measureWords[kind] ?? kind;
}

const permitWords: Record<string, string> = {
  exploitatievergunning: 'exploitatievergunning (Algemene Plaatselijke Verordening)',
  alcoholwet: 'vergunning op grond van de Alcoholwet',
  omgevingsvergunning: 'omgevingsvergunning',
  huisvestingsvergunning: 'huisvestingsvergunning',
  other: 'vergunning',
};
const adviceWords: Record<string, string> = {
  none: 'er geen gevaar bestaat',
  lesser: 'er in mindere mate gevaar bestaat',
  serious: 'er ernstig gevaar bestaat',
};
const decisionWords: Record<string, string> = {
  grant: 'de vergunning wordt verleend',
  grant_with_conditions: 'de vergunning wordt verleend onder voorschriften',
  refuse: 'de vergunning wordt geweigerd',
  revoke: 'de vergunning wordt ingetrokken',
};

const longDate = (value: string | null | undefined) => (value ? dutchLongDate(value) : undefined);
const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

async function measureValues(db: Db, id: string, today: string): Promise<CaseValues> {
  const m = await db
    .selectFrom('measures as m')
    .innerJoin('enforcement_legal_bases as b', 'b.code', 'm.legal_basis_code')
    .select([
      'm.number',
      'm.subject_id',
      'm.addressee_name',
      'm.addressee_address',
      'm.address_label',
      'm.premises_type',
      'm.duration_months',
      'm.facts',
      'm.decision_on',
      'm.announced_on',
      'm.opinion_due',
      'm.grace_end',
      'm.objection_due',
      'b.name_nl',
      'b.article',
      'b.authority',
      'b.measure_kind',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!m) throw notFound('Deze maatregel');
  const deadlines = await db
    .selectFrom('enforcement_deadlines')
    .select(['kind', 'due_on'])
    .where('record_type', '=', MEASURE_RECORD_TYPE)
    .where('record_id', '=', id)
    .where('status', '!=', 'cancelled')
    .orderBy('created_at', 'desc')
    .execute();
  const due = (kind: string) => deadlines.find((d) => d.kind === kind)?.due_on;
  const authority = authorityOf(m.authority);
  const values: MergeValues = {
    kenmerk: m.number,
    datum: dutchLongDate(today),
    geadresseerde: text(m.addressee_name),
    adres_geadresseerde: text(m.addressee_address),
    adres_pand: text(m.address_label),
    grondslag: text(m.name_nl),
    artikel: text(m.article),
    bevoegd_gezag: authorityName(authority),
    maatregel: measureInWords(m.measure_kind, m.premises_type),
    duur: m.duration_months ? dutchMonths(m.duration_months) : undefined,
    feiten: text(m.facts),
    datum_besluit: longDate(m.decision_on),
    datum_bekendmaking: longDate(m.announced_on),
    zienswijze_termijn: longDate(due('opinion') ?? m.opinion_due),
    begunstigingstermijn: longDate(due('grace') ?? m.grace_end),
    bezwaartermijn: longDate(due('objection') ?? m.objection_due),
    bezwaarclausule: objectionClause(authority),
  };
  const addressee = [m.addressee_name, ...m.addressee_address.split(/\r?\n|,\s*(?=\d{4}\s?[A-Z]{2})/)].map((line) => line.trim()).filter(Boolean);
  const subjects: DataSubject[] = [{ type: 'enforcement_addressee', id }, ...(m.subject_id ? [{ type: 'subject', id: m.subject_id }] : [])];
  return { values, addressee, authority, subjects, number: m.number };
}

async function bibobValues(db: Db, id: string, today: string): Promise<CaseValues> {
  const s = await db
    .selectFrom('bibob_screenings')
    .select(['number', 'subject_id', 'applicant_name', 'establishment_label', 'permit_type', 'lbb_advice', 'decision', 'decision_on', 'conditions'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!s) throw notFound('Dit Bibob-onderzoek');
  const authority: Authority = s.permit_type === 'omgevingsvergunning' || s.permit_type === 'huisvestingsvergunning' ? 'college' : 'mayor';
  const values: MergeValues = {
    kenmerk: s.number,
    datum: dutchLongDate(today),
    geadresseerde: text(s.applicant_name),
    aanvrager: text(s.applicant_name),
    adres_pand: text(s.establishment_label),
    bevoegd_gezag: authorityName(authority),
    vergunning: permitWords[s.permit_type] ?? s.permit_type,
    bibob_advies: s.lbb_advice ? adviceWords[s.lbb_advice] : undefined,
    besluit_bibob: s.decision ? decisionWords[s.decision] : undefined,
    voorwaarden: text(s.conditions),
    datum_besluit: longDate(s.decision_on),
    bezwaarclausule: objectionClause(authority),
  };
  const addressee = [s.applicant_name, s.establishment_label].map((line) => line.trim()).filter(Boolean);
  const subjects: DataSubject[] = [{ type: 'bibob_applicant', id }, ...(s.subject_id ? [{ type: 'subject', id: s.subject_id }] : [])];
  return { values, addressee, authority, subjects, number: s.number };
}

function caseValues(db: Db, recordType: LetterRecordType, id: string, today: string): Promise<CaseValues> {
  return recordType === MEASURE_RECORD_TYPE ? measureValues(db, id, today) : bibobValues(db, id, today);
}

// ---- letters -----------------------------------------------------------------------------------

function safeName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}

/** The file name of a letter: `<kenmerk>-<template code>-v<version>.pdf`, ASCII only. */
export function letterFileName(number: string, code: string, version: number): string {
  return `${safeName(number) || 'brief'}-${safeName(code)}-v${version}.pdf`;
}

function letterQuery(db: Db) {
  return db
    .selectFrom('letters as l')
    .innerJoin('letter_templates as t', 't.id', 'l.template_id')
    .innerJoin('users as u', 'u.id', 'l.created_by')
    .innerJoin('stored_files as f', 'f.id', 'l.file_id')
    .select([
      'l.id',
      'l.record_type',
      'l.record_id',
      'l.kind',
      'l.version',
      'l.subject',
      'l.template_id',
      'l.template_version',
      'l.file_id',
      'l.created_at',
      't.code',
      't.name_nl',
      't.name_en',
      'u.display_name',
      'f.filename',
      'f.storage_key',
    ]);
}

type LetterRow = Awaited<ReturnType<ReturnType<typeof letterQuery>['executeTakeFirstOrThrow']>>;

function letterViewOf(row: LetterRow): LetterView {
  return {
    id: row.id,
    recordType: row.record_type === BIBOB_RECORD_TYPE ? BIBOB_RECORD_TYPE : MEASURE_RECORD_TYPE,
    recordId: row.record_id,
    kind: row.kind,
    version: row.version,
    subject: row.subject,
    templateId: row.template_id,
    templateCode: row.code,
    templateName: { nl: row.name_nl, en: row.name_en },
    templateVersion: row.template_version,
    fileId: row.file_id,
    fileName: row.filename,
    createdBy: row.display_name,
    createdAt: row.created_at.toISOString(),
  };
}

/** The letters of a case, by kind and newest version first. Needs read access to the case. */
export async function listLetters(ctx: ServiceContext, recordType: LetterRecordType, recordId: string): Promise<LetterView[]> {
  await requireRecord(ctx, recordType, recordId, 'read');
  const rows = await letterQuery(ctx.db)
    .where('l.record_type', '=', recordType)
    .where('l.record_id', '=', recordId)
    .orderBy('l.kind')
    .orderBy('l.version', 'desc')
    .execute();
  if (rows.length > 0) {
    const { subjects } = await caseSubjects(ctx.db, recordType, recordId);
    await recordTrail(ctx, {
      action: 'read',
      objectType: LETTER_OBJECT,
      objectId: null,
      reason: `letters of ${recordType} ${recordId}`,
      processing: { ...ENFORCEMENT_ACTIVITY, subjects },
    });
  }
  return rows.map(letterViewOf);
}

/**
 * Makes a letter: fills the template's merge fields from the case (409 naming the fields without a value), renders
 * the PDF, stores it as a file of the case and records the letter as the next version of its kind, all or nothing.
 */
export async function generateLetter(ctx: ServiceContext, files: FileStore, input: LetterInput, now = new Date()): Promise<LetterView> {
  await requireRecord(ctx, input.recordType, input.recordId, 'write');
  return writeLetter(ctx, files, input, now);
}

/**
 * {@link generateLetter} after the access check: for the demo seed, which runs before the record types are registered
 * and checks team membership itself. Everything else goes through generateLetter.
 */
export async function writeLetter(ctx: ServiceContext, files: FileStore, input: LetterInput, now = new Date()): Promise<LetterView> {
  const template = await ctx.db.selectFrom('letter_templates').selectAll().where('id', '=', input.templateId).executeTakeFirst();
  if (!template || !template.active) {
    throw new AppError('VALIDATION_FAILED', 'Dit sjabloon bestaat niet of is niet actief.', {
      errors: [{ path: 'body.templateId', message: 'Kies een actief sjabloon.' }],
    });
  }
  const templateRecordType = recordTypeOfKind(template.kind);
  if (templateRecordType !== input.recordType) {
    throw new AppError('VALIDATION_FAILED', 'Dit sjabloon hoort bij een andere soort zaak.', {
      errors: [
        { path: 'body.templateId', message: `Kies een sjabloon voor ${input.recordType === MEASURE_RECORD_TYPE ? 'een maatregel' : 'een Bibob-onderzoek'}.` },
      ],
    });
  }
  const today = amsterdamToday(now);
  const found = await caseValues(ctx.db, input.recordType, input.recordId, today);
  const fields = usedFields(template.subject, template.body);
  const missing = missingFields(fields, found.values);
  if (missing.length > 0) {
    throw conflict(
      `Deze brief kan nog niet worden gemaakt: ${missing.length === 1 ? 'het samenvoegveld' : 'de samenvoegvelden'} ${missing.map((name) => `{{${name}}}`).join(', ')} ${missing.length === 1 ? 'heeft' : 'hebben'} nog geen waarde in deze zaak. Er is niets opgeslagen.`,
    );
  }
  // The values as they were when the letter was made: every field the case could fill (the addressee block uses some besides the template).
  const values = Object.fromEntries(Object.entries(found.values).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const subject = fillTemplate(template.subject, found.values).replace(/\s+/g, ' ').trim();
  const body = fillTemplate(template.body, found.values);
  const pdf = await renderLetterPdf({
    title: subject,
    author: 'Gemeente Utrecht',
    kenmerk: found.number,
    date: dutchLongDate(today),
    addressee: found.addressee,
    subject,
    body,
    signature: [`${signatureName(found.authority)},`, 'namens deze,', '', '', 'het hoofd van de afdeling Openbare Orde en Veiligheid'],
    createdAt: now,
  });
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const key = newStorageKey();

  let stored = false;
  try {
    const letterId = await ctx.db.transaction().execute(async (trx) => {
      const previous = await trx
        .selectFrom('letters')
        .select((eb) => eb.fn.max('version').as('max'))
        .where('record_type', '=', input.recordType)
        .where('record_id', '=', input.recordId)
        .where('kind', '=', template.kind)
        .executeTakeFirst();
      const version = Number(previous?.max ?? 0) + 1;
      const file = await trx
        .insertInto('stored_files')
        .values({
          record_type: input.recordType,
          record_id: input.recordId,
          filename: letterFileName(found.number, template.code, version),
          content_type: 'application/pdf',
          size_bytes: pdf.length,
          sha256,
          storage_key: key,
          uploaded_by: ctx.actor.userId,
        })
        .returning(['id'])
        .executeTakeFirstOrThrow();
      const letter = await trx
        .insertInto('letters')
        .values({
          record_type: input.recordType,
          record_id: input.recordId,
          template_id: template.id,
          template_version: template.version,
          kind: template.kind,
          version,
          subject,
          merge_values: JSON.stringify(values),
          file_id: file.id,
          created_by: ctx.actor.userId,
        })
        .returning(['id'])
        .executeTakeFirstOrThrow();
      const tx = { ...ctx, db: trx };
      await recordTrail(tx, { action: 'create', objectType: 'file', objectId: file.id, reason: `letter for ${input.recordType} ${input.recordId}` });
      await recordTrail(tx, {
        action: 'create',
        objectType: LETTER_OBJECT,
        objectId: letter.id,
        reason: `${template.code} v${version} for ${input.recordType} ${input.recordId}`,
        processing: { ...ENFORCEMENT_ACTIVITY, subjects: found.subjects },
      });
      // Last: the bytes. If storing fails, the transaction rolls back and nothing is written.
      await files.put(key, pdf);
      stored = true;
      return letter.id;
    });
    return letterViewOf(await letterQuery(ctx.db).where('l.id', '=', letterId).executeTakeFirstOrThrow());
  } catch (error) {
    if (stored) await files.remove(key);
    // Two letters of the same kind made at the same moment: the second loses the version number race.
    if ((error as { code?: string }).code === '23505') throw conflict('Er werd tegelijk een andere brief van deze soort gemaakt. Probeer het opnieuw.');
    throw error;
  }
}

/** One letter's PDF, for download: read access to its case, the read in the trail. */
export async function readLetterPdf(ctx: ServiceContext, files: FileStore, letterId: string): Promise<{ fileName: string; content: Buffer }> {
  const row = await letterQuery(ctx.db).where('l.id', '=', letterId).executeTakeFirst();
  if (!row) throw notFound('Deze brief');
  await requireRecord(ctx, row.record_type, row.record_id, 'read');
  const content = await files.get(row.storage_key);
  const { subjects } = await caseSubjects(ctx.db, row.record_type, row.record_id);
  await recordTrail(ctx, { action: 'read', objectType: LETTER_OBJECT, objectId: row.id, processing: { ...ENFORCEMENT_ACTIVITY, subjects } });
  return { fileName: row.filename, content };
}

async function caseSubjects(db: Db, recordType: string, recordId: string): Promise<{ subjects: DataSubject[] }> {
  if (recordType === MEASURE_RECORD_TYPE) {
    const m = await db.selectFrom('measures').select('subject_id').where('id', '=', recordId).executeTakeFirst();
    return { subjects: [{ type: 'enforcement_addressee', id: recordId }, ...(m?.subject_id ? [{ type: 'subject', id: m.subject_id }] : [])] };
  }
  const s = await db.selectFrom('bibob_screenings').select('subject_id').where('id', '=', recordId).executeTakeFirst();
  return { subjects: [{ type: 'bibob_applicant', id: recordId }, ...(s?.subject_id ? [{ type: 'subject', id: s.subject_id }] : [])] };
}
