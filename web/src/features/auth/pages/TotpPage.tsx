import { Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { isApiError } from '../../../api/client';
import { useSession } from '../../../app/session';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { PageTitle } from '../../../components/PageTitle';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { verifyTotp } from '../api';
import { isTotpOrRecoveryCode, normaliseCode } from '../codes';
import { RestartLoginLink } from '../components/RestartLoginLink';
import { returnTo } from '../returnTo';

const FORM_ID = 'verification';

export function TotpPage() {
  const { t } = useTranslation();
  const { signIn, expire } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [code, setCode] = useState('');
  const form = useFormSubmission();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalised = normaliseCode(code);
    const errors: FieldErrors = { code: isTotpOrRecoveryCode(normalised) ? undefined : t('auth.totp.codeInvalid') };
    const ok = await form.submit(errors, async () => {
      let session;
      try {
        session = await verifyTotp(normalised);
      } catch (error) {
        // A wrong code is INVALID_CREDENTIALS; UNAUTHENTICATED means the half-finished login expired.
        if (isApiError(error) && (error.code === 'UNAUTHENTICATED' || error.code === 'WRONG_LOGIN_STAGE')) {
          expire();
        }
        throw error;
      }
      signIn(session);
      await navigate(returnTo(location), { replace: true });
    });
    if (!ok) {
      setCode('');
    }
  };

  return (
    <>
      <PageTitle>{t('auth.totp.title')}</PageTitle>
      <Paragraph>{t('auth.totp.intro')}</Paragraph>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={{ code: t('auth.totp.code') }} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={fieldId(FORM_ID, 'code')}
          name="code"
          label={t('auth.totp.code')}
          description={t('auth.totp.codeHint')}
          value={code}
          onChange={setCode}
          error={form.fieldErrors.code}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('auth.totp.submit')}
        </PrimaryActionButton>
      </form>
      <RestartLoginLink />
    </>
  );
}
