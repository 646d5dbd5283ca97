import {
  PHASES,
  type CareerReference,
  type ExitReason,
  type IntakePayload,
  type Phase,
  type ReferralPayload,
  type ReviewDecision,
  type ReviewKind,
  type ReviewPayload,
  type TargetGroup,
  type TrajectoryDetail,
} from './api';

/** Pure helpers of the trajectory forms: form values → API payload, client checks (as message keys under `careers.errors`). */

export type ErrorKey = 'required' | 'date' | 'future' | 'beforeBirth' | 'wijkCode' | 'score' | 'exception' | 'motivation' | 'criteria';
export type ErrorKeys = Partial<Record<string, ErrorKey>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

// ---- referral ----------------------------------------------------------------------------------

export interface ReferralValues {
  givenNames: string;
  surnamePrefix: string;
  surname: string;
  dateOfBirth: string;
  wijkCode: string;
  referralReason: string;
  legalBasisCode: string;
  referredOn: string;
}

export const emptyReferral = (today: string): ReferralValues => ({
  givenNames: '',
  surnamePrefix: '',
  surname: '',
  dateOfBirth: '',
  wijkCode: '',
  referralReason: '',
  legalBasisCode: '',
  referredOn: today,
});

/** Field names here are the API's paths below `body`, so server errors land on the same fields. */
export function validateReferral(values: ReferralValues, today: string): ErrorKeys {
  const errors: ErrorKeys = {};
  if (!values.givenNames.trim()) errors['person.givenNames'] = 'required';
  if (!values.surname.trim()) errors['person.surname'] = 'required';
  if (!values.dateOfBirth) errors['person.dateOfBirth'] = 'required';
  else if (!isIsoDate(values.dateOfBirth)) errors['person.dateOfBirth'] = 'date';
  else if (values.dateOfBirth > today) errors['person.dateOfBirth'] = 'future';
  const wijk = values.wijkCode.trim().toUpperCase();
  if (wijk && !/^WK\d{6}$/.test(wijk)) errors['person.wijkCode'] = 'wijkCode';
  if (!values.referralReason.trim()) errors.referralReason = 'required';
  if (!values.legalBasisCode) errors.legalBasisCode = 'required';
  if (values.referredOn) {
    if (!isIsoDate(values.referredOn)) errors.referredOn = 'date';
    else if (values.referredOn > today) errors.referredOn = 'future';
    else if (isIsoDate(values.dateOfBirth) && values.referredOn < values.dateOfBirth) errors.referredOn = 'beforeBirth';
  }
  return errors;
}

export function referralPayload(values: ReferralValues): ReferralPayload {
  const wijk = values.wijkCode.trim().toUpperCase();
  return {
    person: {
      givenNames: values.givenNames.trim(),
      surnamePrefix: values.surnamePrefix.trim(),
      surname: values.surname.trim(),
      dateOfBirth: values.dateOfBirth,
      wijkCode: wijk || null,
    },
    referralReason: values.referralReason.trim(),
    ...(values.legalBasisCode ? { legalBasisCode: values.legalBasisCode } : {}),
    ...(values.referredOn ? { referredOn: values.referredOn } : {}),
  };
}

// ---- intake ------------------------------------------------------------------------------------

export interface IntakeValues {
  targetGroup: TargetGroup | '';
  familyContext: boolean;
  /** 'yes' | 'no' | '' (not yet known). */
  informed: 'yes' | 'no' | '';
  informedException: string;
  criteria: Record<string, { met: 'yes' | 'no' | ''; note: string }>;
  legalBasisCode: string;
}

/** The intake form filled from what is stored, with every active criterion present. */
export function intakeValues(detail: TrajectoryDetail, reference: Pick<CareerReference, 'criteria'>): IntakeValues {
  const criteria: IntakeValues['criteria'] = {};
  for (const c of reference.criteria.filter((x) => x.active)) {
    const stored = detail.intake.criteria.find((s) => s.code === c.code);
    criteria[c.code] = { met: stored ? (stored.met ? 'yes' : 'no') : '', note: stored?.note ?? '' };
  }
  return {
    targetGroup: detail.intake.targetGroup ?? '',
    familyContext: detail.intake.familyContext,
    informed: detail.intake.informed === null ? '' : detail.intake.informed ? 'yes' : 'no',
    informedException: detail.intake.informedException,
    criteria,
    legalBasisCode: detail.referral.legalBasis.code,
  };
}

