import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/client';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { StatusMessage } from '../../../components/StatusMessage';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { fetchAssignees, fetchSignal, type SignalDetail } from '../api';
import { AssignForm } from '../components/AssignForm';
import { DuplicatesList } from '../components/DuplicatesList';
import { FollowUpForm, FollowUpsTable } from '../components/FollowUps';
import { HistoryTable } from '../components/HistoryTable';
import { LinkAddressAction, LinkSubjectForm, LinksTable } from '../components/LinksSection';
import { NoteForm, NotesList } from '../components/NotesSection';
import { Deadline, FreeText } from '../components/SignalBits';
import { PartnerReportFacts, SignalFacts } from '../components/SignalFacts';
import { SignalPhotos } from '../components/SignalPhotos';
import { TransitionForm } from '../components/TransitionForm';
import { outcomeLabel, statusLabel } from '../labels';
import '../signals.css';

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dwb-section dwb-signal-section">
      <Heading2 id={id}>{heading}</Heading2>
      {children}
    </section>
  );
}

type OnChanged = (signal: SignalDetail, message: string) => void;

function Additions({ signal }: { signal: SignalDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="dwb-card-list">
      {signal.additions.map((addition) => (
        <li key={addition.id} className="dwb-card-list__item">
          <Paragraph className="dwb-timeline__at">{formatDateTime(addition.createdAt, language)}</Paragraph>
          <FreeText text={addition.body} />
          {addition.photoIds.length > 0 && (
            <Paragraph className="dwb-cell-note">{t('signals.detail.additionPhotos', { count: addition.photoIds.length })}</Paragraph>
          )}
        </li>
      ))}
    </ul>
  );
}

