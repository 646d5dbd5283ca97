import type { Translation } from '../../../i18n/nl';

/** UI text of prevention activities, under `prevention.` */
export const nl = {
  title: 'Preventie',
};

export const en: Translation<typeof nl> = {
  title: 'Prevention',
};
