import { z } from 'zod';
import { confidentialityLevels } from '../../kernel/access.js';
import { deadlineView } from './deadlines.js';
import { bibobAdvice, bibobDecisions, bibobStatuses, permitTypes } from './vocabulary.js';

/** The API of Bibob screenings (/api/v1/enforcement/bibob): requests are strict, responses are what is sent. */

const uuid = (what = 'id') => z.string().uuid(`Geen geldige ${what}.`);
const date = (what: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `Geef ${what} als JJJJ-MM-DD.`);
const text = (max: number) => z.string().trim().max(max, `Hoogstens ${max} tekens.`);

export const idParams = z.strictObject({ id: uuid() });

export const bibobStatus = z.enum(bibobStatuses, 'Kies een status.');
export const permitType = z.enum(permitTypes, 'Kies het soort vergunning.');
export const adviceLevel = z.enum(bibobAdvice, 'Kies geen, mindere mate of ernstig gevaar.');
export const decisionKind = z.enum(bibobDecisions, 'Kies verlenen, verlenen onder voorschriften, weigeren of intrekken.');

export const createInput = z.strictObject({
  permitType,
  applicantName: text(200).min(1, 'Geef de naam van de aanvrager.'),
  /** The applicant in the registry (a person or an organisation), when known. */
  subjectId: uuid('subject').nullish(),
  establishmentLabel: text(300).min(1, 'Geef het adres of de naam van de inrichting.'),
  wijkCode: z.string().max(10).nullish(),
  applicationReceivedOn: date('de datum van ontvangst van de aanvraag'),
  /** The statutory decision term of this permit (Awb 4:13); eight weeks unless the regulation says otherwise. */
  decisionTerm: z.string().max(20).default('P8W'),
  responsibleUserId: uuid('medewerker'),
  confidentiality: z.enum(confidentialityLevels, 'Kies een vertrouwelijkheid.').default('confidentieel'),
});
export type CreateInput = z.infer<typeof createInput>;

export const applicantKinds = ['natural_person', 'legal_person'] as const;
export const legalForms = ['eenmanszaak', 'vof', 'cv', 'bv', 'nv', 'stichting', 'vereniging', 'cooperatie', 'other'] as const;
export const financierKinds = ['own_funds', 'bank_loan', 'private_loan', 'investor', 'lease', 'gift', 'other'] as const;
export const incompleteReasons = ['refused', 'not_returned', 'incomplete_answers'] as const;

const euros = z.number('Geef een bedrag in euro’s.').min(0, 'Een bedrag is 0 of meer.').max(1e12, 'Dit bedrag is te groot.');

const person = z.strictObject({
  name: text(200).min(1, 'Geef een naam.'),
  role: text(200).min(1, 'Geef de functie of rol.'),
  since: date('de datum').nullish(),
});

/**
 * The Bibob questionnaire (Wet Bibob art. 30; domain brief §2). No BSN: Dwarsboom keeps only whether the BSN
 * was checked in the source (`bsnChecked`), never the number.
 */
export const questionnaireInput = z.strictObject({
  applicantKind: z.enum(applicantKinds, 'Kies natuurlijk persoon of rechtspersoon.'),
  kvkNumber: z
    .string()
    .regex(/^\d{8}$/, 'Een KvK-nummer heeft acht cijfers.')
    .nullish(),
  legalForm: z.enum(legalForms, 'Kies een rechtsvorm.').nullish(),
  tradeName: text(200).default(''),
  address: text(300).default(''),
  bsnChecked: z.boolean().default(false),
  financiers: z
    .array(
      z.strictObject({
        name: text(200).min(1, 'Geef de naam van de vermogensverschaffer.'),
        amount: euros,
        kind: z.enum(financierKinds, 'Kies het soort financiering.'),
      }),
    )
    .max(50, 'Hoogstens 50 vermogensverschaffers.')
    .default([]),
  control: z.array(person).max(50, 'Hoogstens 50 personen.').default([]),
  management: z.array(person).max(50, 'Hoogstens 50 personen.').default([]),
  financing: z
    .array(z.strictObject({ source: text(200).min(1, 'Geef de bron van de financiering.'), amount: euros }))
    .max(50, 'Hoogstens 50 bronnen.')
    .default([]),
  receivedOn: date('de datum van ontvangst van de vragenlijst').nullish(),
  /** The applicant refused the questionnaire or did not complete it: recorded, because it counts (Wet Bibob art. 4). */
  incomplete: z
    .strictObject({
      reason: z.enum(incompleteReasons, 'Kies: geweigerd, niet teruggestuurd of onvolledig ingevuld.'),
      note: text(2000).default(''),
    })
    .nullish(),
});
export type QuestionnaireInput = z.infer<typeof questionnaireInput>;

