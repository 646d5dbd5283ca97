import { sql } from 'kysely';
import type { Db } from './db.js';

/**
 * Claims today's run of a daily job for this process: at most one process a day wins, whatever the number of app
 * processes (the claim is a conditional update of the job's row in `job_runs`).
 */
export async function claimDailyJob(db: Db, job: string, now = new Date()): Promise<boolean> {
  const { rows } = await sql<{ job: string }>`
    insert into job_runs (job, last_started_at) values (${job}, ${now})
    on conflict (job) do update set last_started_at = excluded.last_started_at
      where job_runs.last_started_at is null or job_runs.last_started_at < ${new Date(now.getTime() - 23 * 3_600_000)}
    returning job`.execute(db);
  return rows.length === 1;
}

/** Checks every hour whether today's run of a daily job (retention) is due, in every app process; one of them runs it. */
export class DailyJobScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly claim: () => Promise<boolean>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(intervalMs = 3_600_000, firstAfterMs = 60_000): void {
    const tick = () => {
      if (this.running) return;
      this.running = (async () => {
        if (await this.claim()) await this.run();
      })()
        .catch(this.onError)
        .finally(() => {
          this.running = undefined;
        });
    };
    const first = setTimeout(() => {
      tick();
      this.timer = setInterval(tick, intervalMs);
      this.timer.unref();
    }, firstAfterMs);
    first.unref();
    this.timer = first;
  }

  async stop(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      clearInterval(this.timer);
    }
    await this.running;
  }
}
