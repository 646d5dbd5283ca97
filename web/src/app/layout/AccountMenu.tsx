import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { roleLabel } from '../../domain/labels';
import type { Session } from '../../features/auth/api';
import { paths } from '../paths';
import { useSession } from '../session';

/** Who is logged in, with "log out" and "log out everywhere". */
export function AccountMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { user } = session;

  const logOut = async (everywhere: boolean) => {
    if (busy) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signOut(everywhere);
      await navigate(paths.login);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <section className="dwb-account" aria-label={t('account.label')}>
      <Paragraph className="dwb-account__user">
        <span className="dwb-account__name">{t('account.signedInAs', { name: user.displayName })}</span>
        <span className="dwb-account__role">{t('account.roleAtOrganisation', { role: roleLabel(t, user.role), organisation: user.organisation.name })}</span>
      </Paragraph>
      <ButtonGroup className="dwb-account__actions">
        <Button appearance="secondary-action-button" onClick={() => void logOut(false)}>
          {t('account.logout')}
        </Button>
        <Button appearance="subtle-button" onClick={() => void logOut(true)}>
          {t('account.logoutEverywhere')}
        </Button>
      </ButtonGroup>
      {error !== null && <ErrorAlert error={error} />}
    </section>
  );
}
