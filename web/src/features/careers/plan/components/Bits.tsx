import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/useLanguage';
import type { DomainInfo } from '../api';
import { audience } from '../trend';

/** A section of the trajectory page with its h2, labelled by it. */
export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dwb-section">
      <Heading2 id={id}>{heading}</Heading2>
      {children}
    </section>
  );
}

/** The domain's name in the UI language. */
export function useDomainName(): (domain: Pick<DomainInfo, 'nameNl' | 'nameEn'> | undefined, code: string) => string {
  const language = useLanguage();
  return (domain, code) => (domain ? (language === 'en' ? domain.nameEn : domain.nameNl) : code);
}

/** "Afgeschermd: alleen zichtbaar voor de gemeente en zorgpartners." */
export function useRestrictedText(): (restrictedTo: readonly string[]) => string {
  const { t, i18n } = useTranslation();
  return (restrictedTo) =>
    t('careerPlan.restricted', {
      who: audience(restrictedTo, (kind) => (i18n.exists(`careerPlan.kinds.${kind}`) ? t(`careerPlan.kinds.${kind}` as never) : kind), t('careerPlan.and')),
    });
}

export function RestrictedNote({ restrictedTo }: { restrictedTo: readonly string[] }) {
  const text = useRestrictedText();
  return <Paragraph className="dwb-restricted">{text(restrictedTo)}</Paragraph>;
}

/** A 1–5 score written out ("2 – risico"), never by colour only. */
export function useScoreLabel(): (score: number) => string {
  const { t } = useTranslation();
  return (score) => (score >= 1 && score <= 5 ? t(`careerPlan.score.${score}` as never) : String(score));
}
