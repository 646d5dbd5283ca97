import { z } from 'zod';
import { confidentialityLevels } from '../../kernel/access.js';
import {
  checkBagId,
  checkBsn,
  checkDateOfBirth,
  checkEstablishmentNumber,
  checkHouseLetter,
  checkHouseNumber,
  checkHouseNumberAddition,
  checkIban,
  checkKvkNumber,
  checkPlate,
  checkPostcode,
  checkSbiCode,
  type Check,
} from './identifiers.js';

export const subjectKinds = ['person', 'organisation', 'address', 'vehicle', 'bank_account'] as const;
export type SubjectKind = (typeof subjectKinds)[number];
export const premisesTypes = ['woning', 'lokaal', 'bedrijfspand', 'erf'] as const;
export const reliabilities = ['confirmed', 'tentative', 'unconfirmed'] as const;

/**
 * Relation types: direction reads "from … to", e.g. a person `resides_at` an address. The allowed
 * kinds on each end keep the graph meaningful (a vehicle cannot be a director).
 */
export const relationTypes = {
  resides_at: { from: ['person'], to: ['address'] },
  registered_at: { from: ['person', 'organisation'], to: ['address'] },
  owns: { from: ['person', 'organisation'], to: ['address', 'organisation', 'vehicle'] },
  rents: { from: ['person', 'organisation'], to: ['address'] },
  director_of: { from: ['person', 'organisation'], to: ['organisation'] },
  shareholder_of: { from: ['person', 'organisation'], to: ['organisation'] },
  employed_by: { from: ['person'], to: ['organisation'] },
  family_of: { from: ['person'], to: ['person'] },
  associate_of: { from: ['person', 'organisation'], to: ['person', 'organisation'] },
  uses_vehicle: { from: ['person', 'organisation'], to: ['vehicle'] },
  holds_account: { from: ['person', 'organisation'], to: ['bank_account'] },
} as const satisfies Record<string, { from: readonly SubjectKind[]; to: readonly SubjectKind[] }>;
export type RelationType = keyof typeof relationTypes;
export const relationTypeNames = Object.keys(relationTypes) as [RelationType, ...RelationType[]];

/** A zod string refined by one of the identifier checks: the check's Dutch message is the error. */
function checked<T>(check: (value: string) => Check<T>) {
  return z.string().transform((value, ctx) => {
    const result = check(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  });
}

const isoDate = z.iso.date('Gebruik een datum als JJJJ-MM-DD.');
const optionalText = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens.`).default('');
const requiredText = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Maximaal ${max} tekens.`);

const provenance = {
  confidentiality: z.enum(confidentialityLevels).default('intern').describe('Vertrouwelijkheid (ZGW-schaal)'),
  source: requiredText(200, 'Geef de bron op (bijvoorbeeld: politierapportage, KvK, BAG, eigen waarneming).'),
  sourceDate: isoDate.nullable().default(null).describe('Datum van de bron, JJJJ-MM-DD'),
};

export const personInput = z.strictObject({
  kind: z.literal('person'),
  givenNames: optionalText(200),
  surnamePrefix: optionalText(40).describe('Voorvoegsel, bijvoorbeeld "van der"'),
  surname: requiredText(200, 'Vul de achternaam in.'),
  dateOfBirth: checked(checkDateOfBirth).nullable().default(null),
  bsn: checked(checkBsn)
    .nullable()
    .optional()
    .describe('Optioneel; versleuteld opgeslagen en alleen gemaskeerd getoond. Bij wijzigen: weglaten houdt het opgeslagen BSN, null wist het.'),
  aliases: z.array(z.string().trim().min(1).max(200)).max(20, 'Maximaal 20 aliassen.').default([]),
  ...provenance,
});

export const organisationInput = z.strictObject({
  kind: z.literal('organisation'),
  kvkNumber: checked(checkKvkNumber),
  establishmentNumber: checked(checkEstablishmentNumber).nullable().default(null),
  name: requiredText(300, 'Vul de (statutaire) naam of eerste handelsnaam in.'),
  tradeNames: z.array(z.string().trim().min(1).max(300)).max(30, 'Maximaal 30 handelsnamen.').default([]),
  legalForm: optionalText(100),
  sbiCode: checked(checkSbiCode).nullable().default(null),
  registeredOn: isoDate.nullable().default(null),
  endedOn: isoDate.nullable().default(null),
  ...provenance,
});

