import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCategories } from './categories.js';
import { checkIntake, newFollowCode, normaliseFollowCode, type CategoryRow, type IntakeInput } from './intake.js';

const grow = defaultCategories.find((c) => c.code === 'cannabis_grow')!;
const category: CategoryRow = {
  code: grow.code,
  nameNl: grow.name.nl,
  nameEn: grow.name.en,
  questions: grow.questions,
  slaDays: grow.slaDays,
  slaUnit: grow.slaUnit,
  urgency: grow.urgency,
  confidentiality: grow.confidentiality,
  active: true,
};
const now = new Date('2026-06-15T10:00:00Z');
const base: IntakeInput = {
  categoryCode: 'cannabis_grow',
  description: 'Sterke hennepgeur en gezoem achter de voordeur.',
  location: { postcode: '3531 cj', houseNumber: '120' },
  answers: { signs: ['smell'] },
};

function problemsOf(input: Partial<IntakeInput>, cat: CategoryRow | null = category) {
  const result = checkIntake(cat ?? undefined, { ...base, ...input }, now);
  return result.ok ? {} : Object.fromEntries(result.problems.map((p) => [p.field, p.message.nl]));
}

describe('checkIntake', () => {
  it('accepts a complete report and normalises postcode, date and time', () => {
    const result = checkIntake(category, { ...base, observedOn: '7-6-2026', observedTime: '9.05', contact: { email: 'A@Example.ORG ' } }, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.intake).toMatchObject({
      postcode: '3531 CJ',
      houseNumber: 120,
      observedOn: '2026-06-07',
      observedTime: '09:05',
      answers: { signs: ['smell'] },
      contact: { name: null, email: 'a@example.org', phone: null },
    });
  });

  it('refuses an unknown or inactive category', () => {
    expect(problemsOf({}, null)).toHaveProperty('categoryCode');
    expect(problemsOf({}, { ...category, active: false })).toHaveProperty('categoryCode');
  });

  it('refuses absurd dates and times, each at its field', () => {
    expect(problemsOf({ observedOn: '2099-01-01' }).observedOn).toMatch(/toekomst/);
    expect(problemsOf({ observedOn: '31-02-2026' }).observedOn).toMatch(/bestaande datum/);
    expect(problemsOf({ observedOn: '1900-01-01' }).observedOn).toMatch(/afgelopen 5 jaar/);
    expect(problemsOf({ observedOn: 'gisteren' }).observedOn).toMatch(/bestaande datum/);
    expect(problemsOf({ observedOn: '2026-06-01', observedTime: '25:61' }).observedTime).toMatch(/uu:mm/);
    expect(problemsOf({ observedTime: '21:30' }).observedOn).toMatch(/datum bij de tijd/);
  });

  it('needs a location and checks each part of it', () => {
    expect(problemsOf({ location: {} }).location).toMatch(/waar het is/);
    expect(problemsOf({ location: { postcode: '3531', houseNumber: '12' } })['location.postcode']).toMatch(/1234 AB/);
    expect(problemsOf({ location: { postcode: '3531CJ' } })['location.houseNumber']).toMatch(/huisnummer/);
    expect(problemsOf({ location: { lat: 40.4, lon: -3.7 } })['location.point']).toMatch(/buiten Nederland/);
    expect(problemsOf({ location: { lat: '52.1' } })['location.point']).toMatch(/niet goed doorgekomen/);
    expect(problemsOf({ location: { text: 'Achter het station, bij de fietsenstalling' } })).toEqual({});
    expect(problemsOf({ location: { lat: 52.09, lon: 5.12 } })).toEqual({});
  });

  it('checks the answers to the category’s questions', () => {
    expect(problemsOf({ answers: {} })['answers.signs']).toMatch(/Beantwoord de vraag/);
    expect(problemsOf({ answers: { signs: ['smell', 'aliens'] } })['answers.signs']).toMatch(/genoemde antwoorden/);
    expect(problemsOf({ answers: { signs: ['smell'], since: ['days', 'weeks'] } })['answers.since']).toMatch(/één antwoord/);
  });

  it('keeps text as text (escaping is the page’s job) but drops control characters', () => {
    const result = checkIntake(category, { ...base, description: '<script>alert(1)</script>\u0000 en \u0007een geur' }, now);
    expect(result.ok && result.intake.description).toBe('<script>alert(1)</script> en een geur');
    expect(problemsOf({ description: 'kort' }).description).toMatch(/minstens 10/);
    expect(problemsOf({ description: 'x'.repeat(5001) }).description).toMatch(/te lang/);
  });

  it('checks contact details only when given', () => {
    expect(problemsOf({ contact: { email: 'geen-adres' } })['contact.email']).toMatch(/e-mailadres/);
    expect(problemsOf({ contact: { phone: 'bel me' } })['contact.phone']).toMatch(/telefoonnummer/);
    const anonymous = checkIntake(category, { ...base, contact: { name: ' ', email: '', phone: '' } }, now);
    expect(anonymous.ok && anonymous.intake.contact).toBeNull();
  });
});

describe('follow-up codes', () => {
  it('are 20 Crockford base32 characters in groups of four, and read back as typed', () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        const code = newFollowCode();
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
        expect(normaliseFollowCode(code)).toBe(code.replace(/-/g, ''));
        expect(normaliseFollowCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code.replace(/-/g, ''));
      }),
      { numRuns: 200 },
    );
  });

  it('read O as 0 and I or L as 1, and refuse anything else', () => {
    expect(normaliseFollowCode('OOOO-IIII-LLLL-0000-1111')).toBe('00001111111100001111');
    expect(normaliseFollowCode('ABCD')).toBeNull();
    expect(normaliseFollowCode('UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 10_000 }, newFollowCode));
    expect(codes.size).toBe(10_000);
  });
});
