import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths';
import { RouterLink } from '../../../components/RouterLink';
import type { SubjectRef } from '../api';

/** "Risicobranche", written out (not only a colour). */
export function RiskBadge() {
  const { t } = useTranslation();
  return <strong className="dwb-badge dwb-badge--risk">{t('registry.riskSector')}</strong>;
}

/** A link to a subject's profile, its reference after the name. */
export function SubjectLink({ subject, showRef = true }: { subject: SubjectRef; showRef?: boolean }) {
  return (
    <RouterLink to={paths.subject(subject.id)}>
      {subject.label}
      {showRef && <span className="dwb-ref"> ({subject.ref})</span>}
    </RouterLink>
  );
}
