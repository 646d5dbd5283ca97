import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../api/useApiResource';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { getAssessments, getTrend } from './api';
import { AssessmentForm } from './components/AssessmentForm';
import { Section } from './components/Bits';
import { DaytimeSection } from './components/DaytimeSection';
import { LifeDomainsTable } from './components/LifeDomainsSection';
import { PlanSection } from './components/PlanSection';
import { DomainTrend, MotivationTrend } from './components/TrendCharts';

/**
 * The plan sections of a trajectory page (assessment with trend, plan goals and actions, daytime activities).
 * The trajectory page mounts <TrajectoryPlanSections>; this area owns what it shows.
 */
export interface TrajectoryPlanSectionsProps {
  trajectoryId: string;
  /** Whether the signed-in user may change the trajectory (on the team, with records:write). */
  canWrite: boolean;
}

export function TrajectoryPlanSections({ trajectoryId, canWrite }: TrajectoryPlanSectionsProps) {
  const { t } = useTranslation();
  const assessments = useApiResource((signal) => getAssessments(trajectoryId, signal), [trajectoryId]);
  const trend = useApiResource((signal) => getTrend(trajectoryId, signal), [trajectoryId]);
  // After a new assessment, the table and the charts are loaded again.
  const reload = () => {
    assessments.reload();
    trend.reload();
  };
  return (
    <>
      <Section id="career-domains-heading" heading={t('careerPlan.domains.heading')}>
        {assessments.error !== null && <ErrorAlert error={assessments.error} />}
        {assessments.data ? (
          <>
            <Paragraph>{t('careerPlan.domains.intro')}</Paragraph>
            <LifeDomainsTable data={assessments.data} />
            {canWrite && <AssessmentForm trajectoryId={trajectoryId} domains={assessments.data.domains} onSaved={reload} />}
          </>
        ) : (
          assessments.loading && <Loading label={t('careerPlan.loading')} />
        )}
      </Section>
      <Section id="career-trend-heading" heading={t('careerPlan.trend.heading')}>
        {trend.error !== null && <ErrorAlert error={trend.error} />}
        {trend.data && assessments.data ? <DomainTrend trend={trend.data} domains={assessments.data.domains} /> : trend.loading && <Loading />}
      </Section>
      <Section id="career-motivation-heading" heading={t('careerPlan.trend.motivationHeading')}>
        {trend.data ? <MotivationTrend trend={trend.data} /> : trend.loading && <Loading />}
      </Section>
      <PlanSection trajectoryId={trajectoryId} canWrite={canWrite} />
      <DaytimeSection trajectoryId={trajectoryId} canWrite={canWrite} />
    </>
  );
}
