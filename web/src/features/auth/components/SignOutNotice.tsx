import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SignOutReason } from '../../../app/session';

/** Explains on the login page why the user is there: logged out, or session expired. */
export function SignOutNotice({ reason }: { reason: SignOutReason }) {
  const { t } = useTranslation();
  const expired = reason === 'sessionExpired';
  return (
    <Alert type={expired ? 'warning' : 'ok'} role="status">
      <Paragraph>{t(`account.${reason}`)}</Paragraph>
    </Alert>
  );
}
