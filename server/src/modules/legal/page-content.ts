/**
 * Texts of the public deadline calculator (Termijn berekenen), in Dutch and English. The Dutch page
 * shows the engine's own reasons; the English page words them itself (see page.ts).
 */

/** The common terms offered in the form; the keys are the glossary's identifiers. */
export const TERMS = [
  { key: 'objection', period: 'P6W' },
  { key: 'view', period: 'P14D' },
  { key: 'decision_period', period: 'P6W' },
  { key: 'decision_period_committee', period: 'P12W' },
] as const;

export type TermKey = (typeof TERMS)[number]['key'];
export const OTHER_TERM = 'other' as const;

export interface DeadlinePageText {
  lang: 'nl' | 'en';
  path: string;
  title: string;
  intro: string;
  /** Put before the document title when the form has errors, so screen readers hear it first. */
  errorTitle: string;
  errorSummaryHeading: string;
  /** Read before a field's error message (visually hidden). */
  errorPrefix: string;
  formHeading: string;
  from: { label: string; hint: string };
  term: { label: string; hint: string; options: Record<TermKey | typeof OTHER_TERM, string> };
  period: { label: string; hint: string };
  unit: { label: string; hint: string };
  submit: string;
  errors: {
    fromMissing: string;
    termUnknown: string;
    termMissing: string;
    periodMissing: string;
    periodConflict: string;
    unitUnknown: string;
  };
  /** Replacements for the engine's (Dutch) messages on the English page; undefined keeps the engine's message. */
  engineErrors?: { from: string; period: string; unit: string };
  result: {
    heading: string;
    lead: [before: string, after: string];
    from: string;
    period: string;
    start: string;
    nominalEnd: string;
    end: string;
    notExtended: string;
    days: (n: number) => string;
    reasonsHeading: string;
  };
  explanationHeading: string;
  explanation: string[];
  /** Text around the telephone link "14 030". */
  disclaimer: [before: string, after: string];
  otherLanguage: { href: string; label: string; lang: 'nl' | 'en' };
  units: {
    years: [one: string, other: string];
    months: [one: string, other: string];
    weeks: [one: string, other: string];
    days: [one: string, other: string];
    workingDays: [one: string, other: string];
    and: string;
  };
}

export const nl: DeadlinePageText = {
  lang: 'nl',
  path: '/termijn-berekenen',
  title: 'Termijn berekenen',
  intro:
    'Bereken tot en met welke dag u bezwaar of beroep kunt instellen of een zienswijze kunt geven, of wanneer de gemeente op een bezwaar moet beslissen. De rekenhulp volgt de Algemene wet bestuursrecht (Awb) en de Algemene termijnenwet.',
  errorTitle: 'Fout: ',
  errorSummaryHeading: 'Er is een probleem',
  errorPrefix: 'Fout: ',
  formHeading: 'Gegevens voor de berekening',
  from: {
    label: 'Datum van de bekendmaking of gebeurtenis',
    hint: 'Meestal de datum waarop het besluit is verstuurd of uitgereikt; die staat in de brief. Voor de beslistermijn op een bezwaar: de laatste dag van de bezwaartermijn. Bijvoorbeeld 7-3-2025.',
  },
  term: {
    label: 'Termijn',
    hint: 'Kies "Andere termijn" als de termijn niet in de lijst staat, en vul hem daaronder in.',
    options: {
      objection: 'Bezwaar of beroep: 6 weken',
      view: 'Zienswijze: 2 weken',
      decision_period: 'Beslistermijn bezwaar: 6 weken',
      decision_period_committee: 'Beslistermijn bezwaar met bezwaarcommissie: 12 weken',
      other: 'Andere termijn (vul hieronder in)',
    },
  },
  period: {
    label: 'Andere termijn (ISO 8601, bijvoorbeeld P10D)',
    hint: 'Alleen als u hierboven "Andere termijn" kiest. P10D is 10 dagen, P3W 3 weken, P3M 3 maanden, P1Y 1 jaar.',
  },
  unit: {
    label: 'Tellen in werkdagen',
    hint: 'Zaterdagen, zondagen en feestdagen tellen dan niet mee. Alleen voor een termijn in dagen, zoals P5D.',
  },
  submit: 'Berekenen',
  errors: {
    fromMissing: 'Vul de datum van de bekendmaking of gebeurtenis in.',
    termUnknown: 'Kies een termijn uit de lijst.',
    termMissing: 'Kies een termijn uit de lijst, of kies "Andere termijn" en vul de termijn in.',
    periodMissing: 'Vul de termijn in, bijvoorbeeld P10D, of kies een termijn uit de lijst.',
    periodConflict: 'Kies "Andere termijn" in de lijst als u zelf een termijn invult, of maak dit veld leeg.',
    unitUnknown: 'Kies of de termijn in werkdagen telt.',
  },
  result: {
    heading: 'Uitkomst',
    lead: ['De laatste dag van de termijn is ', '.'],
    from: 'Bekendmaking of gebeurtenis',
    period: 'Termijn',
    start: 'Eerste dag van de termijn',
    nominalEnd: 'Laatste dag zoals geteld',
    end: 'Laatste dag na verlenging',
    notExtended: 'niet verlengd',
    days: (n) => `${n} ${n === 1 ? 'dag' : 'dagen'}, de eerste en de laatste dag meegeteld`,
    reasonsHeading: 'Zo is gerekend',
  },
  explanationHeading: 'Wanneer bent u op tijd?',
  explanation: [
    'Een termijn begint op de dag na de bekendmaking of gebeurtenis (Awb artikel 6:8). Eindigt hij op een zaterdag, zondag of algemeen erkende feestdag, dan loopt hij door tot en met de eerstvolgende dag die dat niet is (Algemene termijnenwet).',
    'Een bezwaar- of beroepschrift is op tijd als het vóór het einde van de termijn is ontvangen. Stuurt u het per post, dan is het ook op tijd als het vóór het einde van de termijn op de post is gedaan en niet later dan een week na afloop van de termijn is ontvangen (Awb artikel 6:9).',
  ],
  disclaimer: [
    'Deze rekenhulp is een hulpmiddel, geen juridisch advies. U kunt er geen rechten aan ontlenen; kijk ook naar de termijn in de brief. Twijfelt u? Bel ',
    ' (maandag tot en met vrijdag 8.30 – 17.30 uur).',
  ],
  otherLanguage: { href: '/en/deadline-calculator', label: 'English', lang: 'en' },
  units: {
    years: ['jaar', 'jaar'],
    months: ['maand', 'maanden'],
    weeks: ['week', 'weken'],
    days: ['dag', 'dagen'],
    workingDays: ['werkdag', 'werkdagen'],
    and: 'en',
  },
};

