import type { FieldErrors } from '../../components/fieldErrors';
import type { AnswerValue, Question } from './api';

/**
 * The answers to a category's extra questions, as the form holds them (text for every type, a list
 * for multiple choice) and as the API wants them (server: categories.ts, checkAnswers).
 */
export type AnswerFormValue = string | string[];
export type AnswerFormValues = Record<string, AnswerFormValue>;

/** The form field (and server error path) of one answer. */
export function answerField(key: string): string {
  return `answers.${key}`;
}

/** Empty answers for the questions: '' for single values, [] for multiple choice. */
export function emptyAnswers(questions: readonly Question[]): AnswerFormValues {
  return Object.fromEntries(questions.map((question) => [question.key, question.type === 'multiple_choice' ? [] : '']));
}

function asText(value: AnswerFormValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function asList(value: AnswerFormValue | undefined): string[] {
  if (Array.isArray(value)) {
    return [...new Set(value.map((item) => item.trim()).filter(Boolean))];
  }
  const text = asText(value);
  return text ? [text] : [];
}

const NUMBER = /^\d+([.,]\d+)?$/;

/** "12", "1,5" → 12, 1.5; anything else → null. */
export function parseAnswerNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) {
    return null;
  }
  return Number(trimmed.replace(',', '.'));
}

/**
 * The answers body: only the category's questions, empty answers left out, numbers as numbers
 * (a number the user mistyped is sent as text, so the server can explain it), choices as given.
 */
export function toAnswerBody(questions: readonly Question[], values: AnswerFormValues): Record<string, AnswerValue> {
  const body: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const value = values[question.key];
    switch (question.type) {
      case 'multiple_choice': {
        const list = asList(value);
        if (list.length > 0) {
          body[question.key] = list;
        }
        break;
      }
      case 'number': {
        const text = asText(value);
        if (text) {
          body[question.key] = parseAnswerNumber(text) ?? text;
        }
        break;
      }
      case 'text':
      case 'textarea':
      case 'single_choice':
      case 'yes_no': {
        const text = asText(value);
        if (text) {
          body[question.key] = text;
        }
        break;
      }
    }
  }
  return body;
}

export interface AnswerMessages {
  required: string;
  number: string;
}

/** Client-side checks of the answers: required questions answered, numbers numeric. Keyed by `answers.<key>`. */
export function validateAnswers(questions: readonly Question[], values: AnswerFormValues, messages: AnswerMessages): FieldErrors {
  const errors: FieldErrors = {};
  for (const question of questions) {
    const value = values[question.key];
    const empty = question.type === 'multiple_choice' ? asList(value).length === 0 : asText(value) === '';
    if (empty) {
      if (question.required) {
        errors[answerField(question.key)] = messages.required;
      }
    } else if (question.type === 'number' && parseAnswerNumber(asText(value)) === null) {
      errors[answerField(question.key)] = messages.number;
    }
  }
  return errors;
}

/** Toggle one option of a multiple-choice answer. */
export function toggleChoice(current: AnswerFormValue | undefined, option: string, checked: boolean): string[] {
  const list = Array.isArray(current) ? current : [];
  const without = list.filter((item) => item !== option);
  return checked ? [...without, option] : without;
}
