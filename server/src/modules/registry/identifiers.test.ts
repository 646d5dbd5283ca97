import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkBagId,
  checkBsn,
  checkDateOfBirth,
  checkEstablishmentNumber,
  checkHouseLetter,
  checkHouseNumber,
  checkHouseNumberAddition,
  checkIban,
  checkKvkNumber,
  checkPlate,
  checkPostcode,
  checkSbiCode,
  classifyQuery,
  maskBsn,
  normaliseName,
  plateSidecodes,
  splitSurname,
  surnameParticles,
  type Check,
} from './identifiers.js';

const digit = fc.integer({ min: 0, max: 9 });
const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');

function value<T>(check: Check<T>): T {
  if (!check.ok) throw new Error(`expected ok, got: ${check.message}`);
  return check.value;
}
function message<T>(check: Check<T>): string {
  if (check.ok) throw new Error(`expected a refusal, got: ${JSON.stringify(check.value)}`);
  return check.message;
}

// --- BSN -------------------------------------------------------------------------------------------------------------

/** 8 random digits plus the 9th that makes the elfproef hold; null when that 9th digit would have to be 10. */
function completeBsn(first8: number[]): string | null {
  const sum = first8.reduce((s, d, i) => s + (9 - i) * d, 0);
  const last = sum % 11;
  if (last === 10) return null;
  const bsn = [...first8, last].join('');
  return bsn === '000000000' ? null : bsn;
}
const validBsn = fc
  .array(digit, { minLength: 8, maxLength: 8 })
  .map(completeBsn)
  .filter((b): b is string => b !== null);

describe('checkBsn', () => {
  it('accepts known valid BSNs', () => {
    expect(value(checkBsn('111222333'))).toBe('111222333');
    expect(value(checkBsn('123456782'))).toBe('123456782');
    expect(value(checkBsn('1112.22.333'))).toBe('111222333');
    expect(value(checkBsn(' 123-456-782 '))).toBe('123456782');
  });

  it('pads 8 digits with a leading zero', () => {
    // 012345672: 0*9 + 1*8 + 2*7 + 3*6 + 4*5 + 5*4 + 6*3 + 7*2 - 2 = 110
    expect(value(checkBsn('12345672'))).toBe('012345672');
  });

  it('says whether the format or the elfproef failed', () => {
    expect(message(checkBsn('12345'))).toBe('Een BSN bestaat uit 9 cijfers.');
    expect(message(checkBsn('12345678a'))).toBe('Een BSN bestaat uit 9 cijfers.');
    expect(message(checkBsn('1234567890'))).toBe('Een BSN bestaat uit 9 cijfers.');
    expect(message(checkBsn('123456789'))).toBe('Dit BSN voldoet niet aan de elfproef.');
    expect(message(checkBsn('000000000'))).toMatch(/nullen/);
  });

  it('accepts every generated valid BSN', () => {
    fc.assert(
      fc.property(validBsn, (bsn) => {
        expect(value(checkBsn(bsn))).toBe(bsn);
      }),
    );
  });

  it('refuses a valid BSN with any single digit changed (elfproef)', () => {
    fc.assert(
      fc.property(validBsn, fc.nat(8), fc.integer({ min: 1, max: 9 }), (bsn, position, delta) => {
        const changed = (Number(bsn[position]) + delta) % 10;
        const mutated = bsn.slice(0, position) + String(changed) + bsn.slice(position + 1);
        expect(message(checkBsn(mutated))).toBe('Dit BSN voldoet niet aan de elfproef.');
      }),
    );
  });

  it('masks all but the last 3 digits', () => {
    expect(maskBsn('123456789')).toBe('******789');
    expect(maskBsn('12')).toBe('*********');
    fc.assert(
      fc.property(validBsn, (bsn) => {
        expect(maskBsn(bsn)).toBe(`******${bsn.slice(6)}`);
      }),
    );
  });
});

