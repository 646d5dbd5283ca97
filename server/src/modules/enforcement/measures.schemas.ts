import { z } from 'zod';
import { confidentialityLevels, roles } from '../../kernel/access.js';
import { deadlineView } from './deadlines.js';
import { courtStepKinds, drugClasses, measureKinds, measureOrigins, premisesTypes, procedureStatuses, quantityBands, remedyStatuses } from './vocabulary.js';

/**
 * The measures API (/api/v1/enforcement/measures, /legal-bases, /matrix): legal bases, the escalation
 * matrix and its proposal, measures with their two-track procedure, proportionality, court steps.
 * Requests are strict; responses are what is sent. Dates are JJJJ-MM-DD strings (checked with isIsoDate
 * in the service, which answers 400 with the field path when a date does not exist or is out of order).
 *
 * Changes after the first version (for engineer C):
 * - (none yet)
 */

const uuid = (what = 'id') => z.string().uuid(`Geen geldige ${what}.`);
export const idParams = z.strictObject({ id: uuid() });
export const codeParams = z.strictObject({ code: z.string().min(1).max(60) });
export const courtStepParams = z.strictObject({ id: uuid(), stepId: uuid('id van de gerechtelijke stap') });

/** A date as text; the service checks that it exists (isIsoDate) and its order against other dates. */
const date = (what: string) =>
  z
    .string(`Geef ${what} als JJJJ-MM-DD.`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Geef ${what} als JJJJ-MM-DD.`)
    .describe(`${what} (JJJJ-MM-DD)`);

const text = (max: number, what: string) => z.string(`Geef ${what}.`).trim().max(max, `Hoogstens ${max} tekens.`);
const requiredText = (max: number, what: string) => text(max, what).min(1, `Geef ${what}.`);

export const measureKind = z.enum(measureKinds, 'Kies een soort maatregel.');
export const premisesType = z.enum(premisesTypes, 'Kies een soort pand (woning, lokaal, horeca, bedrijfspand of erf).');
export const drugClass = z.enum(drugClasses, 'Kies lijst I, lijst II of voorbereidingshandelingen.');
export const quantityBand = z.enum(quantityBands, 'Kies eigen gebruik, handelshoeveelheid of grote handelshoeveelheid.');
export const origin = z.enum(measureOrigins, 'Kies de herkomst: politierapportage, controle, melding of anders.');
export const procedureStatus = z.enum(procedureStatuses, 'Kies een status van de procedure.');
export const remedyStatus = z.enum(remedyStatuses, 'Kies een status van bezwaar en beroep.');
export const track = z.enum(['procedure', 'remedy'], 'Kies het spoor: procedure of remedy (bezwaar en beroep).');
export const objectionOutcome = z.enum(
  ['unfounded', 'founded', 'partly_founded', 'inadmissible'],
  'Kies de uitkomst: ongegrond, gegrond, deels gegrond of niet-ontvankelijk.',
);
export const courtStepKind = z.enum(courtStepKinds, 'Kies voorlopige voorziening, beroep of hoger beroep.');
export const courtOutcome = z.enum(
  ['granted', 'partly_granted', 'rejected', 'inadmissible', 'withdrawn'],
  'Kies de uitkomst: toegewezen (gegrond), deels toegewezen, afgewezen (ongegrond), niet-ontvankelijk of ingetrokken.',
);
const bilingual = z.object({ nl: z.string(), en: z.string() });
const person = z.object({ id: z.string().uuid(), name: z.string() });

// ---- legal bases ---------------------------------------------------------------------------------

export const legalBasisView = z.object({
  code: z.string(),
  measureKind,
  name: bilingual,
  article: z.string().describe('Wetsartikel(en), bijv. "Opiumwet art. 13b lid 1"'),
  authority: z.enum(['burgemeester', 'college']).describe('Bevoegd gezag'),
  premisesTypes: z.array(premisesType),
  isClosure: z.boolean(),
  requiresOpinion: z.boolean().describe('Of vooraf een zienswijze wordt gevraagd (Awb 4:8); een waarschuwing is geen besluit'),
  opinionDays: z.number().int().describe('Standaard zienswijzetermijn in dagen (Awb 4:8: twee weken)'),
  graceDays: z.number().int().nullable().describe('Standaard begunstigingstermijn in dagen'),
  maxDurationMonths: z.number().int().nullable().describe('Langste duur in maanden; null: geen duur'),
  explanation: bilingual,
  active: z.boolean(),
  sortOrder: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().datetime(),
});
export type LegalBasisView = z.infer<typeof legalBasisView>;
export const legalBasisList = z.object({ items: z.array(legalBasisView) });

export const legalBasisUpdate = z.strictObject({
  nameNl: requiredText(200, 'een Nederlandse naam'),
  nameEn: requiredText(200, 'een Engelse naam'),
  article: requiredText(300, 'het wetsartikel'),
  authority: z.enum(['burgemeester', 'college'], 'Kies burgemeester of college.'),
  premisesTypes: z.array(premisesType).max(premisesTypes.length),
  requiresOpinion: z.boolean('Geef aan of een zienswijze nodig is.'),
  opinionDays: z.number('Geef de zienswijzetermijn in dagen.').int('Een heel aantal dagen.').min(0, 'Minstens 0 dagen.').max(365, 'Hoogstens 365 dagen.'),
  graceDays: z.number().int('Een heel aantal dagen.').min(0, 'Minstens 0 dagen.').max(365, 'Hoogstens 365 dagen.').nullable(),
  maxDurationMonths: z.number().int('Een heel aantal maanden.').min(1, 'Minstens 1 maand.').max(120, 'Hoogstens 120 maanden.').nullable(),
  explanationNl: text(4000, 'een toelichting'),
  explanationEn: text(4000, 'an explanation'),
  active: z.boolean('Geef aan of de grondslag actief is.'),
  sortOrder: z.number().int().min(0).max(10000).default(0),
});
export type LegalBasisUpdate = z.infer<typeof legalBasisUpdate>;

// ---- escalation matrix ---------------------------------------------------------------------------

export const matrixRowView = z.object({
  id: z.string().uuid(),
  premisesType,
  drugClass,
  quantityBand,
  offenceNumber: z.number().int().describe('Het hoeveelste feit binnen de terugkijktermijn; de hoogste rij geldt voor "n of meer"'),
  lookbackMonths: z.number().int(),
  legalBasisCode: z.string(),
  legalBasisName: z.string().describe('Naam van de grondslag in het Nederlands'),
  measureKind,
  durationMonths: z.number().int().nullable(),
  explanation: bilingual,
  active: z.boolean(),
  sortOrder: z.number().int(),
  updatedAt: z.string().datetime(),
});
export type MatrixRowView = z.infer<typeof matrixRowView>;
export const matrixView = z.object({
  items: z.array(matrixRowView),
  notice: bilingual.describe('Waarschuwing: de standaardmatrix moet worden getoetst aan de eigen beleidsregel van de gemeente'),
});

export const matrixRowInput = z.strictObject({
  premisesType,
  drugClass,
  quantityBand,
  offenceNumber: z.number('Geef het hoeveelste feit.').int('Een heel getal.').min(1, 'Minstens 1.').max(9, 'Hoogstens 9.'),
  lookbackMonths: z
    .number('Geef de terugkijktermijn in maanden.')
    .int('Een heel aantal maanden.')
    .min(1, 'Minstens 1 maand.')
    .max(240, 'Hoogstens 240 maanden.'),
  legalBasisCode: z.string('Kies een grondslag.').min(1, 'Kies een grondslag.').max(60),
  durationMonths: z.number().int('Een heel aantal maanden.').min(1, 'Minstens 1 maand.').max(120, 'Hoogstens 120 maanden.').nullable(),
  explanationNl: text(4000, 'een toelichting'),
  explanationEn: text(4000, 'an explanation'),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10000).default(0),
});
export type MatrixRowInput = z.infer<typeof matrixRowInput>;

/** Dry run for the new-measure form: what would the matrix propose? */
export const proposalRequest = z.strictObject({
  subjectId: uuid('id van de betrokkene').nullish(),
  addressLabel: text(300, 'het adres').nullish(),
  premisesType,
  drugClass,
  quantityBand,
  offenceOn: date('de datum van het feit'),
  /** When re-computing for an existing measure: leave it out of the count. */
  excludeMeasureId: uuid('id van de maatregel').nullish(),
});
export type ProposalRequest = z.infer<typeof proposalRequest>;

export const earlierMeasure = z.object({
  id: z.string().uuid(),
  number: z.string().describe('Leeg als je deze maatregel niet mag inzien: hij telt wel mee'),
  offenceOn: z.string().describe('Datum van het eerdere feit'),
  visible: z.boolean().describe('Of je deze eerdere maatregel mag inzien'),
});

export const proposalView = z.object({
  applicable: z.boolean().describe('Of een rij van de matrix van toepassing is'),
  offenceNumber: z.number().int().describe('1 + het aantal eerdere maatregelen binnen de terugkijktermijn'),
  matrixRowId: z.string().uuid().nullable(),
  row: matrixRowView.nullable(),
  legalBasisCode: z.string().nullable(),
  legalBasisName: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
  lookbackMonths: z.number().int().nullable(),
  earlierMeasures: z.array(earlierMeasure),
  reason: z.string().describe('Waarom deze rij (of geen rij) van toepassing is, in het Nederlands'),
  computedAt: z.string().datetime(),
});
export type ProposalView = z.infer<typeof proposalView>;

// ---- measures: create and list --------------------------------------------------------------------

export const measureCreate = z.strictObject({
  origin,
  inspectionId: uuid('id van de controle').nullish(),
  signalId: uuid('id van de melding').nullish(),
  subjectId: uuid('id van de betrokkene').nullish(),
  addressLabel: text(300, 'het adres').nullish().describe('Verplicht tenzij het van de controle wordt overgenomen'),
  wijkCode: text(10, 'de wijkcode').nullish(),
  premisesType: premisesType.nullish(),
  drugClass: drugClass.nullish(),
  quantityBand: quantityBand.nullish(),
  offenceOn: date('de datum van het feit').nullish().describe('Niet in de toekomst'),
  facts: text(10000, 'de feiten').default(''),
  addresseeName: text(300, 'de naam van de geadresseerde').default(''),
  addresseeAddress: text(500, 'het adres van de geadresseerde').default(''),
  legalBasisCode: z.string('Kies een grondslag.').min(1, 'Kies een grondslag.').max(60),
  durationMonths: z.number().int('Een heel aantal maanden.').min(1, 'Minstens 1 maand.').max(120, 'Hoogstens 120 maanden.').nullish(),
  responsibleUserId: uuid('id van de verantwoordelijke jurist'),
  deviationMotivation: text(4000, 'de motivering van de afwijking')
    .nullish()
    .describe('Verplicht als grondslag of duur afwijkt van het voorstel van de matrix'),
});
export type MeasureCreate = z.infer<typeof measureCreate>;
export const measureCreated = z.object({ id: z.string().uuid(), number: z.string() });

const bool = z.enum(['true', 'false'], 'Kies true of false.');
export const measureListQuery = z.strictObject({
  status: z.enum(['open', 'all', ...procedureStatuses], 'Kies een status.').default('open'),
  remedyStatus: remedyStatus.optional(),
  kind: measureKind.optional(),
  wijk: z.string().max(10).optional(),
  mine: bool.optional().describe('Alleen maatregelen waarvan ik verantwoordelijk jurist ben of in het team zit'),
  /** Opaque cursor from the previous page. */
  after: z.string().max(200).optional(),
  limit: z.coerce.number('Geef een getal.').int().min(1, 'Minstens 1.').max(100, 'Hoogstens 100.').default(50),
});
export type MeasureListQuery = z.infer<typeof measureListQuery>;

export const measureListItem = z.object({
  id: z.string().uuid(),
  number: z.string(),
  status: procedureStatus,
  remedyStatus,
  statusChangedAt: z.string().datetime(),
  legalBasis: z.object({ code: z.string(), name: z.string(), kind: measureKind }),
  addressLabel: z.string(),
  wijkCode: z.string().nullable(),
  premisesType: premisesType.nullable(),
  durationMonths: z.number().int().nullable(),
  urgent: z.boolean(),
  responsible: person.nullable(),
  nextDeadline: z.object({ kind: z.string(), dueOn: z.string() }).nullable(),
});
export type MeasureListItem = z.infer<typeof measureListItem>;
export const measureListPage = z.object({ items: z.array(measureListItem), nextCursor: z.string().nullable() });

// ---- measure detail --------------------------------------------------------------------------------

export const proportionalityView = z.object({
  suitable: z.boolean().describe('Geschikt'),
  necessary: z.boolean().describe('Noodzakelijk'),
  proportionate: z.boolean().describe('Evenredig'),
  motivation: z.string(),
  recordedBy: person,
  recordedAt: z.string().datetime(),
  complete: z.boolean().describe('Alle drie waar, gemotiveerd door een jurist: besluit mag worden bekendgemaakt'),
});

export const historyEntry = z.object({
  id: z.number().int(),
  track,
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  note: z.string(),
  data: z.record(z.string(), z.unknown()),
  changedBy: z.string().nullable(),
  changedAt: z.string().datetime(),
});

export const courtStepView = z.object({
  id: z.string().uuid(),
  kind: courtStepKind,
  court: z.string(),
  caseNumber: z.string(),
  filedOn: z.string(),
  hearingOn: z.string().nullable(),
  rulingOn: z.string().nullable(),
  outcome: courtOutcome.nullable(),
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string().datetime(),
});

/** A step the procedure allows now, who may take it, and whether this actor may. */
export const nextStep = z.object({
  track,
  to: z.string(),
  roles: z.array(z.enum(roles)).describe('Rollen die deze stap mogen zetten'),
  allowedForMe: z.boolean(),
  fields: z.array(z.string()).describe('Velden die deze stap vraagt (in de body van POST /transitions)'),
  blockedReason: z.string().nullable().describe('Waarom de stap nu (nog) niet kan, bijv. de termijn loopt nog'),
});

export const measureDetail = z.object({
  id: z.string().uuid(),
  number: z.string(),
  status: procedureStatus,
  remedyStatus,
  statusChangedAt: z.string().datetime(),
  confidentiality: z.enum(confidentialityLevels),
  origin,
  inspection: z.object({ id: z.string().uuid(), number: z.string() }).nullable(),
  signal: z.object({ id: z.string().uuid(), number: z.string() }).nullable(),
  subject: z.object({ id: z.string().uuid(), label: z.string() }).nullable(),
  addressLabel: z.string(),
  wijkCode: z.string().nullable(),
  premisesType: premisesType.nullable(),
  drugClass: drugClass.nullable(),
  quantityBand: quantityBand.nullable(),
  offenceOn: z.string().nullable(),
  offenceNumber: z.number().int().nullable(),
  legalBasis: legalBasisView,
  proposal: proposalView.nullable(),
  deviationMotivation: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
  facts: z.string(),
  addressee: z.object({ name: z.string(), address: z.string() }),
  proportionality: proportionalityView.nullable(),
  urgent: z.boolean(),
  urgencyMotivation: z.string().nullable(),
  dates: z.object({
    opinionDue: z.string().nullable(),
    opinionReceivedOn: z.string().nullable(),
    decisionOn: z.string().nullable(),
    graceDays: z.number().int().nullable(),
    graceEnd: z.string().nullable(),
    announcedOn: z.string().nullable(),
    objectionDue: z.string().nullable(),
    objectionReceivedOn: z.string().nullable(),
    objectionDecisionDue: z.string().nullable(),
    executionStart: z.string().nullable(),
    executionEnd: z.string().nullable(),
    liftedOn: z.string().nullable(),
  }),
  opinionResponse: z.string().nullable(),
  objectionCommittee: z.boolean(),
  objectionExtended: z.boolean(),
  objectionOutcome: objectionOutcome.nullable(),
  closedReason: z.string().nullable(),
  responsible: person.nullable(),
  createdBy: z.string(),
  createdAt: z.string().datetime(),
  closedAt: z.string().datetime().nullable(),
  history: z.array(historyEntry),
  deadlines: z.array(deadlineView),
  courtSteps: z.array(courtStepView),
  nextSteps: z.array(nextStep),
  canWrite: z.boolean(),
  canRecordProportionality: z.boolean().describe('Alleen een jurist legt de driestappentoets vast'),
});
export type MeasureDetail = z.infer<typeof measureDetail>;

// ---- transitions -------------------------------------------------------------------------------------

/**
 * One step on one track. Which data fields a target needs (the service checks per target and answers 400
 * with `body.<field>`):
 * - procedure intake → investigation, investigation → intention, follow_up → closed: only `note`.
 * - procedure investigation → decision: `urgencyMotivation` (spoed), unless the basis asks no zienswijze (warning).
 * - procedure intention → opinion_period: `sentOn`, optional `opinionDays` (default from the legal basis).
 * - procedure opinion_period → decision: `opinionResponse` + `opinionReceivedOn`, or `noOpinionReceived: true`
 *   (only after the opinion deadline).
 * - procedure decision → announced: `decisionOn`, `announcedOn` (≥ decisionOn), `graceDays`; the three-step test must
 *   be complete. Starts the objection period on the remedy track (automatic).
 * - procedure announced → execution: `executionStart` (≥ end of the grace period unless urgent).
 * - procedure announced → follow_up: measures without execution (warning, fine, revocation).
 * - procedure execution → follow_up: `liftedOn` (closure ended or lifted).
 * - procedure * → withdrawn: `motivation` (cancels the open deadlines).
 * - remedy objection_period → objection: `receivedOn`, `committee` (adviescommissie bezwaarschriften).
 * - remedy objection_period → final: only after the objection deadline passed.
 * - remedy objection → objection_decided: `decidedOn`, `outcome`.
 * - remedy objection_decided → court: `filedOn`, optional `court`, `caseNumber` (records an appeal court step).
 * - remedy objection_decided → final: after the appeal term (six weeks from `decidedOn`) or `noAppealFiled: true`.
 * - remedy court → final: `finalOn` (the ruling that ends the case).
 */
export const transitionInput = z.strictObject({
  track,
  to: z.string('Kies de volgende stap.').min(1, 'Kies de volgende stap.').max(40),
  note: text(4000, 'een toelichting').default(''),
  sentOn: date('de verzenddatum van het voornemen').optional(),
  opinionDays: z.number().int('Een heel aantal dagen.').min(1, 'Minstens 1 dag.').max(365, 'Hoogstens 365 dagen.').optional(),
  opinionResponse: text(10000, 'de zienswijze').optional(),
  opinionReceivedOn: date('de datum waarop de zienswijze binnenkwam').optional(),
  noOpinionReceived: z.boolean().optional(),
  urgencyMotivation: text(4000, 'de motivering van de spoed').optional(),
  decisionOn: date('de datum van het besluit').optional(),
  announcedOn: date('de datum van bekendmaking').optional(),
  graceDays: z.number().int('Een heel aantal dagen.').min(0, 'Minstens 0 dagen.').max(365, 'Hoogstens 365 dagen.').optional(),
  executionStart: date('de begindatum van de uitvoering').optional(),
  liftedOn: date('de datum van beëindiging of opheffing').optional(),
  motivation: text(4000, 'de motivering').optional(),
  receivedOn: date('de datum van ontvangst van het bezwaar').optional(),
  committee: z.boolean('Geef aan of een adviescommissie adviseert.').optional(),
  decidedOn: date('de datum van de beslissing op bezwaar').optional(),
  outcome: objectionOutcome.optional(),
  filedOn: date('de datum waarop beroep is ingesteld').optional(),
  court: text(200, 'de rechtbank').optional(),
  caseNumber: text(100, 'het zaaknummer').optional(),
  noAppealFiled: z.boolean().optional(),
  finalOn: date('de datum waarop het besluit onherroepelijk werd').optional(),
});
export type TransitionInput = z.infer<typeof transitionInput>;

export const proportionalityInput = z.strictObject({
  suitable: z.boolean('Geef aan of de maatregel geschikt is.'),
  necessary: z.boolean('Geef aan of de maatregel noodzakelijk is.'),
  proportionate: z.boolean('Geef aan of de maatregel evenredig is.'),
  motivation: z
    .string('Motiveer de driestappentoets.')
    .trim()
    .min(30, 'Motiveer de driestappentoets in minstens 30 tekens.')
    .max(10000, 'Hoogstens 10000 tekens.'),
});
export type ProportionalityInput = z.infer<typeof proportionalityInput>;

export const objectionExtensionInput = z.strictObject({
  motivation: z.string('Motiveer de verdaging.').trim().min(10, 'Motiveer de verdaging in minstens 10 tekens.').max(4000, 'Hoogstens 4000 tekens.'),
});

export const executionExtensionInput = z.strictObject({
  newEnd: date('de nieuwe einddatum'),
  motivation: z.string('Motiveer de verlenging.').trim().min(10, 'Motiveer de verlenging in minstens 10 tekens.').max(4000, 'Hoogstens 4000 tekens.'),
});

export const courtStepInput = z.strictObject({
  kind: courtStepKind,
  court: text(200, 'de rechtbank').default(''),
  caseNumber: text(100, 'het zaaknummer').default(''),
  filedOn: date('de datum van indienen'),
  hearingOn: date('de datum van de zitting').nullish(),
  rulingOn: date('de datum van de uitspraak').nullish(),
  outcome: courtOutcome.nullish(),
  note: text(4000, 'een toelichting').default(''),
});
export type CourtStepInput = z.infer<typeof courtStepInput>;
export const courtStepUpdate = courtStepInput.omit({ kind: true });
export type CourtStepUpdate = z.infer<typeof courtStepUpdate>;

/** Users with role lawyer, for the responsible-jurist field. */
export const juristList = z.object({ items: z.array(person) });

export const ok = z.object({ ok: z.literal(true) });
