import { z } from 'zod';
import { confidentialityLevels } from '../../kernel/access.js';
import { categoryInput, question } from './categories.js';
import { signalChannels } from './intake.js';
import { signalOutcomes, signalStatuses } from './workflow.js';

/** The staff API of the signals module (/api/v1/signals): requests are strict, responses are what is sent. */

const uuid = (what = 'id') => z.string().uuid(`Geen geldige ${what}.`);
export const idParams = z.strictObject({ id: uuid() });

export const status = z.enum(signalStatuses);
export const outcome = z.enum(signalOutcomes);
export const channel = z.enum(signalChannels);
export const coarseStatus = z.enum(['received', 'in_progress', 'done']);
export const followUpKinds = ['inspection', 'enforcement', 'person_referral', 'other'] as const;

// ---- categories and settings -------------------------------------------------------------------

export const categoryView = z.object({
  code: z.string(),
  name: z.object({ nl: z.string(), en: z.string() }),
  help: z.object({ nl: z.string(), en: z.string() }),
  indicators: z.object({ nl: z.array(z.string()), en: z.array(z.string()) }),
  questions: z.array(question),
  slaDays: z.number().int(),
  slaUnit: z.enum(['calendar', 'working']),
  urgency: z.number().int(),
  confidentiality: z.enum(confidentialityLevels),
  active: z.boolean(),
  sortOrder: z.number().int(),
  updatedAt: z.string().datetime(),
});
export type CategoryView = z.infer<typeof categoryView>;

export { categoryInput };
export const categoryCreate = categoryInput.extend({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Een code begint met een letter en bestaat uit kleine letters, cijfers en _ (2–40 tekens).')
    .refine((code) => code !== 'new', 'De code "new" is gereserveerd; kies een andere.'),
});

export const settingsView = z.object({
  retentionMonths: z.number().int(),
  duplicateWindowDays: z.number().int(),
  updatedAt: z.string().datetime(),
  retention: z.object({ lastRunAt: z.string().datetime().nullable(), lastDestroyed: z.number().int().nullable() }),
});
export const settingsInput = z.strictObject({
  retentionMonths: z.number().int().min(1, 'Minstens 1 maand.').max(120, 'Hoogstens 120 maanden.'),
  duplicateWindowDays: z.number().int().min(1, 'Minstens 1 dag.').max(365, 'Hoogstens 365 dagen.'),
});

// ---- intake by staff and partners ----------------------------------------------------------------

const optionalText = (max: number) => z.string().trim().max(max, `Hoogstens ${max} tekens.`).nullish();

export const locationInput = z.strictObject({
  postcode: optionalText(7),
  houseNumber: z.union([z.number().int(), z.string().max(6)]).nullish(),
  houseLetter: optionalText(1),
  houseNumberAddition: optionalText(4),
  text: optionalText(1000),
  lat: z.number().nullish(),
  lon: z.number().nullish(),
});

/** A find in a police search: what, how much, in which unit. */
export const partnerFind = z.strictObject({
  kind: z.enum(
    ['cannabis_plants', 'cannabis_dried', 'hard_drugs', 'precursors', 'lab_equipment', 'grow_equipment', 'cash', 'weapons', 'other'],
    'Kies wat er is aangetroffen.',
  ),
  description: z.string().trim().max(500).default(''),
  quantity: z.number().min(0, 'Een hoeveelheid is 0 of meer.').max(1e9),
  unit: z.enum(['pieces', 'grams', 'kilograms', 'litres', 'euros'], 'Kies een eenheid.'),
});

export const partnerPerson = z.strictObject({
  name: z.string().trim().min(1, 'Geef een naam.').max(200),
  dateOfBirth: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef de geboortedatum als JJJJ-MM-DD.')
    .nullish(),
  role: z.enum(['occupant', 'tenant', 'owner', 'suspect', 'other'], 'Kies de rol van de persoon.'),
});

/** Structured fields of a bestuurlijke rapportage (police_report) or hennepinformatiebericht (cannabis_report). */
export const partnerReport = z.strictObject({
  reference: z.string().trim().min(1, 'Geef het kenmerk van de rapportage (bijv. het BVH-nummer).').max(100),
  searchDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef de datum van de doorzoeking als JJJJ-MM-DD.'),
  finds: z.array(partnerFind).max(50),
  persons: z.array(partnerPerson).max(30),
  electricityTheft: z.boolean().default(false),
  dangerousSituation: z.boolean().default(false),
  reportingOfficer: z.string().trim().max(200).default(''),
});
export type PartnerReport = z.infer<typeof partnerReport>;