export const addressInput = z.strictObject({
  kind: z.literal('address'),
  postcode: checked(checkPostcode),
  houseNumber: z.union([z.number(), z.string()]).transform((value, ctx) => {
    const result = checkHouseNumber(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  }),
  houseLetter: checked(checkHouseLetter).default(''),
  addition: checked(checkHouseNumberAddition).default(''),
  street: optionalText(200),
  place: optionalText(100),
  bagId: checked(checkBagId).nullable().default(null),
  premisesType: z.enum(premisesTypes, 'Kies woning, lokaal, bedrijfspand of erf.'),
  lat: z.number().min(50.6).max(53.7).nullable().default(null),
  lon: z.number().min(3).max(7.5).nullable().default(null),
  wijkCode: z
    .string()
    .regex(/^WK\d{6}$/, 'Een wijkcode ziet eruit als WK034401.')
    .nullable()
    .default(null),
  ...provenance,
});

export const vehicleInput = z.strictObject({
  kind: z.literal('vehicle'),
  plate: checked(checkPlate),
  description: optionalText(200).describe('Merk, type, kleur'),
  ...provenance,
});

export const bankAccountInput = z.strictObject({
  kind: z.literal('bank_account'),
  iban: checked(checkIban).optional().describe('Verplicht bij vastleggen; bij wijzigen houdt weglaten de opgeslagen IBAN (die nooit wordt teruggegeven).'),
  holderName: optionalText(200),
  ...provenance,
});

export const subjectInput = z.discriminatedUnion('kind', [personInput, organisationInput, addressInput, vehicleInput, bankAccountInput]);
export type SubjectInput = z.output<typeof subjectInput>;

export const subjectSummary = z.object({
  id: z.string().uuid(),
  kind: z.enum(subjectKinds),
  ref: z.string().describe('Vast pseudoniem kenmerk'),
  label: z.string(),
  detail: z.string().describe('Tweede regel: geboortejaar, KvK, plaats …'),
  riskSector: z.boolean(),
  status: z.enum(['active', 'merged']),
});
export type SubjectSummary = z.infer<typeof subjectSummary>;

const personFacts = z.object({
  kind: z.literal('person'),
  givenNames: z.string(),
  surnamePrefix: z.string(),
  surname: z.string(),
  dateOfBirth: z.string().nullable(),
  bsnMasked: z.string().nullable(),
  aliases: z.array(z.string()),
});
const organisationFacts = z.object({
  kind: z.literal('organisation'),
  kvkNumber: z.string(),
  establishmentNumber: z.string().nullable(),
  name: z.string(),
  tradeNames: z.array(z.string()),
  legalForm: z.string(),
  sbiCode: z.string().nullable(),
  sbiDescription: z.string().nullable(),
  riskSector: z.boolean(),
  registeredOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});
const addressFacts = z.object({
  kind: z.literal('address'),
  postcode: z.string(),
  houseNumber: z.number().int(),
  houseLetter: z.string(),
  addition: z.string(),
  street: z.string(),
  place: z.string(),
  bagId: z.string().nullable(),
  premisesType: z.enum(premisesTypes),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  wijkCode: z.string().nullable(),
  wijkName: z.string().nullable(),
  buurtCode: z.string().nullable(),
  buurtName: z.string().nullable(),
  areaSource: z.enum(['none', 'user', 'boundaries']),
});
const vehicleFacts = z.object({ kind: z.literal('vehicle'), plate: z.string(), description: z.string() });
const bankAccountFacts = z.object({
  kind: z.literal('bank_account'),
  ibanMasked: z.string(),
  country: z.string(),
  bankCode: z.string().nullable(),
  holderName: z.string(),
});
export const subjectFacts = z.discriminatedUnion('kind', [personFacts, organisationFacts, addressFacts, vehicleFacts, bankAccountFacts]);
export type SubjectFacts = z.infer<typeof subjectFacts>;

export const subjectDetail = subjectSummary.extend({
  facts: subjectFacts,
  confidentiality: z.enum(confidentialityLevels),
  source: z.string(),
  sourceDate: z.string().nullable(),
  recordedBy: z.string().nullable().describe('Weergavenaam van wie het vastlegde'),
  recordedAt: z.string().datetime(),
  mergedInto: subjectSummary.pick({ id: true, ref: true, label: true }).nullable(),
  canWrite: z.boolean(),
});
export type SubjectDetail = z.infer<typeof subjectDetail>;

export const relationView = z.object({
  id: z.string().uuid(),
  type: z.enum(relationTypeNames),
  direction: z.enum(['outgoing', 'incoming']).describe('Vanuit het bekeken subject'),
  other: subjectSummary,
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  current: z.boolean(),
  source: z.string(),
  reliability: z.enum(reliabilities),
  confidentiality: z.enum(confidentialityLevels),
  note: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string().datetime(),
});
export type RelationView = z.infer<typeof relationView>;

export const linkView = z.object({
  id: z.string().uuid(),
  module: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  caseNumber: z.string().nullable(),
  label: z.string(),
  role: z.string(),
  createdAt: z.string().datetime(),
});

export const timelineEntry = z.object({
  at: z.string().describe('JJJJ-MM-DD of ISO-tijdstip'),
  kind: z.enum(['recorded', 'relation_start', 'relation_end', 'link', 'merge', 'unmerge']),
  text: z.string().describe('Korte omschrijving in het Nederlands'),
  relatedSubject: subjectSummary.pick({ id: true, ref: true, label: true }).nullable(),
});

export const mergeView = z.object({
  id: z.string().uuid(),
  survivor: subjectSummary.pick({ id: true, ref: true, label: true }),
  merged: subjectSummary.pick({ id: true, ref: true, label: true }),
  reason: z.string(),
  movedRelations: z.number().int(),
  movedLinks: z.number().int(),
  mergedBy: z.string().nullable(),
  mergedAt: z.string().datetime(),
  undoneAt: z.string().datetime().nullable(),
  canUndo: z.boolean(),
});

export const duplicatePair = z.object({
  id: z.string().uuid(),
  kind: z.enum(subjectKinds),
  a: subjectSummary,
  b: subjectSummary,
  score: z.number(),
  reasons: z.array(z.string()).describe('Waarom ze op elkaar lijken, in het Nederlands'),
  status: z.enum(['open', 'dismissed', 'merged']),
});

export const profile = z.object({
  subject: subjectDetail,
  relations: z.array(relationView),
  links: z.array(linkView),
  timeline: z.array(timelineEntry),
  duplicates: z.array(duplicatePair),
  merges: z.array(mergeView),
});
export type Profile = z.infer<typeof profile>;

export const searchInput = z.strictObject({
  q: z.string().trim().min(2, 'Typ minstens 2 tekens.').max(200, 'Maximaal 200 tekens.'),
  kinds: z.array(z.enum(subjectKinds)).max(5).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});

export const searchHit = z.object({
  type: z.enum(['subject', 'record']),
  id: z.string().describe('Subject-id, of id van het dossier bij type record'),
  kind: z.string().describe('Soort subject, of recordType bij type record'),
  module: z.string().nullable(),
  ref: z.string().describe('Pseudoniem kenmerk of zaaknummer'),
  label: z.string(),
  detail: z.string(),
  matchedOn: z.enum(['name', 'bsn', 'kvk', 'establishment', 'postcode', 'address', 'plate', 'iban', 'bag', 'case_number', 'ref']),
  score: z.number(),
  riskSector: z.boolean(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const relationInput = z
  .strictObject({
    type: z.enum(relationTypeNames, 'Kies een soort relatie.'),
    fromSubjectId: z.string().uuid('Geen geldige id.'),
    toSubjectId: z.string().uuid('Geen geldige id.'),
    validFrom: isoDate.nullable().default(null),
    validTo: isoDate.nullable().default(null),
    source: requiredText(200, 'Geef de bron op.'),
    reliability: z.enum(reliabilities, 'Kies bevestigd, waarschijnlijk of onbevestigd.'),
    confidentiality: z.enum(confidentialityLevels).default('intern'),
    note: optionalText(2000),
  })
  .refine((r) => r.fromSubjectId !== r.toSubjectId, { path: ['toSubjectId'], message: 'Een relatie verbindt twee verschillende subjecten.' })
  .refine((r) => !r.validFrom || !r.validTo || r.validTo >= r.validFrom, { path: ['validTo'], message: 'De einddatum ligt vóór de begindatum.' });

export const relationUpdate = z
  .strictObject({
    validFrom: isoDate.nullable().optional(),
    validTo: isoDate.nullable().optional(),
    reliability: z.enum(reliabilities).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((r) => Object.keys(r).length > 0, { message: 'Geef minstens één wijziging op.' });

export const mergeInput = z.strictObject({
  duplicateId: z.string().uuid('Geen geldige id.').describe('Het subject dat opgaat in het subject uit de URL'),
  reason: requiredText(1000, 'Motiveer waarom dit dezelfde zijn.'),
});

export const importKinds = ['organisations', 'addresses', 'bag'] as const;
export const importView = z.object({
  id: z.string().uuid(),
  kind: z.enum(importKinds),
  filename: z.string(),
  mode: z.enum(['all_or_nothing', 'valid_rows']),
  status: z.enum(['queued', 'validating', 'importing', 'done', 'refused', 'failed']),
  rowsTotal: z.number().int(),
  rowsValid: z.number().int(),
  rowsInvalid: z.number().int(),
  rowsCreated: z.number().int(),
  rowsUpdated: z.number().int(),
  rowsUnchanged: z.number().int(),
  problems: z.array(z.object({ field: z.string(), message: z.string() })).describe('Redenen waarom het hele bestand is geweigerd'),
  rowErrors: z.array(z.object({ line: z.number().int(), errors: z.array(z.object({ field: z.string(), message: z.string() })) })),
  rowErrorsTruncated: z.boolean(),
  createdAt: z.string().datetime(),
  finishedAt: z.string().datetime().nullable(),
});
export type ImportView = z.infer<typeof importView>;

export const sbiCode = z.object({ code: z.string(), description: z.string(), riskSector: z.boolean() });

export const areaView = z.object({
  code: z.string(),
  kind: z.enum(['gemeente', 'wijk', 'buurt']),
  name: z.string(),
  parentCode: z.string().nullable(),
  hasBoundary: z.boolean(),
});

export const areaImportResult = z.object({
  wijken: z.number().int(),
  buurten: z.number().int(),
  converted: z.enum(['none', 'rd', 'swapped_axes']),
  skipped: z.array(z.object({ path: z.string(), message: z.string() })),
  addressesAssigned: z.number().int(),
});
