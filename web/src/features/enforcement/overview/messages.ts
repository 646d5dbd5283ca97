import type { Translation } from '../../../i18n/nl';

// SKELETON: replaced by the helper that owns this folder. Keys under `enforcement.` in the UI.
export const nl = {
  title: 'enforcement',
};

export const en: Translation<typeof nl> = {
  title: 'enforcement',
};
