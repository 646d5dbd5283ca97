import type { Translation } from '../../../i18n/nl';

// SKELETON: replaced by the helper that owns this folder. Keys under `bibob.` in the UI.
export const nl = {
  title: 'bibob',
};

export const en: Translation<typeof nl> = {
  title: 'bibob',
};
