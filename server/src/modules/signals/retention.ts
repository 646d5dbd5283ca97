import { sql } from 'kysely';
import type { Config } from '../../config.js';
import { newTrace } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import type { FileStore } from '../../kernel/files.js';
import { claimDailyJob } from '../../kernel/daily-job.js';
import { trailRows } from '../../kernel/trail.js';
import { SIGNAL_RECORD_TYPE } from './intake.js';

/**
 * Retention of signals (ADR 0011): a signal that led to nothing — cancelled, or closed with the outcome
 * "no action", with no follow-up proposed — is destroyed once it has been closed for the configured
 * number of months (default 12), together with the signals merged into it, their history, notes,
 * additions, photos and registry links. What stays is a row in `signal_destructions` saying that the
 * signal existed and when and why it was destroyed, and the audit event; never its content.
 */

export const RETENTION_JOB = 'signal_retention';
const BATCH = 500;

export interface RetentionResult {
  destroyed: number;
  ranAt: Date;
  cutoff: Date;
}

/** The cut-off: closed before this moment means past the retention term. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export async function runRetention(options: {
  db: Db;
  config: Config;
  files: FileStore;
  actor: { userId: string; username: string; role: string } | null;
  requestId: string | null;
  now?: Date;
}): Promise<RetentionResult> {
  const { db, config, files, actor } = options;
  const now = options.now ?? new Date();
  const settings = await db.selectFrom('signal_settings').select('retention_months').executeTakeFirstOrThrow();
  const cutoff = retentionCutoff(now, settings.retention_months);
  const rule = `Bewaartermijn ${settings.retention_months} maanden na afhandeling zonder opvolging`;
  let destroyed = 0;
  for (;;) {
    const result = await db.transaction().execute(async (trx) => {
      const primaries = await trx
        .selectFrom('signals as s')
        .select('s.id')
        .where('s.status', 'in', ['closed', 'cancelled'])
        .where('s.closed_at', '<', cutoff)
        .where('s.merged_into', 'is', null)
        .where((eb) => eb.or([eb('s.status', '=', 'cancelled'), eb('s.outcome', '=', 'no_action')]))
        .where((eb) => eb.not(eb.exists(eb.selectFrom('signal_followups as f').select('f.id').whereRef('f.signal_id', '=', 's.id'))))
        .orderBy('s.closed_at')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      if (primaries.length === 0) return { count: 0, keys: [] as string[] };
      const primaryIds = primaries.map((p) => p.id);
      const children = await trx.selectFrom('signals').select('id').where('merged_into', 'in', primaryIds).execute();
      const ids = [...children.map((c) => c.id), ...primaryIds];
      const keys = await trx.selectFrom('signal_photos').select('storage_key').where('signal_id', 'in', ids).execute();
      await sql`insert into signal_destructions (signal_number, category_code, channel, received_on, closed_on, rule)
        select number, category_code, channel, (received_at at time zone 'Europe/Amsterdam')::date,
               (coalesce(closed_at, ${now}) at time zone 'Europe/Amsterdam')::date, ${rule}
        from signals where id in (${sql.join(ids)})`.execute(trx);
      await trx.deleteFrom('subject_links').where('record_type', '=', SIGNAL_RECORD_TYPE).where('record_id', 'in', ids).execute();
      await trx.deleteFrom('record_team').where('record_type', '=', SIGNAL_RECORD_TYPE).where('record_id', 'in', ids).execute();
      // Tasks about the signal stay on people's lists as history, without a label that says more than that it was destroyed.
      await trx
        .updateTable('tasks')
        .set({ record_label: 'Vernietigde melding', description: '' })
        .where('record_type', '=', SIGNAL_RECORD_TYPE)
        .where('record_id', 'in', ids)
        .execute();
      if (children.length > 0) {
        await trx
          .deleteFrom('signals')
          .where(
            'id',
            'in',
            children.map((c) => c.id),
          )
          .execute();
      }
      await trx.deleteFrom('signals').where('id', 'in', primaryIds).execute();
      // One audit event per destroyed signal, written in one statement.
      const trail = { config, actor, requestId: options.requestId, trace: newTrace(undefined) };
      const events = ids.map((id) => trailRows(trail, { action: 'destroy', objectType: SIGNAL_RECORD_TYPE, objectId: id, reason: rule })!.event);
      await trx.insertInto('audit_events').values(events).execute();
      return { count: ids.length, keys: keys.map((k) => k.storage_key) };
    });
    // Files go after the commit: a failed transaction leaves every file in place.
    await Promise.all(result.keys.map((key) => files.remove(key)));
    destroyed += result.count;
    if (result.count === 0) break;
  }
  await db
    .insertInto('job_runs')
    .values({ job: RETENTION_JOB, last_started_at: now, last_finished_at: new Date(), last_result: JSON.stringify({ destroyed }) })
    .onConflict((oc) => oc.column('job').doUpdateSet({ last_finished_at: new Date(), last_result: JSON.stringify({ destroyed }) }))
    .execute();
  return { destroyed, ranAt: now, cutoff };
}

/** Claims today's run of the signal retention job for this process (see kernel/daily-job.ts). */
export function claimDailyRun(db: Db, now = new Date()): Promise<boolean> {
  return claimDailyJob(db, RETENTION_JOB, now);
}
