import type { Translation } from '../../../i18n/nl';

/** UI text of assessments, plans and daytime activities, under `careerPlan.` */
export const nl = {
  title: 'Plan van aanpak',
};

export const en: Translation<typeof nl> = {
  title: 'Plan',
};
