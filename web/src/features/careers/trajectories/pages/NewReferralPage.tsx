import { Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { SelectField } from '../../../../components/SelectField';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { useLanguage } from '../../../../i18n/useLanguage';
import { createReferral, fetchReference } from '../api';
import { amsterdamToday, emptyReferral, referralPayload, validateReferral, type ErrorKeys, type ReferralValues } from '../forms';

const FORM_ID = 'new-referral';

/** "Jongere aanmelden": the young person, the reason, the legal basis and the date. */
export function NewReferralPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const today = amsterdamToday();
  const reference = useApiResource((signal) => fetchReference(signal), []);
  const [values, setValues] = useState<ReferralValues>(() => emptyReferral(today));
  const form = useFormSubmission();
  const errors = form.fieldErrors;
  const id = (name: string) => fieldId(FORM_ID, name);
  const set = <K extends keyof ReferralValues>(name: K, value: ReferralValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const messages = (keys: ErrorKeys): FieldErrors =>
    Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, key ? t(`careers.errors.${key}`) : undefined]));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(messages(validateReferral(values, today)), async () => {
      const created = await createReferral(referralPayload(values));
      void navigate(paths.trajectory(created.id), { state: { notice: t('careers.referred', { number: created.number }) } });
    });
  };

  const labels: Record<string, string> = {
    'person.givenNames': t('careers.givenNames'),
    'person.surnamePrefix': t('careers.surnamePrefix'),
    'person.surname': t('careers.surname'),
    'person.dateOfBirth': t('careers.dateOfBirth'),
    'person.wijkCode': t('careers.wijkCode'),
    referralReason: t('careers.referralReason'),
    legalBasisCode: t('careers.legalBasis'),
    referredOn: t('careers.referredOn'),
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.careers}>{t('careers.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{t('careers.referralTitle')}</PageTitle>
      <Paragraph lead>{t('careers.referralIntro')}</Paragraph>
      {reference.loading && <Loading />}
      {reference.error !== null && <ErrorAlert error={reference.error} />}
      {reference.data && (
        <>
          <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={errors} fields={labels} />
          <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <Fieldset>
              <FieldsetLegend>{t('careers.personLegend')}</FieldsetLegend>
              <TextField
                id={id('person.givenNames')}
                name="givenNames"
                label={t('careers.givenNames')}
                value={values.givenNames}
                onChange={(v) => set('givenNames', v)}
                error={errors['person.givenNames']}
                autoComplete="off"
                maxLength={200}
                required
              />
              <TextField
                id={id('person.surnamePrefix')}
                name="surnamePrefix"
                label={t('careers.surnamePrefix')}
                value={values.surnamePrefix}
                onChange={(v) => set('surnamePrefix', v)}
                error={errors['person.surnamePrefix']}
                autoComplete="off"
                maxLength={40}
              />
              <TextField
                id={id('person.surname')}
                name="surname"
                label={t('careers.surname')}
                value={values.surname}
                onChange={(v) => set('surname', v)}
                error={errors['person.surname']}
                autoComplete="off"
                maxLength={200}
                required
              />
              <TextField
                id={id('person.dateOfBirth')}
                name="dateOfBirth"
                type="date"
                label={t('careers.dateOfBirth')}
                description={t('careers.dateHint')}
                value={values.dateOfBirth}
                onChange={(v) => set('dateOfBirth', v)}
                error={errors['person.dateOfBirth']}
                required
              />
              <TextField
                id={id('person.wijkCode')}
                name="wijkCode"
                label={t('careers.wijkCode')}
                description={t('careers.wijkCodeHint')}
                value={values.wijkCode}
                onChange={(v) => set('wijkCode', v)}
                error={errors['person.wijkCode']}
                maxLength={8}
              />
            </Fieldset>
            <TextareaField
              id={id('referralReason')}
              name="referralReason"
              label={t('careers.referralReason')}
              description={t('careers.referralReasonHint')}
              value={values.referralReason}
              onChange={(v) => set('referralReason', v)}
              error={errors.referralReason}
              rows={5}
              maxLength={4000}
              required
            />
            <SelectField
              id={id('legalBasisCode')}
              name="legalBasisCode"
              label={t('careers.legalBasis')}
              description={t('careers.legalBasisHint')}
              value={values.legalBasisCode}
              emptyOption={t('common.chooseOption')}
              options={reference.data.legalBases.filter((b) => b.active).map((b) => ({ value: b.code, label: language === 'en' ? b.nameEn : b.nameNl }))}
              onChange={(v) => set('legalBasisCode', v)}
              error={errors.legalBasisCode}
              required
            />
            <TextField
              id={id('referredOn')}
              name="referredOn"
              type="date"
              label={t('careers.referredOn')}
              description={t('careers.dateHint')}
              value={values.referredOn}
              onChange={(v) => set('referredOn', v)}
              error={errors.referredOn}
            />
            <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
              {t('careers.submitReferral')}
            </PrimaryActionButton>
          </form>
        </>
      )}
    </>
  );
}
