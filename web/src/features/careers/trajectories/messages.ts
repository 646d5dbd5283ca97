import type { Translation } from '../../../i18n/nl';

/** UI text of referrals, caseload and trajectories, under `careers.` */
export const nl = {
  title: 'Jongerenaanpak',
};

export const en: Translation<typeof nl> = {
  title: 'Youth approach',
};
