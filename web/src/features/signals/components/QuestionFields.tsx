import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { TextareaField } from '../../../components/TextareaField';
import { TextField } from '../../../components/TextField';
import { useLanguage } from '../../../i18n/useLanguage';
import { RadioGroupField } from '../../registry/components/RadioGroupField';
import type { Question } from '../api';
import { answerField, toggleChoice, type AnswerFormValues } from '../answers';
import { CheckboxGroupField } from './CheckboxGroupField';

interface QuestionFieldsProps {
  formId: string;
  /** Name of the category, for the legend. */
  category: string;
  questions: readonly Question[];
  values: AnswerFormValues;
  errors: FieldErrors;
  onChange: (values: AnswerFormValues) => void;
}

/** The category's extra questions, rendered from its data: one control per question type. */
export function QuestionFields({ formId, category, questions, values, errors, onChange }: QuestionFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (questions.length === 0) {
    return null;
  }
  const set = (key: string, value: string | string[]) => onChange({ ...values, [key]: value });

  const control = (question: Question) => {
    const name = answerField(question.key);
    const id = fieldId(formId, name);
    const label = question.required ? `${question.label[language]} ${t('signals.form.required')}` : question.label[language];
    const description = question.hint?.[language];
    const error = errors[name];
    const value = values[question.key];
    const text = typeof value === 'string' ? value : '';
    switch (question.type) {
      case 'text':
        return (
          <TextField
            key={name}
            id={id}
            name={name}
            label={label}
            description={description}
            value={text}
            onChange={(next) => set(question.key, next)}
            error={error}
            maxLength={2000}
          />
        );
      case 'textarea':
        return (
          <TextareaField
            key={name}
            id={id}
            name={name}
            label={label}
            description={description}
            value={text}
            onChange={(next) => set(question.key, next)}
            error={error}
            maxLength={2000}
          />
        );
      case 'number':
        return (
          <TextField
            key={name}
            id={id}
            name={name}
            label={label}
            description={description}
            value={text}
            onChange={(next) => set(question.key, next)}
            error={error}
            inputMode="decimal"
            maxLength={20}
          />
        );
      case 'yes_no':
        return (
          <RadioGroupField
            key={name}
            id={id}
            name={name}
            legend={label}
            description={description}
            value={text}
            options={[
              { value: 'yes', label: t('signals.yes') },
              { value: 'no', label: t('signals.no') },
            ]}
            onChange={(next) => set(question.key, next)}
            error={error}
          />
        );
      case 'single_choice':
        return (
          <RadioGroupField
            key={name}
            id={id}
            name={name}
            legend={label}
            description={description}
            value={text}
            options={(question.options ?? []).map((option) => ({ value: option.value, label: option.label[language] }))}
            onChange={(next) => set(question.key, next)}
            error={error}
          />
        );
      case 'multiple_choice':
        return (
          <CheckboxGroupField
            key={name}
            id={id}
            name={name}
            legend={label}
            description={description}
            values={Array.isArray(value) ? value : []}
            options={(question.options ?? []).map((option) => ({ value: option.value, label: option.label[language] }))}
            onChange={(option, checked) => set(question.key, toggleChoice(value, option, checked))}
            error={error}
          />
        );
    }
  };

  return (
    <Fieldset className="dwb-subfieldset">
      <FieldsetLegend>{t('signals.form.questionsLegend', { category })}</FieldsetLegend>
      <div className="dwb-form__fields">{questions.map(control)}</div>
    </Fieldset>
  );
}

/** Labels of the answer fields for the error summary. */
export function questionLabels(questions: readonly Question[], language: 'nl' | 'en'): Record<string, string> {
  return Object.fromEntries(questions.map((question) => [answerField(question.key), question.label[language]]));
}
