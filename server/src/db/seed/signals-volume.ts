import { sql } from 'kysely';
import type { Db } from '../../kernel/db.js';

/**
 * Deterministic synthetic signals for benchmarks, written set-based in batches (no personal data: no
 * contact details, synthetic descriptions). About 3 % are open, spread over the queue's deadlines;
 * the rest are closed or cancelled over three years, as a queue looks after years of use.
 */
export const signalScales = { small: 10_000, utrecht: 100_000, x10: 1_000_000 } as const;
export type SignalScale = keyof typeof signalScales;

const BATCH = 100_000;

export async function seedSignalsVolume(db: Db, scale: SignalScale, log: (line: string) => void = () => undefined): Promise<{ signals: number; ms: number }> {
  const started = performance.now();
  const total = signalScales[scale];
  const { rows } = await sql<{ n: number }>`select coalesce(max(nextval), 0)::integer as n from (select nextval('signal_number_seq')) x`.execute(db);
  const offset = rows[0]!.n;
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await db.transaction().execute(async (trx) => {
      await sql`
        with cats as (
          select code, urgency, sla_days, confidentiality, row_number() over (order by sort_order, code) - 1 as i, count(*) over () as n
          from signal_categories where active
        ),
        g as (
          select i,
            -- received over the last three years; open ones in the last three weeks
            case when i % 33 = 0 then now() - ((i % 21) * interval '1 day') - ((i % 1440) * interval '1 minute')
                 else now() - interval '21 days' - ((i % 1095) * interval '1 day') - ((i % 1440) * interval '1 minute') end as received_at,
            case when i % 33 = 0 then (array['reported','in_progress','awaiting_information','forwarded','reopened'])[1 + (i / 33) % 5]
                 when i % 7 = 0 then 'cancelled' else 'closed' end as status
          from generate_series(${from}::integer, ${to}::integer) as i
        ),
        inserted as (
        insert into signals (number, channel, category_code, description, postcode, house_number, location_text, wijk_code, answers,
          status, status_changed_at, outcome, deadline, urgency, confidentiality, received_at, closed_at)
        select 'SIG-' || to_char(g.received_at, 'YYYY') || '-' || lpad((${offset}::integer + g.i)::text, 7, '0'),
          (array['public_form','public_form','public_form','police_report','cannabis_report','staff'])[1 + g.i % 6],
          c.code,
          'Synthetische melding ' || g.i || ' voor de benchmark.',
          case when g.i % 4 <> 0 then (3500 + g.i % 90)::text || ' ' || chr(65 + g.i % 26) || chr(65 + (g.i / 26) % 26) end,
          case when g.i % 4 <> 0 then 1 + g.i % 250 end,
          case when g.i % 4 = 0 then 'Synthetische plek ' || g.i end,
          'WK0344' || lpad((1 + g.i % 10)::text, 2, '0'),
          '{}'::jsonb,
          g.status,
          g.received_at,
          case when g.status = 'closed' then (case when g.i % 5 = 0 then 'followed_up' else 'no_action' end) end,
          (g.received_at at time zone 'Europe/Amsterdam')::date + c.sla_days + 2 * (c.sla_days / 5),
          c.urgency,
          c.confidentiality,
          g.received_at,
          case when g.status in ('closed','cancelled') then g.received_at + interval '5 days' end
        from g join cats c on c.i = g.i % c.n
        returning id, received_at)
        insert into signal_status_history (signal_id, from_status, to_status, changed_at)
        select id, null, 'reported', received_at from inserted`.execute(trx);
    });
    log(`signals ${to.toLocaleString('en')} / ${total.toLocaleString('en')}`);
  }
  await sql`select setval('signal_number_seq', ${offset + total})`.execute(db);
  await sql`analyze signals`.execute(db);
  await sql`analyze signal_status_history`.execute(db);
  return { signals: total, ms: Math.round(performance.now() - started) };
}