export function validateIntake(values: IntakeValues): ErrorKeys {
  const errors: ErrorKeys = {};
  if (Object.values(values.criteria).some((c) => c.met === '')) errors.criteria = 'criteria';
  if (values.informed === 'no' && values.informedException.trim().length < 10) errors.informedException = 'exception';
  if (!values.legalBasisCode) errors.legalBasisCode = 'required';
  return errors;
}

export function intakePayload(values: IntakeValues, version?: number): IntakePayload {
  return {
    targetGroup: values.targetGroup || null,
    familyContext: values.familyContext,
    informed: values.informed === '' ? null : values.informed === 'yes',
    informedException: values.informed === 'no' ? values.informedException.trim() : '',
    criteria: Object.entries(values.criteria).map(([code, c]) => ({ code, met: c.met === 'yes', note: c.note.trim() })),
    legalBasisCode: values.legalBasisCode,
    ...(version !== undefined ? { expectedVersion: version } : {}),
  };
}

// ---- reviews -----------------------------------------------------------------------------------

export interface ReviewValues {
  kind: ReviewKind;
  reviewedOn: string;
  criteriaStillHold: 'yes' | 'no' | '';
  decision: ReviewDecision | '';
  exitReason: ExitReason | '';
  motivation: string;
  resilience: string;
  note: string;
}

export const emptyReview = (today: string): ReviewValues => ({
  kind: 'proportionality',
  reviewedOn: today,
  criteriaStillHold: '',
  decision: '',
  exitReason: '',
  motivation: '',
  resilience: '',
  note: '',
});

const score = (value: string) => /^[1-5]$/.test(value);

export function validateReview(values: ReviewValues, today: string): ErrorKeys {
  const errors: ErrorKeys = {};
  if (!isIsoDate(values.reviewedOn)) errors.reviewedOn = 'date';
  else if (values.reviewedOn > today) errors.reviewedOn = 'future';
  if (values.kind === 'proportionality' && values.criteriaStillHold === '') errors.criteriaStillHold = 'required';
  if (!values.decision) errors.decision = 'required';
  if (values.decision && values.decision !== 'continue' && !values.exitReason) errors.exitReason = 'required';
  if (!score(values.motivation)) errors.motivation = 'score';
  if (!score(values.resilience)) errors.resilience = 'score';
  return errors;
}

export function reviewPayload(values: ReviewValues): ReviewPayload {
  return {
    kind: values.kind,
    reviewedOn: values.reviewedOn,
    ...(values.criteriaStillHold ? { criteriaStillHold: values.criteriaStillHold === 'yes' } : {}),
    ...(values.decision ? { decision: values.decision } : {}),
    ...(values.decision && values.decision !== 'continue' && values.exitReason ? { exitReason: values.exitReason } : {}),
    motivation: Number(values.motivation),
    resilience: Number(values.resilience),
    note: values.note.trim(),
  };
}

/** Exit reasons that fit a review decision in a phase (mirrors the server's workflow). */
export function reviewExitReasons(phase: Phase, decision: ReviewDecision | ''): ExitReason[] {
  if (!decision || decision === 'continue') return [];
  const common: ExitReason[] = ['criteria_no_longer_met', 'moved_away', 'detained', 'transferred', 'age_limit', 'refused_cooperation', 'other'];
  if (decision === 'exit' && phase === 'nazorg') return ['aftercare_completed', ...common];
  return ['goals_reached', ...common];
}

// ---- phases ------------------------------------------------------------------------------------

export type StepState = 'done' | 'current' | 'upcoming';

/** The state of each step of the step indicator for a phase. */
export function phaseSteps(phase: Phase): { phase: Phase; state: StepState }[] {
  const at = PHASES.indexOf(phase);
  return PHASES.map((p, i) => ({ phase: p, state: i < at ? 'done' : i === at ? 'current' : 'upcoming' }));
}

/** Age in whole years on a date (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Europe/Amsterdam as YYYY-MM-DD. */
export function amsterdamToday(now = new Date()): string {
  return amsterdamDate.format(now);
}
