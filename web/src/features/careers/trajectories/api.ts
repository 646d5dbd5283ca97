import { api } from '../../../api/client';

/* Wire types of /api/v1/careers/trajectories, after server/src/modules/careers/trajectories.schemas.ts. */

export const PHASES = ['aanmelding', 'intake', 'plan', 'uitvoering', 'nazorg', 'uitstroom'] as const;
export type Phase = (typeof PHASES)[number];
export const TARGET_GROUPS = ['jonge_aanwas', 'doorgroeier'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const INTAKE_DECISIONS = ['accept', 'refer_elsewhere', 'decline'] as const;
export type IntakeDecision = (typeof INTAKE_DECISIONS)[number];
export const REVIEW_KINDS = ['proportionality', 'progress'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_DECISIONS = ['continue', 'to_aftercare', 'exit'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const EXIT_REASONS = [
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
export type ExitReason = (typeof EXIT_REASONS)[number];
export const TEAM_ROLES = [
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
export type TeamRole = (typeof TEAM_ROLES)[number];
export const SCOPES = ['mine', 'queue', 'team'] as const;
export type Scope = (typeof SCOPES)[number];

export function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}
export function isExitReason(value: string): value is ExitReason {
  return (EXIT_REASONS as readonly string[]).includes(value);
}
export function isTeamRole(value: string): value is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(value);
}

export interface Person {
  id: string;
  name: string;
}

export interface ListItem {
  id: string;
  number: string;
  name: string;
  dateOfBirth: string;
  phase: Phase;
  targetGroup: TargetGroup | null;
  regisseur: Person | null;
  wijkCode: string | null;
  nextReviewDue: string | null;
  reviewOverdue: boolean;
  openActions: number;
  referredOn: string;
}

export interface ListResult {
  items: ListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListQuery {
  scope?: Scope;
  phase?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface TeamMember {
  userId: string;
  name: string;
  organisation: string;
  organisationKind: string;
  teamRole: string;
}

export interface Candidate {
  id: string;
  name: string;
  organisation: string;
  organisationKind: string;
  role: string;
}

export interface CriterionCheck {
  code: string;
  met: boolean;
  note: string;
}

export interface TrajectoryDetail {
  id: string;
  number: string;
  name: string;
  givenNames: string;
  surnamePrefix: string;
  surname: string;
  dateOfBirth: string;
  wijkCode: string | null;
  subjectId: string | null;
  phase: Phase;
  phaseChangedAt: string;
  referral: { reason: string; referredOn: string; organisation: string; referrer: string; legalBasis: { code: string; name: string } };
  intake: {
    targetGroup: TargetGroup | null;
    familyContext: boolean;
    informed: boolean | null;
    informedException: string;
    criteria: CriterionCheck[];
    decision: IntakeDecision | null;
    decisionNote: string;
    referredTo: string | null;
    decidedAt: string | null;
    decidedBy: string | null;
  };
  regisseur: Person | null;
  reviewIntervalMonths: number;
  nextReviewDue: string | null;
  reviewOverdue: boolean;
  exit: { reason: ExitReason | null; note: string; on: string | null };
  team: TeamMember[];
  phaseHistory: { from: Phase | null; to: Phase; reason: string | null; note: string; changedBy: string | null; changedAt: string }[];
  reviews: {
    id: string;
    kind: ReviewKind;
    reviewedOn: string;
    criteriaStillHold: boolean | null;
    decision: ReviewDecision;
    motivation: number;
    resilience: number;
    note: string;
    reviewedBy: string;
  }[];
  followUps: {
    id: string;
    months: number;
    dueDate: string;
    status: 'open' | 'done' | 'cancelled';
    note: string;
    doneOn: string | null;
    taskId: string | null;
  }[];
  familyDecisions: { id: string; name: string; relation: string; motivation: string; subjectId: string | null; decidedBy: string; decidedAt: string }[];
  allowedTransitions: { to: Phase; reasons: ExitReason[] }[];
  permissions: { canWrite: boolean; isRegisseur: boolean; canAssignRegisseur: boolean; canDecide: boolean; canManageTeam: boolean; canReEnter: boolean };
  version: number;
}

export interface CareerReference {
  criteria: { code: string; textNl: string; textEn: string; active: boolean }[];
  legalBases: { code: string; nameNl: string; nameEn: string; description: string; active: boolean }[];
  settings: { reviewIntervalMonths: number; followUpMonths: number[] };
}

export interface ReferralPayload {
  person: { givenNames: string; surnamePrefix: string; surname: string; dateOfBirth: string; wijkCode: string | null };
  referralReason: string;
  legalBasisCode?: string;
  referredOn?: string;
}

export interface IntakePayload {
  targetGroup: TargetGroup | null;
  familyContext: boolean;
  informed: boolean | null;
  informedException: string;
  criteria: CriterionCheck[];
  legalBasisCode: string;
  expectedVersion?: number;
}

export interface ReviewPayload {
  kind: ReviewKind;
  reviewedOn: string;
  criteriaStillHold?: boolean | null;
  decision?: ReviewDecision;
  exitReason?: ExitReason;
  motivation: number;
  resilience: number;
  note: string;
}

const base = '/careers/trajectories';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const fetchReference = (signal?: AbortSignal) => api.get<CareerReference>('/careers/reference', { signal });
export const fetchTrajectories = (query: ListQuery, signal?: AbortSignal) => api.get<ListResult>(base, { query: { ...query }, signal });
export const fetchTrajectory = (id: string, signal?: AbortSignal) => api.get<TrajectoryDetail>(one(id), { signal });
export const createReferral = (input: ReferralPayload) => api.post<TrajectoryDetail>(base, input);
export const assignRegisseur = (id: string, userId: string, reason?: string) =>
  api.post<{ id: string; phase: string; regisseur: Person }>(`${one(id)}/regisseur`, { userId, ...(reason ? { reason } : {}) });
export const saveIntake = (id: string, input: IntakePayload) => api.put<TrajectoryDetail>(`${one(id)}/intake`, input);
export const decideIntake = (id: string, input: { decision: IntakeDecision; note: string; referredTo?: string }) =>
  api.post<TrajectoryDetail>(`${one(id)}/intake-decision`, input);
export const moveTrajectory = (id: string, input: { to: Phase; reason?: ExitReason; note: string }) =>
  api.post<TrajectoryDetail>(`${one(id)}/transitions`, input);
export const recordReview = (id: string, input: ReviewPayload) => api.post<TrajectoryDetail>(`${one(id)}/reviews`, input);
export const reEnter = (id: string, reason: string) => api.post<TrajectoryDetail>(`${one(id)}/re-entry`, { reason });
export const fetchCandidates = (q: string, signal?: AbortSignal, regisseurs = false) =>
  api.get<{ items: Candidate[] }>(`${base}/team-candidates`, { query: { q, ...(regisseurs ? { regisseurs: 'true' } : {}) }, signal }).then((r) => r.items);
export const addTeamMember = (id: string, userId: string, teamRole: TeamRole) => api.post<TrajectoryDetail>(`${one(id)}/team`, { userId, teamRole });
export const removeTeamMember = (id: string, userId: string) => api.delete<TrajectoryDetail>(`${one(id)}/team/${encodeURIComponent(userId)}`);
export const addFamilyDecision = (id: string, input: { name: string; relation: string; motivation: string }) =>
  api.post<TrajectoryDetail>(`${one(id)}/family`, input);
export const completeFollowUp = (id: string, followUpId: string, note: string) =>
  api.post<TrajectoryDetail>(`${one(id)}/follow-ups/${encodeURIComponent(followUpId)}/complete`, { note });
