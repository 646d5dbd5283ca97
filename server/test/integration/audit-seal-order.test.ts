import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, sealAll, verifyAuditChain } from '../../src/kernel/audit.js';
import { cloneTestDatabase } from '../database.js';

/**
 * The sealer must chain events in transaction-id order as numbers. Sorting the text form puts "1000" before "999",
 * which broke the chain (a duplicate seal) once a database's transaction ids gained a digit: the demo data of the
 * person-centred approach pushed an embedded database past 1,000 and showed it.
 */
let handle: Awaited<ReturnType<typeof cloneTestDatabase>>;

beforeAll(async () => {
  handle = await cloneTestDatabase();
});

afterAll(async () => {
  await handle?.close();
});

const currentTxid = async (): Promise<bigint> => {
  const { rows } = await sql<{ txid: string }>`select pg_current_xact_id()::text as txid`.execute(handle.db);
  return BigInt(rows[0]!.txid);
};

describe('audit sealing order', () => {
  it('keeps the chain intact across transaction ids of more digits', { timeout: 120_000 }, async () => {
    const start = await currentTxid();
    const boundary = 10n ** BigInt(start.toString().length);
    // Within reach on the embedded database (a fresh cluster); a shared PostgreSQL server may be far from the next
    // power of ten, and then the test chains 300 transactions without the digit change.
    const embedded = handle.url === undefined;
    const target = boundary - start < 5_000n ? boundary + 20n : start + 300n;
    if (embedded) expect(target).toBeGreaterThan(boundary);
    let n = 0;
    while ((await currentTxid()) < target) {
      await handle.db.transaction().execute(async (trx) => {
        await appendAudit(trx, [
          {
            actorUserId: null,
            actorUsername: null,
            actorRole: null,
            action: 'test',
            objectType: 'seal_order',
            objectId: String(n),
            outcome: 'success',
            requestId: null,
            reason: null,
          },
        ]);
      });
      n += 1;
      if (n % 50 === 0) await sealAll(handle.db);
    }
    await sealAll(handle.db);
    const result = await verifyAuditChain(handle.db);
    expect(result).toMatchObject({ ok: true, problem: null });
    const { rows } = await sql<{ ordered: boolean }>`
      select bool_and(prev_txid is null or prev_txid <= event_txid) as ordered
      from (select event_txid, lag(event_txid) over (order by seq) as prev_txid from audit_seals) s`.execute(handle.db);
    expect(rows[0]!.ordered).toBe(true);
  });
});
