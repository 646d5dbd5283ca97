import { describe, expect, it } from 'vitest';
import type { Question } from './api';
import { EMPTY_PARTNER_REPORT, emptyFind, emptyPerson } from './partnerReport';
import { collapseSignalErrors, EMPTY_SIGNAL_FORM, toSignalInput, validateSignal, withCategory, type SignalFormValues } from './signalForm';

const t = (key: string) => key.replace('signals.form.errors.', '');
const questions: Question[] = [
  { key: 'frequency', type: 'single_choice', label: { nl: 'Hoe vaak?', en: 'How often?' }, required: true, options: [] },
  { key: 'count', type: 'number', label: { nl: 'Aantal', en: 'Number' }, required: false },
];

const staff: SignalFormValues = {
  ...EMPTY_SIGNAL_FORM,
  channel: 'staff',
  categoryCode: 'dealing',
  description: 'Veel korte bezoekjes aan de woning, ook ’s nachts.',
  postcode: '3531cj',
  houseNumber: '120',
  answers: { frequency: 'daily', count: '4' },
};

describe('toSignalInput', () => {
  it('builds a staff signal: trimmed texts, empty values as null, the house number as a number, no partner report', () => {
    expect(toSignalInput({ ...staff, observedOn: '2026-03-01', observedTime: '21.30', houseLetter: ' ', locationText: '' }, questions)).toEqual({
      channel: 'staff',
      categoryCode: 'dealing',
      description: 'Veel korte bezoekjes aan de woning, ook ’s nachts.',
      observedOn: '2026-03-01',
      observedTime: '21:30',
      location: { postcode: '3531CJ', houseNumber: 120, houseLetter: null, houseNumberAddition: null, text: null },
      answers: { frequency: 'daily', count: 4 },
      partnerReport: null,
    });
  });

  it('adds the partner report for a police or cannabis report', () => {
    const input = toSignalInput(
      {
        ...staff,
        channel: 'cannabis_report',
        partner: {
          ...EMPTY_PARTNER_REPORT,
          reference: 'BVH-1',
          searchDate: '2026-03-02',
          finds: [{ ...emptyFind(), kind: 'cash', quantity: '5', unit: 'euros' }],
        },
      },
      questions,
    );
    expect(input.channel).toBe('cannabis_report');
    expect(input.partnerReport).toEqual({
      reference: 'BVH-1',
      searchDate: '2026-03-02',
      finds: [{ kind: 'cash', description: '', quantity: 5, unit: 'euros' }],
      persons: [],
      electricityTheft: false,
      dangerousSituation: false,
      reportingOfficer: '',
    });
  });

  it('needs a channel', () => {
    expect(() => toSignalInput(EMPTY_SIGNAL_FORM, [])).toThrow();
  });
});

describe('validateSignal', () => {
  it('accepts a complete staff signal', () => {
    expect(validateSignal(t, staff, questions)).toEqual({});
  });

  it('asks for the channel, category, a real description and a place', () => {
    expect(validateSignal(t, { ...EMPTY_SIGNAL_FORM, description: 'kort' }, [])).toEqual({
      channel: 'channelRequired',
      categoryCode: 'categoryRequired',
      description: 'descriptionTooShort',
      location: 'locationRequired',
    });
  });

  it('accepts a description of the place instead of an address', () => {
    expect(validateSignal(t, { ...staff, postcode: '', houseNumber: '', locationText: 'Achter de garageboxen' }, questions)).toEqual({});
  });

  it('wants both postcode and house number when one is given, in the right form', () => {
    expect(validateSignal(t, { ...staff, postcode: '', houseNumber: '12' }, questions)).toEqual({ 'location.postcode': 'postcodeRequired' });
    expect(validateSignal(t, { ...staff, postcode: '3531', houseNumber: '' }, questions)).toEqual({
      'location.postcode': 'postcodeInvalid',
      'location.houseNumber': 'houseNumberRequired',
    });
    expect(validateSignal(t, { ...staff, houseNumber: '12a' }, questions)).toEqual({ 'location.houseNumber': 'houseNumberInvalid' });
  });

  it('checks the date and time', () => {
    expect(validateSignal(t, { ...staff, observedOn: '2026-02-30' }, questions)).toEqual({ observedOn: 'dateInvalid' });
    expect(validateSignal(t, { ...staff, observedTime: '25:00' }, questions)).toEqual({ observedTime: 'timeInvalid' });
    expect(validateSignal(t, { ...staff, observedTime: '21:30' }, questions)).toEqual({ observedOn: 'timeWithoutDate' });
  });

  it('checks the answers of the category', () => {
    expect(validateSignal(t, { ...staff, answers: { count: 'veel' } }, questions)).toEqual({
      'answers.frequency': 'answerRequired',
      'answers.count': 'answerNumber',
    });
  });

  it('checks the partner report only for police and cannabis reports', () => {
    const partner = { ...EMPTY_PARTNER_REPORT, persons: [emptyPerson()] };
    expect(validateSignal(t, { ...staff, partner }, questions)).toEqual({});
    expect(validateSignal(t, { ...staff, channel: 'police_report', partner }, questions)).toEqual({
      'partnerReport.reference': 'referenceRequired',
      'partnerReport.searchDate': 'searchDateInvalid',
      'partnerReport.persons.0.name': 'nameRequired',
      'partnerReport.persons.0.role': 'roleRequired',
    });
  });
});

describe('withCategory', () => {
  it('starts the new category’s questions empty', () => {
    const values = withCategory(staff, 'drug_lab', [{ key: 'smells', type: 'multiple_choice', label: { nl: 'x', en: 'x' }, required: false }]);
    expect(values.categoryCode).toBe('drug_lab');
    expect(values.answers).toEqual({ smells: [] });
  });
});

describe('collapseSignalErrors', () => {
  it('puts a problem with one option of a multiple choice on the question', () => {
    expect(
      collapseSignalErrors({ 'answers.smells.1': 'bad', 'answers.smells': undefined, 'location.postcode': 'pc', 'partnerReport.finds.0.kind': 'kind' }),
    ).toEqual({
      'answers.smells': 'bad',
      'location.postcode': 'pc',
      'partnerReport.finds.0.kind': 'kind',
    });
  });
});
