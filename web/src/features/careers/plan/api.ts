import { api } from '../../../api/client';

/* Wire types of /api/v1/careers/trajectories/:id/{assessments,trend,plan,goals,actions,daytime-activities},
   after server/src/modules/careers/plan.schemas.ts. */

export const DAYTIME_KINDS = ['school', 'training', 'sports_club', 'job', 'internship', 'volunteering'] as const;
export type DaytimeKind = (typeof DAYTIME_KINDS)[number];
export const GOAL_STATUSES = ['open', 'reached', 'not_reached', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type ActionStatus = 'open' | 'done' | 'cancelled';

export interface DomainInfo {
  code: string;
  nameNl: string;
  nameEn: string;
  /** Whether this user may see the domain's content and record in it. */
  visible: boolean;
  restrictedTo: string[];
}

/** A life domain whose content this user may not see: no content, only who may. */
export interface Restricted {
  domainCode: string;
  restricted: true;
  restrictedTo: string[];
}

export interface VisibleScore {
  domainCode: string;
  restricted: false;
  score: number;
  riskFactors: string;
  protectiveFactors: string;
}
export type ScoreView = VisibleScore | Restricted;

export interface AssessmentView {
  id: string;
  assessedOn: string;
  note: string;
  assessedBy: { id: string; name: string };
  createdAt: string;
  scores: ScoreView[];
}
export interface AssessmentList {
  domains: DomainInfo[];
  /** Newest first. */
  items: AssessmentView[];
}

export interface TrendPoint {
  date: string;
  value: number;
}
export type DomainSeries = { domainCode: string; restricted: false; points: TrendPoint[] } | Restricted;
export interface TrendView {
  domains: DomainSeries[];
  motivation: TrendPoint[];
  resilience: TrendPoint[];
}

export interface ActionView {
  id: string;
  goalId: string | null;
  conferenceItemId: string | null;
  description: string;
  responsible: { id: string; name: string; organisation: string };
  dueDate: string;
  status: ActionStatus;
  overdue: boolean;
  completedAt: string | null;
  createdAt: string;
}
export interface GoalView {
  id: string;
  domainCode: string;
  description: string;
  targetDate: string | null;
  status: GoalStatus;
  statusChangedOn: string | null;
  createdAt: string;
  actions: ActionView[];
}
export interface TeamMember {
  userId: string;
  name: string;
  organisation: string;
  organisationKind: string;
  teamRole: string;
}
export interface PlanView {
  domains: DomainInfo[];
  team: TeamMember[];
  goalsByDomain: ({ domainCode: string; restricted: false; goals: GoalView[] } | Restricted)[];
  otherActions: ActionView[];
}

export interface DaytimeView {
  id: string;
  kind: DaytimeKind;
  withStatus: boolean;
  place: string;
  startedOn: string;
  endedOn: string | null;
  current: boolean;
  note: string;
  createdAt: string;
}

export interface AssessmentInput {
  assessedOn: string;
  note: string;
  scores: { domainCode: string; score: number; riskFactors: string; protectiveFactors: string }[];
}
export interface GoalInput {
  domainCode: string;
  description: string;
  targetDate: string | null;
}
export interface ActionInput {
  goalId: string | null;
  description: string;
  responsibleUserId: string;
  dueDate: string;
}
export interface DaytimeInput {
  kind: DaytimeKind;
  withStatus: boolean;
  place: string;
  startedOn: string;
  endedOn: string | null;
  note: string;
}

const base = (id: string) => `/careers/trajectories/${encodeURIComponent(id)}`;

export const getAssessments = (id: string, signal?: AbortSignal) => api.get<AssessmentList>(`${base(id)}/assessments`, { signal });
export const getTrend = (id: string, signal?: AbortSignal) => api.get<TrendView>(`${base(id)}/trend`, { signal });
export const getPlan = (id: string, signal?: AbortSignal) => api.get<PlanView>(`${base(id)}/plan`, { signal });
export const getDaytime = (id: string, signal?: AbortSignal) => api.get<{ items: DaytimeView[] }>(`${base(id)}/daytime-activities`, { signal });

export const createAssessment = (id: string, input: AssessmentInput) => api.post<{ id: string }>(`${base(id)}/assessments`, input);
export const createGoal = (id: string, input: GoalInput) => api.post<{ id: string }>(`${base(id)}/goals`, input);
export const updateGoal = (id: string, goalId: string, input: { status: GoalStatus }) =>
  api.patch<{ id: string }>(`${base(id)}/goals/${encodeURIComponent(goalId)}`, input);
export const createAction = (id: string, input: ActionInput) => api.post<{ id: string }>(`${base(id)}/actions`, input);
export const updateAction = (id: string, actionId: string, input: { status: 'done' | 'cancelled' }) =>
  api.patch<ActionView>(`${base(id)}/actions/${encodeURIComponent(actionId)}`, input);
export const createDaytime = (id: string, input: DaytimeInput) => api.post<{ id: string }>(`${base(id)}/daytime-activities`, input);
export const endDaytime = (id: string, activityId: string, endedOn: string) =>
  api.patch<DaytimeView>(`${base(id)}/daytime-activities/${encodeURIComponent(activityId)}`, { endedOn });
