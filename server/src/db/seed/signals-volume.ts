import { sql } from 'kysely';
import type { Db } from '../../kernel/db.js';

/**
 * Deterministic synthetic signals for benchmarks, written set-based in batches (no personal data: no
 * contact details, synthetic descriptions). About 3 % are open, spread over the queue's deadlines; the rest
 * are closed or cancelled as after years of use under the retention rule: those that led to follow-up over
 * three years, those that led to nothing within the last ten months (older ones would have been destroyed).
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
        g0 as (
          select i,
            case when i % 33 = 0 then (array['reported','in_progress','awaiting_information','forwarded','reopened'])[1 + (i / 33) % 5]
                 when i % 7 = 0 then 'cancelled' else 'closed' end as status,
            case when i % 33 <> 0 and i % 7 <> 0 then (case when i % 5 = 0 then 'followed_up' else 'no_action' end) end as outcome
          from generate_series(${from}::integer, ${to}::integer) as i
        ),
        g as (
          -- Open ones received in the last three weeks; those that led to follow-up over three years; those that led
          -- to nothing within the retention term (older ones would have been destroyed).
          select i, status, outcome,
            case when i % 33 = 0 then now() - ((i % 21) * interval '1 day') - ((i % 1440) * interval '1 minute')
                 when outcome = 'followed_up' then now() - interval '21 days' - ((i % 1095) * interval '1 day') - ((i % 1440) * interval '1 minute')
                 else now() - interval '21 days' - ((i % 300) * interval '1 day') - ((i % 1440) * interval '1 minute') end as received_at
          from g0
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
          'WK0344' || lpad((1 + abs(hashtext('wijk ' || g.i)) % 10)::text, 2, '0'),
          '{}'::jsonb,
          g.status,
          g.received_at,
          g.outcome,
          (g.received_at at time zone 'Europe/Amsterdam')::date + c.sla_days + 2 * (c.sla_days / 5),
          c.urgency,
          c.confidentiality,
          g.received_at,
          case when g.status in ('closed','cancelled') then g.received_at + interval '5 days' end
        from g join cats c on c.i = abs(hashtext('category ' || g.i)) % c.n
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
