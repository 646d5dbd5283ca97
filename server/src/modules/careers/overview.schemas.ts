import { z } from 'zod';
import { preventionSettings } from './vocabulary.js';

/**
 * The overview of the person-centred approach (GET /api/v1/careers/overview, issue 6 part 9): aggregate counts
 * only, for actors with `aggregates:read` (management, analyst, pga_director). Every count goes through the
 * small-number rules of figures.ts, for everyone.
 */

const isoDate = (what: string) =>
  z
    .string(`Geef ${what} als JJJJ-MM-DD.`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Geef ${what} als JJJJ-MM-DD.`)
    .describe('JJJJ-MM-DD');

export const overviewQuery = z.strictObject({
  from: isoDate('het begin van de periode')
    .optional()
    .describe('Begin van de periode voor uitstroom, behaalde doelen en preventie; standaard een jaar vóór `to`'),
  to: isoDate('het einde van de periode').optional().describe('Einde van de periode (tot en met); standaard vandaag'),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

export const count = z
  .object({ value: z.number().int().nullable(), suppressed: z.boolean() })
  .describe('Aantal; 1 tot en met 4 (en waar nodig één cel meer, zie figures.ts) als value null en suppressed true, te tonen als "< 5"');
export type OverviewCount = z.infer<typeof count>;

const share = z.object({
  part: count,
  whole: count,
  rate: z.number().nullable().describe('part / whole (0–1), alleen als beide getoond worden'),
});

export const targetGroupColumn = z.enum(['jonge_aanwas', 'doorgroeier', 'unknown']);

export const overviewView = z.object({
  today: z.string(),
  from: z.string(),
  to: z.string(),
  smallNumber: z.number().int().describe('Aantallen van 1 tot dit getal worden niet getoond'),
  active: count.describe('Trajecten in intake, plan, uitvoering of nazorg'),
  reviewsOverdue: count.describe('Actieve trajecten waarvan de evenredigheidstoets over datum is'),
  caseload: z
    .array(
      z.object({
        regisseur: z.object({ id: z.string().uuid(), name: z.string() }),
        active: count,
        reviewsOverdue: count,
      }),
    )
    .describe('Per regisseur: actieve trajecten en toetsen over datum'),
  byPhase: z.object({
    targetGroups: z.array(targetGroupColumn),
    rows: z.array(z.object({ phase: z.string(), cells: z.array(count).describe('In de volgorde van targetGroups'), total: count })),
  }),
  goals: share.describe('Doelen waarover in de periode besloten is (behaald of niet behaald): part = behaald'),
  daytime: share.describe('Trajecten in uitvoering of nazorg: part = met een lopende dagbesteding'),
  exits: z.object({
    rows: z.array(z.object({ reason: z.string(), count })),
    total: count,
  }),
  byWijk: z.array(
    z.object({
      wijkCode: z.string().nullable(),
      wijkName: z.string().nullable(),
      active: count,
      preventionActivities: count,
      preventionReach: count,
    }),
  ),
  prevention: z.object({
    activities: count,
    reach: count,
    bySetting: z.array(z.object({ setting: z.enum(preventionSettings), activities: count, reach: count })),
  }),
});
export type OverviewView = z.infer<typeof overviewView>;
