import type { TFunction } from 'i18next';
import type { SelectFieldOption } from '../../components/SelectField';
import { confidentialityLabel } from '../../domain/labels';
import { CONFIDENTIALITY_LEVELS } from '../../domain/vocabulary';

export function confidentialityOptions(t: TFunction): SelectFieldOption[] {
  return CONFIDENTIALITY_LEVELS.map((level) => ({ value: level, label: confidentialityLabel(t, level) }));
}
