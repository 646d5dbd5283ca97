import { Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { RadioGroupField } from '../../../registry/components/RadioGroupField';
import { ADVICE_LEVELS, BIBOB_STATUSES, DECISIONS, extendLbbTerm, isOneOf, saveFindings, transitionScreening, type BibobDetail } from '../api';
import { EMPTY_STEP, needsMotivation, stepFields, toTransitionInput, todayInAmsterdam, validateStep, type ErrorKey, type StepValues } from '../bibobForm';

type OnChanged = (screening: BibobDetail, message: string) => void;

/** The findings of the own investigation, editable until the decision. */
export function FindingsForm({ screening, onChanged }: { screening: BibobDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const formId = 'bibob-findings';
  const [findings, setFindings] = useState(screening.ownFindings);
  const form = useFormSubmission();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = findings.trim() ? {} : { findings: t('bibob.errors.required') };
    await form.submit(errors, async () => {
      onChanged(await saveFindings(screening.id, findings.trim()), t('bibob.findingsSaved'));
    });
  };
  return (
    <>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={{ findings: t('bibob.findings') }} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextareaField
          id={fieldId(formId, 'findings')}
          name="findings"
          label={t('bibob.findings')}
          description={t('bibob.findingsIntro')}
          value={findings}
          onChange={setFindings}
          error={form.fieldErrors.findings}
          rows={6}
          maxLength={20000}
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('bibob.saveFindings')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** The LBB extends its advice term once by four weeks. */
export function ExtensionForm({ screening, onChanged }: { screening: BibobDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const formId = 'bibob-extension';
  const [motivation, setMotivation] = useState('');
  const form = useFormSubmission();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = motivation.trim().length >= 10 ? {} : { motivation: t('bibob.errors.required') };
    await form.submit(errors, async () => {
      onChanged(await extendLbbTerm(screening.id, motivation.trim()), t('bibob.extended'));
    });
  };
  return (
    <>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={{ motivation: t('bibob.extensionMotivation') }} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('bibob.extensionLegend')}</FieldsetLegend>
          <Paragraph>{t('bibob.extensionIntro')}</Paragraph>
          <TextareaField
            id={fieldId(formId, 'motivation')}
            name="motivation"
            label={t('bibob.extensionMotivation')}
            value={motivation}
            onChange={setMotivation}
            error={form.fieldErrors.motivation}
            maxLength={2000}
            required
          />
        </Fieldset>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('bibob.extend')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** "Volgende stap": one of the allowed steps with the fields that step needs. */
export function StepForm({ screening, onChanged }: { screening: BibobDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const formId = 'bibob-step';
  const [values, setValues] = useState<StepValues>({ ...EMPTY_STEP, to: screening.allowedTransitions.length === 1 ? screening.allowedTransitions[0]! : '' });
  const form = useFormSubmission();
  const id = (name: string) => fieldId(formId, name);
  const set = <K extends keyof StepValues>(name: K, value: StepValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const msg = (key: ErrorKey) => t(`bibob.errors.${key}`);
  const fields = stepFields(values.to, values.decision);
  const motivationRequired = needsMotivation(values.decision, screening.lbb.advice);

  const labels: Record<string, string> = {
    to: t('bibob.stepTo'),
    requestedOn: t('bibob.requestedOn'),
    advice: t('bibob.adviceLabel'),
    adviceOn: t('bibob.adviceOn'),
    adviceSummary: t('bibob.adviceSummary'),
    decision: t('bibob.decisionLabel'),
    decisionOn: t('bibob.decisionOnLabel'),
    conditions: t('bibob.conditionsLabel'),
    motivation: t('bibob.motivationLabel'),
    measureId: t('bibob.measureId'),
    note: t('bibob.note'),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const facts = {
      allowed: screening.allowedTransitions,
      today: todayInAmsterdam(),
      applicationReceivedOn: screening.applicationReceivedOn,
      lbbRequestedOn: screening.lbb.requestedOn,
      lbbAdvice: screening.lbb.advice,
      lbbAdviceOn: screening.lbb.adviceOn,
      hasFindings: screening.ownFindings.trim() !== '',
    };
    await form.submit(validateStep(values, facts, msg), async () => {
      const updated = await transitionScreening(screening.id, toTransitionInput(values));
      onChanged(updated, t('bibob.stepDoneMessage', { status: t(`bibob.status.${updated.status}`) }));
    });
  };

  return (
    <>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('bibob.stepLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={id('to')}
              name="to"
              label={labels.to!}
              value={values.to}
              emptyOption={t('common.chooseOption')}
              options={screening.allowedTransitions.map((status) => ({ value: status, label: t(`bibob.status.${status}`) }))}
              onChange={(value) => set('to', isOneOf(BIBOB_STATUSES, value) ? value : '')}
              error={form.fieldErrors.to}
              required
            />
            {fields.includes('requestedOn') && (
              <TextField
                id={id('requestedOn')}
                name="requestedOn"
                type="date"
                label={labels.requestedOn!}
                description={t('bibob.dateHint')}
                value={values.requestedOn}
                onChange={(value) => set('requestedOn', value)}
                error={form.fieldErrors.requestedOn}
                required
              />
            )}
            {fields.includes('advice') && (
              <>
                <Paragraph>{t('bibob.notBinding')}</Paragraph>
                <RadioGroupField
                  id={id('advice')}
                  name="advice"
                  legend={labels.advice!}
                  value={values.advice}
                  options={ADVICE_LEVELS.map((level) => ({ value: level, label: t(`bibob.advice.${level}`) }))}
                  onChange={(value) => set('advice', isOneOf(ADVICE_LEVELS, value) ? value : '')}
                  error={form.fieldErrors.advice}
                />
                <TextField
                  id={id('adviceOn')}
                  name="adviceOn"
                  type="date"
                  label={labels.adviceOn!}
                  description={t('bibob.dateHint')}
                  value={values.adviceOn}
                  onChange={(value) => set('adviceOn', value)}
                  error={form.fieldErrors.adviceOn}
                  required
                />
                <TextareaField
                  id={id('adviceSummary')}
                  name="adviceSummary"
                  label={labels.adviceSummary!}
                  value={values.adviceSummary}
                  onChange={(value) => set('adviceSummary', value)}
                  error={form.fieldErrors.adviceSummary}
                  rows={4}
                  maxLength={5000}
                  required
                />
              </>
            )}
            {fields.includes('decision') && (
              <>
                {screening.lbb.advice && <Paragraph>{t('bibob.notBinding')}</Paragraph>}
                <RadioGroupField
                  id={id('decision')}
                  name="decision"
                  legend={labels.decision!}
                  value={values.decision}
                  options={DECISIONS.map((decision) => ({ value: decision, label: t(`bibob.decision.${decision}`) }))}
                  onChange={(value) => set('decision', isOneOf(DECISIONS, value) ? value : '')}
                  error={form.fieldErrors.decision}
                />
                <TextField
                  id={id('decisionOn')}
                  name="decisionOn"
                  type="date"
                  label={labels.decisionOn!}
                  description={t('bibob.dateHint')}
                  value={values.decisionOn}
                  onChange={(value) => set('decisionOn', value)}
                  error={form.fieldErrors.decisionOn}
                  required
                />
              </>
            )}
            {fields.includes('conditions') && (
              <TextareaField
                id={id('conditions')}
                name="conditions"
                label={labels.conditions!}
                description={t('bibob.conditionsHint')}
                value={values.conditions}
                onChange={(value) => set('conditions', value)}
                error={form.fieldErrors.conditions}
                rows={4}
                maxLength={5000}
                required
              />
            )}
            {fields.includes('motivation') && (
              <TextareaField
                id={id('motivation')}
                name="motivation"
                label={labels.motivation!}
                description={t('bibob.motivationHint')}
                value={values.motivation}
                onChange={(value) => set('motivation', value)}
                error={form.fieldErrors.motivation}
                rows={6}
                maxLength={10000}
                required={motivationRequired}
              />
            )}
            {fields.includes('measureId') && (
              <TextField
                id={id('measureId')}
                name="measureId"
                label={labels.measureId!}
                description={t('bibob.measureIdHint')}
                value={values.measureId}
                onChange={(value) => set('measureId', value)}
                error={form.fieldErrors.measureId}
                maxLength={36}
                spellCheck={false}
                autoComplete="off"
              />
            )}
            {fields.includes('note') && (
              <TextareaField
                id={id('note')}
                name="note"
                label={labels.note!}
                value={values.note}
                onChange={(value) => set('note', value)}
                error={form.fieldErrors.note}
                maxLength={2000}
              />
            )}
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('bibob.submitStep')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