export const signalInput = z
  .strictObject({
    channel: z.enum(['staff', 'police_report', 'cannabis_report'], 'Kies het soort melding.'),
    categoryCode: z.string().min(1, 'Kies een categorie.').max(40),
    description: z.string().max(5000, 'Hoogstens 5000 tekens.'),
    observedOn: z.string().max(10).nullish(),
    observedTime: z.string().max(5).nullish(),
    location: locationInput,
    answers: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.array(z.string().max(200)).max(20)])).default({}),
    partnerReport: partnerReport.nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.channel !== 'staff' && !v.partnerReport) {
      ctx.addIssue({ code: 'custom', path: ['partnerReport'], message: 'Een rapportage van de politie heeft de gegevens van de doorzoeking nodig.' });
    }
    if (v.channel === 'staff' && v.partnerReport) {
      ctx.addIssue({ code: 'custom', path: ['partnerReport'], message: 'Alleen een politierapportage of hennepinformatiebericht heeft deze gegevens.' });
    }
  });
export type SignalInput = z.infer<typeof signalInput>;

export const created = z.object({
  id: z.string().uuid(),
  number: z.string(),
  visible: z.boolean().describe('Of de melder de melding zelf mag inzien (niet bij een categorie boven het eigen niveau)'),
});

// ---- queue ---------------------------------------------------------------------------------------

