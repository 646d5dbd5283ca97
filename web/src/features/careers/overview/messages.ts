import type { Translation } from '../../../i18n/nl';

/** UI text of the youth approach figures, under `careersOverview.` */
export const nl = {
  title: 'Cijfers jongerenaanpak',
};

export const en: Translation<typeof nl> = {
  title: 'Youth approach figures',
};
