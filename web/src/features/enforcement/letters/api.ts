import { api } from '../../../api/client';

/* Wire types of /api/v1/enforcement/letters, after server/src/modules/enforcement/letters.schemas.ts. */

export type LetterRecordType = 'measure' | 'bibob_screening';

export interface Bilingual {
  nl: string;
  en: string;
}

export interface MergeFieldView {
  name: string;
  description: string;
  recordTypes: LetterRecordType[];
}

export interface TemplateSummary {
  id: string;
  code: string;
  kind: string;
  recordType: LetterRecordType;
  name: Bilingual;
  subject: string;
  version: number;
  active: boolean;
  updatedAt: string;
  updatedBy: string | null;
}

export interface TemplateVersionView {
  version: number;
  subject: string;
  body: string;
  note: string;
  changedBy: string | null;
  changedAt: string;
}

export interface TemplateDetail extends TemplateSummary {
  body: string;
  fields: string[];
  versions: TemplateVersionView[];
}

export interface TemplateInput {
  subject: string;
  body: string;
  note: string;
}

export interface TemplateCreate {
  code: string;
  kind: string;
  nameNl: string;
  nameEn: string;
  subject: string;
  body: string;
  note: string;
}

export interface LetterView {
  id: string;
  recordType: LetterRecordType;
  recordId: string;
  kind: string;
  version: number;
  subject: string;
  templateId: string;
  templateCode: string;
  templateName: Bilingual;
  templateVersion: number;
  fileId: string;
  fileName: string;
  createdBy: string;
  createdAt: string;
}

const BASE = '/enforcement/letters';

export function listLetters(recordType: LetterRecordType, recordId: string, signal?: AbortSignal) {
  return api.get<{ letters: LetterView[] }>(BASE, { query: { recordType, recordId }, signal });
}

export function generateLetter(recordType: LetterRecordType, recordId: string, templateId: string) {
  return api.post<LetterView>(BASE, { recordType, recordId, templateId });
}

/** Download address of a letter's PDF (same-origin cookie session). */
export function letterPdfUrl(letterId: string): string {
  return `/api/v1${BASE}/${encodeURIComponent(letterId)}/pdf`;
}

export function listTemplates(recordType?: LetterRecordType, signal?: AbortSignal) {
  return api.get<{ templates: TemplateSummary[] }>(`${BASE}/templates`, { query: { recordType }, signal });
}

export function getTemplate(id: string, signal?: AbortSignal) {
  return api.get<TemplateDetail>(`${BASE}/templates/${encodeURIComponent(id)}`, { signal });
}

export function updateTemplate(id: string, input: TemplateInput) {
  return api.put<TemplateDetail>(`${BASE}/templates/${encodeURIComponent(id)}`, input);
}

export function createTemplate(input: TemplateCreate) {
  return api.post<TemplateDetail>(`${BASE}/templates`, input);
}

export function listMergeFields(signal?: AbortSignal) {
  return api.get<{ fields: MergeFieldView[] }>(`${BASE}/merge-fields`, { signal });
}
