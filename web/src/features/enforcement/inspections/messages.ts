import type { Translation } from '../../../i18n/nl';

// SKELETON: replaced by the helper that owns this folder. Keys under `inspections.` in the UI.
export const nl = {
  title: 'inspections',
};

export const en: Translation<typeof nl> = {
  title: 'inspections',
};
