import type { Generated } from 'kysely';
import type { CreatedAt, DateColumn, DefaultTimestamp, Json, NullableDate, Timestamp } from './schema-types.js';

export interface CareerCriterionTable {
  code: string;
  text_nl: string;
  text_en: string;
  active: Generated<boolean>;
  sort_order: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface CareerDomainTable {
  code: string;
  name_nl: string;
  name_en: string;
  /** JSON array of organisation kinds that may see this domain's content besides the municipality; [] = the whole team. */
  restricted_to: Json;
  sort_order: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface CareerLegalBasisTable {
  code: string;
  name_nl: string;
  name_en: string;
  description: Generated<string>;
  active: Generated<boolean>;
  sort_order: Generated<number>;
}

export interface CareerSettingsTable {
  id: Generated<boolean>;
  review_interval_months: Generated<number>;
  /** JSON array of whole months after exit, e.g. [3, 6, 12]. */
  follow_up_months: Json;
  /** Whole years after uitstroom that a trajectory is kept (processing register: 5). */
  retention_years: Generated<number>;
  /** Months after a referral was declined or referred elsewhere that it is kept. */
  not_accepted_retention_months: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface TrajectoryTable {
  id: Generated<string>;
  number: string;
  given_names: string;
  surname_prefix: Generated<string>;
  surname: string;
  date_of_birth: DateColumn;
  wijk_code: string | null;
  subject_id: string | null;
  referrer_org_id: string;
  referrer_user_id: string;
  referral_reason: string;
  referred_on: DateColumn;
  legal_basis_code: string;
  target_group: string | null;
  family_context: Generated<boolean>;
  informed: boolean | null;
  informed_exception: string | null;
  /** JSON array [{ code, met, note }] recorded at intake. */
  criteria_check: Json;
  intake_decision: string | null;
  intake_decision_note: Generated<string>;
  referred_to: string | null;
  intake_decided_by: string | null;
  intake_decided_at: Timestamp | null;
  phase: Generated<string>;
  phase_changed_at: DefaultTimestamp;
  regisseur_user_id: string | null;
  review_interval_months: Generated<number>;
  next_review_due: NullableDate;
  exit_reason: string | null;
  exit_note: Generated<string>;
  exited_on: NullableDate;
  confidentiality: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface TrajectoryPhaseHistoryTable {
  id: Generated<number>;
  trajectory_id: string;
  from_phase: string | null;
  to_phase: string;
  reason: string | null;
  note: Generated<string>;
  changed_by: string | null;
  changed_at: DefaultTimestamp;
}

export interface TrajectoryFamilyDecisionTable {
  id: Generated<string>;
  trajectory_id: string;
  subject_id: string | null;
  name: string;
  relation: string;
  motivation: string;
  decided_by: string;
  decided_at: DefaultTimestamp;
}

export interface CareerAssessmentTable {
  id: Generated<string>;
  trajectory_id: string;
  assessed_on: DateColumn;
  note: Generated<string>;
  assessed_by: string;
  created_at: CreatedAt;
}

export interface CareerAssessmentScoreTable {
  assessment_id: string;
  domain_code: string;
  score: number;
  risk_factors: Generated<string>;
  protective_factors: Generated<string>;
}

export interface CareerReviewTable {
  id: Generated<string>;
  trajectory_id: string;
  reviewed_on: DateColumn;
  kind: string;
  criteria_still_hold: boolean | null;
  decision: string;
  motivation: number;
  resilience: number;
  note: Generated<string>;
  reviewed_by: string;
  created_at: CreatedAt;
}

export interface PlanGoalTable {
  id: Generated<string>;
  trajectory_id: string;
  domain_code: string;
  description: string;
  target_date: NullableDate;
  status: Generated<string>;
  status_changed_on: NullableDate;
  created_by: string;
  created_at: CreatedAt;
}

export interface PlanActionTable {
  id: Generated<string>;
  trajectory_id: string;
  goal_id: string | null;
  conference_item_id: string | null;
  description: string;
  responsible_user_id: string;
  due_date: DateColumn;
  status: Generated<string>;
  task_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  completed_at: Timestamp | null;
}

export interface DaytimeActivityTable {
  id: Generated<string>;
  trajectory_id: string;
  kind: string;
  with_status: Generated<boolean>;
  place: string;
  started_on: DateColumn;
  ended_on: NullableDate;
  note: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
}

export interface CareerFollowUpTable {
  id: Generated<string>;
  trajectory_id: string;
  months: number;
  due_date: DateColumn;
  status: Generated<string>;
  task_id: string | null;
  note: Generated<string>;
  done_on: NullableDate;
  created_at: CreatedAt;
}

export interface CaseConferenceTable {
  id: Generated<string>;
  number: string;
  title: string;
  held_on: DateColumn;
  starts_at: string | null;
  location: Generated<string>;
  status: Generated<string>;
  chair_user_id: string;
  created_by: string;
  created_at: CreatedAt;
  held_at: Timestamp | null;
}

export interface CaseConferenceItemTable {
  id: Generated<string>;
  conference_id: string;
  trajectory_id: string;
  position: number;
  question: Generated<string>;
  discussion: Generated<string>;
}

export interface CaseConferenceDecisionTable {
  id: Generated<string>;
  item_id: string;
  text: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface CaseConferenceAttendeeTable {
  id: Generated<string>;
  conference_id: string;
  user_id: string | null;
  name: string;
  organisation: Generated<string>;
  present: boolean | null;
}

export interface PreventionActivityTable {
  id: Generated<string>;
  title: string;
  programme: string;
  setting: string;
  organisation_id: string;
  institution: Generated<string>;
  wijk_code: string | null;
  starts_on: DateColumn;
  ends_on: DateColumn;
  reach: number;
  description: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface TrajectoryDestructionTable {
  id: Generated<number>;
  number: string;
  intake_decision: string | null;
  exit_reason: string | null;
  referred_on: DateColumn;
  exited_on: NullableDate;
  destroyed_at: DefaultTimestamp;
  rule: string;
}

export interface CareerTables {
  career_criteria: CareerCriterionTable;
  career_domains: CareerDomainTable;
  career_legal_bases: CareerLegalBasisTable;
  career_settings: CareerSettingsTable;
  trajectories: TrajectoryTable;
  trajectory_phase_history: TrajectoryPhaseHistoryTable;
  trajectory_family_decisions: TrajectoryFamilyDecisionTable;
  career_assessments: CareerAssessmentTable;
  career_assessment_scores: CareerAssessmentScoreTable;
  career_reviews: CareerReviewTable;
  plan_goals: PlanGoalTable;
  plan_actions: PlanActionTable;
  daytime_activities: DaytimeActivityTable;
  career_follow_ups: CareerFollowUpTable;
  case_conferences: CaseConferenceTable;
  case_conference_items: CaseConferenceItemTable;
  case_conference_decisions: CaseConferenceDecisionTable;
  case_conference_attendees: CaseConferenceAttendeeTable;
  prevention_activities: PreventionActivityTable;
  trajectory_destructions: TrajectoryDestructionTable;
}
