import type { Translation } from '../../../i18n/nl';

// SKELETON: replaced by the helper that owns this folder. Keys under `measures.` in the UI.
export const nl = {
  title: 'measures',
};

export const en: Translation<typeof nl> = {
  title: 'measures',
};
