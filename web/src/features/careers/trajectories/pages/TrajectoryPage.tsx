import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { CalendarDate } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { StatusMessage } from '../../../../components/StatusMessage';
import { FactList, type FactRow } from '../../../signals/components/FactList';
import { TrajectoryConferences } from '../../conferences';
import { TrajectoryPlanSections } from '../../plan';
import { fetchReference, fetchTrajectory, type TrajectoryDetail } from '../api';
import { FamilySection } from '../components/FamilySection';
import { FollowUpsSection } from '../components/FollowUpsSection';
import { HistorySection } from '../components/HistorySection';
import { IntakeSection } from '../components/IntakeSection';
import { PhaseActions } from '../components/PhaseActions';
import { PhaseSteps } from '../components/PhaseSteps';
import { RegisseurSection } from '../components/RegisseurSection';
import { ReviewsSection } from '../components/ReviewsSection';
import { TeamSection } from '../components/TeamSection';
import { ageOn, amsterdamToday } from '../forms';
import { exitReasonLabel, phaseLabel } from '../labels';
import '../trajectories.css';

function Facts({ detail }: { detail: TrajectoryDetail }) {
  const { t } = useTranslation();
  const none = t('careers.none');
  const rows: FactRow[] = [
    [t('careers.factNumber'), detail.number],
    [t('careers.factDateOfBirth'), <CalendarDate key="dob" value={detail.dateOfBirth} />],
    [t('careers.factAge'), t('careers.ageYears', { count: ageOn(detail.dateOfBirth, amsterdamToday()) })],
    [t('careers.factWijk'), detail.wijkCode ?? none],
    [t('careers.factPhase'), phaseLabel(t, detail.phase)],
    [t('careers.factRegisseur'), detail.regisseur?.name ?? t('careers.factNoRegisseur')],
    [
      t('careers.factReferredBy'),
      <span key="referrer">
        {detail.referral.referrer} ({detail.referral.organisation}), <CalendarDate value={detail.referral.referredOn} />
      </span>,
    ],
    [t('careers.factReason'), detail.referral.reason],
    [t('careers.factLegalBasis'), detail.referral.legalBasis.name],
    [t('careers.factTargetGroup'), detail.intake.targetGroup ? t(`careers.targetGroup.${detail.intake.targetGroup}`) : none],
    [t('careers.factFamilyContext'), detail.intake.familyContext ? t('careers.yes') : t('careers.no')],
  ];
  if (detail.nextReviewDue) {
    rows.push([
      t('careers.factNextReview'),
      <span key="review">
        <CalendarDate value={detail.nextReviewDue} />
        {detail.reviewOverdue && <span className="dwb-overdue"> ({t('careers.overdue')})</span>}
      </span>,
    ]);
  }
  if (detail.intake.decision) rows.push([t('careers.decisionTitle'), `${t(`careers.decision.${detail.intake.decision}`)}: ${detail.intake.decisionNote}`]);
  if (detail.intake.referredTo) rows.push([t('careers.referredTo'), detail.intake.referredTo]);
  if (detail.exit.reason) {
    rows.push([
      t('careers.factExit'),
      detail.exit.note ? `${exitReasonLabel(t, detail.exit.reason)}: ${detail.exit.note}` : exitReasonLabel(t, detail.exit.reason),
    ]);
  }
  if (detail.subjectId) {
    rows.push([
      t('careers.factRegistry'),
      <RouterLink key="subject" to={paths.subject(detail.subjectId)}>
        {t('careers.registryLink')}
      </RouterLink>,
    ]);
  }
  return <FactList rows={rows} />;
}

/** One trajectory: header with the phase steps, intake, phase actions, plan, reviews, follow-ups, team, family, history. */
export function TrajectoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { session } = useSession();
  const resource = useApiResource((signal) => fetchTrajectory(id, signal), [id]);
  const reference = useApiResource((signal) => fetchReference(signal), []);
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');
  const detail = resource.data;

  const replace = (next: TrajectoryDetail, message: string) => {
    resource.setData(() => next);
    setNotice(message);
    window.setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0);
  };
  const assigned = (regisseurId: string, name: string) => {
    if (!detail) return;
    // Assigned to someone else from the queue: the actor is not on the team and no longer sees the trajectory.
    if (regisseurId !== session?.user.id && detail.regisseur === null) {
      void navigate(paths.careers, { state: { notice: t('careers.assignedAway', { number: detail.number, name }) } });
      return;
    }
    setNotice(t('careers.assigned'));
    resource.reload();
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.careers}>{t('careers.back')}</RouterLink>
      </Paragraph>
      {resource.loading && !detail && <Loading />}
      {resource.error !== null && !detail && <ErrorAlert error={resource.error} />}
      {detail && (
        <>
          <PageTitle>{t('careers.detailTitle', { number: detail.number, name: detail.name })}</PageTitle>
          <PhaseSteps phase={detail.phase} />
          {notice && <StatusMessage>{notice}</StatusMessage>}
          {resource.error !== null && <ErrorAlert error={resource.error} />}
          {!detail.permissions.canWrite && detail.team.length > 0 && <Paragraph>{t('careers.readOnly')}</Paragraph>}
          <section aria-labelledby="facts-heading" className="dwb-signal-section">
            <Heading2 id="facts-heading">{t('careers.facts')}</Heading2>
            <Facts detail={detail} />
          </section>
          {detail.permissions.canAssignRegisseur && <RegisseurSection key={detail.regisseur?.id ?? 'queue'} detail={detail} onAssigned={assigned} />}
          {detail.phase === 'intake' && detail.permissions.canDecide && reference.data && (
            <IntakeSection detail={detail} reference={reference.data} onChange={replace} />
          )}
          {reference.error !== null && <ErrorAlert error={reference.error} />}
          {detail.permissions.canDecide && <PhaseActions detail={detail} onChange={replace} />}
          {detail.phase !== 'aanmelding' && detail.phase !== 'intake' && (
            <TrajectoryPlanSections trajectoryId={detail.id} canWrite={detail.permissions.canWrite} />
          )}
          {(detail.reviews.length > 0 || detail.permissions.canDecide) && detail.phase !== 'aanmelding' && detail.phase !== 'intake' && (
            <ReviewsSection detail={detail} onChange={replace} />
          )}
          {(detail.followUps.length > 0 || detail.phase === 'nazorg') && (
            <FollowUpsSection detail={detail} followUpMonths={reference.data?.settings.followUpMonths ?? [3, 6, 12]} onChange={replace} />
          )}
          <TeamSection detail={detail} onChange={replace} />
          <FamilySection detail={detail} onChange={replace} />
          <TrajectoryConferences trajectoryId={detail.id} />
          <HistorySection detail={detail} />
        </>
      )}
    </>
  );
}
