import { z } from 'zod';
import { confidentialityLevels } from '../../kernel/access.js';

/**
 * Signal categories and their extra questions, kept as data in `signal_categories` (the beheerder edits
 * them). This file holds the shape of a question, the check of the answers to a category's questions, and
 * the categories a new database starts with.
 */

export const questionTypes = ['text', 'textarea', 'single_choice', 'multiple_choice', 'yes_no', 'number'] as const;
export type QuestionType = (typeof questionTypes)[number];

const bilingual = (what: string, max: number) =>
  z.strictObject({
    nl: z.string().trim().min(1, `Geef ${what} in het Nederlands.`).max(max),
    en: z.string().trim().min(1, `Geef ${what} in het Engels.`).max(max),
  });

export const questionOption = z.strictObject({
  value: z.string().regex(/^[a-z0-9_]{1,40}$/, 'Een waarde bestaat uit kleine letters, cijfers en _ (hoogstens 40).'),
  label: bilingual('het label van de keuze', 200),
});

export const question = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Een sleutel begint met een letter en bestaat uit kleine letters, cijfers en _ (2–40 tekens).'),
    type: z.enum(questionTypes, 'Kies een vraagtype: text, textarea, single_choice, multiple_choice, yes_no of number.'),
    label: bilingual('de vraag', 300),
    hint: bilingual('de toelichting', 500).optional(),
    required: z.boolean(),
    options: z.array(questionOption).max(20, 'Hoogstens 20 keuzes.').optional(),
  })
  .superRefine((q, ctx) => {
    const choice = q.type === 'single_choice' || q.type === 'multiple_choice';
    if (choice && (!q.options || q.options.length < 2)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Een keuzevraag heeft minstens twee keuzes.' });
    }
    if (!choice && q.options !== undefined && q.options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Alleen keuzevragen hebben keuzes.' });
    }
    const values = (q.options ?? []).map((o) => o.value);
    if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Elke keuze heeft een eigen waarde.' });
  });
export type Question = z.infer<typeof question>;

export const questionList = z
  .array(question)
  .max(15, 'Hoogstens 15 vragen per categorie.')
  .superRefine((qs, ctx) => {
    const keys = qs.map((q) => q.key);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `De sleutel "${key}" komt twee keer voor.` });
    });
  });

/** The editable part of a category, as the beheerder sends it. */
export const categoryInput = z.strictObject({
  name: bilingual('de naam', 120),
  help: z.strictObject({ nl: z.string().trim().max(1000), en: z.string().trim().max(1000) }),
  indicators: z.strictObject({
    nl: z.array(z.string().trim().min(1).max(300)).max(20, 'Hoogstens 20 kenmerken.'),
    en: z.array(z.string().trim().min(1).max(300)).max(20, 'Hoogstens 20 kenmerken.'),
  }),
  questions: questionList,
  slaDays: z.number().int('Geef een heel aantal dagen.').min(1, 'Minstens 1 dag.').max(365, 'Hoogstens 365 dagen.'),
  slaUnit: z.enum(['calendar', 'working'], 'Kies kalenderdagen (calendar) of werkdagen (working).'),
  urgency: z.number().int().min(1, 'Urgentie loopt van 1 (hoogst) tot 5.').max(5, 'Urgentie loopt van 1 (hoogst) tot 5.'),
  confidentiality: z.enum(confidentialityLevels, 'Kies een vertrouwelijkheidsniveau.'),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(1000),
});
export type CategoryInput = z.infer<typeof categoryInput>;

/** Answers as stored: text for text, textarea, choices and yes/no ("yes" | "no"), a number for number, a list for multiple choice. */
export type AnswerValue = string | number | string[];
export type Answers = Record<string, AnswerValue>;

export interface AnswerProblem {
  key: string;
  message: { nl: string; en: string };
}

/** Raw answers as a form or JSON body gives them. */
export type RawAnswers = Record<string, unknown>;

const MAX_TEXT = 2000;

function asStrings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  if (typeof value === 'number') return [String(value)];
  return typeof value === 'string' ? [value.trim()] : [];
}

/**
 * Checks the answers to a category's questions: required answers present, choices among the options,
 * numbers numeric, texts not too long. Unknown keys are dropped. Returns the answers to store, or the problems.
 */
