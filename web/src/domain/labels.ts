import type { TFunction } from 'i18next';
import { isConfidentialityLevel, isRole } from './vocabulary';

/** Dutch/English label for a role code; unknown codes are shown as they are. */
export function roleLabel(t: TFunction, role: string): string {
  return isRole(role) ? t(`roles.${role}`) : role;
}

/** Label for a confidentiality level code; unknown codes are shown as they are. */
export function confidentialityLabel(t: TFunction, level: string): string {
  return isConfidentialityLevel(level) ? t(`confidentiality.${level}`) : level;
}
