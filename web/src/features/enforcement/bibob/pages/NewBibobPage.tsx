import { Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { SelectField } from '../../../../components/SelectField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { fetchAreas } from '../../../registry/api';
import { createScreening, isOneOf, listResponsibles, PERMIT_TYPES } from '../api';
import { EMPTY_CREATE, toCreateInput, todayInAmsterdam, validateCreate, type CreateValues, type ErrorKey } from '../bibobForm';

const FORM_ID = 'new-bibob';

/** "Bibob-screening starten": the permit, the applicant, the establishment, the date of receipt, the term and who is responsible. */
export function NewBibobPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const responsibles = useApiResource((signal) => listResponsibles(signal), []);
  const areas = useApiResource((signal) => fetchAreas(signal), []);
  const [values, setValues] = useState<CreateValues>({ ...EMPTY_CREATE, responsibleUserId: session?.user.id ?? '' });
  const form = useFormSubmission();
  const id = (name: string) => fieldId(FORM_ID, name);
  const set = <K extends keyof CreateValues>(name: K, value: CreateValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const msg = (key: ErrorKey) => t(`bibob.errors.${key}`);
  const responsibleOptions = (responsibles.data ?? []).map((r) => ({ value: r.id, label: r.name }));
  const responsibleValue = responsibleOptions.some((o) => o.value === values.responsibleUserId) ? values.responsibleUserId : '';

  const labels = {
    permitType: t('bibob.permitType'),
    applicantName: t('bibob.applicantName'),
    establishmentLabel: t('bibob.establishmentLabel'),
    wijkCode: t('bibob.wijk'),
    applicationReceivedOn: t('bibob.applicationReceivedOn'),
    decisionTerm: t('bibob.decisionTerm'),
    responsibleUserId: t('bibob.responsible'),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const current = { ...values, responsibleUserId: responsibleValue };
    await form.submit(validateCreate(current, todayInAmsterdam(), msg), async () => {
      const created = await createScreening(toCreateInput(current, null));
      void navigate(paths.bibobScreening(created.id), { state: { message: t('bibob.created', { number: created.number }) } });
    });
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.bibob}>{t('bibob.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{t('bibob.newTitle')}</PageTitle>
      <Paragraph lead>{t('bibob.newIntro')}</Paragraph>
      {responsibles.error !== null && <ErrorAlert error={responsibles.error} />}
      {areas.error !== null && <ErrorAlert error={areas.error} />}
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset>
          <FieldsetLegend>{t('bibob.formLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={id('permitType')}
              name="permitType"
              label={labels.permitType}
              value={values.permitType}
              emptyOption={t('common.chooseOption')}
              options={PERMIT_TYPES.map((type) => ({ value: type, label: t(`bibob.permit.${type}`) }))}
              onChange={(value) => set('permitType', isOneOf(PERMIT_TYPES, value) ? value : '')}
              error={form.fieldErrors.permitType}
              required
            />
            <TextField
              id={id('applicantName')}
              name="applicantName"
              label={labels.applicantName}
              description={t('bibob.applicantNameHint')}
              value={values.applicantName}
              onChange={(value) => set('applicantName', value)}
              error={form.fieldErrors.applicantName}
              maxLength={200}
              autoComplete="off"
              required
            />
            <TextField
              id={id('establishmentLabel')}
              name="establishmentLabel"
              label={labels.establishmentLabel}
              value={values.establishmentLabel}
              onChange={(value) => set('establishmentLabel', value)}
              error={form.fieldErrors.establishmentLabel}
              maxLength={300}
              autoComplete="off"
              required
            />
            <SelectField
              id={id('wijkCode')}
              name="wijkCode"
              label={labels.wijkCode}
              value={values.wijkCode}
              emptyOption={t('bibob.noWijk')}
              options={(areas.data ?? []).filter((a) => a.kind === 'wijk').map((a) => ({ value: a.code, label: a.name }))}
              onChange={(value) => set('wijkCode', value)}
              error={form.fieldErrors.wijkCode}
            />
            <TextField
              id={id('applicationReceivedOn')}
              name="applicationReceivedOn"
              type="date"
              label={labels.applicationReceivedOn}
              description={t('bibob.dateHint')}
              value={values.applicationReceivedOn}
              onChange={(value) => set('applicationReceivedOn', value)}
              error={form.fieldErrors.applicationReceivedOn}
              required
            />
            <TextField
              id={id('decisionTerm')}
              name="decisionTerm"
              label={labels.decisionTerm}
              description={t('bibob.decisionTermHint')}
              value={values.decisionTerm}
              onChange={(value) => set('decisionTerm', value)}
              error={form.fieldErrors.decisionTerm}
              maxLength={20}
              spellCheck={false}
              autoCapitalize="characters"
              required
            />
            <SelectField
              id={id('responsibleUserId')}
              name="responsibleUserId"
              label={labels.responsibleUserId}
              value={responsibleValue}
              emptyOption={t('common.chooseOption')}
              options={responsibleOptions}
              onChange={(value) => set('responsibleUserId', value)}
              error={form.fieldErrors.responsibleUserId}
              required
            />
          </div>
          <Paragraph>{t('bibob.confidentialityNote')}</Paragraph>
        </Fieldset>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('bibob.create')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
