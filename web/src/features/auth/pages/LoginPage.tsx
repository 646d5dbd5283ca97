import { Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { paths, stagePath } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { PageTitle } from '../../../components/PageTitle';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { login } from '../api';
import { SignOutNotice } from '../components/SignOutNotice';

const FORM_ID = 'login';

export function LoginPage() {
  const { t } = useTranslation();
  const { session, signOutReason, setPendingStage } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormSubmission();

  if (session) {
    return <Navigate to={paths.myWork} replace />;
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {
      username: username.trim() ? undefined : t('auth.login.usernameRequired'),
      password: password ? undefined : t('auth.login.passwordRequired'),
    };
    const ok = await form.submit(errors, async () => {
      const stage = await login(username.trim(), password);
      setPendingStage(stage);
      await navigate(stagePath(stage), { state: location.state as unknown });
    });
    if (!ok) {
      setPassword('');
    }
  };

  return (
    <>
      <PageTitle>{t('auth.login.title')}</PageTitle>
      {signOutReason && !form.error && <SignOutNotice reason={signOutReason} />}
      <Paragraph>{t('auth.login.intro')}</Paragraph>
      <FormErrorSummary
        formId={FORM_ID}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{ username: t('auth.login.username'), password: t('auth.login.password') }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={fieldId(FORM_ID, 'username')}
          name="username"
          label={t('auth.login.username')}
          value={username}
          onChange={setUsername}
          error={form.fieldErrors.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField
          id={fieldId(FORM_ID, 'password')}
          name="password"
          type="password"
          label={t('auth.login.password')}
          value={password}
          onChange={setPassword}
          error={form.fieldErrors.password}
          autoComplete="current-password"
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('auth.login.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
