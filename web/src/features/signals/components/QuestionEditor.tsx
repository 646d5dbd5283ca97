import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextareaField } from '../../../components/TextareaField';
import { TextField } from '../../../components/TextField';
import { CheckboxField } from '../../registry/components/CheckboxField';
import { emptyQuestion, moveItem, questionField, type QuestionDraft } from '../categoryForm';
import { questionTypeLabel } from '../labels';
import { isChoiceType, isQuestionType, QUESTION_TYPES } from '../vocabulary';

interface QuestionEditorProps {
  formId: string;
  questions: readonly QuestionDraft[];
  errors: FieldErrors;
  onChange: (questions: QuestionDraft[]) => void;
  /** Say what happened (added, removed, moved) in the form's status region. */
  onAnnounce: (message: string) => void;
}

function focusLater(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** The category's extra questions as a structured editor: add, remove and reorder; per question its key, type, labels and options. */
export function QuestionEditor({ formId, questions, errors, onChange, onAnnounce }: QuestionEditorProps) {
  const { t } = useTranslation();
  const addId = `${formId}-add-question`;
  const buttonId = (draft: QuestionDraft, action: 'up' | 'down') => `${formId}-${draft.draftId}-${action}`;

  const update = <K extends keyof QuestionDraft>(index: number, name: K, value: QuestionDraft[K]) =>
    onChange(questions.map((question, i) => (i === index ? { ...question, [name]: value } : question)));

  const add = () => {
    onChange([...questions, emptyQuestion()]);
    onAnnounce(t('signals.categories.questionAdded', { index: questions.length + 1 }));
    focusLater(fieldId(formId, questionField(questions.length, 'key')));
  };
  const remove = (index: number) => {
    onChange(questions.filter((_, i) => i !== index));
    onAnnounce(t('signals.categories.questionRemoved', { index: index + 1 }));
    focusLater(addId);
  };
  const move = (index: number, delta: -1 | 1) => {
    const draft = questions[index];
    const target = index + delta;
    if (!draft || target < 0 || target >= questions.length) {
      return;
    }
    onChange(moveItem(questions, index, delta));
    onAnnounce(t('signals.categories.questionMoved', { index: target + 1 }));
    // Keep focus on the same button of the moved question; at the edge, on the other one.
    const atEdge = (delta < 0 && target === 0) || (delta > 0 && target === questions.length - 1);
    focusLater(buttonId(draft, atEdge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'));
  };

  return (
    <Fieldset className="dwb-subfieldset">
      <FieldsetLegend>{t('signals.categories.questionsLegend')}</FieldsetLegend>
      <Paragraph>{t('signals.categories.questionsIntro')}</Paragraph>
      {questions.length === 0 ? (
        <Paragraph>{t('signals.categories.noQuestions')}</Paragraph>
      ) : (
        <ol className="dwb-signal-rows">
          {questions.map((question, index) => {
            const name = (field: Parameters<typeof questionField>[1]) => questionField(index, field);
            const id = (field: Parameters<typeof questionField>[1]) => fieldId(formId, name(field));
            const context = t('signals.categories.ofQuestion', { index: index + 1 });
            return (
              <li key={question.draftId}>
                <Fieldset className="dwb-signal-row">
                  <FieldsetLegend>
                    {t('signals.categories.question', { index: index + 1 })}
                    {question.key && <span className="dwb-ref"> ({question.key})</span>}
                  </FieldsetLegend>
                  <div className="dwb-form__fields">
                    <TextField
                      id={id('key')}
                      name={name('key')}
                      label={t('signals.categories.questionKey')}
                      description={t('signals.categories.questionKeyHint')}
                      value={question.key}
                      onChange={(value) => update(index, 'key', value)}
                      error={errors[name('key')]}
                      maxLength={40}
                      autoComplete="off"
                      spellCheck={false}
                      required
                    />
                    <SelectField
                      id={id('type')}
                      name={name('type')}
                      label={t('signals.categories.questionType')}
                      value={question.type}
                      options={QUESTION_TYPES.map((type) => ({ value: type, label: questionTypeLabel(t, type) }))}
                      onChange={(value) => update(index, 'type', isQuestionType(value) ? value : 'text')}
                      error={errors[name('type')]}
                      required
                    />
                    <TextField
                      id={id('label.nl')}
                      name={name('label.nl')}
                      label={t('signals.categories.labelNl')}
                      value={question.labelNl}
                      onChange={(value) => update(index, 'labelNl', value)}
                      error={errors[name('label.nl')]}
                      maxLength={300}
                      required
                    />
                    <TextField
                      id={id('label.en')}
                      name={name('label.en')}
                      label={t('signals.categories.labelEn')}
                      value={question.labelEn}
                      onChange={(value) => update(index, 'labelEn', value)}
                      error={errors[name('label.en')]}
                      maxLength={300}
                      required
                    />
                    <TextField
                      id={id('hint.nl')}
                      name={name('hint.nl')}
                      label={t('signals.categories.hintNl')}
                      value={question.hintNl}
                      onChange={(value) => update(index, 'hintNl', value)}
                      error={errors[name('hint.nl')]}
                      maxLength={500}
                    />
                    <TextField
                      id={id('hint.en')}
                      name={name('hint.en')}
                      label={t('signals.categories.hintEn')}
                      value={question.hintEn}
                      onChange={(value) => update(index, 'hintEn', value)}
                      error={errors[name('hint.en')]}
                      maxLength={500}
                    />
                    <CheckboxField
                      id={id('required')}
                      name={name('required')}
                      label={t('signals.categories.questionRequired')}
                      checked={question.required}
                      onChange={(checked) => update(index, 'required', checked)}
                    />
                    {isChoiceType(question.type) && (
                      <TextareaField
                        id={id('options')}
                        name={name('options')}
                        label={t('signals.categories.options')}
                        description={t('signals.categories.optionsHint')}
                        value={question.options}
                        onChange={(value) => update(index, 'options', value)}
                        error={errors[name('options')]}
                        rows={5}
                        required
                      />
                    )}
                  </div>
                  <ButtonGroup>
                    <Button id={buttonId(question, 'up')} appearance="subtle-button" disabled={index === 0} onClick={() => move(index, -1)}>
                      {t('signals.categories.moveUp')}
                      <span className="dwb-visually-hidden">: {context}</span>
                    </Button>
                    <Button id={buttonId(question, 'down')} appearance="subtle-button" disabled={index === questions.length - 1} onClick={() => move(index, 1)}>
                      {t('signals.categories.moveDown')}
                      <span className="dwb-visually-hidden">: {context}</span>
                    </Button>
                    <Button appearance="subtle-button" hint="danger" onClick={() => remove(index)}>
                      {t('signals.categories.removeQuestion')}
                      <span className="dwb-visually-hidden">: {context}</span>
                    </Button>
                  </ButtonGroup>
                </Fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <ButtonGroup>
        <Button id={addId} appearance="secondary-action-button" onClick={add}>
          {t('signals.categories.addQuestion')}
        </Button>
      </ButtonGroup>
    </Fieldset>
  );
}

/** Labels of the question fields for the error summary, e.g. "Vraag 2, Sleutel". */
export function questionEditorLabels(t: TFunction, questions: readonly QuestionDraft[]): Record<string, string> {
  const labels: Record<string, string> = {};
  questions.forEach((_, index) => {
    const field = (name: Parameters<typeof questionField>[1], label: string) => {
      labels[questionField(index, name)] = t('signals.categories.fieldOfQuestion', { index: index + 1, field: label });
    };
    field('key', t('signals.categories.questionKey'));
    field('type', t('signals.categories.questionType'));
    field('label.nl', t('signals.categories.labelNl'));
    field('label.en', t('signals.categories.labelEn'));
    field('hint.nl', t('signals.categories.hintNl'));
    field('hint.en', t('signals.categories.hintEn'));
    field('options', t('signals.categories.options'));
  });
  return labels;
}
