import type { TFunction } from 'i18next';
import {
  DUPLICATE_REASONS,
  FIND_KINDS,
  FIND_UNITS,
  FOLLOW_UP_KINDS,
  isOneOf,
  LINK_ROLES,
  PERSON_ROLES,
  QUESTION_TYPES,
  SIGNAL_CHANNELS,
  SIGNAL_OUTCOMES,
  SIGNAL_STATUSES,
  SLA_UNITS,
} from './vocabulary';

/* Labels of the signals vocabulary; unknown codes are shown as they are. */

export function statusLabel(t: TFunction, status: string): string {
  return isOneOf(SIGNAL_STATUSES, status) ? t(`signals.statuses.${status}`) : status;
}

export function outcomeLabel(t: TFunction, outcome: string): string {
  return isOneOf(SIGNAL_OUTCOMES, outcome) ? t(`signals.outcomes.${outcome}`) : outcome;
}

export function channelLabel(t: TFunction, channel: string): string {
  return isOneOf(SIGNAL_CHANNELS, channel) ? t(`signals.channels.${channel}`) : channel;
}

export function followUpKindLabel(t: TFunction, kind: string): string {
  return isOneOf(FOLLOW_UP_KINDS, kind) ? t(`signals.followUpKinds.${kind}`) : kind;
}

export function linkRoleLabel(t: TFunction, role: string): string {
  return isOneOf(LINK_ROLES, role) ? t(`signals.linkRoles.${role}`) : role;
}

export function findKindLabel(t: TFunction, kind: string): string {
  return isOneOf(FIND_KINDS, kind) ? t(`signals.findKinds.${kind}`) : kind;
}

export function unitLabel(t: TFunction, unit: string): string {
  return isOneOf(FIND_UNITS, unit) ? t(`signals.units.${unit}`) : unit;
}

export function personRoleLabel(t: TFunction, role: string): string {
  return isOneOf(PERSON_ROLES, role) ? t(`signals.personRoles.${role}`) : role;
}

export function questionTypeLabel(t: TFunction, type: string): string {
  return isOneOf(QUESTION_TYPES, type) ? t(`signals.questionTypes.${type}`) : type;
}

export function duplicateReasonLabel(t: TFunction, reason: string): string {
  return isOneOf(DUPLICATE_REASONS, reason) ? t(`signals.duplicateReasons.${reason}`) : reason;
}

/** "3 werkdagen", "1 kalenderdag". */
export function slaLabel(t: TFunction, days: number, unit: string): string {
  return isOneOf(SLA_UNITS, unit) ? t(`signals.sla.${unit}`, { count: days }) : `${days} ${unit}`;
}

export function yesNo(t: TFunction, value: boolean): string {
  return value ? t('signals.yes') : t('signals.no');
}
