import { describe, expect, it } from 'vitest';
import type { AreaView } from './api';
import { sortAreas } from './areas';
import { filterSbiCodes, isSbiCode } from './sbi';
import { createdFromState, queryFromState } from './searchState';

describe('sortAreas', () => {
  const area = (code: string, kind: AreaView['kind'], parentCode: string | null): AreaView => ({ code, kind, name: code, parentCode, hasBoundary: false });

  it('lists each wijk followed by its buurten, orphans last', () => {
    const sorted = sortAreas([
      area('BU03440102', 'buurt', 'WK034401'),
      area('WK034402', 'wijk', 'GM0344'),
      area('BU99', 'buurt', 'WK999999'),
      area('BU03440101', 'buurt', 'WK034401'),
      area('GM0344', 'gemeente', null),
      area('WK034401', 'wijk', 'GM0344'),
    ]);
    expect(sorted.map((item) => item.code)).toEqual(['GM0344', 'WK034401', 'BU03440101', 'BU03440102', 'WK034402', 'BU99']);
  });
});

describe('filterSbiCodes', () => {
  const codes = [
    { code: '5610', description: 'Restaurants', riskSector: false },
    { code: '9602', description: 'Haar- en schoonheidsverzorging', riskSector: true },
  ];

  it('filters on code and description, and on risk sector', () => {
    expect(filterSbiCodes(codes, '96.02', false).map((item) => item.code)).toEqual(['9602']);
    expect(filterSbiCodes(codes, 'restaur', false).map((item) => item.code)).toEqual(['5610']);
    expect(filterSbiCodes(codes, '', true).map((item) => item.code)).toEqual(['9602']);
    expect(filterSbiCodes(codes, '', false)).toHaveLength(2);
  });

  it('accepts 2 to 5 digits as a code', () => {
    expect(isSbiCode('96')).toBe(true);
    expect(isSbiCode('96021')).toBe(true);
    expect(isSbiCode('9')).toBe(false);
    expect(isSbiCode('96.02')).toBe(false);
  });
});

describe('location state', () => {
  it('reads the query handed over by the header search', () => {
    expect(queryFromState({ q: 'Jansen' })).toBe('Jansen');
    expect(queryFromState(null)).toBe('');
    expect(queryFromState({ q: 12 })).toBe('');
  });

  it('reads what the create form passes to the profile', () => {
    expect(createdFromState({ created: false, possibleDuplicates: [] })).toEqual({ created: false, possibleDuplicates: [] });
    expect(createdFromState({ q: 'x' })).toBeNull();
    expect(createdFromState(undefined)).toBeNull();
  });
});