// --- KvK, vestigingsnummer, SBI, BAG ----------------------------------------------------------------------------------

describe('checkKvkNumber and friends', () => {
  it('accepts any 8 digits except all zeros', () => {
    fc.assert(
      fc.property(fc.array(digit, { minLength: 8, maxLength: 8 }), (digits) => {
        const kvk = digits.join('');
        fc.pre(kvk !== '00000000');
        expect(value(checkKvkNumber(kvk))).toBe(kvk);
        expect(value(checkKvkNumber(`${kvk.slice(0, 4)} ${kvk.slice(4)}`))).toBe(kvk);
      }),
    );
    expect(message(checkKvkNumber('00000000'))).toMatch(/nullen/);
  });

  it('refuses digits of any other length', () => {
    fc.assert(
      fc.property(fc.array(digit, { maxLength: 20 }), (digits) => {
        fc.pre(digits.length !== 8);
        expect(message(checkKvkNumber(digits.join('')))).toBe('Een KvK-nummer bestaat uit 8 cijfers.');
      }),
    );
    expect(checkKvkNumber('1234567a').ok).toBe(false);
  });

  it('checks establishment numbers (12 digits)', () => {
    expect(value(checkEstablishmentNumber('0000 1234 5678'))).toBe('000012345678');
    expect(message(checkEstablishmentNumber('12345678901'))).toBe('Een vestigingsnummer bestaat uit 12 cijfers.');
    expect(checkEstablishmentNumber('000000000000').ok).toBe(false);
  });

  it('checks SBI codes', () => {
    expect(value(checkSbiCode('96.02.1'))).toBe('96021');
    expect(value(checkSbiCode('47'))).toBe('47');
    expect(value(checkSbiCode('5610'))).toBe('5610');
    expect(checkSbiCode('9').ok).toBe(false);
    expect(checkSbiCode('960211').ok).toBe(false);
    expect(checkSbiCode('96.0a').ok).toBe(false);
  });

  it('checks BAG ids and names the object type check', () => {
    for (const type of ['01', '02', '03', '10', '20', '30']) expect(value(checkBagId(`0344${type}0000012345`))).toBe(`0344${type}0000012345`);
    expect(message(checkBagId('034401000001234'))).toBe('Een BAG-id bestaat uit 16 cijfers.');
    expect(message(checkBagId('0344040000012345'))).toMatch(/objecttype 04/);
  });
});

// --- Address parts -----------------------------------------------------------------------------------------------------

const postcodeParts = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), upper, upper)
  .filter(([, a, b]) => !['SA', 'SD', 'SS'].includes(a + b))
  .map(([n, a, b]) => ({ digits: String(n), letters: a + b }));

describe('checkPostcode', () => {
  it('normalises the examples', () => {
    expect(value(checkPostcode('1234ab'))).toBe('1234 AB');
    expect(value(checkPostcode('1234 AB'))).toBe('1234 AB');
    expect(value(checkPostcode(' 1234  ab '))).toBe('1234 AB');
  });

  it('refuses bad postcodes with their own message', () => {
    expect(message(checkPostcode('0123 AB'))).toBe('Een postcode begint niet met een 0.');
    expect(message(checkPostcode('123 AB'))).toMatch(/4 cijfers en 2 letters/);
    expect(message(checkPostcode('1234 A1'))).toMatch(/4 cijfers en 2 letters/);
    for (const letters of ['SA', 'SD', 'SS']) {
      expect(message(checkPostcode(`1234 ${letters.toLowerCase()}`))).toBe(`De lettercombinatie ${letters} wordt niet gebruikt in postcodes.`);
    }
  });

  it('accepts every case and space variant and is idempotent', () => {
    const spaces = fc.stringMatching(/^ {0,3}$/);
    fc.assert(
      fc.property(postcodeParts, spaces, spaces, spaces, fc.boolean(), fc.boolean(), (p, s1, s2, s3, lowA, lowB) => {
        const a = lowA ? p.letters[0]!.toLowerCase() : p.letters[0]!;
        const b = lowB ? p.letters[1]!.toLowerCase() : p.letters[1]!;
        const normalised = value(checkPostcode(`${s1}${p.digits}${s2}${a}${b}${s3}`));
        expect(normalised).toBe(`${p.digits} ${p.letters}`);
        expect(value(checkPostcode(normalised))).toBe(normalised);
      }),
    );
  });
});

