import { Button } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { activateUser, deactivateUser, resetUser, type AdminUser, type UserWithPassword } from '../api';
import { TemporaryPassword } from './TemporaryPassword';

interface AccountActionsProps {
  user: AdminUser;
  onChanged: (user: AdminUser) => void;
}

/** Deactivate/activate and reset (new temporary password, shown once). */
export function AccountActions({ user, onChanged }: AccountActionsProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reset, setReset] = useState<UserWithPassword | null>(null);
  const [busy, setBusy] = useState(false);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const run = async (action: () => Promise<void>) => {
    if (busy) {
      return;
    }
    setNotice(null);
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      // The button that was used has been replaced; continue from the outcome.
      feedbackRef.current?.focus();
    }
  };

  const deactivate = () =>
    run(async () => {
      onChanged(await deactivateUser(user.id));
      setNotice(t('admin.detail.deactivated'));
    });
  const activate = () =>
    run(async () => {
      onChanged(await activateUser(user.id));
      setNotice(t('admin.detail.activated'));
    });
  const resetPassword = () =>
    run(async () => {
      const result = await resetUser(user.id);
      onChanged(result.user);
      setNotice(t('admin.detail.resetDone'));
      setReset(result);
    });

  return (
    <>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {notice && <StatusMessage>{notice}</StatusMessage>}
        {error !== null && <ErrorAlert error={error} />}
      </div>
      {reset && <TemporaryPassword result={reset} onDismiss={() => setReset(null)} />}
      <div className="utrecht-button-group dwb-actions">
        {user.active ? (
          <ConfirmAction
            label={t('admin.detail.deactivate')}
            question={t('admin.detail.deactivateConfirm', { name: user.displayName })}
            onConfirm={deactivate}
            danger
          />
        ) : (
          <Button appearance="secondary-action-button" busy={busy} onClick={() => void activate()}>
            {t('admin.detail.activate')}
          </Button>
        )}
        <ConfirmAction label={t('admin.detail.reset')} question={t('admin.detail.resetConfirm', { name: user.displayName })} onConfirm={resetPassword} danger />
      </div>
    </>
  );
}
