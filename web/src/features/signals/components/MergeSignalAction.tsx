import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInlineConfirm } from '../../../components/useInlineConfirm';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { TextareaField } from '../../../components/TextareaField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { mergeSignal, type SignalDetail } from '../api';

interface MergeSignalActionProps {
  signal: SignalDetail;
  into: { id: string; number: string };
  onMerged: (signal: SignalDetail, message: string) => void;
}

/**
 * "Samenvoegen met deze melding": like ConfirmAction, an inline question before the merge, here
 * with the required note that says why it is the same signal. Focus moves to the question, and
 * back to the button on cancel.
 */
export function MergeSignalAction({ signal, into, onMerged }: MergeSignalActionProps) {
  const { t } = useTranslation();
  const { confirming, questionRef, startRef, open, cancel: close } = useInlineConfirm();
  const [note, setNote] = useState('');
  const form = useFormSubmission();
  const formId = `signal-merge-${into.id}`;

  const cancel = () => {
    if (form.busy) {
      return;
    }
    form.clear();
    close();
  };

  const confirm = async () => {
    await form.submit({ note: note.trim() ? undefined : t('signals.duplicates.noteRequired') }, async () => {
      const merged = await mergeSignal(signal.id, into.id, note.trim());
      onMerged(merged, t('signals.duplicates.merged', { number: into.number }));
    });
  };

  if (!confirming) {
    return (
      <Button ref={startRef} appearance="secondary-action-button" onClick={open}>
        {t('signals.duplicates.merge')}
        <span className="dwb-visually-hidden">: {into.number}</span>
      </Button>
    );
  }
  return (
    <div className="dwb-confirm dwb-merge">
      <Paragraph ref={questionRef} tabIndex={-1}>
        {t('signals.duplicates.question', { number: signal.number, into: into.number })}
      </Paragraph>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={{ note: t('signals.duplicates.note') }} />
      <TextareaField
        id={`${formId}-note`}
        name="note"
        label={t('signals.duplicates.note')}
        value={note}
        onChange={setNote}
        error={form.fieldErrors.note}
        maxLength={2000}
        required
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={form.busy} onClick={() => void confirm()}>
          {t('signals.duplicates.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={cancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
