import { z } from 'zod';
import { actionStatuses, daytimeKinds, goalStatuses } from './vocabulary.js';

/**
 * The plan API of a trajectory (/api/v1/careers/trajectories/:id/...): assessments of life domains with their trend,
 * plan goals and actions, daytime activities. Requests are strict; responses are what is sent (z.object strips
 * anything else). Dates are JJJJ-MM-DD strings; the service checks that they exist and their order.
 *
 * Field-level confidentiality: content of a life domain the actor may not see is sent as
 * `{ domainCode, restricted: true, restrictedTo }` and nothing else (no score, factors, goal or action text, and no
 * count: one marker per hidden domain, whether or not it holds anything).
 */

const uuid = (what = 'id') => z.string().uuid(`Geen geldige ${what}.`);
export const idParams = z.strictObject({ id: uuid('id van het traject') });
export const goalParams = z.strictObject({ id: uuid('id van het traject'), goalId: uuid('id van het doel') });
export const actionParams = z.strictObject({ id: uuid('id van het traject'), actionId: uuid('id van de actie') });
export const activityParams = z.strictObject({ id: uuid('id van het traject'), activityId: uuid('id van de dagbesteding') });

const date = (what: string) =>
  z
    .string(`Geef ${what} als JJJJ-MM-DD.`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Geef ${what} als JJJJ-MM-DD.`)
    .describe(`${what} (JJJJ-MM-DD)`);
const text = (max: number, what: string) => z.string(`Geef ${what}.`).trim().max(max, `Hoogstens ${max} tekens.`);
const requiredText = (max: number, what: string) => text(max, what).min(1, `Geef ${what}.`);
const domainCode = z.string('Kies een leefgebied.').min(1, 'Kies een leefgebied.').max(40, 'Kies een leefgebied.');

export const goalStatus = z.enum(goalStatuses, 'Kies open, bereikt, niet bereikt of vervallen.');
export const actionStatus = z.enum(actionStatuses);
export const daytimeKind = z.enum(daytimeKinds, 'Kies school, opleiding, sportclub, baan, stage of vrijwilligerswerk.');

const person = z.object({ id: z.string().uuid(), name: z.string() });
const restricted = z.object({
  domainCode: z.string(),
  restricted: z.literal(true),
  restrictedTo: z.array(z.string()).describe('Organisatiesoorten (naast de gemeente) die dit leefgebied wel mogen zien'),
});

/** A life domain as this actor may use it. */
export const domainInfo = z.object({
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  visible: z.boolean().describe('Of je de inhoud van dit leefgebied mag zien en er iets in mag vastleggen'),
  restrictedTo: z.array(z.string()),
});
export type DomainInfo = z.infer<typeof domainInfo>;

// ---- assessments -------------------------------------------------------------------------------------

export const assessmentInput = z.strictObject({
  assessedOn: date('de datum van de beoordeling').describe('Niet in de toekomst en niet vóór de aanmelding'),
  note: text(4000, 'een toelichting').default(''),
  scores: z
    .array(
      z.strictObject({
        domainCode,
        score: z
          .number('Geef een score van 1 tot en met 5.')
          .int('Geef een score van 1 tot en met 5.')
          .min(1, 'Geef een score van 1 tot en met 5.')
          .max(5, 'Geef een score van 1 tot en met 5.')
          .describe('1 = ernstig risico, 5 = sterk'),
        riskFactors: text(4000, 'de risicofactoren').default(''),
        protectiveFactors: text(4000, 'de beschermende factoren').default(''),
      }),
      'Geef per leefgebied een score.',
    )
    .min(1, 'Geef voor minstens één leefgebied een score.')
    .max(40, 'Te veel scores.'),
});
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const scoreView = z.discriminatedUnion('restricted', [
  z.object({
    domainCode: z.string(),
    restricted: z.literal(false),
    score: z.number().int().describe('1 = ernstig risico, 5 = sterk'),
    riskFactors: z.string(),
    protectiveFactors: z.string(),
  }),
  restricted,
]);
export type ScoreView = z.infer<typeof scoreView>;

export const assessmentView = z.object({
  id: z.string().uuid(),
  assessedOn: z.string(),
  note: z.string(),
  assessedBy: person,
  createdAt: z.string().datetime(),
  scores: z.array(scoreView).describe('Zichtbare scores, en één afscherming per leefgebied dat je niet mag zien'),
});
export type AssessmentView = z.infer<typeof assessmentView>;
export const assessmentList = z.object({ domains: z.array(domainInfo), items: z.array(assessmentView).describe('Nieuwste eerst') });
export const created = z.object({ id: z.string().uuid() });

// ---- trend ---------------------------------------------------------------------------------------------

const point = z.object({ date: z.string(), value: z.number().int() });
export const trendView = z.object({
  domains: z.array(
    z.discriminatedUnion('restricted', [
      z.object({ domainCode: z.string(), restricted: z.literal(false), points: z.array(point).describe('Oudste eerst') }),
      restricted,
    ]),
  ),
  motivation: z.array(point).describe('Motivatie (1–5) per evaluatie, oudste eerst'),
  resilience: z.array(point).describe('Weerbaarheid (1–5) per evaluatie, oudste eerst'),
});
export type TrendView = z.infer<typeof trendView>;

// ---- plan: goals and actions -----------------------------------------------------------------------------

export const goalInput = z.strictObject({
  domainCode,
  description: requiredText(2000, 'een omschrijving van het doel'),
  targetDate: date('de streefdatum').nullish().describe('Niet vóór vandaag'),
});
export type GoalInput = z.infer<typeof goalInput>;

export const goalUpdate = z
  .strictObject({
    status: goalStatus.optional(),
    description: requiredText(2000, 'een omschrijving van het doel').optional(),
    targetDate: date('de streefdatum').nullable().optional(),
  })
  .refine((v) => v.status !== undefined || v.description !== undefined || v.targetDate !== undefined, {
    message: 'Geef een status, omschrijving of streefdatum.',
    path: ['status'],
  });
export type GoalUpdate = z.infer<typeof goalUpdate>;

export const actionInput = z.strictObject({
  goalId: uuid('id van het doel').nullish().describe('Leeg voor een actie zonder doel'),
  description: requiredText(2000, 'een omschrijving van de actie'),
  responsibleUserId: uuid('id van de verantwoordelijke'),
  dueDate: date('de uiterste datum').describe('Niet vóór vandaag'),
});
export type ActionInput = z.infer<typeof actionInput>;

export const actionUpdate = z.strictObject({
  status: z.enum(['done', 'cancelled'], 'Kies afgerond of geannuleerd.'),
});
export type ActionUpdate = z.infer<typeof actionUpdate>;

export const actionView = z.object({
  id: z.string().uuid(),
  goalId: z.string().uuid().nullable(),
  conferenceItemId: z.string().uuid().nullable(),
  description: z.string(),
  responsible: person.extend({ organisation: z.string() }),
  dueDate: z.string(),
  status: actionStatus.describe('Afgerond ook als de verantwoordelijke de taak in "Mijn werk" heeft afgerond'),
  overdue: z.boolean(),
  completedAt: z.string().datetime().nullable(),
  createdAt: z.string().datetime(),
});
export type ActionView = z.infer<typeof actionView>;

export const goalView = z.object({
  id: z.string().uuid(),
  domainCode: z.string(),
  description: z.string(),
  targetDate: z.string().nullable(),
  status: goalStatus,
  statusChangedOn: z.string().nullable(),
  createdAt: z.string().datetime(),
  actions: z.array(actionView),
});
export type GoalView = z.infer<typeof goalView>;

export const planView = z.object({
  domains: z.array(domainInfo),
  team: z.array(z.object({ userId: z.string().uuid(), name: z.string(), organisation: z.string(), organisationKind: z.string(), teamRole: z.string() })),
  goalsByDomain: z
    .array(z.discriminatedUnion('restricted', [z.object({ domainCode: z.string(), restricted: z.literal(false), goals: z.array(goalView) }), restricted]))
    .describe('Leefgebieden met doelen, en één afscherming per leefgebied dat je niet mag zien'),
  otherActions: z.array(actionView).describe('Acties zonder doel, bijv. afgesproken in een casusoverleg'),
});
export type PlanView = z.infer<typeof planView>;

// ---- daytime activities -------------------------------------------------------------------------------------

export const daytimeInput = z.strictObject({
  kind: daytimeKind,
  withStatus: z.boolean('Geef aan of het een baan met status is.').default(false).describe('"Een baan met status"'),
  place: requiredText(300, 'de school, club, werkgever of plek'),
  startedOn: date('de startdatum').describe('Niet in de toekomst'),
  endedOn: date('de einddatum').nullish().describe('Niet vóór de startdatum'),
  note: text(2000, 'een toelichting').default(''),
});
export type DaytimeInput = z.infer<typeof daytimeInput>;

export const daytimeUpdate = z
  .strictObject({
    withStatus: z.boolean('Geef aan of het een baan met status is.').optional(),
    place: requiredText(300, 'de school, club, werkgever of plek').optional(),
    endedOn: date('de einddatum').nullable().optional().describe('Zet een einddatum om de dagbesteding te beëindigen'),
    note: text(2000, 'een toelichting').optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'Geef minstens één veld om te wijzigen.', path: ['endedOn'] });
export type DaytimeUpdate = z.infer<typeof daytimeUpdate>;

export const daytimeView = z.object({
  id: z.string().uuid(),
  kind: daytimeKind,
  withStatus: z.boolean(),
  place: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  current: z.boolean().describe('Loopt nog (geen einddatum of einddatum na vandaag)'),
  note: z.string(),
  createdAt: z.string().datetime(),
});
export type DaytimeView = z.infer<typeof daytimeView>;
export const daytimeList = z.object({ items: z.array(daytimeView).describe('Lopende eerst, dan nieuwste start eerst') });