export const en: DeadlinePageText = {
  lang: 'en',
  path: '/en/deadline-calculator',
  title: 'Deadline calculator',
  intro:
    'Calculate the last day on which you can object (bezwaar) or appeal (beroep) or give your view (zienswijze), or by when the municipality must decide on an objection. The calculator follows the General Administrative Law Act (Awb) and the General Time Limits Act (Algemene termijnenwet).',
  errorTitle: 'Error: ',
  errorSummaryHeading: 'There is a problem',
  errorPrefix: 'Error: ',
  formHeading: 'Details for the calculation',
  from: {
    label: 'Date of the announcement or event',
    hint: 'Usually the date on which the decision was sent or handed over; it is in the letter. For the decision period on an objection: the last day of the objection period. For example 7-3-2025.',
  },
  term: {
    label: 'Term',
    hint: 'Choose "Other term" if the term is not in the list, and enter it below.',
    options: {
      objection: 'Objection (bezwaar) or appeal (beroep): 6 weeks',
      view: 'Giving your view (zienswijze): 2 weeks',
      decision_period: 'Decision period on an objection: 6 weeks',
      decision_period_committee: 'Decision period on an objection with an objections committee: 12 weeks',
      other: 'Other term (enter below)',
    },
  },
  period: {
    label: 'Other term (ISO 8601, for example P10D)',
    hint: 'Only if you choose "Other term" above. P10D is 10 days, P3W 3 weeks, P3M 3 months, P1Y 1 year.',
  },
  unit: {
    label: 'Count in working days',
    hint: 'Saturdays, Sundays and public holidays are then not counted. Only for a term in days, such as P5D.',
  },
  submit: 'Calculate',
  errors: {
    fromMissing: 'Enter the date of the announcement or event.',
    termUnknown: 'Choose a term from the list.',
    termMissing: 'Choose a term from the list, or choose "Other term" and enter the term.',
    periodMissing: 'Enter the term, for example P10D, or choose a term from the list.',
    periodConflict: 'Choose "Other term" in the list if you enter a term yourself, or leave this field empty.',
    unitUnknown: 'Choose whether the term counts in working days.',
  },
  engineErrors: {
    from: 'Enter a real date in the years the calculator covers, for example 7-3-2025 or 2025-03-07.',
    period:
      'Enter the term as an ISO 8601 duration of days, weeks, months or years (more than zero, at most 100 years), for example P6W (six weeks), P14D (fourteen days) or P3M (three months).',
    unit: 'Working days can only be counted for a term in days, such as P10D.',
  },
  result: {
    heading: 'Result',
    lead: ['The last day of the term is ', '.'],
    from: 'Announcement or event',
    period: 'Term',
    start: 'First day of the term',
    nominalEnd: 'Last day as counted',
    end: 'Last day after extension',
    notExtended: 'not extended',
    days: (n) => `${n} ${n === 1 ? 'day' : 'days'}, counting the first and the last day`,
    reasonsHeading: 'How it was calculated',
  },
  explanationHeading: 'When are you on time?',
  explanation: [
    'A term starts on the day after the announcement or event (Awb article 6:8). If it ends on a Saturday, Sunday or public holiday, it runs on to the next day that is none of these (Algemene termijnenwet).',
    'A notice of objection or appeal is on time if it is received before the end of the term. If you send it by post, it is also on time if it was posted before the end of the term and is received no later than one week after the term has ended (Awb article 6:9).',
  ],
  disclaimer: [
    'This calculator is an aid, not legal advice. You cannot derive any rights from it; also check the term stated in the letter. In doubt? Call ',
    ' (Monday to Friday 8.30 am – 5.30 pm).',
  ],
  otherLanguage: { href: '/termijn-berekenen', label: 'Nederlands', lang: 'nl' },
  units: {
    years: ['year', 'years'],
    months: ['month', 'months'],
    weeks: ['week', 'weeks'],
    days: ['day', 'days'],
    workingDays: ['working day', 'working days'],
    and: 'and',
  },
};
