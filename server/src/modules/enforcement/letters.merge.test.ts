import { describe, expect, it } from 'vitest';
import {
  amsterdamToday,
  authorityOf,
  dutchLongDate,
  dutchMonths,
  fillTemplate,
  mergeFields,
  missingFields,
  objectionClause,
  parseTemplate,
  usedFields,
  validateTemplate,
} from './letters.merge.js';
import { letterTemplateSeeds } from './letters.seed.js';

describe('parseTemplate', () => {
  it('splits text and fields, with or without spaces inside the braces', () => {
    const parsed = parseTemplate('Kenmerk {{ kenmerk }}, datum {{datum}}.');
    expect(parsed).toEqual({
      ok: true,
      tokens: [
        { type: 'text', text: 'Kenmerk ' },
        { type: 'field', name: 'kenmerk' },
        { type: 'text', text: ', datum ' },
        { type: 'field', name: 'datum' },
        { type: 'text', text: '.' },
      ],
      fields: ['kenmerk', 'datum'],
    });
  });

  it('lists a field used twice once', () => {
    const parsed = parseTemplate('{{ kenmerk }} en {{ kenmerk }}');
    expect(parsed.ok && parsed.fields).toEqual(['kenmerk']);
  });

  it('accepts text without fields and single braces', () => {
    expect(parseTemplate('Geen velden { hier } maar wel tekst.')).toMatchObject({ ok: true, fields: [] });
    expect(parseTemplate('')).toMatchObject({ ok: true, tokens: [], fields: [] });
  });

  it('refuses an unknown field, naming it and the known fields', () => {
    const parsed = parseTemplate('Beste {{ foo }},');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain('Onbekend samenvoegveld {{foo}}');
    expect(parsed.message).toContain('regel 1, positie 7');
    expect(parsed.message).toContain('Bekende velden: kenmerk, datum, geadresseerde');
  });

  it('refuses unbalanced braces with a clear message and position', () => {
    const open = parseTemplate('Regel een\nBeste {{ geadresseerde ,');
    expect(open).toMatchObject({ ok: false });
    expect(!open.ok && open.message).toMatch(/Openende accolades \{\{ zonder sluitende \}\} op regel 2, positie 7/);
    const close = parseTemplate('Beste geadresseerde }}');
    expect(!close.ok && close.message).toMatch(/Sluitende accolades \}\} zonder openende \{\{ op regel 1, positie 21/);
    const nested = parseTemplate('{{ kenmerk {{ datum }}');
    expect(!nested.ok && nested.message).toMatch(/Openende accolades/);
  });

  it('refuses empty and malformed field names', () => {
    expect(parseTemplate('{{ }}')).toMatchObject({ ok: false });
    expect(parseTemplate('{{ Kenmerk }}')).toMatchObject({ ok: false });
    expect(parseTemplate('{{ ken merk }}')).toMatchObject({ ok: false });
  });
});

describe('validateTemplate', () => {
  it('gives one error per text with the body path', () => {
    expect(validateTemplate({ subject: 'Besluit {{ onbekend }}', body: 'Tekst {{ kenmerk' })).toEqual([
      { path: 'body.subject', message: expect.stringContaining('Onbekend samenvoegveld {{onbekend}}') },
      { path: 'body.body', message: expect.stringContaining('Openende accolades') },
    ]);
    expect(validateTemplate({ subject: 'Besluit {{ kenmerk }}', body: '{{ feiten }}' })).toEqual([]);
  });

  it('refuses a field the record type cannot fill', () => {
    const errors = validateTemplate({ subject: 'x', body: '{{ aanvrager }} {{ maatregel }}' }, 'measure');
    expect(errors).toEqual([{ path: 'body.body', message: expect.stringContaining('{{aanvrager}} is niet beschikbaar bij een maatregel') }]);
    expect(validateTemplate({ subject: 'x', body: '{{ maatregel }}' }, 'bibob_screening')[0]?.message).toContain('Bibob-onderzoek');
  });

  it('accepts every seeded template for its record type', () => {
    for (const seed of letterTemplateSeeds) {
      const recordType = seed.kind.startsWith('bibob_') ? 'bibob_screening' : 'measure';
      expect(validateTemplate(seed, recordType), seed.code).toEqual([]);
    }
  });
});

describe('filling', () => {
  it('fills every field and reports the ones without a value', () => {
    const values = { kenmerk: 'HM-2026-0001', geadresseerde: 'J. Jansen', feiten: '  ' };
    expect(fillTemplate('{{ kenmerk }}: {{geadresseerde}}', values)).toBe('HM-2026-0001: J. Jansen');
    expect(missingFields(usedFields('{{ kenmerk }}', '{{ feiten }} {{ duur }}'), values)).toEqual(['feiten', 'duur']);
    expect(() => fillTemplate('{{ duur }}', values)).toThrow(/duur/);
  });

  it('writes Dutch long dates and durations', () => {
    expect(dutchLongDate('2026-12-02')).toBe('2 december 2026');
    expect(dutchLongDate('2027-01-31')).toBe('31 januari 2027');
    expect(() => dutchLongDate('2026-13-01')).toThrow();
    expect(dutchMonths(1)).toBe('1 maand');
    expect(dutchMonths(3)).toBe('3 maanden');
    expect(amsterdamToday(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
  });

  it('has an objection clause with the terms, the content of an objection and provisional relief', () => {
    const mayor = objectionClause(authorityOf('burgemeester'));
    expect(mayor).toContain('zes weken na de dag waarop dit besluit is bekendgemaakt');
    expect(mayor).toContain('6:7 en 6:8');
    expect(mayor).toContain('artikel 6:5');
    expect(mayor).toContain('de burgemeester van Utrecht, Postbus 16200, 3500 CE Utrecht');
    expect(mayor).toContain('rechtbank Midden-Nederland');
    expect(mayor).toContain('voorlopige voorziening');
    expect(objectionClause(authorityOf('college'))).toContain('het college van burgemeester en wethouders van Utrecht');
  });

  it('describes every merge field in Dutch', () => {
    expect(mergeFields.map((field) => field.name)).toHaveLength(new Set(mergeFields.map((field) => field.name)).size);
    for (const field of mergeFields) expect(field.description.length, field.name).toBeGreaterThan(10);
  });
});