function SignalSections({ signal, onChanged }: { signal: SignalDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const assignees = useApiResource((abort) => (signal.canWrite ? fetchAssignees(abort) : Promise.resolve([])), [signal.canWrite]);
  const assigneeForms = (render: (list: NonNullable<typeof assignees.data>) => ReactNode) => (
    <>
      {assignees.loading && !assignees.data && <Loading />}
      {assignees.error !== null && <ErrorAlert error={assignees.error} />}
      {assignees.data && render(assignees.data)}
    </>
  );

  return (
    <>
      {signal.mergedInto && (
        <Alert type="warning">
          <Paragraph>{t('signals.detail.mergedNotice', { number: signal.mergedInto.number })}</Paragraph>
          <Paragraph>
            <RouterLink to={paths.signal(signal.mergedInto.id)}>{t('signals.detail.mergedLink', { number: signal.mergedInto.number })}</RouterLink>
          </Paragraph>
        </Alert>
      )}
      {!signal.canWrite && <Paragraph className="dwb-cell-note">{t('signals.detail.readOnly')}</Paragraph>}

      <Section id="signal-facts-heading" heading={t('signals.detail.factsHeading')}>
        <SignalFacts signal={signal} />
      </Section>

      {signal.partnerReport && (
        <Section id="signal-partner-heading" heading={t('signals.detail.partnerHeading')}>
          <PartnerReportFacts report={signal.partnerReport} number={signal.number} />
        </Section>
      )}

      {signal.photos.length > 0 && (
        <Section id="signal-photos-heading" heading={t('signals.detail.photosHeading')}>
          <SignalPhotos signalId={signal.id} number={signal.number} photos={signal.photos} />
        </Section>
      )}

      {signal.additions.length > 0 && (
        <Section id="signal-additions-heading" heading={t('signals.detail.additionsHeading')}>
          <Additions signal={signal} />
        </Section>
      )}

      <Section id="signal-status-heading" heading={t('signals.transition.heading')}>
        <Paragraph>
          {t('signals.transition.current', { status: statusLabel(t, signal.status) })}
          {signal.outcome && ` ${t('signals.transition.currentOutcome', { outcome: outcomeLabel(t, signal.outcome) })}`}
        </Paragraph>
        {signal.canWrite &&
          (signal.allowedTransitions.length > 0 ? (
            <TransitionForm key={signal.status} signal={signal} onChanged={onChanged} />
          ) : (
            <Paragraph>{t('signals.transition.final')}</Paragraph>
          ))}
      </Section>

      <Section id="signal-assign-heading" heading={t('signals.assign.heading')}>
        <Paragraph>
          {signal.assignee ? t('signals.assign.current', { name: signal.assignee.name, organisation: signal.assignee.organisation }) : t('signals.assign.none')}
        </Paragraph>
        {signal.canWrite && assigneeForms((list) => <AssignForm key={signal.assignee?.id ?? 'none'} signal={signal} assignees={list} onChanged={onChanged} />)}
      </Section>

      <Section id="signal-follow-up-heading" heading={t('signals.followUp.heading')}>
        {signal.followUps.length === 0 ? <Paragraph>{t('signals.followUp.empty')}</Paragraph> : <FollowUpsTable signal={signal} />}
        {signal.canWrite && assigneeForms((list) => <FollowUpForm signal={signal} assignees={list} onChanged={onChanged} />)}
      </Section>

      <Section id="signal-notes-heading" heading={t('signals.notes.heading')}>
        <Paragraph>{t('signals.notes.intro')}</Paragraph>
        <NotesList notes={signal.notes} />
        {signal.canWrite && <NoteForm signal={signal} onChanged={onChanged} />}
      </Section>

      <Section id="signal-links-heading" heading={t('signals.links.heading')}>
        {signal.links.length === 0 ? <Paragraph>{t('signals.links.empty')}</Paragraph> : <LinksTable signal={signal} onChanged={onChanged} />}
        {signal.canWrite && (
          <>
            <LinkAddressAction signal={signal} onChanged={onChanged} />
            <LinkSubjectForm signal={signal} onChanged={onChanged} />
          </>
        )}
      </Section>

      {signal.duplicates.length > 0 && (
        <Section id="signal-duplicates-heading" heading={t('signals.duplicates.heading')}>
          <DuplicatesList signal={signal} onMerged={onChanged} />
        </Section>
      )}

      {signal.mergedSignals.length > 0 && (
        <Section id="signal-merged-heading" heading={t('signals.detail.mergedHeading')}>
          <Paragraph>{t('signals.detail.mergedIntro')}</Paragraph>
          <UnorderedList>
            {signal.mergedSignals.map((merged) => (
              <UnorderedListItem key={merged.id}>
                <RouterLink to={paths.signal(merged.id)}>{t('signals.detail.title', { number: merged.number })}</RouterLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Section>
      )}

      <Section id="signal-history-heading" heading={t('signals.history.heading')}>
        <HistoryTable number={signal.number} history={signal.history} />
      </Section>
    </>
  );
}

function Signal({ signalId }: { signalId: string }) {
  const { t } = useTranslation();
  const signal = useApiResource((abort) => fetchSignal(signalId, abort), [signalId]);
  const [message, setMessage] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const onChanged: OnChanged = (updated, text) => {
    signal.setData(() => updated);
    setMessage(text);
    // The control that was used may be gone now; continue from the outcome.
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  const data = signal.data;
  const title = data ? t('signals.detail.title', { number: data.number }) : t('signals.queue.title');

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.signals}>{t('signals.detail.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{title}</PageTitle>
      {data && (
        <Paragraph lead className="dwb-subject-meta">
          <span>
            {data.category.name} · {statusLabel(t, data.status)} · {t('signals.detail.deadline')}{' '}
          </span>
          <span>
            <Deadline date={data.deadline} overdue={data.overdue} />
          </span>
        </Paragraph>
      )}
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
      </div>
      {signal.loading && !data && <Loading />}
      {isApiError(signal.error) && signal.error.status === 404 ? (
        <Alert type="error">
          <Paragraph>{t('signals.detail.notFound')}</Paragraph>
        </Alert>
      ) : (
        signal.error !== null && <ErrorAlert error={signal.error} />
      )}
      {data && <SignalSections signal={data} onChanged={onChanged} />}
    </>
  );
}

/** One signal: facts, photos, status, assignment, follow-up, notes, linked subjects, duplicates and history. */
export function SignalDetailPage() {
  const { signalId = '' } = useParams();
  return <Signal key={signalId} signalId={signalId} />;
}
