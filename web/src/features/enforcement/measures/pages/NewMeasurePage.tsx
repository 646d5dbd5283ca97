import { Alert, Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
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
import { useLanguage } from '../../../../i18n/useLanguage';
import { fetchAreas } from '../../../registry/api';
import {
  createMeasure,
  fetchInspection,
  fetchJurists,
  fetchLegalBases,
  fetchProposal,
  type InspectionSummary,
  type LegalBasisView,
  type MeasureCreated,
  type PersonRef,
  type ProposalView,
} from '../api';
import { PolicyNotice, ProposalDetails } from '../components/ProposalPanel';
import { Section } from '../components/MeasureBits';
import { drugClassLabel, durationLabel, kindLabel, originLabel, premisesLabel, quantityBandLabel } from '../labels';
import { amsterdamToday } from '../listQuery';
import {
  applyProposal,
  deviatesFromProposal,
  EMPTY_MEASURE_FORM,
  proposalRequestOf,
  toMeasureCreate,
  validateMeasureForm,
  valuesFromInspection,
  type MeasureFormValues,
} from '../measureForm';
import { DRUG_CLASSES, isOneOf, MEASURE_ORIGINS, PREMISES_TYPES, QUANTITY_BANDS } from '../vocabulary';

const FORM_ID = 'new-measure';

interface FormProps {
  inspection: InspectionSummary | null;
  legalBases: readonly LegalBasisView[];
  jurists: readonly PersonRef[];
  wijken: readonly { code: string; name: string }[];
  onCreated: (created: MeasureCreated) => void;
}

/** The matrix's proposal for the facts as they are now, recomputed when the matrix inputs change. */
function useProposal(values: MeasureFormValues) {
  const request = proposalRequestOf(values);
  const key = request ? JSON.stringify(request) : '';
  const [state, setState] = useState<{ key: string; proposal: ProposalView | null; error: unknown; loading: boolean }>({
    key: '',
    proposal: null,
    error: null,
    loading: false,
  });
  useEffect(() => {
    if (!request) {
      setState({ key: '', proposal: null, error: null, loading: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((current) => ({ ...current, key, loading: true, error: null }));
    // Wait until the user stops typing (the address counts for earlier offences) before asking the server.
    const timer = window.setTimeout(() => {
      fetchProposal(request, controller.signal).then(
        (proposal) => {
          if (!controller.signal.aborted) setState({ key, proposal, error: null, loading: false });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ key, proposal: null, error, loading: false });
        },
      );
    }, 400);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // The request is rebuilt every render; its JSON says when it really changed.
  }, [key]);
  return state;
}

function NewMeasureForm({ inspection, legalBases, jurists, wijken, onCreated }: FormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { session } = useSession();
  const [values, setValues] = useState<MeasureFormValues>(() => {
    const start = inspection ? valuesFromInspection(inspection) : EMPTY_MEASURE_FORM;
    const me = session?.user.id ?? '';
    return { ...start, responsibleUserId: jurists.some((jurist) => jurist.id === me) ? me : '' };
  });
  const form = useFormSubmission();
  const set = <K extends keyof MeasureFormValues>(name: K, value: MeasureFormValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const proposalState = useProposal(values);
  const proposal = proposalState.proposal;

  // A proposal with another outcome fills in its legal basis and duration; the user may still choose otherwise
  // (and motivate it). The same outcome again, e.g. after a change of address, leaves the user's choice alone.
  const applied = useRef<string>('');
  useEffect(() => {
    if (!proposal) return;
    const outcome = `${proposal.legalBasisCode ?? ''}|${proposal.durationMonths ?? ''}`;
    if (outcome !== applied.current) {
      applied.current = outcome;
      setValues((current) => applyProposal(current, proposal));
    }
  }, [proposal]);

  const deviating = deviatesFromProposal(values, proposal);
  const activeBases = legalBases.filter((basis) => basis.active || basis.code === values.legalBasisCode);
  const chosenBasis = legalBases.find((basis) => basis.code === values.legalBasisCode);

  const labels = {
    origin: t('measures.form.origin'),
    addressLabel: t('measures.form.address'),
    wijkCode: t('measures.form.wijk'),
    premisesType: t('measures.form.premisesType'),
    drugClass: t('measures.form.drugClass'),
    quantityBand: t('measures.form.quantityBand'),
    offenceOn: t('measures.form.offenceOn'),
    facts: t('measures.form.facts'),
    addresseeName: t('measures.form.addresseeName'),
    addresseeAddress: t('measures.form.addresseeAddress'),
    legalBasisCode: t('measures.form.legalBasis'),
    durationMonths: t('measures.form.durationMonths'),
    deviationMotivation: t('measures.form.deviation'),
    responsibleUserId: t('measures.form.responsible'),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validateMeasureForm(t, values, { proposal, legalBases, today: amsterdamToday() });
    if (!isOneOf(MEASURE_ORIGINS, values.origin)) errors.origin = t('measures.fields.errors.choice');
    await form.submit(errors, async () => {
      onCreated(await createMeasure(toMeasureCreate(values, proposal)));
    });
  };

  const proposalText = !proposal?.legalBasisName
    ? ''
    : proposal.durationMonths === null
      ? proposal.legalBasisName
      : `${proposal.legalBasisName}, ${durationLabel(t, proposal.durationMonths)}`;

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset>
          <FieldsetLegend>{t('measures.form.caseLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            {inspection ? (
              <Paragraph>{t('measures.form.originFixed', { number: inspection.number })}</Paragraph>
            ) : (
              <SelectField
                id={fieldId(FORM_ID, 'origin')}
                name="origin"
                label={labels.origin}
                value={values.origin}
                emptyOption={t('common.chooseOption')}
                options={MEASURE_ORIGINS.filter((origin) => origin !== 'inspection').map((origin) => ({ value: origin, label: originLabel(t, origin) }))}
                onChange={(value) => set('origin', isOneOf(MEASURE_ORIGINS, value) ? value : '')}
                error={form.fieldErrors.origin}
                required
              />
            )}
            <TextField
              id={fieldId(FORM_ID, 'addressLabel')}
              name="addressLabel"
              label={labels.addressLabel}
              description={t('measures.form.addressHint')}
              value={values.addressLabel}
              onChange={(value) => set('addressLabel', value)}
              error={form.fieldErrors.addressLabel}
              required={!inspection}
              maxLength={300}
            />
            <SelectField
              id={fieldId(FORM_ID, 'wijkCode')}
              name="wijkCode"
              label={labels.wijkCode}
              value={values.wijkCode}
              emptyOption={t('measures.form.noWijk')}
              options={wijken.map((wijk) => ({ value: wijk.code, label: wijk.name }))}
              onChange={(value) => set('wijkCode', value)}
              error={form.fieldErrors.wijkCode}
            />
          </div>
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('measures.form.factsLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={fieldId(FORM_ID, 'premisesType')}
              name="premisesType"
              label={labels.premisesType}
              value={values.premisesType}
              emptyOption={t('common.chooseOption')}
              options={PREMISES_TYPES.map((type) => ({ value: type, label: premisesLabel(t, type) }))}
              onChange={(value) => set('premisesType', value)}
              error={form.fieldErrors.premisesType}
            />
            <SelectField
              id={fieldId(FORM_ID, 'drugClass')}
              name="drugClass"
              label={labels.drugClass}
              value={values.drugClass}
              emptyOption={t('common.chooseOption')}
              options={DRUG_CLASSES.map((drugClass) => ({ value: drugClass, label: drugClassLabel(t, drugClass) }))}
              onChange={(value) => set('drugClass', value)}
              error={form.fieldErrors.drugClass}
            />
            <SelectField
              id={fieldId(FORM_ID, 'quantityBand')}
              name="quantityBand"
              label={labels.quantityBand}
              value={values.quantityBand}
              emptyOption={t('common.chooseOption')}
              options={QUANTITY_BANDS.map((band) => ({ value: band, label: quantityBandLabel(t, band) }))}
              onChange={(value) => set('quantityBand', value)}
              error={form.fieldErrors.quantityBand}
            />
            <TextField
              id={fieldId(FORM_ID, 'offenceOn')}
              name="offenceOn"
              type="date"
              label={labels.offenceOn}
              description={t('measures.form.offenceOnHint')}
              value={values.offenceOn}
              onChange={(value) => set('offenceOn', value)}
              error={form.fieldErrors.offenceOn}
            />
            <TextareaField
              id={fieldId(FORM_ID, 'facts')}
              name="facts"
              label={labels.facts}
              description={t('measures.form.factsHint')}
              value={values.facts}
              onChange={(value) => set('facts', value)}
              error={form.fieldErrors.facts}
              rows={5}
              maxLength={10000}
            />
          </div>
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('measures.form.addresseeLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <TextField
              id={fieldId(FORM_ID, 'addresseeName')}
              name="addresseeName"
              label={labels.addresseeName}
              value={values.addresseeName}
              onChange={(value) => set('addresseeName', value)}
              error={form.fieldErrors.addresseeName}
              maxLength={300}
            />
            <TextareaField
              id={fieldId(FORM_ID, 'addresseeAddress')}
              name="addresseeAddress"
              label={labels.addresseeAddress}
              value={values.addresseeAddress}
              onChange={(value) => set('addresseeAddress', value)}
              error={form.fieldErrors.addresseeAddress}
              rows={3}
              maxLength={500}
            />
          </div>
        </Fieldset>

        <Section id="new-measure-proposal-heading" heading={t('measures.proposal.heading')}>
          <PolicyNotice />
          <div role="status" className="dwb-status-region">
            {!proposalRequestOf(values) && <Paragraph>{t('measures.proposal.incomplete')}</Paragraph>}
            {proposalState.loading && <Paragraph>{t('measures.proposal.loading')}</Paragraph>}
          </div>
          {proposalState.error !== null && <ErrorAlert error={proposalState.error} />}
          {proposal && !proposalState.loading && <ProposalDetails proposal={proposal} />}
        </Section>

        <Fieldset>
          <FieldsetLegend>{t('measures.form.decisionLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={fieldId(FORM_ID, 'legalBasisCode')}
              name="legalBasisCode"
              label={labels.legalBasisCode}
              value={values.legalBasisCode}
              emptyOption={t('common.chooseOption')}
              options={activeBases.map((basis) => ({ value: basis.code, label: `${basis.name[language]} (${kindLabel(t, basis.measureKind)})` }))}
              onChange={(value) => set('legalBasisCode', value)}
              description={chosenBasis ? chosenBasis.article : undefined}
              error={form.fieldErrors.legalBasisCode}
              required
            />
            <TextField
              id={fieldId(FORM_ID, 'durationMonths')}
              name="durationMonths"
              label={labels.durationMonths}
              description={t('measures.form.durationHint')}
              value={values.durationMonths}
              onChange={(value) => set('durationMonths', value)}
              error={form.fieldErrors.durationMonths}
              inputMode="numeric"
              maxLength={3}
            />
            {deviating && (
              <TextareaField
                id={fieldId(FORM_ID, 'deviationMotivation')}
                name="deviationMotivation"
                label={labels.deviationMotivation}
                description={t('measures.form.deviationHint', { proposal: proposalText })}
                value={values.deviationMotivation}
                onChange={(value) => set('deviationMotivation', value)}
                error={form.fieldErrors.deviationMotivation}
                required
                rows={4}
                maxLength={4000}
              />
            )}
            <SelectField
              id={fieldId(FORM_ID, 'responsibleUserId')}
              name="responsibleUserId"
              label={labels.responsibleUserId}
              value={values.responsibleUserId}
              emptyOption={t('common.chooseOption')}
              options={jurists.map((jurist) => ({ value: jurist.id, label: jurist.name }))}
              onChange={(value) => set('responsibleUserId', value)}
              error={form.fieldErrors.responsibleUserId}
              required
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('measures.form.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** "Maatregel voorbereiden": facts, the escalation matrix's proposal, legal basis and responsible jurist. */
export function NewMeasurePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const inspectionId = params.get('inspection') ?? '';
  const inspection = useApiResource((signal) => (inspectionId ? fetchInspection(inspectionId, signal) : Promise.resolve(null)), [inspectionId]);
  const legalBases = useApiResource((signal) => fetchLegalBases(signal), []);
  const jurists = useApiResource((signal) => fetchJurists(signal), []);
  const areas = useApiResource((signal) => fetchAreas(signal), []);
  const [created, setCreated] = useState<MeasureCreated | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const onCreated = (result: MeasureCreated) => {
    setCreated(result);
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  const wijken = (areas.data ?? []).filter((area) => area.kind === 'wijk').map((wijk) => ({ code: wijk.code, name: wijk.name }));
  const loading = inspection.loading || legalBases.loading || jurists.loading;
  const ready = inspection.data !== undefined && legalBases.data && jurists.data && !areas.loading;

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.measures}>{t('measures.detail.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{t('measures.form.title')}</PageTitle>
      {inspection.data && (
        <Paragraph lead>
          {t('measures.form.fromInspection', { number: inspection.data.number })} ·{' '}
          <RouterLink to={paths.inspection(inspection.data.id)}>{t('measures.form.inspectionLink', { number: inspection.data.number })}</RouterLink>
        </Paragraph>
      )}
      <Paragraph>{t('measures.form.intro')}</Paragraph>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {created && (
          <>
            <StatusMessage>{t('measures.form.created', { number: created.number })}</StatusMessage>
            <Paragraph>
              <RouterLink to={paths.measure(created.id)}>{t('measures.form.open', { number: created.number })}</RouterLink>
            </Paragraph>
          </>
        )}
      </div>
      {loading && <Loading />}
      {inspection.error !== null && <ErrorAlert error={inspection.error} />}
      {legalBases.error !== null && <ErrorAlert error={legalBases.error} />}
      {jurists.error !== null && <ErrorAlert error={jurists.error} />}
      {areas.error !== null && <ErrorAlert error={areas.error} />}
      {inspection.data && inspection.data.outcomeNote && (
        <Alert type="info">
          <Paragraph>{t('measures.form.inspectionOutcome', { note: inspection.data.outcomeNote })}</Paragraph>
        </Alert>
      )}
      {ready && !created && (
        <NewMeasureForm
          inspection={inspection.data ?? null}
          legalBases={legalBases.data ?? []}
          jurists={jurists.data ?? []}
          wijken={wijken}
          onCreated={onCreated}
        />
      )}
    </>
  );
}
