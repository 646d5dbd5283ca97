import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInlineConfirm } from './useInlineConfirm';

interface ConfirmActionProps {
  /** Text of the button that starts the action. */
  label: string;
  /** The question asked before the action runs. */
  question: string;
  onConfirm: () => Promise<void>;
  danger?: boolean;
}

/**
 * A button that asks for confirmation inline (no modal) before running an
 * action that is hard to undo. Focus moves to the question, and back to the
 * button when the user cancels.
 */
export function ConfirmAction({ label, question, onConfirm, danger }: ConfirmActionProps) {
  const { t } = useTranslation();
  const { confirming, questionRef, startRef, open, cancel: close, done } = useInlineConfirm();
  const [busy, setBusy] = useState(false);

  const cancel = () => {
    if (busy) {
      return;
    }
    close();
  };

  const confirm = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      done();
    }
  };

  if (!confirming) {
    return (
      <Button ref={startRef} appearance="secondary-action-button" hint={danger ? 'danger' : undefined} onClick={open}>
        {label}
      </Button>
    );
  }
  return (
    <div className="dwb-confirm">
      <Paragraph ref={questionRef} tabIndex={-1}>
        {question}
      </Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint={danger ? 'danger' : undefined} busy={busy} onClick={() => void confirm()}>
          {t('common.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={cancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
