import { z } from 'zod';
import { letterKinds } from './vocabulary.js';
import { letterRecordTypes } from './letters.merge.js';

/* Wire types of /api/v1/enforcement/letters (ADR 0013). */

const uuid = (message: string) => z.string().uuid(message);

export const recordTypeSchema = z.enum(letterRecordTypes, { error: 'Kies measure of bibob_screening.' });

const bilingual = z.object({ nl: z.string(), en: z.string() });

export const mergeFieldView = z.object({ name: z.string(), description: z.string(), recordTypes: z.array(recordTypeSchema) });

export const templateSummary = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.string(),
  recordType: recordTypeSchema,
  name: bilingual,
  subject: z.string(),
  version: z.number().int(),
  active: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

export const templateVersionView = z.object({
  version: z.number().int(),
  subject: z.string(),
  body: z.string(),
  note: z.string(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});

export const templateDetail = templateSummary.extend({
  body: z.string(),
  fields: z.array(z.string()),
  versions: z.array(templateVersionView),
});

const subject = z
  .string({ error: 'Vul een onderwerp in.' })
  .trim()
  .min(1, 'Vul een onderwerp in.')
  .max(300, 'Het onderwerp is te lang (hoogstens 300 tekens).');
const body = z
  .string({ error: 'Vul de tekst van de brief in.' })
  .trim()
  .min(1, 'Vul de tekst van de brief in.')
  .max(20000, 'De tekst is te lang (hoogstens 20.000 tekens).');
const note = z
  .string({ error: 'Vul een toelichting in.' })
  .trim()
  .min(1, 'Vul een toelichting bij deze versie in.')
  .max(1000, 'De toelichting is te lang (hoogstens 1000 tekens).');

export const templateInput = z.strictObject({ subject, body, note });
export type TemplateInput = z.infer<typeof templateInput>;

export const templateCreate = z.strictObject({
  code: z
    .string({ error: 'Vul een code in.' })
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,59}$/, 'Een code begint met een kleine letter en bestaat uit kleine letters, cijfers en _ (2 tot 60 tekens).'),
  kind: z.enum(letterKinds, { error: `Kies een soort brief: ${letterKinds.join(', ')}.` }),
  nameNl: z.string({ error: 'Vul een Nederlandse naam in.' }).trim().min(1, 'Vul een Nederlandse naam in.').max(200, 'De naam is te lang.'),
  nameEn: z.string({ error: 'Vul een Engelse naam in.' }).trim().min(1, 'Vul een Engelse naam in.').max(200, 'De naam is te lang.'),
  subject,
  body,
  note: note.optional(),
});
export type TemplateCreate = z.infer<typeof templateCreate>;

export const templateParams = z.strictObject({ id: uuid('Geen geldige id van een sjabloon.') });
export const templateVersionParams = z.strictObject({
  id: uuid('Geen geldige id van een sjabloon.'),
  version: z.coerce.number({ error: 'Geen geldig versienummer.' }).int('Geen geldig versienummer.').min(1, 'Geen geldig versienummer.'),
});
export const templateQuery = z.strictObject({ recordType: recordTypeSchema.optional() });

export const letterQuery = z.strictObject({ recordType: recordTypeSchema, recordId: uuid('Geen geldige id van een zaak.') });
export const letterInput = z.strictObject({
  recordType: recordTypeSchema,
  recordId: uuid('Geen geldige id van een zaak.'),
  templateId: uuid('Kies een sjabloon.'),
});
export type LetterInput = z.infer<typeof letterInput>;
export const letterParams = z.strictObject({ letterId: uuid('Geen geldige id van een brief.') });

export const letterView = z.object({
  id: z.string(),
  recordType: recordTypeSchema,
  recordId: z.string(),
  kind: z.string(),
  version: z.number().int(),
  subject: z.string(),
  templateId: z.string(),
  templateCode: z.string(),
  templateName: bilingual,
  templateVersion: z.number().int(),
  fileId: z.string(),
  fileName: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type LetterView = z.infer<typeof letterView>;
export type TemplateDetail = z.infer<typeof templateDetail>;
export type TemplateSummary = z.infer<typeof templateSummary>;