describe('house number, letter and addition', () => {
  it('checks house numbers', () => {
    expect(value(checkHouseNumber(12))).toBe(12);
    expect(value(checkHouseNumber(' 99999 '))).toBe(99999);
    expect(checkHouseNumber(0).ok).toBe(false);
    expect(checkHouseNumber(100000).ok).toBe(false);
    expect(checkHouseNumber(1.5).ok).toBe(false);
    expect(checkHouseNumber('12a').ok).toBe(false);
    expect(checkHouseNumber('').ok).toBe(false);
  });

  it('checks house letters', () => {
    expect(value(checkHouseLetter(''))).toBe('');
    expect(value(checkHouseLetter(' a '))).toBe('A');
    expect(checkHouseLetter('AB').ok).toBe(false);
    expect(checkHouseLetter('1').ok).toBe(false);
    expect(checkHouseLetter('é').ok).toBe(false);
  });

  it('checks house number additions', () => {
    expect(value(checkHouseNumberAddition(''))).toBe('');
    expect(value(checkHouseNumberAddition('bis'))).toBe('BIS');
    expect(value(checkHouseNumberAddition('2hg'))).toBe('2HG');
    expect(checkHouseNumberAddition('abcde').ok).toBe(false);
    expect(checkHouseNumberAddition('a-1').ok).toBe(false);
  });
});

// --- Kenteken ---------------------------------------------------------------------------------------------------------

const anyLetter = upper;
const issuedLetter = fc.constantFrom(...'BDFGHJKLMNPRSTVWXZY');
function plateFor(sidecode: number): fc.Arbitrary<string> {
  const spec = plateSidecodes.find((s) => s.sidecode === sidecode)!;
  const letter = sidecode >= 4 ? issuedLetter : anyLetter;
  return fc.tuple(...[...spec.pattern].map((c) => (c === 'L' ? letter : digit.map(String)))).map((chars) => chars.join(''));
}

