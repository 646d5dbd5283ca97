import { z } from 'zod';
import { exitReasons, intakeDecisions, phases, reviewDecisions, reviewKinds, targetGroups, teamRoles } from './vocabulary.js';

/** The API of trajectories (/api/v1/careers/trajectories): requests are strict, responses are what is sent. */

const uuid = (what = 'id') => z.string().uuid(`Geen geldige ${what}.`);
const isoDate = (message = 'Gebruik een datum als JJJJ-MM-DD.') => z.iso.date(message);
const text = (max: number) => z.string().trim().max(max, `Hoogstens ${max} tekens.`);
const requiredText = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Hoogstens ${max} tekens.`);

export const idParams = z.strictObject({ id: uuid() });
export const memberParams = z.strictObject({ id: uuid(), userId: uuid('gebruiker') });
export const followUpParams = z.strictObject({ id: uuid(), followUpId: uuid('nazorgmoment') });

export const phase = z.enum(phases, 'Kies een fase uit de lijst.');
export const exitReason = z.enum(exitReasons, 'Kies een reden uit de lijst.');

// ---- referral ----------------------------------------------------------------------------------

export const referralInput = z.strictObject({
  person: z.strictObject({
    givenNames: requiredText(200, 'Vul de voornamen in.'),
    surnamePrefix: text(40).default(''),
    surname: requiredText(200, 'Vul de achternaam in.'),
    dateOfBirth: isoDate('Vul de geboortedatum in als JJJJ-MM-DD.'),
    wijkCode: z
      .string()
      .trim()
      .regex(/^WK\d{6}$/, 'Een wijkcode ziet eruit als WK034401.')
      .nullish(),
  }),
  referralReason: requiredText(4000, 'Beschrijf waarom je de jongere aanmeldt.'),
  /** Checked against the active legal bases in the service (missing → 422 body.legalBasisCode). */
  legalBasisCode: z.string().trim().max(40).optional(),
  referredOn: isoDate('Vul de datum van aanmelding in als JJJJ-MM-DD.').optional(),
});
export type ReferralInput = z.infer<typeof referralInput>;

// ---- list --------------------------------------------------------------------------------------

export const listQuery = z.strictObject({
  scope: z.enum(['mine', 'queue', 'team'], 'Kies mine, queue of team.').default('team'),
  phase: phase.optional(),
  targetGroup: z.enum(targetGroups, 'Kies jonge aanwas of doorgroeier.').optional(),
  wijkCode: z.string().trim().max(20).optional(),
  reviewOverdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100, 'Hoogstens 100 tekens.').optional(),
  page: z.coerce.number().int('Een paginanummer is een geheel getal.').min(1, 'Pagina 1 of hoger.').max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1, 'Minstens 1.').max(100, 'Hoogstens 100 per pagina.').default(25),
});
export type ListQuery = z.infer<typeof listQuery>;

const person = z.object({ id: z.string().uuid(), name: z.string() });

export const listItem = z.object({
  id: z.string().uuid(),
  number: z.string(),
  name: z.string(),
  dateOfBirth: z.string(),
  phase,
  targetGroup: z.enum(targetGroups).nullable(),
  regisseur: person.nullable(),
  wijkCode: z.string().nullable(),
  nextReviewDue: z.string().nullable(),
  reviewOverdue: z.boolean(),
  openActions: z.number().int(),
  referredOn: z.string(),
});
export type ListItem = z.infer<typeof listItem>;
export const listResult = z.object({ items: z.array(listItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

// ---- intake ------------------------------------------------------------------------------------

export const intakeInput = z.strictObject({
  targetGroup: z.enum(targetGroups, 'Kies jonge aanwas of doorgroeier.').nullable(),
  familyContext: z.boolean().default(false),
  informed: z.boolean().nullable(),
  informedException: text(2000).default(''),
  criteria: z
    .array(z.strictObject({ code: z.string().trim().min(1).max(40), met: z.boolean('Geef aan of het criterium geldt.'), note: text(2000).default('') }))
    .max(50),
  legalBasisCode: z.string().trim().min(1, 'Kies de grondslag.').max(40),
  expectedVersion: z.number().int().optional(),
});
export type IntakeInput = z.infer<typeof intakeInput>;

export const intakeDecisionInput = z.strictObject({
  decision: z.enum(intakeDecisions, 'Kies aannemen, doorverwijzen of afwijzen.'),
  note: requiredText(4000, 'Licht het besluit toe.'),
  referredTo: text(300).optional(),
});
export type IntakeDecisionInput = z.infer<typeof intakeDecisionInput>;

// ---- regisseur, transitions, reviews ----------------------------------------------------------

export const regisseurInput = z.strictObject({
  userId: uuid('regisseur'),
  reason: text(2000).optional(),
});

export const transitionInput = z.strictObject({
  to: phase,
  reason: exitReason.optional(),
  note: text(4000).default(''),
});
export type TransitionInput = z.infer<typeof transitionInput>;

export const reviewInput = z.strictObject({
  kind: z.enum(reviewKinds, 'Kies evenredigheidstoets of voortgangsbespreking.'),
  reviewedOn: isoDate('Vul de datum van de toets in als JJJJ-MM-DD.'),
  criteriaStillHold: z.boolean().nullish(),
  decision: z.enum(reviewDecisions, 'Kies een besluit: doorgaan, naar nazorg of uitstroom.').optional(),
  exitReason: exitReason.optional(),
  motivation: z.number('Geef de motivatie een score van 1 tot en met 5.').int().min(1, 'Een score van 1 tot en met 5.').max(5, 'Een score van 1 tot en met 5.'),
  resilience: z
    .number('Geef de weerbaarheid een score van 1 tot en met 5.')
    .int()
    .min(1, 'Een score van 1 tot en met 5.')
    .max(5, 'Een score van 1 tot en met 5.'),
  note: text(4000).default(''),
});
export type ReviewInput = z.infer<typeof reviewInput>;

export const reentryInput = z.strictObject({ reason: requiredText(2000, 'Geef de reden waarom de jongere opnieuw instroomt.') });

// ---- team, family, follow-ups ------------------------------------------------------------------

export const teamRole = z.enum(teamRoles, 'Kies een rol uit de lijst.');
export const teamInput = z.strictObject({ userId: uuid('gebruiker'), teamRole });
export const candidatesQuery = z.strictObject({
  q: z.string().trim().max(100).default(''),
  /** Only regisseurs (pga_director), for assigning or handing over. */
  regisseurs: z.enum(['true', 'false']).optional(),
});
export const teamMember = z.object({
  userId: z.string().uuid(),
  name: z.string(),
  organisation: z.string(),
  organisationKind: z.string(),
  teamRole: z.string(),
});
export const candidate = z.object({ id: z.string().uuid(), name: z.string(), organisation: z.string(), organisationKind: z.string(), role: z.string() });

export const familyInput = z.strictObject({
  name: requiredText(200, 'Vul de naam in.'),
  relation: requiredText(100, 'Vul de relatie in (bijvoorbeeld broer, zus, neef).'),
  motivation: z.string().trim().min(20, 'Motiveer het besluit in minstens 20 tekens.').max(4000, 'Hoogstens 4000 tekens.'),
  subjectId: uuid('subject').nullish(),
});

export const followUpCompleteInput = z.strictObject({ note: requiredText(4000, 'Schrijf kort op hoe het met de jongere gaat.') });

// ---- detail ------------------------------------------------------------------------------------

export const detail = z.object({
  id: z.string().uuid(),
  number: z.string(),
  name: z.string(),
  givenNames: z.string(),
  surnamePrefix: z.string(),
  surname: z.string(),
  dateOfBirth: z.string(),
  wijkCode: z.string().nullable(),
  subjectId: z.string().uuid().nullable(),
  phase,
  phaseChangedAt: z.string().datetime(),
  referral: z.object({
    reason: z.string(),
    referredOn: z.string(),
    organisation: z.string(),
    referrer: z.string(),
    legalBasis: z.object({ code: z.string(), name: z.string() }),
  }),
  intake: z.object({
    targetGroup: z.enum(targetGroups).nullable(),
    familyContext: z.boolean(),
    informed: z.boolean().nullable(),
    informedException: z.string(),
    criteria: z.array(z.object({ code: z.string(), met: z.boolean(), note: z.string() })),
    decision: z.enum(intakeDecisions).nullable(),
    decisionNote: z.string(),
    referredTo: z.string().nullable(),
    decidedAt: z.string().datetime().nullable(),
    decidedBy: z.string().nullable(),
  }),
  regisseur: person.nullable(),
  reviewIntervalMonths: z.number().int(),
  nextReviewDue: z.string().nullable(),
  reviewOverdue: z.boolean(),
  exit: z.object({ reason: exitReason.nullable(), note: z.string(), on: z.string().nullable() }),
  team: z.array(teamMember),
  phaseHistory: z.array(
    z.object({
      from: phase.nullable(),
      to: phase,
      reason: z.string().nullable(),
      note: z.string(),
      changedBy: z.string().nullable(),
      changedAt: z.string().datetime(),
    }),
  ),
  reviews: z.array(
    z.object({
      id: z.string().uuid(),
      kind: z.enum(reviewKinds),
      reviewedOn: z.string(),
      criteriaStillHold: z.boolean().nullable(),
      decision: z.enum(reviewDecisions),
      motivation: z.number().int(),
      resilience: z.number().int(),
      note: z.string(),
      reviewedBy: z.string(),
    }),
  ),
  followUps: z.array(
    z.object({
      id: z.string().uuid(),
      months: z.number().int(),
      dueDate: z.string(),
      status: z.enum(['open', 'done', 'cancelled']),
      note: z.string(),
      doneOn: z.string().nullable(),
      taskId: z.string().uuid().nullable(),
    }),
  ),
  familyDecisions: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      relation: z.string(),
      motivation: z.string(),
      subjectId: z.string().uuid().nullable(),
      decidedBy: z.string(),
      decidedAt: z.string().datetime(),
    }),
  ),
  allowedTransitions: z.array(z.object({ to: phase, reasons: z.array(exitReason) })),
  permissions: z.object({
    canWrite: z.boolean(),
    isRegisseur: z.boolean(),
    canAssignRegisseur: z.boolean(),
    canDecide: z.boolean(),
    canManageTeam: z.boolean(),
    canReEnter: z.boolean(),
  }),
  version: z.number().int(),
});
export type TrajectoryDetail = z.infer<typeof detail>;
