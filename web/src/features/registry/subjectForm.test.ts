import { describe, expect, it } from 'vitest';
import type { SubjectDetail } from './api';
import { collapseFieldErrors, EMPTY_SUBJECT_FORM, formValuesOf, lines, toSubjectInput, validateSubject } from './subjectForm';

const t = (key: string) => key;

describe('toSubjectInput', () => {
  it('builds a person with empty optional fields as null and aliases per line', () => {
    const input = toSubjectInput('person', {
      ...EMPTY_SUBJECT_FORM,
      kind: 'person',
      givenNames: ' Kevin ',
      surname: 'Janssen',
      aliases: 'KJ\n\n  Kev  \n',
      source: 'Politie',
    });
    expect(input).toEqual({
      kind: 'person',
      givenNames: 'Kevin',
      surnamePrefix: '',
      surname: 'Janssen',
      dateOfBirth: null,
      bsn: null,
      aliases: ['KJ', 'Kev'],
      source: 'Politie',
      sourceDate: null,
      confidentiality: 'intern',
    });
  });

  it('sends only the fields of the chosen kind', () => {
    const input = toSubjectInput('vehicle', {
      ...EMPTY_SUBJECT_FORM,
      kind: 'vehicle',
      plate: ' ab-123-c ',
      surname: 'ignored',
      source: 'Eigen waarneming',
      sourceDate: '2026-01-02',
    });
    expect(input).toEqual({
      kind: 'vehicle',
      plate: 'ab-123-c',
      description: '',
      source: 'Eigen waarneming',
      sourceDate: '2026-01-02',
      confidentiality: 'intern',
    });
  });

  it('keeps the coordinates of an address when editing', () => {
    const values = { ...EMPTY_SUBJECT_FORM, kind: 'address' as const, postcode: '3511 AB', houseNumber: '1', premisesType: 'woning', source: 'BAG' };
    expect(toSubjectInput('address', values)).not.toHaveProperty('lat');
    expect(toSubjectInput('address', values, { lat: 52.09, lon: 5.12 })).toMatchObject({ lat: 52.09, lon: 5.12, wijkCode: null, bagId: null });
  });
});

describe('formValuesOf', () => {
  const base = {
    id: '1',
    ref: 'R1',
    label: 'x',
    detail: '',
    riskSector: false,
    status: 'active' as const,
    confidentiality: 'vertrouwelijk' as const,
    source: 'KvK',
    sourceDate: null,
    recordedBy: null,
    recordedAt: '2026-01-01T00:00:00Z',
    mergedInto: null,
    canWrite: true,
  };

  it('fills the form from a subject, leaving the masked BSN out', () => {
    const subject: SubjectDetail = {
      ...base,
      kind: 'person',
      facts: {
        kind: 'person',
        givenNames: 'Kevin',
        surnamePrefix: '',
        surname: 'Janssen',
        dateOfBirth: '2007-05-01',
        bsnMasked: '*****1234',
        aliases: ['KJ', 'Kev'],
      },
    };
    expect(formValuesOf(subject)).toMatchObject({
      kind: 'person',
      givenNames: 'Kevin',
      dateOfBirth: '2007-05-01',
      bsn: '',
      aliases: 'KJ\nKev',
      source: 'KvK',
      confidentiality: 'vertrouwelijk',
    });
  });

  it('keeps a wijk chosen by hand, not one derived from the boundaries', () => {
    const address = (areaSource: 'user' | 'boundaries'): SubjectDetail => ({
      ...base,
      kind: 'address',
      facts: {
        kind: 'address',
        postcode: '3511 AB',
        houseNumber: 12,
        houseLetter: 'a',
        addition: '',
        street: 'Oudegracht',
        place: 'Utrecht',
        bagId: null,
        premisesType: 'woning',
        lat: null,
        lon: null,
        wijkCode: 'WK034401',
        wijkName: 'West',
        buurtCode: null,
        buurtName: null,
        areaSource,
      },
    });
    expect(formValuesOf(address('user'))).toMatchObject({ houseNumber: '12', wijkCode: 'WK034401' });
    expect(formValuesOf(address('boundaries')).wijkCode).toBe('');
  });
});

describe('validateSubject', () => {
  it('asks for the required fields of the kind and the source', () => {
    expect(validateSubject(t, 'organisation', { ...EMPTY_SUBJECT_FORM, kind: 'organisation' })).toEqual({
      kvkNumber: 'registry.form.required',
      name: 'registry.form.required',
      source: 'registry.form.required',
    });
    expect(validateSubject(t, 'vehicle', { ...EMPTY_SUBJECT_FORM, kind: 'vehicle', plate: 'XX', source: 'x' })).toEqual({});
  });

  it('checks the dates of the kind only', () => {
    const values = { ...EMPTY_SUBJECT_FORM, surname: 'J', source: 'x', dateOfBirth: '2007-13-01', registeredOn: 'nonsense' };
    expect(validateSubject(t, 'person', values)).toEqual({ dateOfBirth: 'common.dateInvalid' });
  });
});

describe('collapseFieldErrors', () => {
  it('shows an error about one list item at the list field, the first message winning', () => {
    expect(collapseFieldErrors({ 'aliases.1': 'Te lang.', 'aliases.3': 'Leeg.', plate: 'Fout.' })).toEqual({ aliases: 'Te lang.', plate: 'Fout.' });
  });
});

describe('lines', () => {
  it('splits on new lines and drops blank ones', () => {
    expect(lines('a\r\nb\n\n c ')).toEqual(['a', 'b', 'c']);
  });
});
