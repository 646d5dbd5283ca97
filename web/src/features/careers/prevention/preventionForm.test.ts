import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  emptyPreventionForm,
  pageCount,
  parseReach,
  preventionApiQuery,
  preventionFiltersFromParams,
  preventionFiltersToParams,
  toPreventionInput,
  validatePreventionForm,
} from './preventionForm';

const t = ((key: string) => key) as unknown as TFunction;
const filled = {
  ...emptyPreventionForm,
  title: ' Voorlichting ',
  programme: 'voorlichting',
  setting: 'school',
  wijkCode: 'WK034403',
  startsOn: '2026-09-01',
  endsOn: '2026-09-01',
  reach: '1.250',
};

describe('validatePreventionForm', () => {
  it('asks for every required field', () => {
    const errors = validatePreventionForm(t, emptyPreventionForm);
    expect(errors).toMatchObject({
      title: 'prevention.form.required.title',
      programme: 'prevention.form.required.programme',
      setting: 'prevention.form.required.setting',
      wijkCode: 'prevention.form.required.wijkCode',
      startsOn: 'prevention.form.required.startsOn',
      endsOn: 'prevention.form.required.endsOn',
      reach: 'prevention.form.required.reach',
    });
    expect(errors.institution).toBeUndefined();
  });

  it('accepts a complete form, refuses an end before the start and a bad reach', () => {
    expect(Object.values(validatePreventionForm(t, filled)).filter(Boolean)).toEqual([]);
    expect(validatePreventionForm(t, { ...filled, endsOn: '2026-08-31' }).endsOn).toBe('prevention.form.endsBeforeStart');
    expect(validatePreventionForm(t, { ...filled, startsOn: '2026-13-01' }).startsOn).toBe('prevention.form.dateInvalid');
    expect(validatePreventionForm(t, { ...filled, reach: '-3' }).reach).toBe('prevention.form.reachInvalid');
    expect(validatePreventionForm(t, { ...filled, reach: '100001' }).reach).toBe('prevention.form.reachInvalid');
  });
});

describe('parseReach and toPreventionInput', () => {
  it('reads whole numbers with thousands separators, up to 100,000', () => {
    expect(parseReach('0')).toBe(0);
    expect(parseReach('1.250')).toBe(1250);
    expect(parseReach('100000')).toBe(100_000);
    expect(parseReach('100001')).toBeNull();
    expect(parseReach('12,5')).toBeNull();
    expect(parseReach('')).toBeNull();
  });

  it('trims text and sends the reach as a number', () => {
    expect(toPreventionInput(filled)).toEqual({
      title: 'Voorlichting',
      programme: 'voorlichting',
      setting: 'school',
      institution: '',
      wijkCode: 'WK034403',
      startsOn: '2026-09-01',
      endsOn: '2026-09-01',
      reach: 1250,
      description: '',
    });
  });
});

describe('list filters', () => {
  it('round-trip through the URL, ignoring unknown settings and bad pages', () => {
    const f = preventionFiltersFromParams(new URLSearchParams('wijk=WK034401&setting=youth_work&from=2026-01-01&to=2026-12-31&page=3'));
    expect(f).toEqual({ wijk: 'WK034401', setting: 'youth_work', from: '2026-01-01', to: '2026-12-31', page: 3 });
    expect(preventionFiltersToParams(f).toString()).toBe('wijk=WK034401&setting=youth_work&from=2026-01-01&to=2026-12-31&page=3');
    expect(preventionFiltersFromParams(new URLSearchParams('setting=prison&page=-1'))).toMatchObject({ setting: '', page: 1 });
  });

  it('sends only valid periods to the API', () => {
    expect(preventionApiQuery({ wijk: '', setting: '', from: '2026-05-01', to: '2026-04-01', page: 1 })).toMatchObject({
      from: '2026-05-01',
      to: undefined,
      wijk: undefined,
    });
    expect(preventionApiQuery({ wijk: '', setting: 'school', from: 'x', to: '2026-04-01', page: 2 })).toMatchObject({
      from: undefined,
      to: '2026-04-01',
      setting: 'school',
      page: 2,
    });
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
  });
});
