import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

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
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) {
      questionRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [confirming]);

  const cancel = () => {
    if (busy) {
      return;
    }
    returnFocus.current = true;
    setConfirming(false);
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
      setConfirming(false);
    }
  };

  if (!confirming) {
    return (
      <Button ref={startRef} appearance="secondary-action-button" hint={danger ? 'danger' : undefined} onClick={() => setConfirming(true)}>
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