describe('checkPlate', () => {
  it('normalises and formats examples', () => {
    expect(value(checkPlate('ab-12-34'))).toEqual({ normalised: 'AB1234', display: 'AB-12-34', sidecode: 1 });
    expect(value(checkPlate('GB 123 F'))).toEqual({ normalised: 'GB123F', display: 'GB-123-F', sidecode: 9 });
    expect(value(checkPlate('1-xkf-23'))).toEqual({ normalised: '1XKF23', display: '1-XKF-23', sidecode: 8 });
    // Dashes in the wrong place are fine: the sidecode follows from the letters and digits.
    expect(value(checkPlate('GB1-23F'))).toEqual({ normalised: 'GB123F', display: 'GB-123-F', sidecode: 9 });
    expect(value(checkPlate('999-xz-9')).sidecode).toBe(14);
  });

  it('refuses what is not a plate', () => {
    expect(message(checkPlate('AB12345'))).toMatch(/6 letters en cijfers/);
    expect(message(checkPlate('ABC123!'))).toMatch(/alleen uit letters en cijfers/);
    expect(message(checkPlate('123456'))).toMatch(/sidecode/);
    expect(message(checkPlate('ABCDEF'))).toMatch(/sidecode/);
  });

  it('refuses vowels, C and Q from sidecode 4 on, but not before', () => {
    expect(message(checkPlate('AB-123-C'))).toMatch(/klinkers/);
    expect(message(checkPlate('GQ-123-F'))).toMatch(/geen C of Q/);
    expect(message(checkPlate('12-XXE-3'))).toMatch(/sidecode 7/);
    expect(value(checkPlate('AE-12-34')).sidecode).toBe(1);
    expect(value(checkPlate('12-34-QU')).sidecode).toBe(2);
  });

  for (const { sidecode } of plateSidecodes) {
    it(`accepts generated plates of sidecode ${sidecode} and round-trips display and normalised form`, () => {
      fc.assert(
        fc.property(plateFor(sidecode), (plate) => {
          const checked = value(checkPlate(plate));
          expect(checked.sidecode).toBe(sidecode);
          expect(checked.normalised).toBe(plate);
          expect(checked.display.replaceAll('-', '')).toBe(plate);
          expect(checked.display.split('-')).toHaveLength(3);
          expect(value(checkPlate(checked.display))).toEqual(checked);
          expect(value(checkPlate(checked.display.toLowerCase()))).toEqual(checked);
        }),
      );
    });
  }

  it('refuses generated plates from sidecode 4 on once a vowel, C or Q is put in a letter position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 14 }).chain((s) => fc.tuple(fc.constant(s), plateFor(s))),
        fc.constantFrom(...'AEIOUCQ'),
        ([sidecode, plate], bad) => {
          const spec = plateSidecodes.find((s) => s.sidecode === sidecode)!;
          const position = spec.pattern.indexOf('L');
          const mutated = plate.slice(0, position) + bad + plate.slice(position + 1);
          expect(checkPlate(mutated).ok).toBe(false);
        },
      ),
    );
  });
});

// --- IBAN -------------------------------------------------------------------------------------------------------------

/** Independent MOD 97-10 (BigInt) for generating check digits. */
function ibanCheckDigits(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  return String(98n - (BigInt(numeric) % 97n)).padStart(2, '0');
}
const validNlIban = fc.tuple(fc.array(upper, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 10, maxLength: 10 })).map(([letters, digits]) => {
  const bban = letters.join('') + digits.join('');
  return `NL${ibanCheckDigits('NL', bban)}${bban}`;
});

