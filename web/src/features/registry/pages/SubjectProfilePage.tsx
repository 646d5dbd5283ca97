import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../api/client';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLanguage } from '../../../i18n/useLanguage';
import {
  deleteRelation,
  fetchAreas,
  fetchProfile,
  fetchRelationTypes,
  undoMerge,
  updateRelation,
  type DuplicatePair,
  type MergeView,
  type Profile,
  type RelationView,
  type SubjectDetail,
} from '../api';
import { DuplicateActions } from '../components/DuplicateActions';
import { EditSubjectForm } from '../components/EditSubjectForm';
import { EgoGraph } from '../components/EgoGraph';
import { LinksTable } from '../components/LinksTable';
import { MergesTable } from '../components/MergesTable';
import { RelationForm } from '../components/RelationForm';
import { RelationsTable } from '../components/RelationsTable';
import { RiskBadge, SubjectLink } from '../components/SubjectBits';
import { SubjectFacts, SubjectProvenance } from '../components/SubjectFacts';
import { Timeline } from '../components/Timeline';
import { formatScore, subjectKindLabel } from '../labels';
import { todayInAmsterdam } from '../relations';
import { createdFromState, type CreatedSubjectState } from '../searchState';

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dwb-section">
      <Heading2 id={id}>{heading}</Heading2>
      {children}
    </section>
  );
}

