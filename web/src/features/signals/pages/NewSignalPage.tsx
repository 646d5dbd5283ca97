import { Alert, Button, Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { SelectField } from '../../../components/SelectField';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextareaField } from '../../../components/TextareaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { useLanguage } from '../../../i18n/useLanguage';
import { RadioGroupField } from '../../registry/components/RadioGroupField';
import { createSignal, fetchCategories, type CategoryView, type Created } from '../api';
import { PartnerReportFields, partnerReportLabels } from '../components/PartnerReportFields';
import { QuestionFields, questionLabels } from '../components/QuestionFields';
import { channelLabel } from '../labels';
import { collapseSignalErrors, EMPTY_SIGNAL_FORM, LOCATION_FIELDS, toSignalInput, validateSignal, withCategory, type SignalFormValues } from '../signalForm';
import { isReportChannel, REPORT_CHANNELS } from '../vocabulary';
import '../signals.css';

const FORM_ID = 'new-signal';

/** The categories one can report in, in the order of the reporting form: the active ones (also those above one's own level, as the public may). */
function reportableCategories(categories: readonly CategoryView[]): CategoryView[] {
  return categories.filter((category) => category.active).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
}

function CreatedNotice({ created, onAnother }: { created: Created; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dwb-signal-block">
      <StatusMessage>{t('signals.form.created', { number: created.number })}</StatusMessage>
      <Paragraph>
        {created.visible ? (
          <RouterLink to={paths.signal(created.id)}>{t('signals.form.open', { number: created.number })}</RouterLink>
        ) : (
          t('signals.form.createdHidden')
        )}
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={onAnother}>
        {t('signals.form.another')}
      </Button>
    </div>
  );
}

