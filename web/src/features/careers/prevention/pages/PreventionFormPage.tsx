import { DataList, DataListItem, DataListKey, DataListValue, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { CalendarDate } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { SelectField } from '../../../../components/SelectField';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { fetchAreas } from '../../../registry/api';
import {
  createPreventionActivity,
  fetchPreventionActivity,
  PREVENTION_PROGRAMMES,
  PREVENTION_SETTINGS,
  updatePreventionActivity,
  type PreventionActivity,
} from '../api';
import { emptyPreventionForm, formFromActivity, MAX_REACH, toPreventionInput, validatePreventionForm, type PreventionFormValues } from '../preventionForm';

const FORM_ID = 'prevention-form';

interface FormProps {
  initial: PreventionFormValues;
  wijken: { code: string; name: string }[];
  submitLabel: string;
  onSubmit: (values: PreventionFormValues) => Promise<void>;
}

function PreventionForm({ initial, wijken, submitLabel, onSubmit }: FormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const form = useFormSubmission();
  const set =
    <K extends keyof PreventionFormValues>(key: K) =>
    (value: PreventionFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const labels: Record<keyof PreventionFormValues, string> = {
    title: t('prevention.form.title'),
    programme: t('prevention.form.programme'),
    setting: t('prevention.form.setting'),
    institution: t('prevention.form.institution'),
    wijkCode: t('prevention.form.wijk'),
    startsOn: t('prevention.form.startsOn'),
    endsOn: t('prevention.form.endsOn'),
    reach: t('prevention.form.reach'),
    description: t('prevention.form.description'),
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validatePreventionForm(t, values), () => onSubmit(values));
  };
  const id = (name: keyof PreventionFormValues) => fieldId(FORM_ID, name);
  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form id={FORM_ID} className="utrecht-form dwb-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={id('title')}
          name="title"
          label={labels.title}
          value={values.title}
          onChange={set('title')}
          error={form.fieldErrors.title}
          maxLength={200}
          required
        />
        <SelectField
          id={id('programme')}
          name="programme"
          label={labels.programme}
          value={values.programme}
          emptyOption={t('prevention.form.chooseProgramme')}
          options={PREVENTION_PROGRAMMES.map((p) => ({ value: p, label: t(`prevention.programmes.${p}`) }))}
          onChange={set('programme')}
          error={form.fieldErrors.programme}
          required
        />
        <SelectField
          id={id('setting')}
          name="setting"
          label={labels.setting}
          value={values.setting}
          emptyOption={t('prevention.form.chooseSetting')}
          options={PREVENTION_SETTINGS.map((s) => ({ value: s, label: t(`prevention.settings.${s}`) }))}
          onChange={set('setting')}
          error={form.fieldErrors.setting}
          required
        />
        <TextField
          id={id('institution')}
          name="institution"
          label={labels.institution}
          value={values.institution}
          onChange={set('institution')}
          error={form.fieldErrors.institution}
          description={t('prevention.form.institutionHint')}
          maxLength={200}
        />
        <SelectField
          id={id('wijkCode')}
          name="wijkCode"
          label={labels.wijkCode}
          value={values.wijkCode}
          emptyOption={t('prevention.form.chooseWijk')}
          options={wijken.map((w) => ({ value: w.code, label: w.name }))}
          onChange={set('wijkCode')}
          error={form.fieldErrors.wijkCode}
          required
        />
        <TextField
          id={id('startsOn')}
          name="startsOn"
          type="date"
          label={labels.startsOn}
          value={values.startsOn}
          onChange={set('startsOn')}
          error={form.fieldErrors.startsOn}
          required
        />
        <TextField
          id={id('endsOn')}
          name="endsOn"
          type="date"
          label={labels.endsOn}
          value={values.endsOn}
          onChange={set('endsOn')}
          error={form.fieldErrors.endsOn}
          description={t('prevention.form.endsOnHint')}
          required
        />
        <TextField
          id={id('reach')}
          name="reach"
          label={labels.reach}
          value={values.reach}
          onChange={set('reach')}
          error={form.fieldErrors.reach}
          description={t('prevention.form.reachHint')}
          inputMode="numeric"
          maxLength={String(MAX_REACH).length + 1}
          required
        />
        <TextareaField
          id={id('description')}
          name="description"
          label={labels.description}
          value={values.description}
          onChange={set('description')}
          error={form.fieldErrors.description}
          description={t('prevention.form.noPersonalData')}
          maxLength={4000}
          rows={5}
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {submitLabel}
        </PrimaryActionButton>
      </form>
    </>
  );
}

