import { describe, expect, it } from 'vitest';
import { itemsOf, normalisePostcode } from './inspections.service.js';

describe('normalisePostcode', () => {
  it('writes a Dutch postcode as 1234 AB', () => {
    expect(normalisePostcode('3511nr')).toBe('3511 NR');
    expect(normalisePostcode(' 3511  NR ')).toBe('3511 NR');
  });
  it('refuses what is no postcode', () => {
    for (const bad of ['0511 NR', '351 NR', '3511 N', '3511-NR', '', 'Utrecht']) expect(normalisePostcode(bad)).toBeUndefined();
  });
});

describe('itemsOf', () => {
  it('keeps well-formed checklist items in order and leaves out the rest', () => {
    const good = { code: 'fire_safety', textNl: 'Brandveiligheid', textEn: 'Fire safety' };
    expect(itemsOf([good, { code: 'x' }, null, 'text', { ...good, code: 'opening_hours' }])).toEqual([good, { ...good, code: 'opening_hours' }]);
    expect(itemsOf({ items: [good] })).toEqual([]);
    expect(itemsOf(null)).toEqual([]);
  });
});
