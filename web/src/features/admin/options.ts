import type { TFunction } from 'i18next';
import type { SelectFieldOption } from '../../components/SelectField';
import { confidentialityLabel, roleLabel } from '../../domain/labels';
import { CONFIDENTIALITY_LEVELS, ROLES } from '../../domain/vocabulary';
import type { Organisation } from './api';

export function roleOptions(t: TFunction): SelectFieldOption[] {
  return ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }));
}

export function confidentialityOptions(t: TFunction): SelectFieldOption[] {
  return CONFIDENTIALITY_LEVELS.map((level) => ({ value: level, label: confidentialityLabel(t, level) }));
}

export function organisationOptions(organisations: readonly Organisation[]): SelectFieldOption[] {
  return [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((organisation) => ({ value: organisation.id, label: organisation.name }));
}
