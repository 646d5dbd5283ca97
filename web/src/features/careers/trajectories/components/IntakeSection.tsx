import { Checkbox, FormField, FormFieldErrorMessage, FormLabel, Heading2, Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { useLanguage } from '../../../../i18n/useLanguage';
import { RadioGroupField } from '../../../registry/components/RadioGroupField';
import { decideIntake, INTAKE_DECISIONS, saveIntake, TARGET_GROUPS, type CareerReference, type IntakeDecision, type TrajectoryDetail } from '../api';
import { intakePayload, intakeValues, validateIntake, type ErrorKeys, type IntakeValues } from '../forms';

const INTAKE_FORM = 'intake';
const DECISION_FORM = 'intake-decision';

function useErrorMessages() {
  const { t } = useTranslation();
  return (keys: ErrorKeys): FieldErrors =>
    Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, key ? t(`careers.errors.${key}`) : undefined]));
}

function IntakeForm({ detail, reference, onSaved }: { detail: TrajectoryDetail; reference: CareerReference; onSaved: (next: TrajectoryDetail) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const messages = useErrorMessages();
  const [values, setValues] = useState<IntakeValues>(() => intakeValues(detail, reference));
  const form = useFormSubmission();
  const errors = form.fieldErrors;
  const id = (name: string) => fieldId(INTAKE_FORM, name);
  const criteria = reference.criteria.filter((c) => c.active);
  const criterionText = (code: string) => {
    const c = criteria.find((x) => x.code === code);
    return c ? (language === 'en' ? c.textEn : c.textNl) : code;
  };
  const setCriterion = (code: string, patch: Partial<IntakeValues['criteria'][string]>) =>
    setValues((v) => ({ ...v, criteria: { ...v.criteria, [code]: { ...(v.criteria[code] ?? { met: '', note: '' }), ...patch } } }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(messages(validateIntake(values)), async () => onSaved(await saveIntake(detail.id, intakePayload(values, detail.version))));
  };

  const labels: Record<string, string> = {
    targetGroup: t('careers.targetGroupLabel'),
    criteria: t('careers.criteriaLegend'),
    informed: t('careers.informedLegend'),
    informedException: t('careers.informedException'),
    legalBasisCode: t('careers.legalBasis'),
  };
  criteria.forEach((c, i) => {
    labels[`criteria.${i}.code`] = criterionText(c.code);
  });

  return (
    <>
      <FormErrorSummary formId={INTAKE_FORM} error={form.error} fieldErrors={errors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          id={id('targetGroup')}
          name="targetGroup"
          label={t('careers.targetGroupLabel')}
          value={values.targetGroup}
          emptyOption={t('careers.targetGroupNone')}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`careers.targetGroup.${g}`) }))}
          onChange={(v) => setValues((cur) => ({ ...cur, targetGroup: TARGET_GROUPS.find((g) => g === v) ?? '' }))}
          error={errors.targetGroup}
        />
        <FormField
          type="checkbox"
          description={t('careers.familyContextHint')}
          label={
            <FormLabel htmlFor={id('familyContext')} type="checkbox" checked={values.familyContext}>
              {t('careers.familyContext')}
            </FormLabel>
          }
          input={
            <Checkbox
              id={id('familyContext')}
              name="familyContext"
              checked={values.familyContext}
              onChange={(event) => setValues((cur) => ({ ...cur, familyContext: event.target.checked }))}
            />
          }
        />
        <Heading3 id={id('criteria')} tabIndex={-1}>
          {t('careers.criteriaLegend')}
        </Heading3>
        {errors.criteria && <FormFieldErrorMessage>{errors.criteria}</FormFieldErrorMessage>}
        {criteria.map((c) => (
          <div key={c.code}>
            <RadioGroupField
              id={id(`criterion-${c.code}`)}
              name={`criterion-${c.code}`}
              legend={criterionText(c.code)}
              value={values.criteria[c.code]?.met ?? ''}
              options={[
                { value: 'yes', label: t('careers.criterionMet') },
                { value: 'no', label: t('careers.criterionNotMet') },
              ]}
              onChange={(v) => setCriterion(c.code, { met: v === 'yes' ? 'yes' : 'no' })}
            />
            <TextField
              id={id(`criterion-${c.code}-note`)}
              name={`criterion-${c.code}-note`}
              label={t('careers.criterionNote', { criterion: criterionText(c.code) })}
              value={values.criteria[c.code]?.note ?? ''}
              onChange={(v) => setCriterion(c.code, { note: v })}
              maxLength={2000}
            />
          </div>
        ))}
        <RadioGroupField
          id={id('informed')}
          name="informed"
          legend={t('careers.informedLegend')}
          value={values.informed}
          options={[
            { value: 'yes', label: t('careers.informedYes') },
            { value: 'no', label: t('careers.informedNo') },
          ]}
          onChange={(v) => setValues((cur) => ({ ...cur, informed: v === 'yes' ? 'yes' : 'no' }))}
          error={errors.informed}
        />
        {values.informed === 'no' && (
          <TextareaField
            id={id('informedException')}
            name="informedException"
            label={t('careers.informedException')}
            description={t('careers.informedExceptionHint')}
            value={values.informedException}
            onChange={(v) => setValues((cur) => ({ ...cur, informedException: v }))}
            error={errors.informedException}
            maxLength={2000}
            required
          />
        )}
        <SelectField
          id={id('legalBasisCode')}
          name="legalBasisCode"
          label={t('careers.legalBasis')}
          value={values.legalBasisCode}
          emptyOption={t('common.chooseOption')}
          options={reference.legalBases
            .filter((b) => b.active || b.code === values.legalBasisCode)
            .map((b) => ({ value: b.code, label: language === 'en' ? b.nameEn : b.nameNl }))}
          onChange={(v) => setValues((cur) => ({ ...cur, legalBasisCode: v }))}
          error={errors.legalBasisCode}
          required
        />
        <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
          {t('careers.submitIntake')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

function DecisionForm({ detail, onDecided }: { detail: TrajectoryDetail; onDecided: (next: TrajectoryDetail) => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<IntakeDecision | ''>('');
  const [note, setNote] = useState('');
  const [referredTo, setReferredTo] = useState('');
  const form = useFormSubmission();
  const id = (name: string) => fieldId(DECISION_FORM, name);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {
      ...(decision ? {} : { decision: t('careers.errors.required') }),
      ...(note.trim() ? {} : { note: t('careers.errors.required') }),
      ...(decision === 'refer_elsewhere' && !referredTo.trim() ? { referredTo: t('careers.errors.required') } : {}),
    };
    await form.submit(errors, async () => {
      if (!decision) return;
      onDecided(await decideIntake(detail.id, { decision, note: note.trim(), ...(decision === 'refer_elsewhere' ? { referredTo: referredTo.trim() } : {}) }));
    });
  };
  return (
    <>
      <Heading3>{t('careers.decisionTitle')}</Heading3>
      <Paragraph>{t('careers.decisionIntro')}</Paragraph>
      <FormErrorSummary
        formId={DECISION_FORM}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{ decision: t('careers.decisionLabel'), note: t('careers.decisionNote'), referredTo: t('careers.referredTo') }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <RadioGroupField
          id={id('decision')}
          name="decision"
          legend={t('careers.decisionLabel')}
          value={decision}
          options={INTAKE_DECISIONS.map((d) => ({ value: d, label: t(`careers.decision.${d}`) }))}
          onChange={(v) => setDecision(INTAKE_DECISIONS.find((d) => d === v) ?? '')}
          error={form.fieldErrors.decision}
        />
        {decision === 'refer_elsewhere' && (
          <TextField
            id={id('referredTo')}
            name="referredTo"
            label={t('careers.referredTo')}
            value={referredTo}
            onChange={setReferredTo}
            error={form.fieldErrors.referredTo}
            maxLength={300}
            required
          />
        )}
        <TextareaField
          id={id('note')}
          name="note"
          label={t('careers.decisionNote')}
          value={note}
          onChange={setNote}
          error={form.fieldErrors.note}
          maxLength={4000}
          required
        />
        <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
          {t('careers.submitDecision')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** The intake: the form (criteria, target group, informed, legal basis) and the decision. */
export function IntakeSection({
  detail,
  reference,
  onChange,
}: {
  detail: TrajectoryDetail;
  reference: CareerReference;
  onChange: (next: TrajectoryDetail, message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="intake-heading" className="dwb-signal-section">
      <Heading2 id="intake-heading">{t('careers.intakeTitle')}</Heading2>
      <Paragraph>{t('careers.intakeIntro')}</Paragraph>
      <IntakeForm key={detail.version} detail={detail} reference={reference} onSaved={(next) => onChange(next, t('careers.intakeSaved'))} />
      <DecisionForm detail={detail} onDecided={(next) => onChange(next, t('careers.decided'))} />
    </section>
  );
}