export const queueQuery = z.strictObject({
  status: z.enum(['open', 'all', ...signalStatuses], 'Kies een status.').default('open'),
  category: z.string().max(40).optional(),
  wijk: z.string().max(10).optional(),
  assigned: z.enum(['any', 'me', 'unassigned'], 'Kies any, me of unassigned.').default('any'),
  overdue: z.enum(['true', 'false']).optional(),
  /** Opaque cursor from the previous page. */
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const queueItem = z.object({
  id: z.string().uuid(),
  number: z.string(),
  channel,
  categoryCode: z.string(),
  categoryName: z.string(),
  status,
  urgency: z.number().int(),
  deadline: z.string().describe('JJJJ-MM-DD'),
  overdue: z.boolean(),
  receivedAt: z.string().datetime(),
  /** Street-level place: postcode and number, or the first words of the place description. */
  place: z.string(),
  wijkCode: z.string().nullable(),
  wijkName: z.string().nullable(),
  assignee: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  /** The reporter added information after the last change of status. */
  newInformation: z.boolean(),
});
export type QueueItem = z.infer<typeof queueItem>;
export const queuePage = z.object({ items: z.array(queueItem), nextCursor: z.string().nullable() });

// ---- detail ---------------------------------------------------------------------------------------

export const historyEntry = z.object({
  fromStatus: status.nullable(),
  toStatus: status,
  outcome: outcome.nullable(),
  note: z.string(),
  changedBy: z.string().nullable().describe('Naam van de medewerker; null voor de melder of het systeem'),
  changedAt: z.string().datetime(),
});

export const noteView = z.object({ id: z.string().uuid(), body: z.string(), createdBy: z.string(), createdAt: z.string().datetime() });
export const additionView = z.object({ id: z.string().uuid(), body: z.string(), createdAt: z.string().datetime(), photoIds: z.array(z.string().uuid()) });
export const photoView = z.object({
  id: z.string().uuid(),
  contentType: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  sizeBytes: z.number().int(),
  source: z.enum(['reporter', 'staff']),
  createdAt: z.string().datetime(),
});
export const linkView = z.object({
  subjectId: z.string().uuid(),
  kind: z.string(),
  ref: z.string(),
  label: z.string(),
  detail: z.string(),
  role: z.string(),
});
export const followUpView = z.object({
  id: z.string().uuid(),
  kind: z.enum(followUpKinds),
  note: z.string(),
  assignee: z.object({ id: z.string().uuid(), name: z.string() }),
  dueDate: z.string().nullable(),
  taskId: z.string().uuid().nullable(),
  createdBy: z.string(),
  createdAt: z.string().datetime(),
});
export const duplicateCandidate = z.object({
  id: z.string().uuid(),
  number: z.string(),
  status,
  receivedAt: z.string().datetime(),
  place: z.string(),
  reason: z.enum(['same_address', 'same_buurt']),
});
export const answerView = z.object({ key: z.string(), question: z.string(), answer: z.string() });

export const signalDetail = z.object({
  id: z.string().uuid(),
  number: z.string(),
  channel,
  category: z.object({ code: z.string(), name: z.string() }),
  status,
  coarseStatus,
  outcome: outcome.nullable(),
  allowedTransitions: z.array(status),
  description: z.string(),
  observedOn: z.string().nullable(),
  observedTime: z.string().nullable(),
  location: z.object({
    postcode: z.string().nullable(),
    houseNumber: z.number().int().nullable(),
    houseLetter: z.string().nullable(),
    houseNumberAddition: z.string().nullable(),
    text: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    wijkCode: z.string().nullable(),
    wijkName: z.string().nullable(),
    buurtCode: z.string().nullable(),
  }),
  answers: z.array(answerView),
  partnerReport: partnerReport.nullable(),
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  anonymous: z.boolean(),
  deadline: z.string(),
  overdue: z.boolean(),
  urgency: z.number().int(),
  receivedAt: z.string().datetime(),
  closedAt: z.string().datetime().nullable(),
  confidentiality: z.enum(confidentialityLevels),
  assignee: z.object({ id: z.string().uuid(), name: z.string(), organisation: z.string() }).nullable(),
  mergedInto: z.object({ id: z.string().uuid(), number: z.string() }).nullable(),
  mergedSignals: z.array(z.object({ id: z.string().uuid(), number: z.string() })),
  history: z.array(historyEntry),
  notes: z.array(noteView),
  additions: z.array(additionView),
  photos: z.array(photoView),
  links: z.array(linkView),
  followUps: z.array(followUpView),
  duplicates: z.array(duplicateCandidate),
  canWrite: z.boolean(),
});
export type SignalDetail = z.infer<typeof signalDetail>;

// ---- triage actions -------------------------------------------------------------------------------

export const transitionInput = z.strictObject({
  to: status,
  outcome: outcome.nullish(),
  note: z.string().trim().max(2000, 'Hoogstens 2000 tekens.').nullish(),
});

export const assignInput = z.strictObject({
  userId: uuid('medewerker').nullable(),
});

export const assignee = z.object({ id: z.string().uuid(), name: z.string(), organisation: z.string(), role: z.string() });

export const noteInput = z.strictObject({ body: z.string().trim().min(1, 'Schrijf een notitie.').max(5000, 'Hoogstens 5000 tekens.') });

export const linkInput = z.strictObject({
  subjectId: uuid('subject'),
  role: z.enum(['location', 'involved', 'business', 'vehicle'], 'Kies de rol: location, involved, business of vehicle.'),
});
export const linkParams = z.strictObject({ id: uuid(), subjectId: uuid('subject') });

/** Recording the signal's address in the registry needs the kind of premises, which the reporter does not give. */
export const linkAddressInput = z.strictObject({
  premisesType: z.enum(['woning', 'lokaal', 'bedrijfspand', 'erf'], 'Kies woning, lokaal, bedrijfspand of erf.'),
});

export const mergeInput = z.strictObject({
  intoId: uuid('melding'),
  note: z.string().trim().min(1, 'Zeg waarom dit dezelfde melding is.').max(2000),
});

export const followUpInput = z.strictObject({
  kind: z.enum(followUpKinds, 'Kies de opvolging: inspection, enforcement, person_referral of other.'),
  note: z.string().trim().min(1, 'Beschrijf de voorgestelde opvolging.').max(2000),
  assigneeUserId: uuid('medewerker'),
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef de datum als JJJJ-MM-DD.')
    .nullish(),
});

export const photoParams = z.strictObject({ id: uuid(), photoId: uuid('foto') });

// ---- retention -------------------------------------------------------------------------------------

export const retentionResult = z.object({ destroyed: z.number().int(), ranAt: z.string().datetime(), cutoff: z.string().datetime() });
export const destructionView = z.object({
  signalNumber: z.string(),
  categoryCode: z.string(),
  channel: z.string(),
  receivedOn: z.string(),
  closedOn: z.string(),
  destroyedAt: z.string().datetime(),
  rule: z.string(),
});