function useWijken() {
  const areas = useApiResource((signal) => fetchAreas(signal), []);
  return { areas, wijken: (areas.data ?? []).filter((a) => a.kind === 'wijk').map((w) => ({ code: w.code, name: w.name })) };
}

/** "Preventieactiviteit vastleggen" (paths.preventionNew). */
export function NewPreventionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { areas, wijken } = useWijken();
  return (
    <>
      <PageTitle>{t('prevention.form.newTitle')}</PageTitle>
      <Paragraph lead>{t('prevention.form.noPersonalData')}</Paragraph>
      {areas.loading && <Loading />}
      {areas.error !== null && <ErrorAlert error={areas.error} />}
      {areas.data && (
        <PreventionForm
          initial={emptyPreventionForm}
          wijken={wijken}
          submitLabel={t('prevention.form.create')}
          onSubmit={async (values) => {
            const created = await createPreventionActivity(toPreventionInput(values));
            await navigate(paths.preventionActivity(created.id), { state: { created: true } });
          }}
        />
      )}
      <Paragraph>
        <RouterLink to={paths.prevention}>{t('prevention.form.backToList')}</RouterLink>
      </Paragraph>
    </>
  );
}

function Details({ activity }: { activity: PreventionActivity }) {
  const { t } = useTranslation();
  return (
    <DataList>
      <DataListItem>
        <DataListKey>{t('prevention.form.programme')}</DataListKey>
        <DataListValue>{t(`prevention.programmes.${activity.programme}`, { defaultValue: activity.programme })}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('prevention.form.setting')}</DataListKey>
        <DataListValue>{t(`prevention.settings.${activity.setting}`)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('prevention.form.institution')}</DataListKey>
        <DataListValue>{activity.institution}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('prevention.form.wijk')}</DataListKey>
        <DataListValue>{activity.wijkName ?? activity.wijkCode ?? ''}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('prevention.colPeriod')}</DataListKey>
        <DataListValue>
          <CalendarDate value={activity.startsOn} /> – <CalendarDate value={activity.endsOn} />
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('prevention.form.reach')}</DataListKey>
        <DataListValue>{activity.reach}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('prevention.form.description')}</DataListKey>
        <DataListValue>{activity.description}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('prevention.form.organisation')}</DataListKey>
        <DataListValue>{activity.organisation.name}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('prevention.form.createdBy')}</DataListKey>
        <DataListValue>{activity.createdBy}</DataListValue>
      </DataListItem>
    </DataList>
  );
}

/** One activity (paths.preventionActivity): the form for its own organisation, the details for everyone else. */
export function PreventionActivityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [saved, setSaved] = useState<PreventionActivity | null>(null);
  const activity = useApiResource((signal) => fetchPreventionActivity(id, signal), [id]);
  const { areas, wijken } = useWijken();
  const current = saved ?? activity.data;
  return (
    <>
      <PageTitle>{current?.canEdit ? t('prevention.form.editTitle') : t('prevention.form.viewTitle')}</PageTitle>
      {(activity.loading || areas.loading) && <Loading />}
      {activity.error !== null && <ErrorAlert error={activity.error} />}
      {areas.error !== null && <ErrorAlert error={areas.error} />}
      {saved ? <StatusMessage>{t('prevention.form.saved')}</StatusMessage> : created && <StatusMessage>{t('prevention.form.created')}</StatusMessage>}
      {current && !current.canEdit && (
        <>
          <Paragraph lead>{current.title}</Paragraph>
          <Details activity={current} />
          <Paragraph>{t('prevention.form.readOnly')}</Paragraph>
        </>
      )}
      {current?.canEdit && areas.data && (
        <>
          <Paragraph>{t('prevention.form.noPersonalData')}</Paragraph>
          <PreventionForm
            key={current.updatedAt}
            initial={formFromActivity(current)}
            wijken={wijken}
            submitLabel={t('prevention.form.save')}
            onSubmit={async (values) => setSaved(await updatePreventionActivity(current.id, toPreventionInput(values)))}
          />
        </>
      )}
      <Paragraph>
        <RouterLink to={paths.prevention}>{t('prevention.form.backToList')}</RouterLink>
      </Paragraph>
    </>
  );
}
