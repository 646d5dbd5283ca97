import { z } from 'zod';
import { deadlineKinds } from './vocabulary.js';

/**
 * Overviews of administrative enforcement (issue 5 part 8): deadlines due and overdue, closures in force,
 * and counts of measures, inspections and Bibob screenings. Lists show only the cases the actor may see.
 */

const isoDate = z.string().describe('JJJJ-MM-DD');

export const deadlinesQuery = z.strictObject({
  days: z.coerce
    .number('Geef het aantal dagen vooruit als getal.')
    .int('Geef het aantal dagen vooruit als geheel getal.')
    .min(0, 'Het aantal dagen vooruit is minstens 0.')
    .max(366, 'Het aantal dagen vooruit is hoogstens 366.')
    .default(14)
    .describe('Termijnen die binnen zoveel dagen aflopen, naast alle termijnen die al verstreken zijn'),
  kind: z.enum(deadlineKinds, 'Kies een soort termijn uit de lijst.').optional(),
  wijk: z
    .string()
    .regex(/^[A-Z]{2}\d{4,8}$/, 'Geef een wijkcode zoals WK034401.')
    .optional()
    .describe('CBS-wijkcode van de zaak'),
  limit: z.coerce.number().int().min(1, 'Vraag minstens 1 termijn.').max(500, 'Vraag hoogstens 500 termijnen.').default(200),
});
export type DeadlinesQuery = z.infer<typeof deadlinesQuery>;

export const overviewRecordType = z.enum(['measure', 'bibob_screening']);

export const deadlineItem = z.object({
  id: z.string().uuid(),
  kind: z.string().describe('Soort termijn (opinion, grace, objection, …)'),
  dueOn: isoDate,
  overdue: z.boolean().describe('De laatste dag is voorbij en de termijn staat nog open'),
  daysLeft: z.number().int().describe('Dagen tot en met de laatste dag; negatief als de termijn verstreken is'),
  recordType: overviewRecordType,
  recordId: z.string().uuid(),
  caseNumber: z.string(),
  address: z.string().describe('Adres van de maatregel, of de inrichting (anders de aanvrager) van de Bibob-toets'),
  caseKind: z.string().describe('Soort maatregel (measure) of soort vergunning (bibob_screening)'),
  legalBasisCode: z.string().nullable().describe('Grondslag van de maatregel; null bij een Bibob-toets'),
  caseStatus: z.string(),
  wijkCode: z.string().nullable(),
  wijkName: z.string().nullable(),
});
export type DeadlineItem = z.infer<typeof deadlineItem>;

export const deadlinesPage = z.object({
  today: isoDate,
  until: isoDate.describe('Laatste dag van het venster: vandaag plus `days`'),
  items: z.array(deadlineItem),
  more: z.boolean().describe('Er zijn meer termijnen dan `limit`; verklein het venster of filter'),
});
export type DeadlinesPage = z.infer<typeof deadlinesPage>;

export const closureItem = z.object({
  measureId: z.string().uuid(),
  number: z.string(),
  address: z.string(),
  wijkCode: z.string().nullable(),
  wijkName: z.string().nullable(),
  legalBasisCode: z.string(),
  legalBasisNl: z.string(),
  legalBasisEn: z.string(),
  article: z.string(),
  start: isoDate,
  end: isoDate.nullable().describe('Einde van de sluiting; null: gesloten tot de burgemeester haar opheft'),
  daysLeft: z.number().int().nullable().describe('Dagen tot en met de einddatum; negatief als die voorbij is maar de sluiting nog niet is opgeheven'),
  endPassed: z.boolean().describe('De einddatum is voorbij terwijl de maatregel nog in uitvoering staat'),
});
export type ClosureItem = z.infer<typeof closureItem>;

export const closuresQuery = z.strictObject({
  wijk: z
    .string()
    .regex(/^[A-Z]{2}\d{4,8}$/, 'Geef een wijkcode zoals WK034401.')
    .optional(),
  limit: z.coerce.number().int().min(1, 'Vraag minstens 1 sluiting.').max(500, 'Vraag hoogstens 500 sluitingen.').default(200),
});
export type ClosuresQuery = z.infer<typeof closuresQuery>;

export const closuresPage = z.object({ today: isoDate, items: z.array(closureItem), more: z.boolean().describe('Er zijn meer sluitingen dan `limit`') });
export type ClosuresPage = z.infer<typeof closuresPage>;

/**
 * A count in an overview. For management (aggregates only) counts of 1 to 4 are suppressed to protect the
 * people they are about: `{ value: null, suppressed: true }`, shown as "< 5". Zero and 5 or more are given as they are.
 * No totals are given, so a suppressed cell cannot be derived by subtraction.
 */
export const count = z
  .object({ value: z.number().int().nullable(), suppressed: z.boolean() })
  .describe('Aantal; bij kleine aantallen (1 tot en met 4) voor management: value null en suppressed true, te tonen als "< 5"');
export type Count = z.infer<typeof count>;

export const summaryView = z.object({
  today: isoDate,
  scope: z.enum(['all', 'visible']).describe('all: alle zaken van de gemeente (recht op geaggregeerde cijfers); visible: alleen de zaken die je mag inzien'),
  suppressed: z.boolean().describe('Kleine aantallen (1 tot en met 4) zijn verborgen'),
  measuresByKindAndStatus: z.array(z.object({ kind: z.string().describe('Soort maatregel'), status: z.string().describe('Stap van de procedure'), count })),
  measuresByRemedyStatus: z.array(z.object({ remedyStatus: z.string(), count })),
  measuresByWijk: z.array(z.object({ wijkCode: z.string().nullable(), wijkName: z.string().nullable(), open: count, closed: count, inExecution: count })),
  inspectionsByStatusAndOutcome: z.array(z.object({ status: z.string(), outcome: z.string().nullable(), count })),
  bibobByStatus: z.array(z.object({ status: z.string(), count })),
});
export type SummaryView = z.infer<typeof summaryView>;