describe('checkIban', () => {
  it('accepts known valid IBANs', () => {
    expect(value(checkIban('NL91ABNA0417164300'))).toEqual({
      normalised: 'NL91ABNA0417164300',
      masked: 'NL91 **** **** **43 00',
      country: 'NL',
      bankCode: 'ABNA',
    });
    expect(value(checkIban('nl91 abna 0417 1643 00')).normalised).toBe('NL91ABNA0417164300');
    expect(value(checkIban('DE89370400440532013000'))).toMatchObject({ country: 'DE', bankCode: '37040044' });
    expect(value(checkIban('GB82WEST12345698765432'))).toMatchObject({ country: 'GB', bankCode: 'WEST', masked: 'GB82 **** **** **** **54 32' });
    for (const iban of [
      'BE68539007547034',
      'FR1420041010050500013M02606',
      'ES9121000418450200051332',
      'IT60X0542811101000000123456',
      'LU280019400644750000',
      'PL61109010140000071219812874',
      'TR330006100519786457841326',
      'CH9300762011623852957',
      'AT611904300234573201',
      'PT50000201231234567890154',
      'IE29AIBK93115212345678',
    ]) {
      expect(value(checkIban(iban)).normalised).toBe(iban);
    }
  });

  it('names the failing check', () => {
    expect(message(checkIban('NL91ABNA041716430'))).toBe('Een IBAN uit NL heeft 18 tekens; deze heeft er 17.');
    expect(message(checkIban('XX91ABNA0417164300'))).toMatch(/landcode XX/);
    expect(message(checkIban('MA64011519000001205000534921'))).toMatch(/landcode MA/);
    expect(message(checkIban('NL92ABNA0417164300'))).toBe('Het controlegetal van deze IBAN klopt niet.');
    expect(message(checkIban('NL91ABN10417164300'))).toMatch(/4 letters en 10 cijfers/);
    expect(message(checkIban('91ABNA0417164300'))).toMatch(/landcode/);
  });

  it('refuses check digits 00, 01 and 99 even when they are congruent mod 97', () => {
    // NL02... and NL99... give the same remainder; only 02-98 are real check digits.
    const bban = 'ABNA0123456789';
    const cd = ibanCheckDigits('NL', bban);
    expect(value(checkIban(`NL${cd}${bban}`)).normalised).toBe(`NL${cd}${bban}`);
    fc.assert(
      fc.property(fc.array(upper, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 10, maxLength: 10 }), (l, d) => {
        const b = l.join('') + d.join('');
        const check = Number(ibanCheckDigits('NL', b));
        if (check <= 3) expect(checkIban(`NL${String(check + 97)}${b}`).ok).toBe(false);
      }),
    );
  });

  it('accepts generated Dutch IBANs, with or without spaces', () => {
    fc.assert(
      fc.property(validNlIban, (iban) => {
        const checked = value(checkIban(iban));
        expect(checked).toMatchObject({ normalised: iban, country: 'NL', bankCode: iban.slice(4, 8) });
        expect(value(checkIban(iban.replace(/(.{4})/g, '$1 ').toLowerCase())).normalised).toBe(iban);
        // The mask shows only the country, the check digits and the last 4 characters.
        expect(checked.masked.replaceAll(' ', '')).toBe(`${iban.slice(0, 4)}${'*'.repeat(10)}${iban.slice(-4)}`);
      }),
    );
  });

  it('refuses a generated IBAN with two adjacent different characters swapped', () => {
    fc.assert(
      fc.property(validNlIban, fc.nat(16), (iban, i) => {
        fc.pre(iban[i] !== iban[i + 1]);
        const swapped = iban.slice(0, i) + iban[i + 1]! + iban[i]! + iban.slice(i + 2);
        expect(checkIban(swapped).ok).toBe(false);
      }),
    );
  });

  it('refuses a generated IBAN with one digit changed, with the checksum message', () => {
    const digitPositions = [2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
    fc.assert(
      fc.property(validNlIban, fc.constantFrom(...digitPositions), fc.integer({ min: 1, max: 9 }), (iban, i, delta) => {
        const changed = iban.slice(0, i) + String((Number(iban[i]) + delta) % 10) + iban.slice(i + 1);
        expect(message(checkIban(changed))).toBe('Het controlegetal van deze IBAN klopt niet.');
      }),
    );
  });
});

// --- Dates ------------------------------------------------------------------------------------------------------------

describe('checkDateOfBirth', () => {
  const today = new Date('2026-03-10T12:00:00Z');
  it('accepts real past dates from 1900 on', () => {
    expect(value(checkDateOfBirth('1990-03-17', today))).toBe('1990-03-17');
    expect(value(checkDateOfBirth('1900-01-01', today))).toBe('1900-01-01');
    expect(value(checkDateOfBirth('2024-02-29', today))).toBe('2024-02-29');
    expect(value(checkDateOfBirth('2026-03-10', today))).toBe('2026-03-10');
  });

  it('refuses with a message per check', () => {
    expect(message(checkDateOfBirth('17-03-1990', today))).toMatch(/JJJJ-MM-DD/);
    expect(message(checkDateOfBirth('2023-02-29', today))).toBe('Deze datum bestaat niet.');
    expect(message(checkDateOfBirth('2023-13-01', today))).toBe('Deze datum bestaat niet.');
    expect(message(checkDateOfBirth('1899-12-31', today))).toMatch(/1900/);
    expect(message(checkDateOfBirth('2026-03-11', today))).toMatch(/toekomst/);
  });

  it('uses the date in the Netherlands for "today"', () => {
    // 23:30 UTC on 10 March is already 11 March in Utrecht.
    expect(value(checkDateOfBirth('2026-03-11', new Date('2026-03-10T23:30:00Z')))).toBe('2026-03-11');
  });
});

