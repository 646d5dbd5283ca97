import { Heading2, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { isApiError } from '../../../api/client';
import { useApiResource } from '../../../api/useApiResource';
import { useSession } from '../../../app/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { completeEnrolment, getEnrolment, type EnrolmentResult } from '../api';
import { isTotpCode, normaliseCode } from '../codes';
import { EnrolmentInstructions } from '../components/EnrolmentInstructions';
import { RecoveryCodes } from '../components/RecoveryCodes';
import { RestartLoginLink } from '../components/RestartLoginLink';
import { returnTo } from '../returnTo';

const FORM_ID = 'enrolment';

export function TotpEnrolmentPage() {
  const { t } = useTranslation();
  const { signIn, expire } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const enrolment = useApiResource((signal) => getEnrolment(signal), []);
  const [code, setCode] = useState('');
  const [result, setResult] = useState<EnrolmentResult | null>(null);
  const form = useFormSubmission();

  // The half-finished login expired, or the server moved on: start the login again.
  const expired = [enrolment.error, form.error].some(
    (error) => isApiError(error) && (error.status === 401 || (error.code === 'WRONG_LOGIN_STAGE' && error === enrolment.error)),
  );
  useEffect(() => {
    if (expired) {
      expire();
    }
  }, [expired, expire]);

  useEffect(() => {
    // Same route, new content: move focus to the new heading so the codes are announced.
    if (result) {
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  }, [result]);

  if (result) {
    const finish = () => {
      signIn(result.session);
      void navigate(returnTo(location), { replace: true });
    };
    return <RecoveryCodes codes={result.recoveryCodes} onContinue={finish} />;
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalised = normaliseCode(code);
    const errors: FieldErrors = { code: isTotpCode(normalised) ? undefined : t('auth.enrol.codeInvalid') };
    await form.submit(errors, async () => {
      setResult(await completeEnrolment(normalised));
    });
  };

  return (
    <>
      <PageTitle>{t('auth.enrol.title')}</PageTitle>
      <Paragraph>{t('auth.enrol.intro')}</Paragraph>
      {enrolment.loading && <Loading />}
      {enrolment.error !== null && <ErrorAlert error={enrolment.error} />}
      {enrolment.data && (
        <>
          <EnrolmentInstructions enrolment={enrolment.data} />
          <section aria-labelledby="enrol-verify-heading" className="dwb-section">
            <Heading2 id="enrol-verify-heading">{t('auth.enrol.verifyHeading')}</Heading2>
            <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={{ code: t('auth.enrol.code') }} />
            <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
              <TextField
                id={fieldId(FORM_ID, 'code')}
                name="code"
                label={t('auth.enrol.code')}
                description={t('auth.enrol.codeHint')}
                value={code}
                onChange={setCode}
                error={form.fieldErrors.code}
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={7}
                required
              />
              <PrimaryActionButton type="submit" busy={form.busy}>
                {t('auth.enrol.submit')}
              </PrimaryActionButton>
            </form>
          </section>
        </>
      )}
      <RestartLoginLink />
    </>
  );
}
