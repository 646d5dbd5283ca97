import type { TFunction } from 'i18next';
import { ROLES } from '../../../domain/vocabulary';
import type { NextStep } from './api';
import {
  AUTHORITIES,
  COURT_STEP_KINDS,
  DEADLINE_KINDS,
  DRUG_CLASSES,
  isOneOf,
  MEASURE_KINDS,
  MEASURE_ORIGINS,
  PREMISES_TYPES,
  PROCEDURE_STATUSES,
  QUANTITY_BANDS,
  REMEDY_STATUSES,
} from './vocabulary';

/* Labels of the measures vocabulary; unknown codes are shown as they are. */

export function procedureLabel(t: TFunction, status: string): string {
  return isOneOf(PROCEDURE_STATUSES, status) ? t(`measures.statuses.${status}`) : status;
}

export function remedyLabel(t: TFunction, status: string): string {
  return isOneOf(REMEDY_STATUSES, status) ? t(`measures.remedyStatuses.${status}`) : status;
}

export function trackStatusLabel(t: TFunction, track: string, status: string): string {
  return track === 'remedy' ? remedyLabel(t, status) : procedureLabel(t, status);
}

export function trackLabel(t: TFunction, track: string): string {
  return track === 'remedy' ? t('measures.tracks.remedy') : t('measures.tracks.procedure');
}

export function kindLabel(t: TFunction, kind: string): string {
  return isOneOf(MEASURE_KINDS, kind) ? t(`measures.kinds.${kind}`) : kind;
}

export function premisesLabel(t: TFunction, premises: string): string {
  return isOneOf(PREMISES_TYPES, premises) ? t(`measures.premises.${premises}`) : premises;
}

export function drugClassLabel(t: TFunction, drugClass: string): string {
  return isOneOf(DRUG_CLASSES, drugClass) ? t(`measures.drugClasses.${drugClass}`) : drugClass;
}

export function quantityBandLabel(t: TFunction, band: string): string {
  return isOneOf(QUANTITY_BANDS, band) ? t(`measures.quantityBands.${band}`) : band;
}

export function originLabel(t: TFunction, origin: string): string {
  return isOneOf(MEASURE_ORIGINS, origin) ? t(`measures.origins.${origin}`) : origin;
}

export function deadlineKindLabel(t: TFunction, kind: string): string {
  return isOneOf(DEADLINE_KINDS, kind) ? t(`measures.deadlineKinds.${kind}`) : kind;
}

export function deadlineStatusLabel(t: TFunction, status: string): string {
  return isOneOf(['open', 'met', 'cancelled', 'suspended'] as const, status) ? t(`measures.deadlineStatuses.${status}`) : status;
}

export function authorityLabel(t: TFunction, authority: string): string {
  return isOneOf(AUTHORITIES, authority) ? t(`measures.authorities.${authority}`) : authority;
}

export function courtKindLabel(t: TFunction, kind: string): string {
  return isOneOf(COURT_STEP_KINDS, kind) ? t(`measures.courtKinds.${kind}`) : kind;
}

export function courtOutcomeLabel(t: TFunction, outcome: string): string {
  return isOneOf(['granted', 'partly_granted', 'rejected', 'inadmissible', 'withdrawn'] as const, outcome) ? t(`measures.courtOutcomes.${outcome}`) : outcome;
}

export function objectionOutcomeLabel(t: TFunction, outcome: string): string {
  return isOneOf(['unfounded', 'founded', 'partly_founded', 'inadmissible'] as const, outcome) ? t(`measures.objectionOutcomes.${outcome}`) : outcome;
}

/** "3 maanden", or "Geen duur". */
export function durationLabel(t: TFunction, months: number | null): string {
  return months === null ? t('measures.noDuration') : t('measures.months', { count: months });
}

export function yesNo(t: TFunction, value: boolean): string {
  return value ? t('measures.yes') : t('measures.no');
}

/** "jurist", "toezichthouder of jurist": who takes a step, in the words of the role names. */
export function rolesLabel(t: TFunction, roles: readonly string[]): string {
  const names = roles.map((role) => (isOneOf(ROLES, role) ? t(`roles.${role}`) : role));
  return names.join(' / ');
}

export type StepKey =
  | 'investigation'
  | 'intention'
  | 'opinion_period'
  | 'decision'
  | 'decisionUrgent'
  | 'decisionDirect'
  | 'announced'
  | 'execution'
  | 'follow_up'
  | 'followUpLifted'
  | 'closed'
  | 'withdrawn'
  | 'objection'
  | 'objection_decided'
  | 'court'
  | 'final'
  | 'finalNoObjection';

/**
 * Which words name a step. The same target can be two steps: "decision" after the zienswijze or straight
 * from the investigation (spoed); "follow_up" after the execution (opheffing) or without one.
 */
export function stepKey(step: Pick<NextStep, 'track' | 'to' | 'fields'>, from: string): StepKey | null {
  if (step.to === 'withdrawn') return 'withdrawn';
  if (step.track === 'remedy') {
    if (step.to === 'final' && from === 'objection_period') return 'finalNoObjection';
    return isOneOf(['objection', 'objection_decided', 'court', 'final'] as const, step.to) ? step.to : null;
  }
  if (step.to === 'decision' && from === 'investigation') return step.fields.includes('urgencyMotivation') ? 'decisionUrgent' : 'decisionDirect';
  if (step.to === 'follow_up' && from === 'execution') return 'followUpLifted';
  return isOneOf(['investigation', 'intention', 'opinion_period', 'decision', 'announced', 'execution', 'follow_up', 'closed'] as const, step.to)
    ? step.to
    : null;
}

export function stepLabel(t: TFunction, step: Pick<NextStep, 'track' | 'to' | 'fields'>, from: string): string {
  const key = stepKey(step, from);
  return key ? t(`measures.steps.${key}`) : t('measures.steps.other', { to: trackStatusLabel(t, step.track, step.to) });
}
