import type { Translation } from '../../../i18n/nl';

/** UI text of case conferences, under `conferences.` */
export const nl = {
  title: 'Casusoverleg',
};

export const en: Translation<typeof nl> = {
  title: 'Case conferences',
};