export function checkAnswers(questions: readonly Question[], raw: RawAnswers): { answers: Answers; problems: AnswerProblem[] } {
  const answers: Answers = {};
  const problems: AnswerProblem[] = [];
  for (const q of questions) {
    const values = asStrings(raw[q.key]).filter((v) => v !== '');
    if (values.length === 0) {
      if (q.required) problems.push({ key: q.key, message: { nl: `Beantwoord de vraag "${q.label.nl}".`, en: `Please answer "${q.label.en}".` } });
      continue;
    }
    switch (q.type) {
      case 'text':
      case 'textarea': {
        const text = values[0]!;
        if (text.length > MAX_TEXT) {
          problems.push({ key: q.key, message: { nl: `Hoogstens ${MAX_TEXT} tekens.`, en: `At most ${MAX_TEXT} characters.` } });
        } else answers[q.key] = text;
        break;
      }
      case 'number': {
        const text = values[0]!.replace(',', '.');
        const n = Number(text);
        if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(n) || n < 0 || n > 1_000_000) {
          problems.push({ key: q.key, message: { nl: 'Geef een getal (0 of meer).', en: 'Please enter a number (0 or more).' } });
        } else answers[q.key] = n;
        break;
      }
      case 'yes_no': {
        if (values[0] !== 'yes' && values[0] !== 'no') {
          problems.push({ key: q.key, message: { nl: 'Kies ja of nee.', en: 'Please choose yes or no.' } });
        } else answers[q.key] = values[0];
        break;
      }
      case 'single_choice':
      case 'multiple_choice': {
        const allowed = new Set((q.options ?? []).map((o) => o.value));
        const chosen = q.type === 'single_choice' ? values.slice(0, 1) : [...new Set(values)];
        if (q.type === 'single_choice' && values.length > 1) {
          problems.push({ key: q.key, message: { nl: 'Kies één antwoord.', en: 'Please choose one answer.' } });
        } else if (chosen.some((v) => !allowed.has(v))) {
          problems.push({ key: q.key, message: { nl: 'Kies uit de genoemde antwoorden.', en: 'Please choose from the answers given.' } });
        } else answers[q.key] = q.type === 'single_choice' ? chosen[0]! : chosen;
        break;
      }
    }
  }
  return { answers, problems };
}

type DefaultCategory = CategoryInput & { code: string };

const opt = (value: string, nl: string, en: string) => ({ value, label: { nl, en } });
const yesNo = (key: string, nl: string, en: string, required = false): Question => ({ key, type: 'yes_no', label: { nl, en }, required });

/**
 * The categories a new database starts with, after the indicators in the domain brief. Inserted when
 * missing, never overwritten: the beheerder's changes stay. Service levels are a starting point for the
 * municipality's own agreements.
 */