/** The notice after creating: "stond al in het register", and any possible duplicates. */
function CreatedNotice({ subject, state }: { subject: SubjectDetail; state: CreatedSubjectState }) {
  const { t } = useTranslation();
  return (
    <>
      {state.created ? (
        <StatusMessage>{t('registry.profile.created')}</StatusMessage>
      ) : (
        <StatusMessage>{t(`registry.profile.existing.${subject.kind}`)}</StatusMessage>
      )}
      {state.possibleDuplicates.length > 0 && (
        <Alert type="warning">
          <Paragraph>{t('registry.profile.possibleDuplicates')}</Paragraph>
          <UnorderedList>
            {state.possibleDuplicates.map((duplicate) => (
              <UnorderedListItem key={duplicate.id}>
                <SubjectLink subject={duplicate} />
                {duplicate.detail && ` · ${duplicate.detail}`}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
    </>
  );
}

function DuplicateList({
  subject,
  duplicates,
  onMerged,
  onDismissed,
}: {
  subject: SubjectDetail;
  duplicates: readonly DuplicatePair[];
  onMerged: (merge: MergeView) => void;
  onDismissed: (pair: DuplicatePair) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Paragraph>{t('registry.profile.duplicatesIntro', { label: subject.label })}</Paragraph>
      <ul className="dwb-card-list">
        {duplicates.map((pair) => {
          const other = pair.a.id === subject.id ? pair.b : pair.a;
          return (
            <li key={pair.id} className="dwb-card-list__item">
              <Paragraph>
                <SubjectLink subject={other} />
                {other.detail && ` · ${other.detail}`}
                <span className="dwb-cell-note">{t('registry.profile.score', { score: formatScore(pair.score, language) })}</span>
              </Paragraph>
              {pair.reasons.length > 0 && (
                <UnorderedList>
                  {pair.reasons.map((reason) => (
                    <UnorderedListItem key={reason}>{reason}</UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
              {subject.canWrite && (
                <DuplicateActions pair={pair} defaultSurvivorId={subject.id} otherLabel={other.label} onMerged={onMerged} onDismissed={onDismissed} />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function EditSection({ subject, onSaved }: { subject: SubjectDetail; onSaved: (subject: SubjectDetail) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const areas = useApiResource((signal) => (open && subject.kind === 'address' ? fetchAreas(signal) : Promise.resolve([])), [open, subject.kind]);
  const wijken = (areas.data ?? []).filter((area) => area.kind === 'wijk');
  return (
    <>
      <Paragraph>
        <Button appearance="secondary-action-button" aria-expanded={open} aria-controls="edit-subject-panel" onClick={() => setOpen((current) => !current)}>
          {open ? t('registry.profile.closeEdit') : t('registry.profile.edit')}
        </Button>
      </Paragraph>
      <div id="edit-subject-panel" hidden={!open}>
        {open && areas.loading && <Loading />}
        {open && areas.error !== null && <ErrorAlert error={areas.error} />}
        {open && !areas.loading && (
          <EditSubjectForm
            key={subject.recordedAt + subject.label}
            subject={subject}
            wijken={wijken}
            onSaved={(updated) => {
              setOpen(false);
              onSaved(updated);
            }}
          />
        )}
      </div>
    </>
  );
}

function ProfileSections({ profile, onChanged, notice }: { profile: Profile; onChanged: (message: string) => void; notice: ReactNode }) {
  const { t } = useTranslation();
  const { subject, relations, links, timeline, duplicates, merges } = profile;
  const rules = useApiResource((signal) => (subject.canWrite ? fetchRelationTypes(signal) : Promise.resolve([])), [subject.canWrite]);

  const endRelation = async (relation: RelationView) => {
    await updateRelation(relation.id, { validTo: todayInAmsterdam() });
    onChanged(t('registry.profile.relationEnded'));
  };
  const removeRelation = async (relation: RelationView) => {
    await deleteRelation(relation.id);
    onChanged(t('registry.profile.relationDeleted'));
  };
  const undo = async (merge: MergeView) => {
    await undoMerge(merge.id);
    onChanged(t('registry.profile.undone'));
  };

  return (
    <>
      {notice}
      {subject.mergedInto && (
        <Alert type="warning">
          <Paragraph>{t('registry.profile.mergedNotice')}</Paragraph>
          <Paragraph>
            <RouterLink to={paths.subject(subject.mergedInto.id)}>
              {t('registry.profile.mergedLink', { label: subject.mergedInto.label, ref: subject.mergedInto.ref })}
            </RouterLink>
          </Paragraph>
        </Alert>
      )}

      <Section id="subject-facts-heading" heading={t('registry.profile.factsHeading')}>
        <SubjectFacts subject={subject} />
        {subject.canWrite ? (
          <EditSection subject={subject} onSaved={() => onChanged(t('registry.profile.saved'))} />
        ) : (
          <Paragraph className="dwb-cell-note">{t('registry.profile.readOnly')}</Paragraph>
        )}
      </Section>

      <Section id="subject-provenance-heading" heading={t('registry.profile.provenanceHeading')}>
        <SubjectProvenance subject={subject} />
      </Section>

      {duplicates.length > 0 && (
        <Section id="subject-duplicates-heading" heading={t('registry.profile.duplicatesHeading')}>
          <DuplicateList
            subject={subject}
            duplicates={duplicates}
            onMerged={() => onChanged(t('registry.merge.merged'))}
            onDismissed={() => onChanged(t('registry.merge.dismissed'))}
          />
        </Section>
      )}

      <Section id="subject-relations-heading" heading={t('registry.profile.relationsHeading')}>
        {relations.length === 0 ? (
          <Paragraph>{t('registry.profile.noRelations')}</Paragraph>
        ) : (
          <div className="dwb-relations">
            <EgoGraph subject={subject} relations={relations} />
            <RelationsTable label={subject.label} relations={relations} canWrite={subject.canWrite} onEnd={endRelation} onDelete={removeRelation} />
          </div>
        )}
      </Section>

      {subject.canWrite && (
        <Section id="subject-add-relation-heading" heading={t('registry.relationForm.heading')}>
          {rules.loading && <Loading />}
          {rules.error !== null && <ErrorAlert error={rules.error} />}
          {rules.data && <RelationForm subject={subject} rules={rules.data} onAdded={() => onChanged(t('registry.relationForm.added'))} />}
        </Section>
      )}

      <Section id="subject-links-heading" heading={t('registry.profile.linksHeading')}>
        {links.length === 0 ? <Paragraph>{t('registry.profile.noLinks')}</Paragraph> : <LinksTable label={subject.label} links={links} />}
      </Section>

      <Section id="subject-timeline-heading" heading={t('registry.profile.timelineHeading')}>
        {timeline.length === 0 ? <Paragraph>{t('registry.profile.noTimeline')}</Paragraph> : <Timeline entries={timeline} />}
      </Section>

      {merges.length > 0 && (
        <Section id="subject-merges-heading" heading={t('registry.profile.mergesHeading')}>
          <MergesTable label={subject.label} merges={merges} onUndo={undo} />
        </Section>
      )}
    </>
  );
}

function Profile({ subjectId }: { subjectId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const profile = useApiResource((signal) => fetchProfile(subjectId, signal), [subjectId]);
  const [created] = useState(() => createdFromState(location.state));
  const [message, setMessage] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  // Show the "created" notice once: a reload should not announce it again.
  useEffect(() => {
    if (createdFromState(location.state)) {
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    }
  }, [location.state, location.pathname, location.search, navigate]);

  const onChanged = (text: string) => {
    setMessage(text);
    profile.reload();
    // The control that was used may be gone now; continue from the outcome.
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  const subject = profile.data?.subject;
  const title = subject ? subject.label : t('registry.home.title');
  const notice = (
    <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
      {message && <StatusMessage>{message}</StatusMessage>}
      {created && subject && !message && <CreatedNotice subject={subject} state={created} />}
    </div>
  );

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.registry}>{t('registry.profile.back')}</RouterLink>
      </Paragraph>
      <PageTitle documentTitle={subject ? t('registry.profile.documentTitle', { kind: subjectKindLabel(t, subject.kind), ref: subject.ref }) : undefined}>
        {title}
      </PageTitle>
      {subject && (
        <Paragraph lead className="dwb-subject-meta">
          {t('registry.profile.ref', { kind: subjectKindLabel(t, subject.kind), ref: subject.ref })}
          {subject.riskSector && (
            <>
              {' '}
              <RiskBadge />
            </>
          )}
          {subject.status === 'merged' && <strong className="dwb-badge">{t('registry.merged')}</strong>}
        </Paragraph>
      )}
      {profile.loading && !profile.data && <Loading />}
      {isApiError(profile.error) && profile.error.status === 404 ? (
        <Alert type="error">
          <Paragraph>{t('registry.profile.notFound')}</Paragraph>
        </Alert>
      ) : (
        profile.error !== null && <ErrorAlert error={profile.error} />
      )}
      {profile.data && <ProfileSections profile={profile.data} onChanged={onChanged} notice={notice} />}
    </>
  );
}

/** The profile of one subject: facts, provenance, relations (table and graph), links, timeline, duplicates, merges. */
export function SubjectProfilePage() {
  const { subjectId = '' } = useParams();
  return <Profile key={subjectId} subjectId={subjectId} />;
}
