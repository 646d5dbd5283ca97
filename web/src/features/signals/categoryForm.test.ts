import { describe, expect, it } from 'vitest';
import type { CategoryView } from './api';
import {
  categoryFormValuesOf,
  collapseCategoryErrors,
  EMPTY_CATEGORY_FORM,
  emptyQuestion,
  formatOptions,
  lines,
  moveItem,
  parseOptions,
  toCategoryCreate,
  toCategoryInput,
  validateCategory,
  type CategoryFormValues,
} from './categoryForm';

const t = (key: string) => key.replace('signals.categories.errors.', '');
const optionLine = (problem: { line: number; text: string }) => `line ${problem.line}: ${problem.text}`;

const category: CategoryView = {
  code: 'dealing',
  name: { nl: 'Drugshandel of overlast', en: 'Drug dealing or nuisance' },
  help: { nl: 'Uitleg', en: 'Explanation' },
  indicators: { nl: ['Veel korte bezoekjes', 'Scooters'], en: ['Many short visits', 'Scooters'] },
  questions: [
    {
      key: 'frequency',
      type: 'single_choice',
      label: { nl: 'Hoe vaak?', en: 'How often?' },
      required: true,
      options: [
        { value: 'once', label: { nl: 'Eén keer', en: 'Once' } },
        { value: 'daily', label: { nl: 'Dagelijks', en: 'Daily' } },
      ],
    },
    { key: 'who', type: 'textarea', label: { nl: 'Wie?', en: 'Who?' }, hint: { nl: 'Kleding', en: 'Clothes' }, required: false },
  ],
  slaDays: 5,
  slaUnit: 'working',
  urgency: 3,
  confidentiality: 'vertrouwelijk',
  active: true,
  sortOrder: 30,
  updatedAt: '2026-03-01T10:00:00.000Z',
};

describe('options as value|nl|en lines', () => {
  it('parses lines, skipping empty ones and trimming the parts', () => {
    expect(parseOptions(' once | Eén keer | Once \n\ndaily|Dagelijks|Daily\n')).toEqual({
      options: [
        { value: 'once', label: { nl: 'Eén keer', en: 'Once' } },
        { value: 'daily', label: { nl: 'Dagelijks', en: 'Daily' } },
      ],
      problems: [],
    });
  });

  it('reports lines without exactly three non-empty parts, by their number', () => {
    expect(parseOptions('a|A|A\nb|B\nc||C\nd|D|D|extra').problems).toEqual([
      { line: 2, text: 'b|B' },
      { line: 3, text: 'c||C' },
      { line: 4, text: 'd|D|D|extra' },
    ]);
  });

  it('formats options back into the same lines', () => {
    const text = formatOptions(category.questions[0]?.options);
    expect(text).toBe('once|Eén keer|Once\ndaily|Dagelijks|Daily');
    expect(parseOptions(text).options).toEqual(category.questions[0]?.options);
  });
});

describe('category ⇄ form', () => {
  it('round-trips a category through the form', () => {
    const values = categoryFormValuesOf(category);
    expect(values.indicatorsNl).toBe('Veel korte bezoekjes\nScooters');
    expect(values.slaDays).toBe('5');
    expect(toCategoryInput(values)).toEqual({
      name: category.name,
      help: category.help,
      indicators: category.indicators,
      questions: category.questions,
      slaDays: category.slaDays,
      slaUnit: category.slaUnit,
      urgency: category.urgency,
      confidentiality: category.confidentiality,
      active: category.active,
      sortOrder: category.sortOrder,
    });
  });

  it('sends options only for choice questions and the hint only when given', () => {
    const values: CategoryFormValues = {
      ...categoryFormValuesOf(category),
      questions: [
        { ...emptyQuestion(), key: 'plain', type: 'text', labelNl: 'V', labelEn: 'Q', options: 'a|A|A' },
        { ...emptyQuestion(), key: 'pick', type: 'multiple_choice', labelNl: 'V', labelEn: 'Q', options: 'a|A|A\nb|B|B' },
      ],
    };
    expect(toCategoryInput(values).questions).toEqual([
      { key: 'plain', type: 'text', label: { nl: 'V', en: 'Q' }, required: false },
      {
        key: 'pick',
        type: 'multiple_choice',
        label: { nl: 'V', en: 'Q' },
        required: false,
        options: [
          { value: 'a', label: { nl: 'A', en: 'A' } },
          { value: 'b', label: { nl: 'B', en: 'B' } },
        ],
      },
    ]);
  });

  it('adds the code for a new category and sends numbers as numbers', () => {
    const input = toCategoryCreate({ ...EMPTY_CATEGORY_FORM, code: ' new_kind ', nameNl: 'N', nameEn: 'N', slaDays: ' 7 ', sortOrder: 'x' });
    expect(input.code).toBe('new_kind');
    expect(input.slaDays).toBe(7);
    expect(input.sortOrder).toBeNaN();
  });

  it('splits indicator lines', () => {
    expect(lines(' a \n\n b\r\nc ')).toEqual(['a', 'b', 'c']);
  });
});

