import { Button, ButtonGroup, Heading2, Paragraph, PrimaryActionButton, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { CalendarDate } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TextareaField } from '../../../../components/TextareaField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { PERMISSIONS } from '../../../../domain/vocabulary';
import { useLanguage } from '../../../../i18n/useLanguage';
import { RadioGroupField } from '../../../registry/components/RadioGroupField';
import { FactList, type FactRow } from '../../../signals/components/FactList';
import {
  cancelInspection,
  completeInspection,
  fetchInspection,
  INSPECTION_OUTCOMES,
  isOutcome,
  isStatus,
  startInspection,
  type InspectionDetail,
  type InspectionOutcome,
} from '../api';
import { FindingForm } from '../components/FindingForm';

function Facts({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('inspections.none');
  const rows: FactRow[] = [
    [t('inspections.factStatus'), t(`inspections.status.${detail.status}`)],
    [t('inspections.factObjectType'), detail.objectTypeName[language]],
    [t('inspections.factAddress'), detail.subject ? <RouterLink to={paths.subject(detail.subject.id)}>{detail.addressLabel}</RouterLink> : detail.addressLabel],
    [t('inspections.factWijk'), detail.wijkName ?? detail.wijkCode ?? none],
    [t('inspections.factPlannedOn'), <CalendarDate key="planned" value={detail.plannedOn} />],
    [t('inspections.factPerformedOn'), detail.performedOn ? <CalendarDate key="performed" value={detail.performedOn} /> : none],
    [t('inspections.factLead'), detail.lead.name],
    [t('inspections.factTeam'), detail.team.map((m) => m.name).join(', ')],
    [t('inspections.factPartners'), detail.partners.map((p) => t(`inspections.partner.${p}`)).join(', ')],
  ];
  if (detail.signal) {
    rows.push([
      t('inspections.factSignal'),
      <RouterLink key="signal" to={paths.signal(detail.signal.id)}>
        {detail.signal.number}
      </RouterLink>,
    ]);
  }
  if (detail.outcome) {
    rows.push([t('inspections.factOutcome'), t(`inspections.outcome.${detail.outcome}`)]);
    if (detail.outcomeNote) rows.push([t('inspections.factOutcomeNote'), detail.outcomeNote]);
  }
  if (detail.cancelReason) rows.push([t('inspections.factCancelReason'), detail.cancelReason]);
  return <FactList rows={rows} />;
}

function CompleteForm({ detail, onDone }: { detail: InspectionDetail; onDone: (next: InspectionDetail) => void }) {
  const { t } = useTranslation();
  const formId = 'complete-inspection';
  const [outcome, setOutcome] = useState<InspectionOutcome | ''>('');
  const [note, setNote] = useState('');
  const form = useFormSubmission();
  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (!outcome) errors.outcome = t('inspections.errorOutcome');
    else if (outcome !== 'nothing_found' && !note.trim()) errors.note = t('inspections.errorOutcomeNote');
    return errors;
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validate(), async () => onDone(await completeInspection(detail.id, { outcome: outcome as InspectionOutcome, note })));
  };
  return (
    <section aria-labelledby="complete-heading" className="dwb-signal-section">
      <Heading2 id="complete-heading">{t('inspections.complete')}</Heading2>
      <Paragraph>{t('inspections.completeIntro')}</Paragraph>
      <FormErrorSummary
        formId={formId}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{ outcome: t('inspections.outcomeLabel'), note: t('inspections.outcomeNote') }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <RadioGroupField
          id={fieldId(formId, 'outcome')}
          name="outcome"
          legend={t('inspections.outcomeLabel')}
          value={outcome}
          options={INSPECTION_OUTCOMES.map((value) => ({
            value,
            label: t(`inspections.outcome.${value}`),
            description: t(`inspections.outcomeHint.${value}`),
          }))}
          onChange={(value) => setOutcome(isOutcome(value) ? value : '')}
          error={form.fieldErrors.outcome}
        />
        <TextareaField
          id={fieldId(formId, 'note')}
          name="note"
          label={t('inspections.outcomeNote')}
          description={t('inspections.outcomeNoteHint')}
          value={note}
          onChange={setNote}
          error={form.fieldErrors.note}
          maxLength={4000}
          rows={4}
        />
        <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
          {t('inspections.submitComplete')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

function CancelForm({ detail, onDone }: { detail: InspectionDetail; onDone: (next: InspectionDetail) => void }) {
  const { t } = useTranslation();
  const formId = 'cancel-inspection';
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const form = useFormSubmission();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(reason.trim() ? {} : { reason: t('inspections.errorRequired') }, async () => onDone(await cancelInspection(detail.id, reason)));
  };
  if (!open) {
    return (
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('inspections.cancel')}
        </Button>
      </ButtonGroup>
    );
  }
  return (
    <section aria-labelledby="cancel-heading" className="dwb-signal-section">
      <Heading2 id="cancel-heading">{t('inspections.cancel')}</Heading2>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={{ reason: t('inspections.cancelReason') }} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextareaField
          id={fieldId(formId, 'reason')}
          name="reason"
          label={t('inspections.cancelReason')}
          value={reason}
          onChange={setReason}
          error={form.fieldErrors.reason}
          maxLength={2000}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" aria-disabled={form.busy || undefined}>
            {t('inspections.submitCancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function Chain({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const statusWord = (status: string): string => (isStatus(status) ? t(`inspections.status.${status}`) : status);
  const canPrepare =
    detail.status === 'completed' && (detail.outcome === 'measure_proposed' || detail.outcome === 'warning') && hasPermission(PERMISSIONS.writeRecords);
  return (
    <section aria-labelledby="chain-heading" className="dwb-signal-section">
      <Heading2 id="chain-heading">{t('inspections.chain')}</Heading2>
      {canPrepare && (
        <Paragraph>
          <RouterLink to={`${paths.measureNew}?inspection=${encodeURIComponent(detail.id)}`}>{t('inspections.prepareMeasure')}</RouterLink>
        </Paragraph>
      )}
      {detail.requestedByMeasure && (
        <Paragraph>
          {t('inspections.chainRequestedBy')}: <RouterLink to={paths.measure(detail.requestedByMeasure.id)}>{detail.requestedByMeasure.number}</RouterLink>
        </Paragraph>
      )}
      {detail.followUpOf && (
        <Paragraph>
          {t('inspections.chainFollowUpOf')}: <RouterLink to={paths.inspection(detail.followUpOf.id)}>{detail.followUpOf.number}</RouterLink> (
          {statusWord(detail.followUpOf.status)})
        </Paragraph>
      )}
      <Paragraph>{t('inspections.chainFollowUps')}:</Paragraph>
      {detail.followUps.length === 0 ? (
        <Paragraph>{t('inspections.noFollowUps')}</Paragraph>
      ) : (
        <UnorderedList>
          {detail.followUps.map((f) => (
            <UnorderedListItem key={f.id}>
              <RouterLink to={paths.inspection(f.id)}>{f.number}</RouterLink> — <CalendarDate value={f.plannedOn} /> ({statusWord(f.status)})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Paragraph>{t('inspections.measures')}:</Paragraph>
      {detail.measures.length === 0 ? (
        <Paragraph>{t('inspections.noMeasures')}</Paragraph>
      ) : (
        <UnorderedList>
          {detail.measures.map((m) => (
            <UnorderedListItem key={m.id}>
              <RouterLink to={paths.measure(m.id)}>{m.number}</RouterLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

/** One inspection: its details, the checklist with findings and photos, starting, completing and cancelling, and what followed. */
export function InspectionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const initialNotice = (location.state as { notice?: string } | null)?.notice ?? '';
  const resource = useApiResource((signal) => fetchInspection(id, signal), [id]);
  const [notice, setNotice] = useState(initialNotice);
  const [actionError, setActionError] = useState<unknown>(null);
  const detail = resource.data;

  const replace = (next: InspectionDetail, message: string) => {
    resource.setData(() => next);
    setNotice(message);
    setActionError(null);
    window.setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0);
  };
  const start = async () => {
    try {
      replace(await startInspection(id), t('inspections.started'));
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.inspections}>{t('inspections.back')}</RouterLink>
      </Paragraph>
      {resource.loading && !detail && <Loading />}
      {resource.error !== null && !detail && <ErrorAlert error={resource.error} />}
      {detail && (
        <>
          <PageTitle>{t('inspections.detailTitle', { number: detail.number })}</PageTitle>
          {notice && <StatusMessage>{notice}</StatusMessage>}
          {actionError !== null && <ErrorAlert error={actionError} />}
          {!detail.canWrite && <Paragraph>{t('inspections.readOnly')}</Paragraph>}
          <section aria-labelledby="facts-heading" className="dwb-signal-section">
            <Heading2 id="facts-heading">{t('inspections.facts')}</Heading2>
            <Facts detail={detail} />
          </section>
          {detail.canWrite && detail.status === 'planned' && (
            <section aria-labelledby="start-heading" className="dwb-signal-section">
              <Heading2 id="start-heading">{t('inspections.start')}</Heading2>
              <Paragraph>{t('inspections.startHint')}</Paragraph>
              <PrimaryActionButton onClick={() => void start()}>{t('inspections.start')}</PrimaryActionButton>
            </section>
          )}
          <section aria-labelledby="checklist-heading" className="dwb-signal-section">
            <Heading2 id="checklist-heading">{t('inspections.checklist')}</Heading2>
            {detail.status === 'in_progress' && detail.canWrite && <Paragraph>{t('inspections.checklistIntro')}</Paragraph>}
            <ol className="dwb-signal-rows">
              {detail.checklist.map((item) => (
                <FindingForm
                  key={item.code}
                  inspectionId={detail.id}
                  item={item}
                  editable={detail.canWrite && detail.status === 'in_progress'}
                  onSaved={(next) => (next ? resource.setData(() => next) : resource.reload())}
                />
              ))}
            </ol>
          </section>
          {detail.canWrite && detail.status === 'in_progress' && <CompleteForm detail={detail} onDone={(next) => replace(next, t('inspections.completed'))} />}
          {detail.canWrite && (detail.status === 'planned' || detail.status === 'in_progress') && (
            <CancelForm detail={detail} onDone={(next) => replace(next, t('inspections.cancelled'))} />
          )}
          <Chain detail={detail} />
        </>
      )}
    </>
  );
}
