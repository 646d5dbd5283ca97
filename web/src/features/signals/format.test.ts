import { describe, expect, it } from 'vitest';
import { formatAddress, isExistingDate, paragraphs } from './format';

describe('formatAddress', () => {
  it('writes postcode, number, letter and addition', () => {
    expect(formatAddress({ postcode: '3531CJ', houseNumber: 120, houseLetter: 'A', houseNumberAddition: '2' })).toBe('3531 CJ 120A-2');
    expect(formatAddress({ postcode: '3511 AB', houseNumber: 1, houseLetter: null, houseNumberAddition: null })).toBe('3511 AB 1');
  });

  it('is null without a full address', () => {
    expect(formatAddress({ postcode: null, houseNumber: 12, houseLetter: null, houseNumberAddition: null })).toBeNull();
    expect(formatAddress({ postcode: '3531CJ', houseNumber: null, houseLetter: null, houseNumberAddition: null })).toBeNull();
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and keeps single line breaks', () => {
    expect(paragraphs('Eerste regel\r\ntweede regel\n\n\n  Nieuwe alinea  \n')).toEqual([['Eerste regel', 'tweede regel'], ['Nieuwe alinea']]);
    expect(paragraphs('   ')).toEqual([]);
  });
});

describe('isExistingDate', () => {
  it('accepts real days only', () => {
    expect(isExistingDate('2026-03-01')).toBe(true);
    expect(isExistingDate('2028-02-29')).toBe(true);
    expect(isExistingDate('2026-02-29')).toBe(false);
    expect(isExistingDate('2026-13-01')).toBe(false);
    expect(isExistingDate('1-3-2026')).toBe(false);
  });
});
