import { describe, expect, it } from 'vitest';
import { personalDataIn } from './prevention.schemas.js';

const YEAR = 2026;
const check = (text: string) => personalDataIn(text, YEAR);

describe('personalDataIn', () => {
  it('finds e-mail addresses', () => {
    expect(check('Contact via jan.jansen@example.nl voor opgave')).toMatch(/e-mailadres/);
    expect(check('Mail naar info@school.utrecht.nl')).toMatch(/e-mailadres/);
  });

  it('finds Dutch phone numbers in the usual ways of writing them', () => {
    for (const phone of [
      '06-12345678',
      '0612345678',
      '06 1234 5678',
      '030-1234567',
      '030 123 45 67',
      '+31 6 12345678',
      '+31612345678',
      '0031 30 1234567',
      '(030) 1234567',
    ]) {
      expect(check(`Bel ${phone} voor meer informatie`), phone).toMatch(/telefoonnummer/);
    }
  });

  it('finds nine-digit numbers like a BSN', () => {
    expect(check('Leerling 123456782 deed mee')).toMatch(/burgerservicenummer/);
    expect(check('bsn 123.456.782')).toMatch(/burgerservicenummer/);
  });

  it('finds dates of birth', () => {
    expect(check('Sam, geboren op 03-04-2011')).toMatch(/geboortedatum/);
    expect(check('geb. 3 maart 2012')).toMatch(/geboortedatum/);
    expect(check('Geboortedatum: 2010-05-17')).toMatch(/geboortedatum/);
    expect(check('Deelnemer 14-02-2009 was erbij')).toMatch(/geboortedatum/);
  });

  it('lets group-level texts through: counts, years, recent dates, postcodes, times', () => {
    for (const text of [
      'Voorlichting over drugs en ronselen voor 3 klassen (groep 8), 74 leerlingen',
      'Ouderavond op 12-11-2026 om 19:30 in de aula, 3511 NR Utrecht',
      'Weerbaarheidstraining schooljaar 2026-2027, 8 bijeenkomsten van 90 minuten',
      'Bereik 1.250 jongeren in de wijk; budget € 12.500',
      'Start 2026-09-01',
      'Straatvoetbal met 40 jongeren, Kanaleneiland, 2025',
    ]) {
      expect(check(text), text).toBeNull();
    }
  });
});