export const defaultCategories: DefaultCategory[] = [
  {
    code: 'drug_lab',
    name: { nl: 'Vermoeden drugslab', en: 'Suspected drug lab' },
    help: {
      nl: 'Een drugslab is gevaarlijk: er kan brand of een explosie ontstaan. Ga niet zelf kijken.',
      en: 'A drug lab is dangerous: it can catch fire or explode. Do not go and look yourself.',
    },
    indicators: {
      nl: [
        'Een vreemde chemische geur: aceton, anijs of zoet (XTC), zuur (meth), amandel, ammoniak, of veel wasverzachter om een geur te verbergen',
        'Kieren of ramen dichtgemaakt met PUR-schuim, afgeplakte ramen',
        'Busjes die dicht tegen het pand staan, laden en lossen ’s nachts',
        'Jerrycans, vaten of grote plastic containers (IBC’s) bij het pand',
        'Camera’s bij een schuur of loods, omgekeerde roosters',
      ],
      en: [
        'A strange chemical smell: acetone, aniseed or sweet (XTC), sour (meth), almond, ammonia, or a lot of fabric softener to hide a smell',
        'Gaps or windows sealed with PU foam, covered windows',
        'Vans parked tight against the building, loading and unloading at night',
        'Jerrycans, drums or large plastic containers (IBCs) near the building',
        'Cameras at a shed or warehouse, grilles turned the wrong way',
      ],
    },
    questions: [
      {
        key: 'smells',
        type: 'multiple_choice',
        label: { nl: 'Wat rook u?', en: 'What did you smell?' },
        required: false,
        options: [
          opt('acetone', 'Aceton of nagellakremover', 'Acetone or nail polish remover'),
          opt('aniseed', 'Anijs of zoet', 'Aniseed or sweet'),
          opt('sour', 'Zuur of azijn', 'Sour or vinegar'),
          opt('ammonia', 'Ammoniak of urine', 'Ammonia or urine'),
          opt('softener', 'Veel wasverzachter', 'A lot of fabric softener'),
          opt('other', 'Iets anders', 'Something else'),
        ],
      },
      yesNo('night_activity', 'Ziet u ’s nachts activiteit bij het pand?', 'Do you see activity at the building at night?'),
      {
        key: 'vehicles',
        type: 'text',
        label: { nl: 'Voertuigen die u zag (merk, kleur, kenteken)', en: 'Vehicles you saw (make, colour, number plate)' },
        required: false,
      },
    ],
    slaDays: 1,
    slaUnit: 'working',
    urgency: 1,
    confidentiality: 'vertrouwelijk',
    active: true,
    sortOrder: 10,
  },
  {
    code: 'cannabis_grow',
    name: { nl: 'Hennepkwekerij', en: 'Cannabis grow' },
    help: {
      nl: 'Een hennepkwekerij geeft brandgevaar door illegaal afgetapte stroom, en kan schimmel en lekkage veroorzaken.',
      en: 'A cannabis grow is a fire risk because of illegally tapped electricity, and can cause mould and leaks.',
    },
    indicators: {
      nl: [
        'Een sterke hennepgeur',
        'Constant gezoem of geruis van afzuiging',
        'Afvoerpijpen of roosters op dak of gevel',
        'Warme muren of vloeren, condens op de ramen, geen sneeuw op het dak',
        'Stroomstoringen of flikkerend licht, fel licht achter afgeplakte of geblindeerde ramen',
        'Spullen sjouwen op vreemde tijden, onduidelijk wie er woont',
      ],
      en: [
        'A strong smell of cannabis',
        'Constant humming or the sound of extraction fans',
        'Vent pipes or grilles on the roof or façade',
        'Warm walls or floors, condensation on windows, no snow on the roof',
        'Power failures or flickering lights, bright light behind covered or blinded windows',
        'Carrying things at odd hours, unclear who lives there',
      ],
    },
    questions: [
      {
        key: 'signs',
        type: 'multiple_choice',
        label: { nl: 'Wat viel u op?', en: 'What did you notice?' },
        required: true,
        options: [
          opt('smell', 'Hennepgeur', 'Smell of cannabis'),
          opt('humming', 'Gezoem of afzuiging', 'Humming or extraction'),
          opt('windows', 'Afgeplakte of geblindeerde ramen', 'Covered or blinded windows'),
          opt('heat', 'Warmte of condens', 'Heat or condensation'),
          opt('power', 'Stroomstoringen', 'Power failures'),
          opt('pipes', 'Afvoerpijpen of roosters', 'Vent pipes or grilles'),
        ],
      },
      {
        key: 'since',
        type: 'single_choice',
        label: { nl: 'Sinds wanneer merkt u dit?', en: 'Since when have you noticed this?' },
        required: false,
        options: [
          opt('days', 'Een paar dagen', 'A few days'),
          opt('weeks', 'Een paar weken', 'A few weeks'),
          opt('months', 'Maanden of langer', 'Months or longer'),
        ],
      },
    ],
    slaDays: 3,
    slaUnit: 'working',
    urgency: 2,
    confidentiality: 'vertrouwelijk',
    active: true,
    sortOrder: 20,
  },
  {
    code: 'dealing',
    name: { nl: 'Drugshandel of overlast', en: 'Drug dealing or nuisance' },
    help: {
      nl: 'Bijvoorbeeld handel op straat, vanuit een woning of een auto, of overlast van kopers.',
      en: 'For example dealing on the street, from a home or a car, or nuisance from buyers.',
    },
    indicators: {
      nl: [
        'Veel korte bezoekjes aan een woning of auto, op alle tijden',
        'Steeds dezelfde plek waar mensen kort iets overhandigen',
        'Scooters of auto’s die kort stoppen en weer wegrijden',
      ],
      en: [
        'Many short visits to a home or car, at all hours',
        'The same spot where people briefly hand something over',
        'Scooters or cars that stop briefly and drive off again',
      ],
    },
    questions: [
      {
        key: 'frequency',
        type: 'single_choice',
        label: { nl: 'Hoe vaak ziet u dit?', en: 'How often do you see this?' },
        required: true,
        options: [opt('once', 'Eén keer', 'Once'), opt('regularly', 'Regelmatig', 'Regularly'), opt('daily', 'Dagelijks', 'Daily')],
      },
      {
        key: 'time_of_day',
        type: 'multiple_choice',
        label: { nl: 'Op welk moment van de dag?', en: 'At what time of day?' },
        required: false,
        options: [
          opt('morning', 'Ochtend', 'Morning'),
          opt('afternoon', 'Middag', 'Afternoon'),
          opt('evening', 'Avond', 'Evening'),
          opt('night', 'Nacht', 'Night'),
        ],
      },
      {
        key: 'description_people',
        type: 'textarea',
        label: { nl: 'Beschrijving van personen of voertuigen', en: 'Description of people or vehicles' },
        required: false,
      },
    ],
    slaDays: 5,
    slaUnit: 'working',
    urgency: 3,
    confidentiality: 'vertrouwelijk',
    active: true,
    sortOrder: 30,
  },
  {
    code: 'recruitment',
    name: { nl: 'Ronselen van jongeren', en: 'Recruitment of young people' },
    help: {
      nl: 'Jongeren worden benaderd om drugs te vervoeren of te verkopen, of om hun bankrekening of identiteit “uit te lenen”.',
      en: 'Young people are approached to carry or sell drugs, or to “lend” their bank account or identity.',
    },
    indicators: {
      nl: [
        'Een jongere heeft ineens veel geld, dure kleding of een nieuwe telefoon',
        'Jongeren worden bij school, een sportclub of op straat aangesproken door oudere jongens',
        'Berichten op sociale media met “snel geld verdienen”',
        'Een jongere verzuimt school en gaat om met nieuwe, oudere vrienden',
      ],
      en: [
        'A young person suddenly has a lot of money, expensive clothes or a new phone',
        'Young people are approached by older boys near school, a sports club or in the street',
        'Social media posts offering “easy money”',
        'A young person skips school and spends time with new, older friends',
      ],
    },
    questions: [
      {
        key: 'age',
        type: 'single_choice',
        label: { nl: 'Hoe oud is de jongere ongeveer?', en: 'About how old is the young person?' },
        required: false,
        options: [
          opt('under_16', 'Jonger dan 16', 'Under 16'),
          opt('16_18', '16 tot 18', '16 to 18'),
          opt('18_23', '18 tot 23', '18 to 23'),
          opt('unknown', 'Weet ik niet', 'I do not know'),
        ],
      },
      {
        key: 'how',
        type: 'multiple_choice',
        label: { nl: 'Hoe gebeurt het ronselen?', en: 'How does the recruiting happen?' },
        required: false,
        options: [
          opt('street', 'Op straat', 'In the street'),
          opt('school', 'Bij school', 'Near school'),
          opt('online', 'Via sociale media', 'Through social media'),
          opt('acquaintances', 'Via vrienden of familie', 'Through friends or family'),
        ],
      },
      yesNo('knows_youth', 'Kent u de jongere persoonlijk?', 'Do you know the young person personally?'),
    ],
    slaDays: 2,
    slaUnit: 'working',
    urgency: 2,
    confidentiality: 'confidentieel',
    active: true,
    sortOrder: 40,
  },
  {
    code: 'laundering',
    name: { nl: 'Witwassen of dekmantelbedrijf', en: 'Money laundering or front business' },
    help: {
      nl: 'Een bedrijf dat bijna geen klanten heeft maar toch blijft bestaan, kan een dekmantel zijn voor crimineel geld.',
      en: 'A business with hardly any customers that still keeps going may be a front for criminal money.',
    },
    indicators: {
      nl: [
        'Weinig klanten, toch lang open en steeds opnieuw verbouwd',
        'Alleen contante betalingen, grote bedragen contant',
        'Vaak wisselende eigenaren of een “stille” overname na een lening',
        'Huur maanden vooruit contant betaald voor een lege ruimte',
      ],
      en: [
        'Few customers, yet long opening hours and frequent refurbishments',
        'Cash payments only, large amounts in cash',
        'Frequently changing owners, or a “silent” takeover after a loan',
        'Rent paid months ahead in cash for an empty space',
      ],
    },
    questions: [
      {
        key: 'business_name',
        type: 'text',
        label: { nl: 'Naam van het bedrijf (als u die weet)', en: 'Name of the business (if you know it)' },
        required: false,
      },
      {
        key: 'signs',
        type: 'multiple_choice',
        label: { nl: 'Wat viel u op?', en: 'What did you notice?' },
        required: false,
        options: [
          opt('few_customers', 'Weinig klanten', 'Few customers'),
          opt('cash_only', 'Alleen contant', 'Cash only'),
          opt('owner_changes', 'Wisselende eigenaren', 'Changing owners'),
          opt('rent_cash', 'Huur contant vooruitbetaald', 'Rent paid ahead in cash'),
          opt('odd_hours', 'Vreemde openingstijden', 'Odd opening hours'),
        ],
      },
    ],
    slaDays: 10,
    slaUnit: 'working',
    urgency: 4,
    confidentiality: 'vertrouwelijk',
    active: true,
    sortOrder: 50,
  },
  {
    code: 'intimidation',
    name: { nl: 'Intimidatie of afpersing van een ondernemer', en: 'Intimidation or extortion of an entrepreneur' },
    help: {
      nl: 'Wordt u als ondernemer onder druk gezet om uw pand, bedrijf of personeel beschikbaar te stellen, of om geld te lenen? U staat er niet alleen voor.',
      en: 'Are you as an entrepreneur being pressured to make your premises, business or staff available, or to borrow money? You are not alone.',
    },
    indicators: {
      nl: [
        'Iemand wil uw pand huren of gebruiken en betaalt opvallend veel of contant vooruit',
        'Een aanbod van een lening zonder vragen, met woekerrente',
        'Bedreiging of druk om mee te werken, of na een lening om (een deel van) het bedrijf over te nemen',
      ],
      en: [
        'Someone wants to rent or use your premises and pays strikingly much, or in cash in advance',
        'An offer of a loan without questions, at usurious interest',
        'Threats or pressure to cooperate, or after a loan to take over (part of) the business',
      ],
    },
    questions: [
      yesNo('is_entrepreneur', 'Gaat het om uw eigen bedrijf?', 'Is it about your own business?', true),
      {
        key: 'kind',
        type: 'multiple_choice',
        label: { nl: 'Wat gebeurt er?', en: 'What is happening?' },
        required: false,
        options: [
          opt('threats', 'Bedreiging', 'Threats'),
          opt('premises', 'Druk om pand of bedrijf te gebruiken', 'Pressure to use premises or business'),
          opt('loan', 'Aanbod of druk van een lening', 'Loan offer or pressure'),
          opt('violence', 'Geweld', 'Violence'),
        ],
      },
      yesNo('ongoing', 'Gebeurt het nog steeds?', 'Is it still happening?'),
    ],
    slaDays: 2,
    slaUnit: 'working',
    urgency: 2,
    confidentiality: 'confidentieel',
    active: true,
    sortOrder: 60,
  },
  {
    code: 'explosion_violence',
    name: { nl: 'Explosie of geweld', en: 'Explosion or violence' },
    help: {
      nl: 'Is er nu gevaar? Bel 112. Meld hier wat u eerder zag of hoorde, bijvoorbeeld na een explosie bij een woning of bedrijf.',
      en: 'Is there danger now? Call 112. Report here what you saw or heard earlier, for example after an explosion at a home or business.',
    },
    indicators: {
      nl: [
        'Een explosie of brand bij een woning of bedrijf',
        'Schoten, of een bedreiging met een wapen',
        'Mensen die een pand in de gaten houden voor of na een aanslag',
      ],
      en: ['An explosion or fire at a home or business', 'Shots, or a threat with a weapon', 'People watching a building before or after an attack'],
    },
    questions: [
      {
        key: 'when',
        type: 'single_choice',
        label: { nl: 'Wanneer gebeurde het?', en: 'When did it happen?' },
        required: true,
        options: [opt('today', 'Vandaag', 'Today'), opt('this_week', 'Deze week', 'This week'), opt('earlier', 'Eerder', 'Earlier')],
      },
      yesNo('injuries', 'Zijn er gewonden?', 'Was anyone injured?'),
    ],
    slaDays: 1,
    slaUnit: 'working',
    urgency: 1,
    confidentiality: 'vertrouwelijk',
    active: true,
    sortOrder: 70,
  },
  {
    code: 'other',
    name: { nl: 'Anders', en: 'Something else' },
    help: {
      nl: 'Iets anders dat met drugscriminaliteit te maken kan hebben.',
      en: 'Something else that may have to do with drug crime.',
    },
    indicators: { nl: [], en: [] },
    questions: [],
    slaDays: 10,
    slaUnit: 'working',
    urgency: 5,
    confidentiality: 'vertrouwelijk',
    active: true,
    sortOrder: 90,
  },
];
