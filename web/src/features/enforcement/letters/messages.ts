import type { Translation } from '../../../i18n/nl';

// SKELETON: replaced by the helper that owns this folder. Keys under `letters.` in the UI.
export const nl = {
  title: 'letters',
};

export const en: Translation<typeof nl> = {
  title: 'letters',
};
