import { Alert, Heading2, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TextareaField } from '../../../../components/TextareaField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { moveTrajectory, reEnter, type ExitReason, type Phase, type TrajectoryDetail } from '../api';
import { exitReasonLabel, phaseLabel } from '../labels';

const MOVE_FORM = 'phase-move';
const REENTRY_FORM = 're-entry';

/** Moving to the next phase (with an exit reason when leaving), and re-entry in one step. */
export function PhaseActions({ detail, onChange }: { detail: TrajectoryDetail; onChange: (next: TrajectoryDetail, message: string) => void }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<Phase | ''>('');
  const [reason, setReason] = useState<ExitReason | ''>('');
  const [note, setNote] = useState('');
  const [reentryReason, setReentryReason] = useState('');
  const move = useFormSubmission();
  const reentry = useFormSubmission();
  const options = detail.allowedTransitions;
  const chosen = options.find((o) => o.to === to);
  const reasons = chosen?.reasons ?? [];
  const showMove = options.length > 0 && (detail.phase === 'plan' || detail.phase === 'uitvoering' || detail.phase === 'nazorg');

  const onMove = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {
      ...(chosen ? {} : { to: t('careers.errors.required') }),
      ...(reasons.length > 0 && !reason ? { reason: t('careers.errors.required') } : {}),
    };
    await move.submit(errors, async () => {
      if (!chosen) return;
      const next = await moveTrajectory(detail.id, { to: chosen.to, ...(reasons.length > 0 && reason ? { reason } : {}), note: note.trim() });
      setTo('');
      setReason('');
      setNote('');
      onChange(next, t('careers.moved', { phase: phaseLabel(t, next.phase) }));
    });
  };
  const onReenter = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await reentry.submit(reentryReason.trim() ? {} : { reason: t('careers.errors.required') }, async () => {
      const next = await reEnter(detail.id, reentryReason.trim());
      setReentryReason('');
      onChange(next, t('careers.reentered'));
    });
  };

  return (
    <>
      {(showMove || (detail.reviewOverdue && detail.phase !== 'uitstroom')) && (
        <section aria-labelledby="phase-heading" className="dwb-signal-section">
          <Heading2 id="phase-heading">{t('careers.phaseActionsTitle')}</Heading2>
          <Paragraph>{t('careers.phaseActionsIntro')}</Paragraph>
          {detail.reviewOverdue && (
            <Alert type="warning">
              <Paragraph>{t('careers.reviewBlocked')}</Paragraph>
            </Alert>
          )}
          {showMove && (
            <>
              <FormErrorSummary
                formId={MOVE_FORM}
                error={move.error}
                fieldErrors={move.fieldErrors}
                fields={{ to: t('careers.moveTo'), reason: t('careers.moveReason'), note: t('careers.moveNote') }}
              />
              <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onMove(event)}>
                <SelectField
                  id={fieldId(MOVE_FORM, 'to')}
                  name="to"
                  label={t('careers.moveTo')}
                  value={chosen ? chosen.to : ''}
                  emptyOption={t('common.chooseOption')}
                  options={options.map((o) => ({ value: o.to, label: phaseLabel(t, o.to) }))}
                  onChange={(v) => {
                    setTo(options.find((o) => o.to === v)?.to ?? '');
                    setReason('');
                  }}
                  error={move.fieldErrors.to}
                  required
                />
                {reasons.length > 0 && (
                  <SelectField
                    id={fieldId(MOVE_FORM, 'reason')}
                    name="reason"
                    label={t('careers.moveReason')}
                    value={reason}
                    emptyOption={t('common.chooseOption')}
                    options={reasons.map((r) => ({ value: r, label: exitReasonLabel(t, r) }))}
                    onChange={(v) => setReason(reasons.find((r) => r === v) ?? '')}
                    error={move.fieldErrors.reason}
                    required
                  />
                )}
                <TextareaField
                  id={fieldId(MOVE_FORM, 'note')}
                  name="note"
                  label={t('careers.moveNote')}
                  value={note}
                  onChange={setNote}
                  error={move.fieldErrors.note}
                  maxLength={4000}
                />
                <PrimaryActionButton type="submit" aria-disabled={move.busy || undefined}>
                  {t('careers.submitMove')}
                </PrimaryActionButton>
              </form>
            </>
          )}
        </section>
      )}
      {detail.permissions.canReEnter && (
        <section aria-labelledby="reentry-heading" className="dwb-signal-section">
          <Heading2 id="reentry-heading">{t('careers.reentryTitle')}</Heading2>
          <Paragraph>{t('careers.reentryIntro')}</Paragraph>
          <FormErrorSummary formId={REENTRY_FORM} error={reentry.error} fieldErrors={reentry.fieldErrors} fields={{ reason: t('careers.reentryReason') }} />
          <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onReenter(event)}>
            <TextareaField
              id={fieldId(REENTRY_FORM, 'reason')}
              name="reason"
              label={t('careers.reentryReason')}
              value={reentryReason}
              onChange={setReentryReason}
              error={reentry.fieldErrors.reason}
              maxLength={2000}
              required
            />
            <PrimaryActionButton type="submit" aria-disabled={reentry.busy || undefined}>
              {t('careers.submitReentry')}
            </PrimaryActionButton>
          </form>
        </section>
      )}
    </>
  );
}