describe('validateCategory', () => {
  it('accepts an existing category as it is', () => {
    expect(validateCategory(t, optionLine, categoryFormValuesOf(category), { withCode: false })).toEqual({});
  });

  it('checks the code only for a new category', () => {
    const values = { ...categoryFormValuesOf(category), code: 'Bad Code' };
    expect(validateCategory(t, optionLine, values, { withCode: false })).toEqual({});
    expect(validateCategory(t, optionLine, values, { withCode: true })).toEqual({ code: 'code' });
  });

  it('checks names, days and order', () => {
    const values = { ...categoryFormValuesOf(category), nameNl: ' ', slaDays: '0', sortOrder: '1001' };
    expect(validateCategory(t, optionLine, values, { withCode: false })).toEqual({ 'name.nl': 'required', slaDays: 'slaDays', sortOrder: 'sortOrder' });
  });

  it('checks each question: key, duplicate key, labels, hint in both languages, options', () => {
    const base = categoryFormValuesOf(category);
    const values: CategoryFormValues = {
      ...base,
      questions: [
        { ...emptyQuestion(), key: 'same', labelNl: 'V', labelEn: 'Q' },
        { ...emptyQuestion(), key: 'same', labelNl: '', labelEn: 'Q', hintNl: 'alleen nl' },
        { ...emptyQuestion(), key: '1bad', type: 'single_choice', labelNl: 'V', labelEn: 'Q', options: 'a|A|A' },
        { ...emptyQuestion(), key: 'lines', type: 'single_choice', labelNl: 'V', labelEn: 'Q', options: 'a|A|A\nb-B' },
        { ...emptyQuestion(), key: 'dupes', type: 'multiple_choice', labelNl: 'V', labelEn: 'Q', options: 'a|A|A\na|B|B' },
        { ...emptyQuestion(), key: 'caps', type: 'multiple_choice', labelNl: 'V', labelEn: 'Q', options: 'A|A|A\nb|B|B' },
      ],
    };
    expect(validateCategory(t, optionLine, values, { withCode: false })).toEqual({
      'questions.1.key': 'duplicateKey',
      'questions.1.label.nl': 'required',
      'questions.1.hint.en': 'hintBoth',
      'questions.2.key': 'key',
      'questions.2.options': 'optionsTooFew',
      'questions.3.options': 'line 2: b-B',
      'questions.4.options': 'optionsDuplicate',
      'questions.5.options': 'optionValue',
    });
  });
});

describe('collapseCategoryErrors', () => {
  it('puts server problems on the control that holds them', () => {
    expect(
      collapseCategoryErrors({
        'questions.0.options.1.value': 'value',
        'questions.0.options': 'later',
        'indicators.nl.3': 'indicator',
        indicators: 'whole',
        'questions.2': 'question',
        'questions.1.hint': 'hint',
        'questions.1.label.en': 'label',
        slaDays: 'days',
      }),
    ).toEqual({
      'questions.0.options': 'value',
      'indicators.nl': 'indicator',
      'questions.2.key': 'question',
      'questions.1.hint.nl': 'hint',
      'questions.1.label.en': 'label',
      slaDays: 'days',
    });
  });
});

describe('moveItem', () => {
  it('moves up and down, and leaves the list at its edges', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
