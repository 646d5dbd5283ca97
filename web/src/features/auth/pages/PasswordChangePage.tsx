import { Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { isApiError } from '../../../api/client';
import { stagePath } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { PageTitle } from '../../../components/PageTitle';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { changePassword } from '../api';
import { RestartLoginLink } from '../components/RestartLoginLink';

const FORM_ID = 'password-change';
const MIN_PASSWORD_LENGTH = 12;

export function PasswordChangePage() {
  const { t } = useTranslation();
  const { setPendingStage, expire } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const form = useFormSubmission();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Count characters (code points), as the server does.
    const length = [...newPassword].length;
    const errors: FieldErrors = {
      newPassword: length >= MIN_PASSWORD_LENGTH ? undefined : t('auth.passwordChange.tooShort'),
      confirmPassword: length >= MIN_PASSWORD_LENGTH && confirmPassword !== newPassword ? t('auth.passwordChange.mismatch') : undefined,
    };
    await form.submit(errors, async () => {
      try {
        const stage = await changePassword(newPassword);
        setPendingStage(stage);
        await navigate(stagePath(stage), { state: location.state as unknown });
      } catch (error) {
        if (isApiError(error) && (error.status === 401 || error.code === 'WRONG_LOGIN_STAGE')) {
          expire();
        }
        throw error;
      }
    });
  };

  return (
    <>
      <PageTitle>{t('auth.passwordChange.title')}</PageTitle>
      <Paragraph>{t('auth.passwordChange.intro')}</Paragraph>
      <FormErrorSummary
        formId={FORM_ID}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{
          newPassword: t('auth.passwordChange.newPassword'),
          confirmPassword: t('auth.passwordChange.confirmPassword'),
        }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={fieldId(FORM_ID, 'newPassword')}
          name="newPassword"
          type="password"
          label={t('auth.passwordChange.newPassword')}
          description={t('auth.passwordChange.newPasswordHint')}
          value={newPassword}
          onChange={setNewPassword}
          error={form.fieldErrors.newPassword}
          autoComplete="new-password"
          required
        />
        <TextField
          id={fieldId(FORM_ID, 'confirmPassword')}
          name="confirmPassword"
          type="password"
          label={t('auth.passwordChange.confirmPassword')}
          value={confirmPassword}
          onChange={setConfirmPassword}
          error={form.fieldErrors.confirmPassword}
          autoComplete="new-password"
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('auth.passwordChange.submit')}
        </PrimaryActionButton>
      </form>
      <RestartLoginLink />
    </>
  );
}
