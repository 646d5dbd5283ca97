import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInlineConfirm } from '../../../components/useInlineConfirm';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { mergeSubjects, type MergeView, type SubjectSummary } from '../api';
import { RadioGroupField } from './RadioGroupField';
import { TextareaField } from '../../../components/TextareaField';

interface MergeActionProps {
  /** Unique per pair, for the ids of the fields. */
  idPrefix: string;
  a: SubjectSummary;
  b: SubjectSummary;
  /** The subject that is kept unless the user chooses the other. */
  defaultSurvivorId: string;
  /** Which pair, for screen readers when there are several (e.g. the other subject's name), hidden visually. */
  context?: string;
  onMerged: (merge: MergeView) => void;
}

/**
 * "Samenvoegen": a button that opens an inline confirmation asking which subject stays and why
 * (the reason is required and goes into the audit trail). Focus moves to the question, and back
 * to the button on cancel.
 */
export function MergeAction({ idPrefix, a, b, defaultSurvivorId, context, onMerged }: MergeActionProps) {
  const { t } = useTranslation();
  const { confirming, questionRef, startRef, open, cancel: close, done } = useInlineConfirm();
  const [survivorId, setSurvivorId] = useState(defaultSurvivorId);
  const [reason, setReason] = useState('');
  const form = useFormSubmission();
  const formId = `${idPrefix}-merge`;

  const cancel = () => {
    if (form.busy) {
      return;
    }
    form.clear();
    close();
  };

  const confirm = async () => {
    const mergedId = survivorId === a.id ? b.id : a.id;
    const ok = await form.submit({ reason: reason.trim() ? undefined : t('registry.merge.reasonRequired') }, async () => {
      onMerged(await mergeSubjects(survivorId, mergedId, reason.trim()));
    });
    if (ok) {
      done();
      setReason('');
    }
  };

  if (!confirming) {
    return (
      <Button ref={startRef} appearance="secondary-action-button" onClick={open}>
        {t('registry.merge.action')}
        {context && <span className="dwb-visually-hidden">: {context}</span>}
      </Button>
    );
  }
  return (
    <div className="dwb-confirm dwb-merge">
      <Paragraph ref={questionRef} tabIndex={-1}>
        {t('registry.merge.question', { a: `${a.label} (${a.ref})`, b: `${b.label} (${b.ref})` })}
      </Paragraph>
      <FormErrorSummary
        formId={formId}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{ reason: t('registry.merge.reason'), duplicateId: t('registry.merge.survivorLegend') }}
      />
      <RadioGroupField
        id={`${formId}-survivor`}
        name={`${formId}-survivor`}
        legend={t('registry.merge.survivorLegend')}
        value={survivorId}
        options={[a, b].map((subject) => ({ value: subject.id, label: t('registry.merge.keep', { label: subject.label, ref: subject.ref }) }))}
        onChange={setSurvivorId}
      />
      <TextareaField
        id={`${formId}-reason`}
        name="reason"
        label={t('registry.merge.reason')}
        description={t('registry.merge.reasonHint')}
        value={reason}
        onChange={setReason}
        error={form.fieldErrors.reason}
        maxLength={1000}
        required
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={form.busy} onClick={() => void confirm()}>
          {t('registry.merge.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={cancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
