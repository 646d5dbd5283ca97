import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { StatusMessage } from '../../../../components/StatusMessage';
import { formatDate } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import { getConference, markHeld, minutesUrl, type ConferenceDetail } from '../api';
import { AddItemForm } from '../components/AddItemForm';
import { AgendaItem } from '../components/AgendaItem';
import { AttendanceSection } from '../components/AttendanceSection';
import { amsterdamToday } from '../forms';

/** One case conference: details, attendance, the agenda items the viewer may see with their decisions and actions. */
export function ConferencePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { conferenceId = '' } = useParams();
  const conference = useApiResource((signal) => getConference(conferenceId, signal), [conferenceId]);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const c = conference.data;
  const today = amsterdamToday();

  const onChanged = (detail: ConferenceDetail, text: string) => {
    conference.setData(() => detail);
    setActionError(null);
    setMessage(text);
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  const recordingText = (detail: ConferenceDetail) => {
    if (today < detail.heldOn) return t('conferences.detail.recordingNotYet');
    if (detail.permissions.recordingOpen) return t('conferences.detail.recordingOpen', { date: formatDate(detail.recordingUntil, language) });
    return t('conferences.detail.recordingClosed', { date: formatDate(detail.recordingUntil, language) });
  };

  return (
    <>
      <PageTitle>{c ? c.title : t('conferences.title')}</PageTitle>
      <Paragraph>
        <RouterLink to={paths.caseConferences}>{t('conferences.detail.back')}</RouterLink>
      </Paragraph>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
        {actionError !== null && <ErrorAlert error={actionError} />}
      </div>
      {conference.loading && !c && <Loading />}
      {conference.error !== null && <ErrorAlert error={conference.error} />}
      {c && (
        <>
          <dl className="dwb-facts">
            <dt>{t('conferences.columns.number')}</dt>
            <dd>{c.number}</dd>
            <dt>{t('conferences.columns.date')}</dt>
            <dd>
              <time dateTime={c.heldOn}>{formatDate(c.heldOn, language)}</time>
            </dd>
            {c.startsAt && (
              <>
                <dt>{t('conferences.detail.time')}</dt>
                <dd>{c.startsAt}</dd>
              </>
            )}
            {c.location && (
              <>
                <dt>{t('conferences.detail.location')}</dt>
                <dd>{c.location}</dd>
              </>
            )}
            <dt>{t('conferences.detail.chair')}</dt>
            <dd>{c.chair.name}</dd>
            <dt>{t('conferences.detail.statusLabel')}</dt>
            <dd>{t(`conferences.status.${c.status}`)}</dd>
          </dl>
          <Paragraph>{recordingText(c)}</Paragraph>
          <Paragraph>
            <Link href={minutesUrl(c.id)} download={`notulen-${c.number}.pdf`} aria-label={t('conferences.detail.minutesLabel', { number: c.number })}>
              {t('conferences.detail.minutes')}
            </Link>
          </Paragraph>
          {c.permissions.canManage && c.status === 'planned' && c.heldOn <= today && c.items.length > 0 && (
            <ConfirmAction
              label={t('conferences.detail.hold')}
              question={t('conferences.detail.holdQuestion')}
              onConfirm={async () => {
                try {
                  onChanged(await markHeld(c.id), t('conferences.detail.held'));
                } catch (error) {
                  setMessage(null);
                  setActionError(error);
                }
              }}
            />
          )}

          <AttendanceSection conference={c} onChanged={onChanged} />

          <section aria-labelledby="agenda-heading" className="dwb-section">
            <Heading2 id="agenda-heading">{t('conferences.agenda.heading')}</Heading2>
            {c.items.length === 0 && <Paragraph>{t('conferences.agenda.none')}</Paragraph>}
            {c.items.map((item) => (
              <AgendaItem key={`${item.id}-${item.decisions.length}-${item.actions.length}`} conference={c} item={item} onChanged={onChanged} />
            ))}
            {c.permissions.canManage && c.status === 'planned' && <AddItemForm conference={c} onChanged={onChanged} />}
          </section>
        </>
      )}
    </>
  );
}