export const questionnaireView = z.object({
  applicantKind: z.enum(applicantKinds).nullable(),
  kvkNumber: z.string().nullable(),
  legalForm: z.enum(legalForms).nullable(),
  tradeName: z.string(),
  address: z.string(),
  bsnChecked: z.boolean(),
  financiers: z.array(z.object({ name: z.string(), amount: z.number(), kind: z.enum(financierKinds) })),
  control: z.array(z.object({ name: z.string(), role: z.string(), since: z.string().nullable() })),
  management: z.array(z.object({ name: z.string(), role: z.string(), since: z.string().nullable() })),
  financing: z.array(z.object({ source: z.string(), amount: z.number() })),
  receivedOn: z.string().nullable(),
  incomplete: z.object({ reason: z.enum(incompleteReasons), note: z.string() }).nullable(),
});
export type QuestionnaireView = z.infer<typeof questionnaireView>;

export const findingsInput = z.strictObject({ findings: text(20000).min(1, 'Schrijf de bevindingen.') });

export const transitionInput = z.strictObject({
  to: bibobStatus,
  findings: text(20000).nullish(),
  requestedOn: date('de datum van het adviesverzoek').nullish(),
  advice: adviceLevel.nullish(),
  adviceOn: date('de datum van het advies').nullish(),
  adviceSummary: text(5000).nullish(),
  decision: decisionKind.nullish(),
  decisionOn: date('de datum van het besluit').nullish(),
  motivation: text(10000).nullish(),
  conditions: text(5000).nullish(),
  measureId: uuid('maatregel').nullish(),
  note: text(2000).nullish(),
});
export type TransitionInput = z.infer<typeof transitionInput>;

export const extensionInput = z.strictObject({
  motivation: text(2000).min(10, 'Geef de reden van de verlenging (ten minste 10 tekens), zoals het LBB die meldde.'),
});

export const listQuery = z.strictObject({
  status: z.enum(['open', 'all', ...bibobStatuses], 'Kies een status.').default('open'),
  permitType: permitType.optional(),
  mine: z.enum(['true', 'false'], 'Kies true of false.').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

const userRef = z.object({ id: z.string().uuid(), name: z.string() });

export const listItem = z.object({
  id: z.string().uuid(),
  number: z.string(),
  permitType,
  status: bibobStatus,
  applicantName: z.string(),
  establishmentLabel: z.string(),
  wijkCode: z.string().nullable(),
  wijkName: z.string().nullable(),
  decisionDue: z.string().nullable(),
  lbbDue: z.string().nullable(),
  overdue: z.boolean(),
  responsible: userRef.nullable(),
});
export type ListItem = z.infer<typeof listItem>;

export const historyEntry = z.object({
  fromStatus: bibobStatus.nullable(),
  toStatus: bibobStatus,
  event: z.string().describe('created, transition, questionnaire, findings, lbb_extension'),
  note: z.string(),
  changedBy: z.string().nullable(),
  changedAt: z.string().datetime(),
});

export const detail = z.object({
  id: z.string().uuid(),
  number: z.string(),
  permitType,
  status: bibobStatus,
  statusChangedAt: z.string().datetime(),
  confidentiality: z.enum(confidentialityLevels),
  applicantName: z.string(),
  subject: z.object({ id: z.string().uuid(), kind: z.string(), label: z.string() }).nullable(),
  establishmentLabel: z.string(),
  wijkCode: z.string().nullable(),
  wijkName: z.string().nullable(),
  applicationReceivedOn: z.string(),
  decisionDue: z.string().nullable(),
  questionnaire: questionnaireView,
  questionnaireReceivedOn: z.string().nullable(),
  ownFindings: z.string(),
  lbb: z.object({
    requestedOn: z.string().nullable(),
    due: z.string().nullable(),
    extended: z.boolean(),
    advice: adviceLevel.nullable(),
    adviceOn: z.string().nullable(),
    summary: z.string(),
  }),
  suspension: z
    .object({ from: z.string(), until: z.string().nullable(), days: z.number().int(), capped: z.boolean() })
    .nullable()
    .describe('Opschorting van de beslistermijn: vanaf het adviesverzoek tot het advies (tot dan: until null, days tot vandaag)'),
  decision: z
    .object({
      kind: decisionKind,
      on: z.string(),
      motivation: z.string(),
      conditions: z.string(),
      measure: z.object({ id: z.string().uuid(), number: z.string() }).nullable(),
    })
    .nullable(),
  responsible: userRef.nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string().datetime(),
  allowedTransitions: z.array(bibobStatus),
  canWrite: z.boolean(),
  history: z.array(historyEntry),
  deadlines: z.array(deadlineView),
});
export type BibobDetail = z.infer<typeof detail>;

export const created = z.object({ id: z.string().uuid(), number: z.string() });

export const responsible = z.object({ id: z.string().uuid(), name: z.string(), role: z.string() });
