import { Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../../app/paths';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { createConference } from '../api';
import { amsterdamToday, emptyConference, toConferenceCreate, validateConference, type ConferenceValues } from '../forms';

const FORM_ID = 'conference-new';

/** Plans a case conference; the creator chairs it and then fills the agenda on the conference page. */
export function NewConferencePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<ConferenceValues>(() => emptyConference(amsterdamToday()));
  const form = useFormSubmission();
  const set = (name: keyof ConferenceValues, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const labels = {
    title: t('conferences.new.fieldTitle'),
    heldOn: t('conferences.new.fieldHeldOn'),
    startsAt: t('conferences.new.fieldStartsAt'),
    location: t('conferences.new.fieldLocation'),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateConference(t, values), async () => {
      const created = await createConference(toConferenceCreate(values));
      void navigate(paths.caseConference(created.id));
    });
  };

  return (
    <>
      <PageTitle>{t('conferences.new.title')}</PageTitle>
      <Paragraph>
        <RouterLink to={paths.caseConferences}>{t('conferences.new.back')}</RouterLink>
      </Paragraph>
      <Paragraph>{t('conferences.new.intro')}</Paragraph>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="dwb-form__fields">
          <TextField
            id={fieldId(FORM_ID, 'title')}
            name="title"
            label={labels.title}
            value={values.title}
            onChange={(v) => set('title', v)}
            error={form.fieldErrors.title}
            required
            maxLength={200}
          />
          <TextField
            id={fieldId(FORM_ID, 'heldOn')}
            name="heldOn"
            type="date"
            label={labels.heldOn}
            description={t('conferences.new.fieldHeldOnHint')}
            value={values.heldOn}
            onChange={(v) => set('heldOn', v)}
            error={form.fieldErrors.heldOn}
            required
          />
          <TextField
            id={fieldId(FORM_ID, 'startsAt')}
            name="startsAt"
            label={labels.startsAt}
            description={t('conferences.new.fieldStartsAtHint')}
            value={values.startsAt}
            onChange={(v) => set('startsAt', v)}
            error={form.fieldErrors.startsAt}
            inputMode="numeric"
            maxLength={5}
          />
          <TextField
            id={fieldId(FORM_ID, 'location')}
            name="location"
            label={labels.location}
            value={values.location}
            onChange={(v) => set('location', v)}
            error={form.fieldErrors.location}
            maxLength={200}
          />
        </div>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('conferences.new.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
