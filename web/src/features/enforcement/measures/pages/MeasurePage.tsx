import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../../api/client';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { StatusMessage } from '../../../../components/StatusMessage';
import { PERMISSIONS } from '../../../../domain/vocabulary';
import { LettersPanel } from '../../letters/LettersPanel';
import { fetchMeasure, type MeasureDetail } from '../api';
import { CourtStepsTable, DeadlinesTable, HistoryList, MeasureDates, MeasureSummary } from '../components/CaseFacts';
import { CourtRulingForm, CourtStepForm, ExecutionExtensionForm, ObjectionExtensionForm } from '../components/ExtraForms';
import { FreeText, Section } from '../components/MeasureBits';
import { PolicyNotice, ProposalDetails } from '../components/ProposalPanel';
import { ProportionalitySection } from '../components/ProportionalitySection';
import { StepForm, StepNotice, type OnChanged } from '../components/StepForm';
import { canExtendExecution, canExtendObjection, canRecordCourtStep } from '../extraForms';
import { procedureLabel, remedyLabel, rolesLabel, stepLabel, trackLabel } from '../labels';

function NextSteps({ measure, onChanged }: { measure: MeasureDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const open = measure.nextSteps.filter((step) => step.allowedForMe && step.blockedReason === null && measure.canWrite);
  const others = measure.nextSteps.filter((step) => !open.includes(step));
  return (
    <Section id="measure-steps-heading" heading={t('measures.detail.nextSteps')}>
      {measure.nextSteps.length === 0 ? (
        <Paragraph>{t('measures.detail.noNextSteps')}</Paragraph>
      ) : (
        <UnorderedList>
          {measure.nextSteps.map((step) => (
            <UnorderedListItem key={`${step.track}-${step.to}`}>
              {t('measures.detail.nextStep', {
                step: stepLabel(t, step, step.track === 'procedure' ? measure.status : measure.remedyStatus),
                track: trackLabel(t, step.track),
                roles: rolesLabel(t, step.roles),
              })}
              {step.blockedReason && (
                <>
                  <br />
                  <span className="dwb-cell-note">{t('measures.detail.blocked', { reason: step.blockedReason })}</span>
                </>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {open.map((step) => (
        <StepForm key={`${step.track}-${step.to}-${measure.status}-${measure.remedyStatus}`} measure={measure} step={step} onChanged={onChanged} />
      ))}
      {measure.canWrite &&
        others.filter((step) => step.blockedReason === null).map((step) => <StepNotice key={`${step.track}-${step.to}`} measure={measure} step={step} />)}
    </Section>
  );
}

function MeasureSections({ measure, onChanged }: { measure: MeasureDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const showCourtForm = measure.canWrite && canRecordCourtStep(measure);
  return (
    <>
      {!measure.canWrite && <Paragraph className="dwb-cell-note">{t('measures.detail.readOnly')}</Paragraph>}

      <Section id="measure-summary-heading" heading={t('measures.detail.summaryHeading')}>
        <MeasureSummary measure={measure} />
      </Section>

      <Section id="measure-status-heading" heading={t('measures.detail.statusHeading')}>
        <Paragraph>
          <strong>{t('measures.detail.procedureNow', { status: procedureLabel(t, measure.status) })}</strong>
        </Paragraph>
        <Paragraph>
          <strong>{t('measures.detail.remedyNow', { status: remedyLabel(t, measure.remedyStatus) })}</strong>
        </Paragraph>
        <MeasureDates measure={measure} />
        {hasPermission(PERMISSIONS.writeRecords) && (
          <Paragraph>
            <RouterLink to={`${paths.inspectionNew}?measure=${encodeURIComponent(measure.id)}`}>{t('measures.detail.followUp')}</RouterLink>
          </Paragraph>
        )}
      </Section>

      <NextSteps measure={measure} onChanged={onChanged} />

      <ProportionalitySection measure={measure} onChanged={onChanged} />

      <Section id="measure-deadlines-heading" heading={t('measures.detail.deadlinesHeading')}>
        <DeadlinesTable measure={measure} />
        {measure.canWrite && canExtendObjection(measure) && <ObjectionExtensionForm measure={measure} onChanged={onChanged} />}
        {measure.canWrite && canExtendExecution(measure) && <ExecutionExtensionForm measure={measure} onChanged={onChanged} />}
      </Section>

      <Section id="measure-proposal-heading" heading={t('measures.detail.proposalHeading')}>
        <PolicyNotice />
        {measure.proposal ? <ProposalDetails proposal={measure.proposal} /> : <Paragraph>{t('measures.proposal.noProposal')}</Paragraph>}
        {measure.deviationMotivation && (
          <>
            <Paragraph>
              <strong>{t('measures.form.deviation')}</strong>
            </Paragraph>
            <FreeText text={measure.deviationMotivation} />
          </>
        )}
      </Section>

      {(measure.courtSteps.length > 0 || showCourtForm) && (
        <Section id="measure-court-heading" heading={t('measures.detail.courtHeading')}>
          <CourtStepsTable measure={measure} />
          {measure.canWrite &&
            measure.courtSteps
              .filter((courtStep) => courtStep.outcome === null)
              .map((courtStep) => (
                <CourtRulingForm key={`${courtStep.id}-${courtStep.hearingOn ?? ''}`} measure={measure} step={courtStep} onChanged={onChanged} />
              ))}
          {showCourtForm && <CourtStepForm measure={measure} onChanged={onChanged} />}
        </Section>
      )}

      <LettersPanel recordType="measure" recordId={measure.id} canWrite={measure.canWrite} />

      <Section id="measure-history-heading" heading={t('measures.detail.historyHeading')}>
        <HistoryList measure={measure} />
      </Section>
    </>
  );
}

function Measure({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const measure = useApiResource((abort) => fetchMeasure(measureId, abort), [measureId]);
  const [message, setMessage] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const onChanged: OnChanged = (updated, text) => {
    measure.setData(() => updated);
    setMessage(text);
    // The form that was used may be gone now; continue from the outcome.
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  const data = measure.data;
  const title = data ? t('measures.detail.title', { number: data.number }) : t('measures.title');

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.measures}>{t('measures.detail.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{title}</PageTitle>
      {data && (
        <Paragraph lead>
          {data.addressLabel} · {procedureLabel(t, data.status)} · {remedyLabel(t, data.remedyStatus)}
        </Paragraph>
      )}
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
      </div>
      {measure.loading && !data && <Loading />}
      {isApiError(measure.error) && measure.error.status === 404 ? (
        <Alert type="error">
          <Paragraph>{t('measures.detail.notFound')}</Paragraph>
        </Alert>
      ) : (
        measure.error !== null && <ErrorAlert error={measure.error} />
      )}
      {data && <MeasureSections measure={data} onChanged={onChanged} />}
    </>
  );
}

/** One measure: summary, status of both tracks with the next steps, the three-step test, deadlines, proposal, court steps, letters and history. */
export function MeasurePage() {
  const { measureId = '' } = useParams();
  return <Measure key={measureId} measureId={measureId} />;
}
