import { Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { SelectField } from '../../../../components/SelectField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { roleLabel } from '../../../../domain/labels';
import { useLanguage } from '../../../../i18n/useLanguage';
import { CheckboxGroupField } from '../../../signals/components/CheckboxGroupField';
import { createInspection, fetchChecklists, fetchLeads, fetchMeasureSummary, INSPECTION_PARTNERS, isPartner, type InspectionPartner } from '../api';

const FORM_ID = 'new-inspection';

interface Values {
  objectType: string;
  addressLabel: string;
  postcode: string;
  houseNumber: string;
  wijkCode: string;
  plannedOn: string;
  partners: InspectionPartner[];
  leadUserId: string;
  teamUserIds: string[];
}

/** "Controle plannen": an address, a date, the partners and a lead; with `?measure=<id>` a follow-up a measure asks for. */
export function NewInspectionPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { session } = useSession();
  const [params] = useSearchParams();
  const measureId = params.get('measure') ?? '';
  const checklists = useApiResource((signal) => fetchChecklists(signal), []);
  const leads = useApiResource((signal) => fetchLeads(signal), []);
  const measure = useApiResource((signal) => (measureId ? fetchMeasureSummary(measureId, signal) : Promise.resolve(null)), [measureId]);
  const [values, setValues] = useState<Values>({
    objectType: '',
    addressLabel: '',
    postcode: '',
    houseNumber: '',
    wijkCode: '',
    plannedOn: '',
    partners: ['handhaving'],
    leadUserId: session?.user.id ?? '',
    teamUserIds: [],
  });
  const form = useFormSubmission();
  const errors = useMemo(() => form.fieldErrors, [form.fieldErrors]);
  const id = (name: string) => fieldId(FORM_ID, name);
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((current) => ({ ...current, [name]: value }));
  const leadOptions = leads.data ?? [];
  const leadValue = leadOptions.some((l) => l.id === values.leadUserId) ? values.leadUserId : '';
  // Others who need to know (e.g. the jurist who will prepare a measure): not the lead, not the planner (on the team anyway).
  const teamOptions = leadOptions.filter((l) => l.id !== leadValue && l.id !== session?.user.id);
  const teamUserIds = values.teamUserIds.filter((userId) => teamOptions.some((l) => l.id === userId));
  const followUp = measureId !== '';
  const addressOptional = followUp && Boolean(measure.data);

  const validate = (): FieldErrors => {
    const result: FieldErrors = {};
    if (!values.objectType) result.objectType = t('inspections.errorRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.plannedOn)) result.plannedOn = t('inspections.errorDate');
    if (values.partners.length === 0) result.partners = t('inspections.errorPartners');
    if (!leadValue) result.leadUserId = t('inspections.errorRequired');
    const anyAddress = values.addressLabel.trim() || values.postcode.trim() || values.houseNumber.trim();
    if (!addressOptional || anyAddress) {
      if (!values.addressLabel.trim()) result.addressLabel = t('inspections.errorRequired');
      if (!values.postcode.trim()) result.postcode = t('inspections.errorRequired');
      if (!values.houseNumber.trim()) result.houseNumber = t('inspections.errorRequired');
      else if (!/^\d+$/.test(values.houseNumber.trim())) result.houseNumber = t('inspections.errorNumber');
    }
    return result;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validate(), async () => {
      const address = values.addressLabel.trim() || values.postcode.trim() || values.houseNumber.trim();
      const created = await createInspection({
        objectType: values.objectType,
        ...(address ? { addressLabel: values.addressLabel.trim(), postcode: values.postcode.trim(), houseNumber: Number(values.houseNumber.trim()) } : {}),
        wijkCode: values.wijkCode.trim() || null,
        plannedOn: values.plannedOn,
        partners: values.partners,
        leadUserId: leadValue,
        teamUserIds,
        ...(followUp ? { requestedByMeasureId: measureId } : {}),
      });
      void navigate(paths.inspection(created.id), { state: { notice: t('inspections.planned', { number: created.number }) } });
    });
  };

  const labels: Record<string, string> = {
    objectType: t('inspections.objectType'),
    subjectId: t('inspections.addressLabel'),
    addressLabel: t('inspections.addressLabel'),
    postcode: t('inspections.postcode'),
    houseNumber: t('inspections.houseNumber'),
    wijkCode: t('inspections.wijkCode'),
    plannedOn: t('inspections.plannedOn'),
    partners: t('inspections.partners'),
    leadUserId: t('inspections.lead'),
    teamUserIds: t('inspections.team'),
    requestedByMeasureId: t('inspections.chainRequestedBy'),
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.inspections}>{t('inspections.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{t('inspections.newTitle')}</PageTitle>
      <Paragraph lead>{t('inspections.newIntro')}</Paragraph>
      {followUp && measure.data && (
        <Paragraph>
          <RouterLink to={paths.measure(measure.data.id)}>{t('inspections.followUpOf', { number: measure.data.number })}</RouterLink>{' '}
          {t('inspections.followUpAddress', { address: measure.data.addressLabel })}
        </Paragraph>
      )}
      {followUp && measure.error !== null && <ErrorAlert error={measure.error} />}
      {(checklists.loading || leads.loading) && <Loading />}
      {checklists.error !== null && <ErrorAlert error={checklists.error} />}
      {leads.error !== null && <ErrorAlert error={leads.error} />}
      {checklists.data && leads.data && (
        <>
          <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={errors} fields={labels} />
          <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <SelectField
              id={id('objectType')}
              name="objectType"
              label={t('inspections.objectType')}
              description={t('inspections.objectTypeHint')}
              value={values.objectType}
              emptyOption={t('common.chooseOption')}
              options={checklists.data.filter((c) => c.active).map((c) => ({ value: c.objectType, label: c.name[language] }))}
              onChange={(value) => set('objectType', value)}
              error={errors.objectType}
              required
            />
            <Fieldset>
              <FieldsetLegend>{t('inspections.addressLegend')}</FieldsetLegend>
              <TextField
                id={id('addressLabel')}
                name="addressLabel"
                label={t('inspections.addressLabel')}
                description={t('inspections.addressHint')}
                value={values.addressLabel}
                onChange={(value) => set('addressLabel', value)}
                error={errors.addressLabel ?? errors.subjectId}
                required={!addressOptional}
                maxLength={200}
                autoComplete="off"
              />
              <TextField
                id={id('postcode')}
                name="postcode"
                label={t('inspections.postcode')}
                description={t('inspections.postcodeHint')}
                value={values.postcode}
                onChange={(value) => set('postcode', value)}
                error={errors.postcode}
                required={!addressOptional}
                maxLength={7}
                autoComplete="off"
              />
              <TextField
                id={id('houseNumber')}
                name="houseNumber"
                label={t('inspections.houseNumber')}
                description={t('inspections.houseNumberHint')}
                value={values.houseNumber}
                onChange={(value) => set('houseNumber', value)}
                error={errors.houseNumber}
                inputMode="numeric"
                required={!addressOptional}
                maxLength={5}
                autoComplete="off"
              />
              <TextField
                id={id('wijkCode')}
                name="wijkCode"
                label={t('inspections.wijkCode')}
                description={t('inspections.wijkHint')}
                value={values.wijkCode}
                onChange={(value) => set('wijkCode', value)}
                error={errors.wijkCode}
                maxLength={20}
                autoComplete="off"
              />
            </Fieldset>
            <TextField
              id={id('plannedOn')}
              name="plannedOn"
              type="date"
              label={t('inspections.plannedOn')}
              description={t('inspections.dateHint')}
              value={values.plannedOn}
              onChange={(value) => set('plannedOn', value)}
              error={errors.plannedOn}
              required
            />
            <CheckboxGroupField
              id={id('partners')}
              name="partners"
              legend={t('inspections.partners')}
              description={t('inspections.partnersHint')}
              values={values.partners}
              options={INSPECTION_PARTNERS.map((partner) => ({ value: partner, label: t(`inspections.partner.${partner}`) }))}
              onChange={(value, checked) => {
                if (!isPartner(value)) return;
                setValues((current) => ({
                  ...current,
                  partners: checked ? [...current.partners.filter((p) => p !== value), value] : current.partners.filter((p) => p !== value),
                }));
              }}
              error={errors.partners}
            />
            <SelectField
              id={id('leadUserId')}
              name="leadUserId"
              label={t('inspections.lead')}
              description={t('inspections.leadHint')}
              value={leadValue}
              emptyOption={t('common.chooseOption')}
              options={leadOptions.map((lead) => ({ value: lead.id, label: lead.name }))}
              onChange={(value) => set('leadUserId', value)}
              error={errors.leadUserId}
              required
            />
            {teamOptions.length > 0 && (
              <CheckboxGroupField
                id={id('teamUserIds')}
                name="teamUserIds"
                legend={t('inspections.team')}
                description={t('inspections.teamHint')}
                values={teamUserIds}
                options={teamOptions.map((member) => ({ value: member.id, label: `${member.name} (${roleLabel(t, member.role)})` }))}
                onChange={(value, checked) =>
                  setValues((current) => ({
                    ...current,
                    teamUserIds: checked ? [...current.teamUserIds.filter((m) => m !== value), value] : current.teamUserIds.filter((m) => m !== value),
                  }))
                }
                error={errors.teamUserIds}
              />
            )}
            <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
              {t('inspections.submitPlan')}
            </PrimaryActionButton>
          </form>
        </>
      )}
    </>
  );
}
