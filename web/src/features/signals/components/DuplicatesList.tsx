import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths';
import { RouterLink } from '../../../components/RouterLink';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import type { SignalDetail } from '../api';
import { duplicateReasonLabel, statusLabel } from '../labels';
import { MergeSignalAction } from './MergeSignalAction';

/** Possible duplicates: other signals at the same address or in the same buurt, each with "samenvoegen met deze melding". */
export function DuplicatesList({ signal, onMerged }: { signal: SignalDetail; onMerged: (signal: SignalDetail, message: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const canMerge = signal.canWrite && signal.mergedInto === null && signal.status !== 'closed' && signal.status !== 'cancelled';
  return (
    <>
      <Paragraph>{t('signals.duplicates.intro')}</Paragraph>
      <ul className="dwb-card-list">
        {signal.duplicates.map((candidate) => (
          <li key={candidate.id} className="dwb-card-list__item">
            <Paragraph>
              <RouterLink to={paths.signal(candidate.id)}>{t('signals.detail.title', { number: candidate.number })}</RouterLink>
              <span className="dwb-cell-note">
                {t('signals.duplicates.line', {
                  at: formatDateTime(candidate.receivedAt, language),
                  place: candidate.place || t('common.none'),
                  status: statusLabel(t, candidate.status),
                  reason: duplicateReasonLabel(t, candidate.reason),
                })}
              </span>
            </Paragraph>
            {canMerge && <MergeSignalAction signal={signal} into={candidate} onMerged={onMerged} />}
          </li>
        ))}
      </ul>
    </>
  );
}
