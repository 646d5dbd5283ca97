import type { Config } from '../../config.js';
import { newTrace } from '../../kernel/context.js';
import { claimDailyJob } from '../../kernel/daily-job.js';
import type { Db } from '../../kernel/db.js';
import type { FileStore } from '../../kernel/files.js';
import { trailRows } from '../../kernel/trail.js';
import { loadSettings } from './reference.service.js';
import { TRAJECTORY_RECORD_TYPE } from './vocabulary.js';

/**
 * Retention of trajectories (ADR 0014; processing register: "5 jaar na uitstroom (inclusief nazorg)"). A trajectory in
 * uitstroom is destroyed once it has been there for the configured number of years (default 5); a referral that was
 * not accepted (declined or referred elsewhere) after the configured number of months (default 12). With it go its
 * intake, assessments, reviews, plan, daytime activities, follow-ups, family decisions, agenda items and their
 * decisions, its team, files and its links in the registry. Tasks about it stay on people's lists as history, without
 * anything that says who it was about. What stays is a row in `trajectory_destructions` (number, dates, rule) and
 * the audit event; never content. The registry person stays under the registry's own rules.
 */

export const CAREERS_RETENTION_JOB = 'careers_retention';
const BATCH = 500;
const NOT_ACCEPTED = ['decline', 'refer_elsewhere'];

export interface CareersRetentionResult {
  destroyed: number;
  ranAt: Date;
  /** In uitstroom before this moment: past the term after exit. */
  exitCutoff: Date;
  /** Not accepted before this moment: past the term for referrals that were not accepted. */
  notAcceptedCutoff: Date;
}

function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export async function runCareersRetention(options: {
  db: Db;
  config: Config;
  files: FileStore;
  actor: { userId: string; username: string; role: string } | null;
  requestId: string | null;
  now?: Date;
}): Promise<CareersRetentionResult> {
  const { db, config, files, actor } = options;
  const now = options.now ?? new Date();
  const settings = await loadSettings(db);
  const exitCutoff = monthsBefore(now, settings.retentionYears * 12);
  const notAcceptedCutoff = monthsBefore(now, settings.notAcceptedRetentionMonths);
  const exitRule = `Bewaartermijn ${settings.retentionYears} jaar na uitstroom`;
  const notAcceptedRule = `Bewaartermijn ${settings.notAcceptedRetentionMonths} maanden na een aanmelding die niet is aangenomen`;
  let destroyed = 0;
  for (;;) {
    const result = await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('trajectories as t')
        .select(['t.id', 't.number', 't.intake_decision', 't.exit_reason', 't.referred_on', 't.exited_on'])
        .where('t.phase', '=', 'uitstroom')
        .where((eb) =>
          eb.or([
            eb('t.phase_changed_at', '<', exitCutoff),
            eb.and([eb('t.intake_decision', 'in', NOT_ACCEPTED), eb('t.phase_changed_at', '<', notAcceptedCutoff)]),
          ]),
        )
        .orderBy('t.phase_changed_at')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      if (rows.length === 0) return { count: 0, keys: [] as string[] };
      const ids = rows.map((r) => r.id);
      const ruleOf = (r: (typeof rows)[number]) => (r.intake_decision && NOT_ACCEPTED.includes(r.intake_decision) ? notAcceptedRule : exitRule);
      await trx
        .insertInto('trajectory_destructions')
        .values(
          rows.map((r) => ({
            number: r.number,
            intake_decision: r.intake_decision,
            exit_reason: r.exit_reason,
            referred_on: r.referred_on,
            exited_on: r.exited_on,
            destroyed_at: now,
            rule: ruleOf(r),
          })),
        )
        .execute();
      const stored = await trx
        .selectFrom('stored_files')
        .select('storage_key')
        .where('record_type', '=', TRAJECTORY_RECORD_TYPE)
        .where('record_id', 'in', ids)
        .execute();
      await trx.deleteFrom('stored_files').where('record_type', '=', TRAJECTORY_RECORD_TYPE).where('record_id', 'in', ids).execute();
      await trx.deleteFrom('subject_links').where('record_type', '=', TRAJECTORY_RECORD_TYPE).where('record_id', 'in', ids).execute();
      await trx.deleteFrom('record_team').where('record_type', '=', TRAJECTORY_RECORD_TYPE).where('record_id', 'in', ids).execute();
      // Task titles carry the number and an action's text: they stay as history, saying only that the trajectory is gone.
      await trx
        .updateTable('tasks')
        .set({ title: 'Taak bij een vernietigd traject', description: '', record_label: 'Vernietigd traject' })
        .where('record_type', '=', TRAJECTORY_RECORD_TYPE)
        .where('record_id', 'in', ids)
        .execute();
      // Everything else of the trajectory goes with it (foreign keys on delete cascade).
      await trx.deleteFrom('trajectories').where('id', 'in', ids).execute();
      const trail = { config, actor, requestId: options.requestId, trace: newTrace(undefined) };
      const events = rows.map((r) => trailRows(trail, { action: 'destroy', objectType: TRAJECTORY_RECORD_TYPE, objectId: r.id, reason: ruleOf(r) })!.event);
      await trx.insertInto('audit_events').values(events).execute();
      return { count: rows.length, keys: stored.map((f) => f.storage_key) };
    });
    // Files go after the commit: a failed transaction leaves every file in place.
    await Promise.all(result.keys.map((key) => files.remove(key)));
    destroyed += result.count;
    if (result.count === 0) break;
  }
  await db
    .insertInto('job_runs')
    .values({ job: CAREERS_RETENTION_JOB, last_started_at: now, last_finished_at: new Date(), last_result: JSON.stringify({ destroyed }) })
    .onConflict((oc) => oc.column('job').doUpdateSet({ last_finished_at: new Date(), last_result: JSON.stringify({ destroyed }) }))
    .execute();
  return { destroyed, ranAt: now, exitCutoff, notAcceptedCutoff };
}

/** Claims today's run of the careers retention job for this process (one process a day wins). */
export function claimCareersRetention(db: Db, now = new Date()): Promise<boolean> {
  return claimDailyJob(db, CAREERS_RETENTION_JOB, now);
}
