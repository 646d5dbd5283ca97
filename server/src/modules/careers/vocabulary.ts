/**
 * The words of the person-centred approach (persoonsgerichte aanpak, ADR 0014) as the API uses them.
 * Dutch legal and practice terms map to these identifiers in docs/glossary.md.
 */

/** Record type under which trajectories are kept in record_team, tasks, audit trail and files. */
export const TRAJECTORY_RECORD_TYPE = 'trajectory';
/** Record type of a case conference in the audit trail. */
export const CONFERENCE_RECORD_TYPE = 'case_conference';
/** Record type of a prevention activity in the audit trail (group level, no personal data). */
export const PREVENTION_RECORD_TYPE = 'prevention_activity';
/** The processing activity (AVG art. 30 register) every processing of a young person's data names. */
export const CAREERS_ACTIVITY = 'person_centred_approach';
/** The module name on tasks. */
export const CAREERS_MODULE = 'careers';

/** aanmelding → intake → plan → uitvoering → nazorg → uitstroom. */
export const phases = ['aanmelding', 'intake', 'plan', 'uitvoering', 'nazorg', 'uitstroom'] as const;
export type Phase = (typeof phases)[number];
/** Phases in which the approach runs and a proportionality review falls due. */
export const activePhases = ['intake', 'plan', 'uitvoering', 'nazorg'] as const satisfies readonly Phase[];

/** Doelgroep: jonge aanwas (young, at risk of being drawn in) or doorgroeier (already involved, growing further). */
export const targetGroups = ['jonge_aanwas', 'doorgroeier'] as const;
export type TargetGroup = (typeof targetGroups)[number];

export const intakeDecisions = ['accept', 'refer_elsewhere', 'decline'] as const;
export type IntakeDecision = (typeof intakeDecisions)[number];

/** Evenredigheidstoets (proportionality) or voortgangsbespreking (progress). */
export const reviewKinds = ['proportionality', 'progress'] as const;
export type ReviewKind = (typeof reviewKinds)[number];
export const reviewDecisions = ['continue', 'to_aftercare', 'exit'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** Why a trajectory leaves the intensive approach (to nazorg) or ends (uitstroom). */
export const exitReasons = [
  'goals_reached',
  'criteria_no_longer_met',
  'not_accepted',
  'moved_away',
  'detained',
  'transferred',
  'age_limit',
  'refused_cooperation',
  'aftercare_completed',
  'other',
] as const;
export type ExitReason = (typeof exitReasons)[number];

export const goalStatuses = ['open', 'reached', 'not_reached', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
export const actionStatuses = ['open', 'done', 'cancelled'] as const;

/** Dagbesteding: school, opleiding, sportclub, baan, stage, vrijwilligerswerk. */
export const daytimeKinds = ['school', 'training', 'sports_club', 'job', 'internship', 'volunteering'] as const;
export type DaytimeKind = (typeof daytimeKinds)[number];

/** Roles in a case team. The regisseur is one fixed person; the referrer starts as aanmelder. */
export const teamRoles = [
  'regisseur',
  'aanmelder',
  'mentor',
  'jongerenwerker',
  'wijkagent',
  'zorgverlener',
  'reclasseringswerker',
  'leerplichtambtenaar',
  'buurtteam',
  'trajectbegeleider',
] as const;
export type TeamRole = (typeof teamRoles)[number];

export const preventionSettings = ['school', 'youth_work', 'neighbourhood'] as const;
export type PreventionSetting = (typeof preventionSettings)[number];

/** Organisation kinds that may refer a young person (besides the municipality itself). */
export const referringKinds = ['gemeente', 'school', 'jongerenwerk', 'politie', 'wijkteam', 'reclassering', 'zorg', 'om'] as const;

/** Smallest count shown as it is to an actor with aggregates only; 1 to SMALL_NUMBER - 1 are shown as "< 5". */
export const SMALL_NUMBER = 5;
