import { z } from 'zod';
import { findingResults, inspectionOutcomes, inspectionPartners, inspectionStatuses } from './vocabulary.js';

/** The API of inspections (/api/v1/enforcement/inspections): requests are strict, responses are what is sent. */

const uuid = (what = 'id') => z.string().uuid(`Geen geldige ${what}.`);
export const idParams = z.strictObject({ id: uuid() });
export const itemCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Een code begint met een letter en bestaat uit kleine letters, cijfers en _ (2–40 tekens).');
export const objectTypeCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Onbekend soort object.');
export const findingParams = z.strictObject({ id: uuid(), itemCode });
export const checklistParams = z.strictObject({ objectType: objectTypeCode });

export const status = z.enum(inspectionStatuses);
export const outcome = z.enum(inspectionOutcomes);
export const partner = z.enum(inspectionPartners, 'Kies een partner uit de lijst.');
export const findingResult = z.enum(findingResults, 'Kies ok, niet in orde of niet van toepassing.');

// ---- checklists --------------------------------------------------------------------------------

export const checklistItem = z.strictObject({
  code: itemCode,
  textNl: z.string().trim().min(1, 'Vul de tekst in het Nederlands in.').max(500, 'Hoogstens 500 tekens.'),
  textEn: z.string().trim().min(1, 'Vul de tekst in het Engels in.').max(500, 'Hoogstens 500 tekens.'),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const checklistView = z.object({
  objectType: z.string(),
  name: z.object({ nl: z.string(), en: z.string() }),
  items: z.array(checklistItem),
  active: z.boolean(),
  sortOrder: z.number().int(),
  updatedAt: z.string().datetime(),
});
export type ChecklistView = z.infer<typeof checklistView>;

export const checklistInput = z.strictObject({
  name: z.strictObject({
    nl: z.string().trim().min(1, 'Vul de naam in het Nederlands in.').max(100, 'Hoogstens 100 tekens.'),
    en: z.string().trim().min(1, 'Vul de naam in het Engels in.').max(100, 'Hoogstens 100 tekens.'),
  }),
  items: z.array(checklistItem).min(1, 'Een checklist heeft minstens één controlepunt.').max(40, 'Hoogstens 40 controlepunten.'),
});
export type ChecklistInput = z.infer<typeof checklistInput>;

// ---- planning ----------------------------------------------------------------------------------

const optionalText = (max: number) => z.string().trim().max(max, `Hoogstens ${max} tekens.`).nullish();

export const inspectionInput = z.strictObject({
  objectType: z.string().trim().min(1, 'Kies het soort object.').max(40),
  /** A registry subject of kind address or organisation; otherwise a free address. */
  subjectId: uuid('subject').nullish(),
  addressLabel: optionalText(200),
  postcode: optionalText(7),
  houseNumber: z.number().int('Een huisnummer is een geheel getal.').min(1, 'Een huisnummer is 1 of hoger.').max(99999).nullish(),
  wijkCode: optionalText(20),
  plannedOn: z.string().trim().min(1, 'Vul de geplande datum in.').max(10, 'Gebruik de vorm JJJJ-MM-DD.'),
  partners: z.array(partner).max(inspectionPartners.length),
  leadUserId: uuid('inspecteur'),
  /** Others on the team besides creator and lead (a jurist, a police officer): they need to know. */
  teamUserIds: z.array(uuid('medewerker')).max(20, 'Hoogstens 20 teamleden.').default([]),
  signalId: uuid('melding').nullish(),
  requestedByMeasureId: uuid('maatregel').nullish(),
});
export type InspectionInput = z.infer<typeof inspectionInput>;

export const created = z.object({ id: z.string().uuid(), number: z.string() });

export const listQuery = z.strictObject({
  status: status.optional(),
  plannedFrom: z.string().max(10).optional(),
  plannedTo: z.string().max(10).optional(),
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type ListQuery = z.infer<typeof listQuery>;

const person = z.object({ id: z.string().uuid(), name: z.string() });

export const listItem = z.object({
  id: z.string().uuid(),
  number: z.string(),
  objectType: z.string(),
  addressLabel: z.string(),
  wijkCode: z.string().nullable(),
  plannedOn: z.string(),
  status,
  outcome: outcome.nullable(),
  lead: person,
  partners: z.array(partner),
});
export type ListItem = z.infer<typeof listItem>;

export const leadOption = z.object({ id: z.string().uuid(), name: z.string(), role: z.string() });

// ---- work on an inspection -----------------------------------------------------------------------

export const findingInput = z.strictObject({
  result: findingResult,
  note: z.string().trim().max(4000, 'Hoogstens 4000 tekens.').default(''),
});

export const completeInput = z.strictObject({
  outcome: z.enum(inspectionOutcomes, 'Kies een uitkomst.'),
  note: z.string().trim().max(4000, 'Hoogstens 4000 tekens.').default(''),
});

export const cancelInput = z.strictObject({
  reason: z.string().trim().min(1, 'Geef de reden van het annuleren.').max(2000, 'Hoogstens 2000 tekens.'),
});

const photo = z.object({ id: z.string().uuid(), filename: z.string(), sizeBytes: z.number().int(), createdAt: z.string().datetime() });

const finding = z.object({
  result: findingResult,
  note: z.string(),
  recordedAt: z.string().datetime(),
  recordedBy: person,
  photos: z.array(photo),
});

const linked = z.object({ id: z.string().uuid(), number: z.string(), status: z.string() });
const chainLink = linked.extend({ plannedOn: z.string() });

export const inspectionDetail = z.object({
  id: z.string().uuid(),
  number: z.string(),
  objectType: z.string(),
  objectTypeName: z.object({ nl: z.string(), en: z.string() }),
  subject: z.object({ id: z.string().uuid(), kind: z.string(), label: z.string() }).nullable(),
  addressLabel: z.string(),
  postcode: z.string().nullable(),
  houseNumber: z.number().int().nullable(),
  wijkCode: z.string().nullable(),
  wijkName: z.string().nullable(),
  plannedOn: z.string(),
  performedOn: z.string().nullable(),
  partners: z.array(partner),
  status,
  outcome: outcome.nullable(),
  outcomeNote: z.string(),
  cancelReason: z.string().nullable(),
  lead: person,
  team: z.array(person.extend({ teamRole: z.string() })),
  checklist: z.array(checklistItem.extend({ finding: finding.nullable() })),
  signal: z.object({ id: z.string().uuid(), number: z.string() }).nullable(),
  requestedByMeasure: linked.nullable(),
  followUpOf: chainLink.nullable(),
  followUps: z.array(chainLink),
  measures: z.array(linked),
  createdAt: z.string().datetime(),
  completedAt: z.string().datetime().nullable(),
  canWrite: z.boolean(),
});
export type InspectionDetail = z.infer<typeof inspectionDetail>;
export type FindingView = z.infer<typeof finding>;

export const photoView = photo;
