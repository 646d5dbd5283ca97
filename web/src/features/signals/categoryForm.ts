import type { FieldErrors } from '../../components/fieldErrors';
import { isConfidentialityLevel, type ConfidentialityLevel } from '../../domain/vocabulary';
import type { CategoryCreate, CategoryInput, CategoryView, Question, QuestionOption } from './api';
import { isChoiceType, type QuestionType, type SlaUnit } from './vocabulary';

/**
 * The category editor (beheerder): the form's text values, the question editor's rows, the
 * `value|label nl|label en` notation of choice options, and the body of PUT/POST /signals/categories.
 * Field names are the server's error paths (`name.nl`, `questions.0.key`), collapsed where a
 * control holds more than one value (`questions.0.options.2.value` → `questions.0.options`).
 */

export interface QuestionDraft {
  /** Local id for React keys and focus; not sent. */
  draftId: string;
  key: string;
  type: QuestionType;
  labelNl: string;
  labelEn: string;
  hintNl: string;
  hintEn: string;
  required: boolean;
  /** One option per line: `value|label nl|label en`. */
  options: string;
}

export interface CategoryFormValues {
  code: string;
  nameNl: string;
  nameEn: string;
  helpNl: string;
  helpEn: string;
  /** One per line. */
  indicatorsNl: string;
  indicatorsEn: string;
  slaDays: string;
  slaUnit: SlaUnit;
  urgency: string;
  confidentiality: ConfidentialityLevel;
  active: boolean;
  sortOrder: string;
  questions: QuestionDraft[];
}

let draftCounter = 0;
function nextDraftId(): string {
  draftCounter += 1;
  return `q${draftCounter}`;
}

export function emptyQuestion(): QuestionDraft {
  return { draftId: nextDraftId(), key: '', type: 'text', labelNl: '', labelEn: '', hintNl: '', hintEn: '', required: false, options: '' };
}

export const EMPTY_CATEGORY_FORM: CategoryFormValues = {
  code: '',
  nameNl: '',
  nameEn: '',
  helpNl: '',
  helpEn: '',
  indicatorsNl: '',
  indicatorsEn: '',
  slaDays: '5',
  slaUnit: 'working',
  urgency: '3',
  confidentiality: 'vertrouwelijk',
  active: true,
  sortOrder: '100',
  questions: [],
};

/** Non-empty, trimmed lines. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Options as editable lines: `value|label nl|label en`. */
export function formatOptions(options: readonly QuestionOption[] | undefined): string {
  return (options ?? []).map((option) => `${option.value}|${option.label.nl}|${option.label.en}`).join('\n');
}

export interface OptionLineProblem {
  /** 1-based line number among the non-empty lines. */
  line: number;
  text: string;
}

/** Parses option lines; a line without exactly three non-empty parts is a problem. */
export function parseOptions(text: string): { options: QuestionOption[]; problems: OptionLineProblem[] } {
  const options: QuestionOption[] = [];
  const problems: OptionLineProblem[] = [];
  lines(text).forEach((line, index) => {
    const parts = line.split('|').map((part) => part.trim());
    const [value, nl, en] = parts;
    if (parts.length !== 3 || !value || !nl || !en) {
      problems.push({ line: index + 1, text: line });
      return;
    }
    options.push({ value, label: { nl, en } });
  });
  return { options, problems };
}

export function questionDraftOf(question: Question): QuestionDraft {
  return {
    draftId: nextDraftId(),
    key: question.key,
    type: question.type,
    labelNl: question.label.nl,
    labelEn: question.label.en,
    hintNl: question.hint?.nl ?? '',
    hintEn: question.hint?.en ?? '',
    required: question.required,
    options: formatOptions(question.options),
  };
}

export function categoryFormValuesOf(category: CategoryView): CategoryFormValues {
  return {
    code: category.code,
    nameNl: category.name.nl,
    nameEn: category.name.en,
    helpNl: category.help.nl,
    helpEn: category.help.en,
    indicatorsNl: category.indicators.nl.join('\n'),
    indicatorsEn: category.indicators.en.join('\n'),
    slaDays: String(category.slaDays),
    slaUnit: category.slaUnit,
    urgency: String(category.urgency),
    confidentiality: isConfidentialityLevel(category.confidentiality) ? category.confidentiality : 'vertrouwelijk',
    active: category.active,
    sortOrder: String(category.sortOrder),
    questions: category.questions.map(questionDraftOf),
  };
}

/** A whole number as typed, or NaN (so the server refuses it) when it is not one. */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** One question as the API wants it: options only for choice questions, the hint only when given. */
export function toQuestion(draft: QuestionDraft): Question {
  const question: Question = {
    key: draft.key.trim(),
    type: draft.type,
    label: { nl: draft.labelNl.trim(), en: draft.labelEn.trim() },
    required: draft.required,
  };
  if (draft.hintNl.trim() || draft.hintEn.trim()) {
    question.hint = { nl: draft.hintNl.trim(), en: draft.hintEn.trim() };
  }
  if (isChoiceType(draft.type)) {
    question.options = parseOptions(draft.options).options;
  }
  return question;
}

