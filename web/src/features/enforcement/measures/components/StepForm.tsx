import { Fieldset, FieldsetLegend, Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { CheckboxField } from '../../../registry/components/CheckboxField';
import { RadioGroupField } from '../../../registry/components/RadioGroupField';
import { transitionMeasure, type MeasureDetail, type NextStep } from '../api';
import { objectionOutcomeLabel, rolesLabel, stepLabel } from '../labels';
import {
  DATE_FIELDS,
  DAY_FIELDS,
  initialStepValues,
  isOpinionStep,
  LONG_TEXT_FIELDS,
  OBJECTION_OUTCOMES,
  SHORT_TEXT_FIELDS,
  toTransitionInput,
  validateStep,
  visibleFields,
  type StepValues,
} from '../stepForm';
import { isOneOf } from '../vocabulary';

export type OnChanged = (measure: MeasureDetail, message: string) => void;

/** One allowed next step of the procedure with the fields it asks for (from the server), and a note. */
export function StepForm({ measure, step, onChanged }: { measure: MeasureDetail; step: NextStep; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const from = step.track === 'procedure' ? measure.status : measure.remedyStatus;
  const label = stepLabel(t, step, from);
  const formId = `measure-step-${step.track}-${step.to}`;
  const headingId = `${formId}-heading`;
  const [values, setValues] = useState<StepValues>(() => initialStepValues(measure));
  const form = useFormSubmission();
  const set = <K extends keyof StepValues>(name: K, value: StepValues[K]) => setValues((current) => ({ ...current, [name]: value }));

  const fieldLabels: Record<string, string> = {
    note: t('measures.fields.note'),
    sentOn: t('measures.fields.sentOn'),
    opinionDays: t('measures.fields.opinionDays'),
    noOpinionReceived: t('measures.fields.opinionChoice'),
    opinionResponse: t('measures.fields.opinionResponse'),
    opinionReceivedOn: t('measures.fields.opinionReceivedOn'),
    urgencyMotivation: t('measures.fields.urgencyMotivation'),
    decisionOn: t('measures.fields.decisionOn'),
    announcedOn: t('measures.fields.announcedOn'),
    graceDays: t('measures.fields.graceDays'),
    executionStart: t('measures.fields.executionStart'),
    liftedOn: t('measures.fields.liftedOn'),
    motivation: t('measures.fields.motivation'),
    receivedOn: t('measures.fields.receivedOn'),
    committee: t('measures.fields.committee'),
    decidedOn: t('measures.fields.decidedOn'),
    outcome: t('measures.fields.outcome'),
    filedOn: t('measures.fields.filedOn'),
    court: t('measures.fields.court'),
    caseNumber: t('measures.fields.caseNumber'),
    noAppealFiled: t('measures.fields.noAppealFiled'),
    finalOn: t('measures.fields.finalOn'),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateStep(t, step, values), async () => {
      const updated = await transitionMeasure(measure.id, toTransitionInput(step, values));
      onChanged(updated, t('measures.steps.done', { step: label }));
    });
  };

  const id = (name: string) => fieldId(formId, name);
  const fields = visibleFields(step, values);

  const renderField = (field: string) => {
    if (isOneOf(DATE_FIELDS, field)) {
      return (
        <TextField
          key={field}
          id={id(field)}
          name={field}
          type="date"
          label={fieldLabels[field] ?? field}
          value={values[field]}
          onChange={(value) => set(field, value)}
          error={form.fieldErrors[field]}
        />
      );
    }
    if (isOneOf(DAY_FIELDS, field)) {
      return (
        <TextField
          key={field}
          id={id(field)}
          name={field}
          label={fieldLabels[field] ?? field}
          description={field === 'opinionDays' ? t('measures.fields.opinionDaysHint', { days: measure.legalBasis.opinionDays }) : undefined}
          value={values[field]}
          onChange={(value) => set(field, value)}
          error={form.fieldErrors[field]}
          inputMode="numeric"
          maxLength={3}
        />
      );
    }
    if (isOneOf(LONG_TEXT_FIELDS, field) || field === 'opinionResponse') {
      const name = field;
      return (
        <TextareaField
          key={field}
          id={id(field)}
          name={field}
          label={fieldLabels[field] ?? field}
          value={values[name]}
          onChange={(value) => set(name, value)}
          error={form.fieldErrors[field]}
          rows={4}
          maxLength={field === 'opinionResponse' ? 10000 : 4000}
        />
      );
    }
    if (isOneOf(SHORT_TEXT_FIELDS, field)) {
      return (
        <TextField
          key={field}
          id={id(field)}
          name={field}
          label={fieldLabels[field] ?? field}
          value={values[field]}
          onChange={(value) => set(field, value)}
          error={form.fieldErrors[field]}
          maxLength={field === 'court' ? 200 : 100}
        />
      );
    }
    if (field === 'committee' || field === 'noAppealFiled') {
      return (
        <CheckboxField
          key={field}
          id={id(field)}
          name={field}
          label={fieldLabels[field] ?? field}
          checked={values[field]}
          onChange={(checked) => set(field, checked)}
        />
      );
    }
    if (field === 'outcome') {
      return (
        <SelectField
          key={field}
          id={id(field)}
          name={field}
          label={fieldLabels.outcome ?? field}
          value={values.outcome}
          emptyOption={t('common.chooseOption')}
          options={OBJECTION_OUTCOMES.map((outcome) => ({ value: outcome, label: objectionOutcomeLabel(t, outcome) }))}
          onChange={(value) => set('outcome', value)}
          error={form.fieldErrors.outcome}
        />
      );
    }
    return null;
  };

  return (
    <section aria-labelledby={headingId} className="dwb-section">
      <Heading3 id={headingId}>{t('measures.steps.heading', { step: label })}</Heading3>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={fieldLabels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('measures.steps.legend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            {isOpinionStep(step) && (
              <RadioGroupField
                id={id('noOpinionReceived')}
                name={`${formId}-opinion`}
                legend={fieldLabels.noOpinionReceived ?? ''}
                value={values.opinionChoice}
                options={[
                  { value: 'given', label: t('measures.fields.opinionGiven') },
                  { value: 'none', label: t('measures.fields.opinionNone') },
                ]}
                onChange={(value) => set('opinionChoice', value === 'given' || value === 'none' ? value : '')}
                error={form.fieldErrors.noOpinionReceived}
              />
            )}
            {fields.map(renderField)}
            <TextareaField
              id={id('note')}
              name="note"
              label={fieldLabels.note ?? ''}
              value={values.note}
              onChange={(value) => set('note', value)}
              error={form.fieldErrors.note}
              rows={2}
              maxLength={4000}
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('measures.steps.submit', { step: label })}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

/** A step this user cannot take now: who takes it, or why it cannot be taken yet. */
export function StepNotice({ measure, step }: { measure: MeasureDetail; step: NextStep }) {
  const { t } = useTranslation();
  const from = step.track === 'procedure' ? measure.status : measure.remedyStatus;
  return (
    <Paragraph>
      <strong>{stepLabel(t, step, from)}</strong>: {step.blockedReason ?? t('measures.steps.notForMe', { roles: rolesLabel(t, step.roles) })}
    </Paragraph>
  );
}
