import { Fieldset, FieldsetLegend, Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { addCourtStep, extendExecution, extendObjectionTerm, updateCourtStep, type CourtStepView, type MeasureDetail } from '../api';
import {
  COURT_OUTCOMES,
  courtStepValues,
  EMPTY_COURT_STEP,
  toCourtStepUpdate,
  toCourtStepInput,
  toExecutionExtension,
  validateCourtStep,
  validateExecutionExtension,
  validateMotivation,
  type CourtStepValues,
  type ExecutionExtensionValues,
} from '../extraForms';
import { courtKindLabel, courtOutcomeLabel } from '../labels';
import { COURT_STEP_KINDS } from '../vocabulary';
import type { OnChanged } from './StepForm';

/** "Beslistermijn verlengen": once, by six weeks, with a motivation. */
export function ObjectionExtensionForm({ measure, onChanged }: { measure: MeasureDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const formId = 'measure-objection-extension';
  const [motivation, setMotivation] = useState('');
  const form = useFormSubmission();
  const labels = { motivation: t('measures.extension.motivation') };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateMotivation(t, motivation), async () => {
      onChanged(await extendObjectionTerm(measure.id, motivation.trim()), t('measures.extension.objectionDone'));
    });
  };
  return (
    <section aria-labelledby={`${formId}-heading`} className="dwb-section">
      <Heading3 id={`${formId}-heading`}>{t('measures.extension.objectionHeading')}</Heading3>
      <Paragraph>{t('measures.extension.objectionIntro')}</Paragraph>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextareaField
          id={fieldId(formId, 'motivation')}
          name="motivation"
          label={labels.motivation}
          value={motivation}
          onChange={setMotivation}
          error={form.fieldErrors.motivation}
          required
          rows={3}
          maxLength={4000}
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('measures.extension.objectionSubmit')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

/** "Verlenging": a new end date of the execution with a motivation. */
export function ExecutionExtensionForm({ measure, onChanged }: { measure: MeasureDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const formId = 'measure-execution-extension';
  const [values, setValues] = useState<ExecutionExtensionValues>({ newEnd: '', motivation: '' });
  const form = useFormSubmission();
  const labels = { newEnd: t('measures.extension.newEnd'), motivation: t('measures.extension.motivation') };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateExecutionExtension(t, values), async () => {
      onChanged(await extendExecution(measure.id, toExecutionExtension(values)), t('measures.extension.executionDone'));
    });
  };
  return (
    <section aria-labelledby={`${formId}-heading`} className="dwb-section">
      <Heading3 id={`${formId}-heading`}>{t('measures.extension.executionHeading')}</Heading3>
      <Paragraph>{t('measures.extension.executionIntro')}</Paragraph>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="dwb-form__fields">
          <TextField
            id={fieldId(formId, 'newEnd')}
            name="newEnd"
            type="date"
            label={labels.newEnd}
            value={values.newEnd}
            onChange={(newEnd) => setValues((current) => ({ ...current, newEnd }))}
            error={form.fieldErrors.newEnd}
            required
          />
          <TextareaField
            id={fieldId(formId, 'motivation')}
            name="motivation"
            label={labels.motivation}
            value={values.motivation}
            onChange={(motivation) => setValues((current) => ({ ...current, motivation }))}
            error={form.fieldErrors.motivation}
            required
            rows={3}
            maxLength={4000}
          />
        </div>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('measures.extension.executionSubmit')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

/** A court step: voorlopige voorziening, beroep or hoger beroep, with court, case number, dates and outcome. */
export function CourtStepForm({ measure, onChanged }: { measure: MeasureDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const formId = 'measure-court-step';
  const [values, setValues] = useState<CourtStepValues>(EMPTY_COURT_STEP);
  const form = useFormSubmission();
  const set = <K extends keyof CourtStepValues>(name: K, value: CourtStepValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const labels = {
    kind: t('measures.courtForm.kind'),
    court: t('measures.courtForm.court'),
    caseNumber: t('measures.courtForm.caseNumber'),
    filedOn: t('measures.courtForm.filedOn'),
    hearingOn: t('measures.courtForm.hearingOn'),
    rulingOn: t('measures.courtForm.rulingOn'),
    outcome: t('measures.courtForm.outcome'),
    note: t('measures.courtForm.note'),
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateCourtStep(t, values), async () => {
      const updated = await addCourtStep(measure.id, toCourtStepInput(values));
      setValues(EMPTY_COURT_STEP);
      onChanged(updated, t('measures.courtForm.done'));
    });
  };
  return (
    <section aria-labelledby={`${formId}-heading`} className="dwb-section">
      <Heading3 id={`${formId}-heading`}>{t('measures.courtForm.heading')}</Heading3>
      <Paragraph>{t('measures.courtForm.intro')}</Paragraph>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('measures.courtForm.heading')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={fieldId(formId, 'kind')}
              name="kind"
              label={labels.kind}
              value={values.kind}
              emptyOption={t('common.chooseOption')}
              options={COURT_STEP_KINDS.map((kind) => ({ value: kind, label: courtKindLabel(t, kind) }))}
              onChange={(value) => set('kind', value)}
              error={form.fieldErrors.kind}
              required
            />
            <TextField
              id={fieldId(formId, 'court')}
              name="court"
              label={labels.court}
              value={values.court}
              onChange={(value) => set('court', value)}
              error={form.fieldErrors.court}
              maxLength={200}
            />
            <TextField
              id={fieldId(formId, 'caseNumber')}
              name="caseNumber"
              label={labels.caseNumber}
              value={values.caseNumber}
              onChange={(value) => set('caseNumber', value)}
              error={form.fieldErrors.caseNumber}
              maxLength={100}
            />
            <TextField
              id={fieldId(formId, 'filedOn')}
              name="filedOn"
              type="date"
              label={labels.filedOn}
              value={values.filedOn}
              onChange={(value) => set('filedOn', value)}
              error={form.fieldErrors.filedOn}
              required
            />
            <TextField
              id={fieldId(formId, 'hearingOn')}
              name="hearingOn"
              type="date"
              label={labels.hearingOn}
              value={values.hearingOn}
              onChange={(value) => set('hearingOn', value)}
              error={form.fieldErrors.hearingOn}
            />
            <TextField
              id={fieldId(formId, 'rulingOn')}
              name="rulingOn"
              type="date"
              label={labels.rulingOn}
              value={values.rulingOn}
              onChange={(value) => set('rulingOn', value)}
              error={form.fieldErrors.rulingOn}
            />
            <SelectField
              id={fieldId(formId, 'outcome')}
              name="outcome"
              label={labels.outcome}
              value={values.outcome}
              emptyOption={t('measures.courtForm.noOutcome')}
              options={COURT_OUTCOMES.map((outcome) => ({ value: outcome, label: courtOutcomeLabel(t, outcome) }))}
              onChange={(value) => set('outcome', value)}
              error={form.fieldErrors.outcome}
            />
            <TextareaField
              id={fieldId(formId, 'note')}
              name="note"
              label={labels.note}
              value={values.note}
              onChange={(value) => set('note', value)}
              error={form.fieldErrors.note}
              rows={2}
              maxLength={4000}
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('measures.courtForm.submit')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

/** Hearing date, ruling date and outcome of a court step that was recorded when it was filed. */
export function CourtRulingForm({ measure, step, onChanged }: { measure: MeasureDetail; step: CourtStepView; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const formId = `measure-court-ruling-${step.id}`;
  const [values, setValues] = useState<CourtStepValues>(() => courtStepValues(step));
  const form = useFormSubmission();
  const set = <K extends keyof CourtStepValues>(name: K, value: CourtStepValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const labels = { hearingOn: t('measures.courtForm.hearingOn'), rulingOn: t('measures.courtForm.rulingOn'), outcome: t('measures.courtForm.outcome') };
  const name = step.caseNumber ? `${courtKindLabel(t, step.kind)} (${step.caseNumber})` : courtKindLabel(t, step.kind);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateCourtStep(t, values), async () => {
      onChanged(await updateCourtStep(measure.id, step.id, toCourtStepUpdate(values)), t('measures.courtForm.rulingDone'));
    });
  };
  return (
    <section aria-labelledby={`${formId}-heading`} className="dwb-section">
      <Heading3 id={`${formId}-heading`}>{t('measures.courtForm.rulingHeading', { step: name })}</Heading3>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="dwb-form__fields">
          <TextField
            id={fieldId(formId, 'hearingOn')}
            name="hearingOn"
            type="date"
            label={labels.hearingOn}
            value={values.hearingOn}
            onChange={(value) => set('hearingOn', value)}
            error={form.fieldErrors.hearingOn}
          />
          <TextField
            id={fieldId(formId, 'rulingOn')}
            name="rulingOn"
            type="date"
            label={labels.rulingOn}
            value={values.rulingOn}
            onChange={(value) => set('rulingOn', value)}
            error={form.fieldErrors.rulingOn}
          />
          <SelectField
            id={fieldId(formId, 'outcome')}
            name="outcome"
            label={labels.outcome}
            value={values.outcome}
            emptyOption={t('measures.courtForm.noOutcome')}
            options={COURT_OUTCOMES.map((outcome) => ({ value: outcome, label: courtOutcomeLabel(t, outcome) }))}
            onChange={(value) => set('outcome', value)}
            error={form.fieldErrors.outcome}
          />
        </div>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('measures.courtForm.rulingSubmit')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}