export function toCategoryInput(values: CategoryFormValues): CategoryInput {
  return {
    name: { nl: values.nameNl.trim(), en: values.nameEn.trim() },
    help: { nl: values.helpNl.trim(), en: values.helpEn.trim() },
    indicators: { nl: lines(values.indicatorsNl), en: lines(values.indicatorsEn) },
    questions: values.questions.map(toQuestion),
    slaDays: wholeNumber(values.slaDays),
    slaUnit: values.slaUnit,
    urgency: wholeNumber(values.urgency),
    confidentiality: values.confidentiality,
    active: values.active,
    sortOrder: wholeNumber(values.sortOrder),
  };
}

export function toCategoryCreate(values: CategoryFormValues): CategoryCreate {
  return { code: values.code.trim(), ...toCategoryInput(values) };
}

export function questionField(index: number, name: 'key' | 'type' | 'label.nl' | 'label.en' | 'hint.nl' | 'hint.en' | 'required' | 'options'): string {
  return `questions.${index}.${name}`;
}

export type CategoryValidationKey =
  | 'signals.categories.errors.required'
  | 'signals.categories.errors.code'
  | 'signals.categories.errors.key'
  | 'signals.categories.errors.duplicateKey'
  | 'signals.categories.errors.slaDays'
  | 'signals.categories.errors.sortOrder'
  | 'signals.categories.errors.hintBoth'
  | 'signals.categories.errors.optionsTooFew'
  | 'signals.categories.errors.optionsDuplicate'
  | 'signals.categories.errors.optionValue';

export type OptionLineMessage = (problem: OptionLineProblem) => string;

const CODE = /^[a-z][a-z0-9_]{1,39}$/;
const OPTION_VALUE = /^[a-z0-9_]{1,40}$/;

/** Client-side checks with the server's rules (categories.ts); keyed by the server's error paths. */
export function validateCategory(
  t: (key: CategoryValidationKey) => string,
  optionLine: OptionLineMessage,
  values: CategoryFormValues,
  options: { withCode: boolean },
): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('signals.categories.errors.required');
  if (options.withCode && !CODE.test(values.code.trim())) {
    errors.code = t('signals.categories.errors.code');
  }
  if (!values.nameNl.trim()) errors['name.nl'] = required;
  if (!values.nameEn.trim()) errors['name.en'] = required;
  const slaDays = wholeNumber(values.slaDays);
  if (!(slaDays >= 1 && slaDays <= 365)) errors.slaDays = t('signals.categories.errors.slaDays');
  const sortOrder = wholeNumber(values.sortOrder);
  if (!(sortOrder >= 0 && sortOrder <= 1000)) errors.sortOrder = t('signals.categories.errors.sortOrder');

  const keys = values.questions.map((question) => question.key.trim());
  values.questions.forEach((question, index) => {
    const key = keys[index] ?? '';
    if (!CODE.test(key)) {
      errors[questionField(index, 'key')] = t('signals.categories.errors.key');
    } else if (keys.indexOf(key) !== index) {
      errors[questionField(index, 'key')] = t('signals.categories.errors.duplicateKey');
    }
    if (!question.labelNl.trim()) errors[questionField(index, 'label.nl')] = required;
    if (!question.labelEn.trim()) errors[questionField(index, 'label.en')] = required;
    if (Boolean(question.hintNl.trim()) !== Boolean(question.hintEn.trim())) {
      errors[question.hintNl.trim() ? questionField(index, 'hint.en') : questionField(index, 'hint.nl')] = t('signals.categories.errors.hintBoth');
    }
    if (isChoiceType(question.type)) {
      const parsed = parseOptions(question.options);
      const values = parsed.options.map((option) => option.value);
      const firstProblem = parsed.problems[0];
      if (firstProblem) {
        errors[questionField(index, 'options')] = optionLine(firstProblem);
      } else if (parsed.options.length < 2) {
        errors[questionField(index, 'options')] = t('signals.categories.errors.optionsTooFew');
      } else if (values.some((value) => !OPTION_VALUE.test(value))) {
        errors[questionField(index, 'options')] = t('signals.categories.errors.optionValue');
      } else if (new Set(values).size !== values.length) {
        errors[questionField(index, 'options')] = t('signals.categories.errors.optionsDuplicate');
      }
    }
  });
  return errors;
}

/**
 * Server paths onto the editor's controls: a problem inside an option, an indicator or a hint's
 * whole object goes to the control that holds it.
 */
export function collapseCategoryErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (message === undefined) {
      continue;
    }
    let field = path;
    const option = /^(questions\.\d+\.options)(\..*)?$/.exec(path);
    const indicator = /^(indicators\.(nl|en))(\..*)?$/.exec(path);
    const question = /^(questions\.\d+)$/.exec(path);
    if (option?.[1]) field = option[1];
    else if (indicator?.[1]) field = indicator[1];
    else if (path === 'indicators') field = 'indicators.nl';
    else if (question?.[1]) field = `${question[1]}.key`;
    else if (/^questions\.\d+\.(label|hint)$/.test(path)) field = `${path}.nl`;
    result[field] ??= message;
  }
  return result;
}

/** Moves the item at `index` by `delta` places; out of range leaves the list as it is. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) {
    return [...items];
  }
  const result = [...items];
  const [item] = result.splice(index, 1);
  if (item !== undefined) {
    result.splice(target, 0, item);
  }
  return result;
}
