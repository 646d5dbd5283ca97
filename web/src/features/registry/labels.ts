import type { TFunction } from 'i18next';
import { i18n } from '../../i18n';
import {
  IMPORT_STATUSES,
  isMatchedOn,
  isRelationType,
  isSubjectKind,
  PREMISES_TYPES,
  RELIABILITIES,
  type ImportKind,
  type ImportMode,
  type ImportStatus,
} from '../../domain/vocabulary';

/** "Persoon", "Adres" …; unknown kinds as they are. */
export function subjectKindLabel(t: TFunction, kind: string): string {
  return isSubjectKind(kind) ? t(`registry.kinds.${kind}`) : kind;
}

/** "Persoon of organisatie" for the kinds allowed at one end of a relation. */
export function kindListLabel(t: TFunction, kinds: readonly string[]): string {
  const labels = kinds.map((kind) => subjectKindLabel(t, kind).toLocaleLowerCase(i18n.resolvedLanguage ?? 'nl'));
  if (labels.length <= 1) {
    return labels.join('');
  }
  return t('registry.kindOr', { first: labels.slice(0, -1).join(', '), last: labels[labels.length - 1] ?? '' });
}

/** A relation as read from the profile's subject: "woont op" (outgoing) or "bewoner" (incoming). */
export function relationLabel(t: TFunction, type: string, direction: 'outgoing' | 'incoming'): string {
  return isRelationType(type) ? t(`registry.relationTypes.${type}.${direction}`) : type;
}

export function reliabilityLabel(t: TFunction, reliability: string): string {
  return (RELIABILITIES as readonly string[]).includes(reliability) ? t(`registry.reliability.${reliability as (typeof RELIABILITIES)[number]}`) : reliability;
}

export function premisesLabel(t: TFunction, premises: string): string {
  return (PREMISES_TYPES as readonly string[]).includes(premises) ? t(`registry.premises.${premises as (typeof PREMISES_TYPES)[number]}`) : premises;
}

export function matchedOnLabel(t: TFunction, matchedOn: string): string {
  return isMatchedOn(matchedOn) ? t(`registry.matchedOn.${matchedOn}`) : matchedOn;
}

export function importStatusLabel(t: TFunction, status: string): string {
  return (IMPORT_STATUSES as readonly string[]).includes(status) ? t(`registry.imports.status.${status as ImportStatus}`) : status;
}

export function importKindLabel(t: TFunction, kind: ImportKind): string {
  return t(`registry.imports.kinds.${kind}`);
}

export function importModeLabel(t: TFunction, mode: ImportMode): string {
  return t(`registry.imports.modes.${mode}`);
}

/** The name of another module ("Meldingen", "Handhaving" …), as on "Mijn werk". */
export function moduleLabel(t: TFunction, module: string | null): string {
  if (!module) {
    return t('common.none');
  }
  const key = `modules.${module}`;
  return i18n.exists(key) ? String(t(key as 'modules.platform')) : module;
}

/** A similarity score as a percentage when it is a fraction, else as it is. */
export function formatScore(score: number, language: string): string {
  if (score >= 0 && score <= 1) {
    return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(score);
  }
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(score);
}
