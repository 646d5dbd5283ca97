import type { Translation } from '../../../i18n/nl';

/** UI text of the youth approach reference data (beheer), under `careerPolicy.` */
export const nl = {
  title: 'Jongerenaanpak: criteria en leefgebieden',
};

export const en: Translation<typeof nl> = {
  title: 'Youth approach: criteria and life domains',
};
