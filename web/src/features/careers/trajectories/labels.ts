import type { TFunction } from 'i18next';
import { isExitReason, isPhase, isTeamRole } from './api';

/** Labels of the trajectory vocabulary, with the code itself as fallback for anything unknown. */

export function phaseLabel(t: TFunction, phase: string): string {
  return isPhase(phase) ? t(`careers.phase.${phase}`) : phase;
}

export function exitReasonLabel(t: TFunction, reason: string | null): string {
  if (!reason) return t('careers.none');
  return isExitReason(reason) ? t(`careers.exitReason.${reason}`) : reason;
}

export function teamRoleLabel(t: TFunction, role: string): string {
  return isTeamRole(role) ? t(`careers.teamRole.${role}`) : role;
}

const historyReasons = ['referral', 'regisseur_assigned', 'accepted', 're_entry'] as const;

/** The reason of a phase change: an exit reason, one of the workflow's own reasons, or none. */
export function historyReasonLabel(t: TFunction, reason: string | null): string {
  if (!reason) return t('careers.none');
  if ((historyReasons as readonly string[]).includes(reason)) return t(`careers.historyReason.${reason as (typeof historyReasons)[number]}`);
  return exitReasonLabel(t, reason);
}
