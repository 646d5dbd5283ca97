import { describe, expect, it } from 'vitest';
import type { Question } from './api';
import { emptyAnswers, parseAnswerNumber, toAnswerBody, toggleChoice, validateAnswers } from './answers';

const label = { nl: 'Vraag', en: 'Question' };
const options = [
  { value: 'a', label: { nl: 'A', en: 'A' } },
  { value: 'b', label: { nl: 'B', en: 'B' } },
];
const questions: Question[] = [
  { key: 'vehicles', type: 'text', label, required: false },
  { key: 'story', type: 'textarea', label, required: false },
  { key: 'plants', type: 'number', label, required: false },
  { key: 'night', type: 'yes_no', label, required: true },
  { key: 'since', type: 'single_choice', label, required: false, options },
  { key: 'signs', type: 'multiple_choice', label, required: true, options },
];
const messages = { required: 'required', number: 'number' };

describe('answers', () => {
  it('start empty: text for single values, a list for multiple choice', () => {
    expect(emptyAnswers(questions)).toEqual({ vehicles: '', story: '', plants: '', night: '', since: '', signs: [] });
  });

  it('are sent without empty ones, trimmed, numbers as numbers, choices as lists', () => {
    const body = toAnswerBody(questions, {
      vehicles: '  grijze bus ',
      story: '',
      plants: '1,5',
      night: 'yes',
      since: 'b',
      signs: ['a', ' b ', 'a', ''],
      unknown: 'dropped',
    });
    expect(body).toEqual({ vehicles: 'grijze bus', plants: 1.5, night: 'yes', since: 'b', signs: ['a', 'b'] });
  });

  it('send a mistyped number as text, so the server can explain it', () => {
    expect(toAnswerBody(questions, { plants: 'veel' })).toEqual({ plants: 'veel' });
  });

  it('leave out an empty multiple choice', () => {
    expect(toAnswerBody(questions, { signs: [] })).toEqual({});
  });

  it('are checked: required questions answered and numbers numeric', () => {
    expect(validateAnswers(questions, emptyAnswers(questions), messages)).toEqual({ 'answers.night': 'required', 'answers.signs': 'required' });
    expect(validateAnswers(questions, { night: 'no', signs: ['a'], plants: '12 stuks' }, messages)).toEqual({ 'answers.plants': 'number' });
    expect(validateAnswers(questions, { night: 'no', signs: ['a'], plants: '12' }, messages)).toEqual({});
  });
});

describe('parseAnswerNumber', () => {
  it('reads digits with a comma or point', () => {
    expect(parseAnswerNumber('12')).toBe(12);
    expect(parseAnswerNumber(' 2,5 ')).toBe(2.5);
    expect(parseAnswerNumber('2.5')).toBe(2.5);
    expect(parseAnswerNumber('-1')).toBeNull();
    expect(parseAnswerNumber('1e3')).toBeNull();
    expect(parseAnswerNumber('')).toBeNull();
  });
});

describe('toggleChoice', () => {
  it('adds and removes an option', () => {
    expect(toggleChoice([], 'a', true)).toEqual(['a']);
    expect(toggleChoice(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleChoice(['a'], 'a', true)).toEqual(['a']);
    expect(toggleChoice('not a list', 'b', true)).toEqual(['b']);
  });
});