/** "Nieuwe melding": an own observation, a bestuurlijke rapportage or a hennepinformatiebericht, entered by staff or a partner. */
export function NewSignalPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const categories = useApiResource((signal) => fetchCategories(signal), []);
  const [values, setValues] = useState<SignalFormValues>(EMPTY_SIGNAL_FORM);
  const [created, setCreated] = useState<Created | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const form = useFormSubmission();
  const createdRef = useRef<HTMLDivElement>(null);
  // Memoised: the error summary takes focus whenever the object it gets changes.
  const errors = useMemo(() => collapseSignalErrors(form.fieldErrors), [form.fieldErrors]);

  const list = reportableCategories(categories.data ?? []);
  const category = list.find((item) => item.code === values.categoryCode);
  const questions = category?.questions ?? [];
  const partner = values.channel !== '' && values.channel !== 'staff';
  const set = <K extends keyof SignalFormValues>(name: K, value: SignalFormValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const id = (name: string) => fieldId(FORM_ID, name);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateSignal(t, values, questions), async () => {
      const result = await createSignal(toSignalInput(values, questions));
      setCreated(result);
      setValues(EMPTY_SIGNAL_FORM);
      setAnnouncement('');
      window.setTimeout(() => createdRef.current?.focus(), 0);
    });
  };

  const another = () => {
    setCreated(null);
    window.setTimeout(() => document.getElementById(id('channel'))?.focus(), 0);
  };

  const labels: Record<string, string> = {
    channel: t('signals.form.channel'),
    categoryCode: t('signals.form.category'),
    description: t('signals.form.description'),
    observedOn: t('signals.form.observedOn'),
    observedTime: t('signals.form.observedTime'),
    location: t('signals.form.locationLegend'),
    [LOCATION_FIELDS.postcode]: t('signals.form.postcode'),
    [LOCATION_FIELDS.houseNumber]: t('signals.form.houseNumber'),
    [LOCATION_FIELDS.houseLetter]: t('signals.form.houseLetter'),
    [LOCATION_FIELDS.houseNumberAddition]: t('signals.form.houseNumberAddition'),
    [LOCATION_FIELDS.locationText]: t('signals.form.locationText'),
    ...questionLabels(questions, language),
    ...(partner ? partnerReportLabels(t, values.partner) : {}),
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.signals}>{t('signals.detail.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{t('signals.form.title')}</PageTitle>
      <Paragraph lead>{t('signals.form.intro')}</Paragraph>
      <div ref={createdRef} tabIndex={-1} className="dwb-feedback">
        {created && <CreatedNotice created={created} onAnother={another} />}
      </div>
      {categories.loading && <Loading />}
      {categories.error !== null && <ErrorAlert error={categories.error} />}
      {categories.data && list.length === 0 && (
        <Alert type="warning">
          <Paragraph>{t('signals.form.noCategories')}</Paragraph>
        </Alert>
      )}
      {categories.data && list.length > 0 && !created && (
        <>
          <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={errors} fields={labels} />
          <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <RadioGroupField
              id={id('channel')}
              name="channel"
              legend={t('signals.form.channel')}
              value={values.channel}
              options={REPORT_CHANNELS.map((channel) => ({
                value: channel,
                label: channelLabel(t, channel),
                description: t(`signals.form.channelHints.${channel}`),
              }))}
              onChange={(value) => set('channel', isReportChannel(value) ? value : '')}
              error={errors.channel}
            />
            <SelectField
              id={id('categoryCode')}
              name="categoryCode"
              label={t('signals.form.category')}
              description={category?.help[language] || t('signals.form.categoryHint')}
              value={values.categoryCode}
              emptyOption={t('common.chooseOption')}
              options={list.map((item) => ({ value: item.code, label: item.name[language] }))}
              onChange={(code) => setValues((current) => withCategory(current, code, list.find((item) => item.code === code)?.questions ?? []))}
              error={errors.categoryCode}
              required
            />
            <TextareaField
              id={id('description')}
              name="description"
              label={t('signals.form.description')}
              description={t('signals.form.descriptionHint')}
              value={values.description}
              onChange={(value) => set('description', value)}
              error={errors.description}
              maxLength={5000}
              rows={5}
              required
            />
            <Fieldset className="dwb-subfieldset">
              <FieldsetLegend>{t('signals.form.whenLegend')}</FieldsetLegend>
              <div className="dwb-form__fields">
                <TextField
                  id={id('observedOn')}
                  name="observedOn"
                  type="date"
                  label={t('signals.form.observedOn')}
                  value={values.observedOn}
                  onChange={(value) => set('observedOn', value)}
                  error={errors.observedOn}
                />
                <TextField
                  id={id('observedTime')}
                  name="observedTime"
                  label={t('signals.form.observedTime')}
                  description={t('signals.form.observedTimeHint')}
                  value={values.observedTime}
                  onChange={(value) => set('observedTime', value)}
                  error={errors.observedTime}
                  inputMode="numeric"
                  maxLength={5}
                  autoComplete="off"
                />
              </div>
            </Fieldset>
            <Fieldset className="dwb-subfieldset" aria-describedby={`${id('location')}-hint`}>
              <FieldsetLegend>{t('signals.form.locationLegend')}</FieldsetLegend>
              <Paragraph id={`${id('location')}-hint`}>{t('signals.form.locationHint')}</Paragraph>
              {errors.location && (
                <p id={id('location')} tabIndex={-1} className="utrecht-form-field-error-message dwb-standalone-error">
                  {errors.location}
                </p>
              )}
              <div className="dwb-form__fields">
                <TextField
                  id={id(LOCATION_FIELDS.postcode)}
                  name={LOCATION_FIELDS.postcode}
                  label={t('signals.form.postcode')}
                  description={t('signals.form.postcodeHint')}
                  value={values.postcode}
                  onChange={(value) => set('postcode', value)}
                  error={errors[LOCATION_FIELDS.postcode]}
                  maxLength={7}
                  autoComplete="off"
                  spellCheck={false}
                  autoCapitalize="characters"
                />
                <TextField
                  id={id(LOCATION_FIELDS.houseNumber)}
                  name={LOCATION_FIELDS.houseNumber}
                  label={t('signals.form.houseNumber')}
                  value={values.houseNumber}
                  onChange={(value) => set('houseNumber', value)}
                  error={errors[LOCATION_FIELDS.houseNumber]}
                  inputMode="numeric"
                  maxLength={5}
                  autoComplete="off"
                />
                <TextField
                  id={id(LOCATION_FIELDS.houseLetter)}
                  name={LOCATION_FIELDS.houseLetter}
                  label={t('signals.form.houseLetter')}
                  value={values.houseLetter}
                  onChange={(value) => set('houseLetter', value)}
                  error={errors[LOCATION_FIELDS.houseLetter]}
                  maxLength={1}
                  autoComplete="off"
                  autoCapitalize="characters"
                />
                <TextField
                  id={id(LOCATION_FIELDS.houseNumberAddition)}
                  name={LOCATION_FIELDS.houseNumberAddition}
                  label={t('signals.form.houseNumberAddition')}
                  value={values.houseNumberAddition}
                  onChange={(value) => set('houseNumberAddition', value)}
                  error={errors[LOCATION_FIELDS.houseNumberAddition]}
                  maxLength={4}
                  autoComplete="off"
                  autoCapitalize="characters"
                />
                <TextareaField
                  id={id(LOCATION_FIELDS.locationText)}
                  name={LOCATION_FIELDS.locationText}
                  label={t('signals.form.locationText')}
                  description={t('signals.form.locationTextHint')}
                  value={values.locationText}
                  onChange={(value) => set('locationText', value)}
                  error={errors[LOCATION_FIELDS.locationText]}
                  maxLength={1000}
                />
              </div>
            </Fieldset>
            {category && (
              <QuestionFields
                formId={FORM_ID}
                category={category.name[language]}
                questions={questions}
                values={values.answers}
                errors={errors}
                onChange={(answers) => set('answers', answers)}
              />
            )}
            {partner && (
              <PartnerReportFields
                formId={FORM_ID}
                values={values.partner}
                errors={errors}
                onChange={(next) => set('partner', next)}
                onAnnounce={setAnnouncement}
              />
            )}
            <div role="status" className="dwb-status-region dwb-visually-hidden">
              {announcement}
            </div>
            <PrimaryActionButton type="submit" busy={form.busy}>
              {t('signals.form.submit')}
            </PrimaryActionButton>
          </form>
        </>
      )}
    </>
  );
}