// --- Names ------------------------------------------------------------------------------------------------------------

const plainWord = fc.stringMatching(/^[a-z]{3,10}$/).filter((w) => !surnameParticles.has(w));

describe('normaliseName', () => {
  it('normalises examples', () => {
    expect(normaliseName('Müller')).toBe('muller');
    expect(normaliseName('Müller')).toBe(normaliseName('Muller'));
    expect(normaliseName('van der Berg')).toBe(normaliseName('Berg'));
    expect(normaliseName("Jan in 't Veld")).toBe('jan veld');
    expect(normaliseName('Van-den  Bosch')).toBe('bosch');
    expect(normaliseName("d'Ancona")).toBe('ancona');
    expect(normaliseName('Straße')).toBe('strasse');
    expect(normaliseName('Ørsted')).toBe('orsted');
    expect(normaliseName('Æsop')).toBe('aesop');
    expect(normaliseName('Łukasz Wałęsa')).toBe('lukasz walesa');
    expect(normaliseName('  Çelik   Yılmaz ')).toBe('celik yilmaz');
    expect(normaliseName('Van')).toBe('van');
    expect(normaliseName('')).toBe('');
  });

  it('is idempotent on any string', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normaliseName(s);
        expect(normaliseName(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('removes diacritics: a word with combining marks normalises like the bare word', () => {
    // U+0345 (ypogegrammeni) is left out: upper-casing turns it into a capital iota, which is a letter.
    const mark = fc
      .integer({ min: 0x300, max: 0x36f })
      .filter((c) => c !== 0x345)
      .map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(plainWord, fc.array(fc.option(mark), { minLength: 10, maxLength: 10 }), (word, marks) => {
        const decorated = [...word].map((c, i) => c + (marks[i] ?? '')).join('');
        expect(normaliseName(decorated.normalize('NFC'))).toBe(normaliseName(word));
        expect(normaliseName(decorated.toUpperCase())).toBe(word);
      }),
    );
  });

  it('drops surname particles as whole words', () => {
    const particle = fc.constantFrom(...surnameParticles);
    fc.assert(
      fc.property(fc.array(particle, { minLength: 1, maxLength: 3 }), plainWord, (particles, word) => {
        const capitalised = particles.map((p) => (p === 't' ? "'t" : p[0]!.toUpperCase() + p.slice(1)));
        expect(normaliseName(`${capitalised.join(' ')} ${word}`)).toBe(normaliseName(word));
      }),
    );
  });
});

describe('splitSurname', () => {
  it('splits the voorvoegsel off', () => {
    expect(splitSurname('van der Berg')).toEqual({ prefix: 'van der', surname: 'Berg' });
    expect(splitSurname('De Vries')).toEqual({ prefix: 'de', surname: 'Vries' });
    expect(splitSurname('Berg')).toEqual({ prefix: '', surname: 'Berg' });
    expect(splitSurname("in 't Veld")).toEqual({ prefix: "in 't", surname: 'Veld' });
    expect(splitSurname('  Van  den   Bosch-de Wit ')).toEqual({ prefix: 'van den', surname: 'Bosch-de Wit' });
    expect(splitSurname("d'Ancona")).toEqual({ prefix: "d'", surname: 'Ancona' });
    expect(splitSurname("O'Neill")).toEqual({ prefix: '', surname: "O'Neill" });
  });

  it('keeps a surname made only of particles whole', () => {
    expect(splitSurname('Van')).toEqual({ prefix: '', surname: 'Van' });
    expect(splitSurname('Ter Aan')).toEqual({ prefix: '', surname: 'Ter Aan' });
  });
});

// --- Search box -------------------------------------------------------------------------------------------------------

describe('classifyQuery', () => {
  const kinds = (q: string) => classifyQuery(q).map((m) => m.kind);

  it('recognises a BSN only when the elfproef holds', () => {
    expect(classifyQuery('111222333')).toContainEqual({ kind: 'bsn', value: '111222333' });
    expect(kinds('123456789')).not.toContain('bsn');
  });

  it('recognises KvK, vestigingsnummer and BAG ids', () => {
    expect(classifyQuery('12345678')).toContainEqual({ kind: 'kvk', value: '12345678' });
    expect(classifyQuery('0000 1234 5678')).toContainEqual({ kind: 'establishment', value: '000012345678' });
    expect(classifyQuery('0344010000012345')).toContainEqual({ kind: 'bag', value: '0344010000012345' });
    expect(kinds('1234567')).toEqual([]);
  });

  it('recognises postcodes with and without a house number', () => {
    expect(classifyQuery('3511ab')).toContainEqual({ kind: 'postcode', value: '3511 AB' });
    expect(classifyQuery('3511 AB 12')).toContainEqual({ kind: 'postcode_house', value: '3511 AB', houseNumber: 12 });
    expect(classifyQuery('3511AB 12-A')).toContainEqual({ kind: 'postcode_house', value: '3511 AB', houseNumber: 12, houseLetter: 'A' });
    expect(classifyQuery('3511ab12a')).toContainEqual({ kind: 'postcode_house', value: '3511 AB', houseNumber: 12, houseLetter: 'A' });
    expect(classifyQuery('3511 AB 12 bis')).toContainEqual({ kind: 'postcode_house', value: '3511 AB', houseNumber: 12, addition: 'BIS' });
    expect(classifyQuery('3511 AB 12-2')).toContainEqual({ kind: 'postcode_house', value: '3511 AB', houseNumber: 12, addition: '2' });
    expect(classifyQuery('3511 AB 12 A 3')).toContainEqual({ kind: 'postcode_house', value: '3511 AB', houseNumber: 12, houseLetter: 'A', addition: '3' });
    expect(kinds('3511 AB 123456')).not.toContain('postcode_house');
    expect(kinds('3511 SS 12')).not.toContain('postcode_house');
    expect(kinds('0511 AB')).not.toContain('postcode');
  });

  it('reports every kind a string matches', () => {
    // 3511AB is a postcode and also a sidecode-2 plate (99-99-XX).
    expect(kinds('3511AB')).toEqual(expect.arrayContaining(['postcode', 'plate']));
  });

  it('recognises plates, IBANs and case numbers', () => {
    expect(classifyQuery('gb-123-f')).toContainEqual({ kind: 'plate', value: 'GB123F' });
    expect(kinds('AB-123-C')).not.toContain('plate');
    expect(classifyQuery('NL91 ABNA 0417 1643 00')).toContainEqual({ kind: 'iban', value: 'NL91ABNA0417164300' });
    expect(kinds('NL92ABNA0417164300')).not.toContain('iban');
    expect(classifyQuery('SIG-2026-000123')).toContainEqual({ kind: 'case_number', value: 'SIG-2026-000123' });
    expect(classifyQuery('hh-2026-12')).toContainEqual({ kind: 'case_number', value: 'HH-2026-12' });
    expect(kinds('S-2026-12')).not.toContain('case_number');
    expect(kinds('SIG-26-12')).not.toContain('case_number');
  });

  it('finds nothing in names or empty input', () => {
    expect(classifyQuery('Jansen')).toEqual([]);
    expect(classifyQuery('   ')).toEqual([]);
  });

  it('classifies every generated valid BSN, IBAN and plate', () => {
    fc.assert(
      fc.property(validBsn, (bsn) => {
        expect(kinds(bsn)).toContain('bsn');
      }),
    );
    fc.assert(
      fc.property(validNlIban, (iban) => {
        expect(kinds(iban)).toContain('iban');
      }),
    );
    fc.assert(
      fc.property(plateFor(9), (plate) => {
        expect(kinds(plate)).toContain('plate');
      }),
    );
  });
});
