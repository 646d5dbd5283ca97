import { Fieldset, FieldsetLegend, PrimaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { TextareaField } from '../../../components/TextareaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { isConfidentialityLevel } from '../../../domain/vocabulary';
import { CheckboxField } from '../../registry/components/CheckboxField';
import { RadioGroupField } from '../../registry/components/RadioGroupField';
import { confidentialityOptions } from '../../registry/options';
import type { CategoryView } from '../api';
import { collapseCategoryErrors, validateCategory, type CategoryFormValues } from '../categoryForm';
import { isOneOf, SLA_UNITS, URGENCIES } from '../vocabulary';
import { QuestionEditor, questionEditorLabels } from './QuestionEditor';

const FORM_ID = 'signal-category';

interface CategoryFormProps {
  initial: CategoryFormValues;
  /** A new category: the code can be chosen (and not changed later). */
  isNew: boolean;
  onSave: (values: CategoryFormValues) => Promise<CategoryView>;
  onSaved: (category: CategoryView) => void;
}

/** The category editor: names, explanation, signs, handling, and the extra questions. */
export function CategoryForm({ initial, isNew, onSave, onSaved }: CategoryFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CategoryFormValues>(initial);
  const [announcement, setAnnouncement] = useState('');
  const form = useFormSubmission();
  // Memoised: the error summary takes focus whenever the object it gets changes.
  const errors = useMemo(() => collapseCategoryErrors(form.fieldErrors), [form.fieldErrors]);
  const set = <K extends keyof CategoryFormValues>(name: K, value: CategoryFormValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const id = (name: string) => fieldId(FORM_ID, name);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const clientErrors = validateCategory(t, (problem) => t('signals.categories.errors.optionLine', { line: problem.line, text: problem.text }), values, {
      withCode: isNew,
    });
    await form.submit(clientErrors, async () => {
      onSaved(await onSave(values));
    });
  };

  const labels: Record<string, string> = {
    code: t('signals.categories.code'),
    'name.nl': t('signals.categories.nameNl'),
    'name.en': t('signals.categories.nameEn'),
    'help.nl': t('signals.categories.helpNl'),
    'help.en': t('signals.categories.helpEn'),
    'indicators.nl': t('signals.categories.indicatorsNl'),
    'indicators.en': t('signals.categories.indicatorsEn'),
    slaDays: t('signals.categories.slaDays'),
    slaUnit: t('signals.categories.slaUnit'),
    urgency: t('signals.categories.urgency'),
    confidentiality: t('signals.categories.confidentiality'),
    sortOrder: t('signals.categories.sortOrder'),
    ...questionEditorLabels(t, values.questions),
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={errors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('signals.categories.generalLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            {isNew && (
              <TextField
                id={id('code')}
                name="code"
                label={t('signals.categories.code')}
                description={t('signals.categories.codeHint')}
                value={values.code}
                onChange={(value) => set('code', value)}
                error={errors.code}
                maxLength={40}
                autoComplete="off"
                spellCheck={false}
                required
              />
            )}
            <TextField
              id={id('name.nl')}
              name="name.nl"
              label={t('signals.categories.nameNl')}
              value={values.nameNl}
              onChange={(value) => set('nameNl', value)}
              error={errors['name.nl']}
              maxLength={120}
              required
            />
            <TextField
              id={id('name.en')}
              name="name.en"
              label={t('signals.categories.nameEn')}
              value={values.nameEn}
              onChange={(value) => set('nameEn', value)}
              error={errors['name.en']}
              maxLength={120}
              required
            />
            <TextareaField
              id={id('help.nl')}
              name="help.nl"
              label={t('signals.categories.helpNl')}
              value={values.helpNl}
              onChange={(value) => set('helpNl', value)}
              error={errors['help.nl']}
              maxLength={1000}
            />
            <TextareaField
              id={id('help.en')}
              name="help.en"
              label={t('signals.categories.helpEn')}
              value={values.helpEn}
              onChange={(value) => set('helpEn', value)}
              error={errors['help.en']}
              maxLength={1000}
            />
            <TextareaField
              id={id('indicators.nl')}
              name="indicators.nl"
              label={t('signals.categories.indicatorsNl')}
              description={t('signals.categories.indicatorsHint')}
              value={values.indicatorsNl}
              onChange={(value) => set('indicatorsNl', value)}
              error={errors['indicators.nl']}
              rows={6}
            />
            <TextareaField
              id={id('indicators.en')}
              name="indicators.en"
              label={t('signals.categories.indicatorsEn')}
              description={t('signals.categories.indicatorsHint')}
              value={values.indicatorsEn}
              onChange={(value) => set('indicatorsEn', value)}
              error={errors['indicators.en']}
              rows={6}
            />
          </div>
        </Fieldset>

        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('signals.categories.handlingLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <TextField
              id={id('slaDays')}
              name="slaDays"
              label={t('signals.categories.slaDays')}
              description={t('signals.categories.slaDaysHint')}
              value={values.slaDays}
              onChange={(value) => set('slaDays', value)}
              error={errors.slaDays}
              inputMode="numeric"
              maxLength={3}
              required
            />
            <RadioGroupField
              id={id('slaUnit')}
              name="slaUnit"
              legend={t('signals.categories.slaUnit')}
              value={values.slaUnit}
              options={SLA_UNITS.map((unit) => ({ value: unit, label: t(`signals.slaUnits.${unit}`) }))}
              onChange={(value) => set('slaUnit', isOneOf(SLA_UNITS, value) ? value : 'working')}
              error={errors.slaUnit}
            />
            <SelectField
              id={id('urgency')}
              name="urgency"
              label={t('signals.categories.urgency')}
              description={t('signals.categories.urgencyHint')}
              value={values.urgency}
              options={URGENCIES.map((urgency) => ({ value: String(urgency), label: t('signals.categories.urgencyOption', { urgency }) }))}
              onChange={(value) => set('urgency', value)}
              error={errors.urgency}
              required
            />
            <SelectField
              id={id('confidentiality')}
              name="confidentiality"
              label={t('signals.categories.confidentiality')}
              value={values.confidentiality}
              options={confidentialityOptions(t)}
              onChange={(value) => set('confidentiality', isConfidentialityLevel(value) ? value : 'vertrouwelijk')}
              error={errors.confidentiality}
              required
            />
            <TextField
              id={id('sortOrder')}
              name="sortOrder"
              label={t('signals.categories.sortOrder')}
              description={t('signals.categories.sortOrderHint')}
              value={values.sortOrder}
              onChange={(value) => set('sortOrder', value)}
              error={errors.sortOrder}
              inputMode="numeric"
              maxLength={4}
              required
            />
            <CheckboxField
              id={id('active')}
              name="active"
              label={t('signals.categories.active')}
              checked={values.active}
              onChange={(checked) => set('active', checked)}
            />
          </div>
        </Fieldset>

        <QuestionEditor
          formId={FORM_ID}
          questions={values.questions}
          errors={errors}
          onChange={(questions) => set('questions', questions)}
          onAnnounce={setAnnouncement}
        />
        <div role="status" className="dwb-status-region dwb-visually-hidden">
          {announcement}
        </div>

        <PrimaryActionButton type="submit" busy={form.busy}>
          {isNew ? t('signals.categories.create') : t('signals.categories.save')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
