import { createHmac, randomBytes } from 'node:crypto';

/**
 * Abuse limits for the public pages without keeping who anyone is. A client is counted under a keyed
 * hash of its address; the key (salt) is random, made in this process's memory for one day (UTC) and
 * never written anywhere. At the change of day the salt and every counter are thrown away, so a hash
 * cannot be linked to an address afterwards, nor to the same client on another day or in another
 * process (ADR 0011).
 */

export interface LimitRule {
  /** Events allowed per window. */
  limit: number;
  windowMs: number;
}

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Counter {
  count: number;
  resetAt: number;
}

/** Counters kept at most; the oldest go first when a flood of new clients fills the table. */
const MAX_COUNTERS = 50_000;

const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export class ClientLimiter<R extends string> {
  private day = '';
  private salt: Buffer = Buffer.alloc(0);
  private readonly counters = new Map<string, Counter>();

  constructor(
    private readonly rules: Record<R, LimitRule>,
    private readonly now: () => number = Date.now,
    private readonly maxCounters = MAX_COUNTERS,
  ) {}

  /** The day's salt; a new day brings a new one and forgets every counter. */
  private currentSalt(): Buffer {
    const today = utcDay(this.now());
    if (today !== this.day) {
      this.day = today;
      this.salt = randomBytes(32);
      this.counters.clear();
    }
    return this.salt;
  }

  /** The client's key for today: HMAC-SHA256 of the address under the day's salt (128 bits shown). */
  clientKey(address: string): string {
    return createHmac('sha256', this.currentSalt()).update(address).digest('hex').slice(0, 32);
  }

  private counter(rule: R, client: string): Counter | undefined {
    this.currentSalt();
    const key = `${rule}:${client}`;
    const found = this.counters.get(key);
    if (found && found.resetAt <= this.now()) {
      this.counters.delete(key);
      return undefined;
    }
    return found;
  }

  /** Whether the client may do one more `rule` event now (without counting it). */
  check(rule: R, client: string): Decision {
    const found = this.counter(rule, client);
    if (!found || found.count < this.rules[rule].limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((found.resetAt - this.now()) / 1000)) };
  }

  /** Counts one `rule` event for the client. */
  record(rule: R, client: string): void {
    const found = this.counter(rule, client);
    if (found) {
      found.count += 1;
      return;
    }
    if (this.counters.size >= this.maxCounters) this.evict();
    this.counters.set(`${rule}:${client}`, { count: 1, resetAt: this.now() + this.rules[rule].windowMs });
  }

  /** Checks and, when allowed, counts in one step. */
  take(rule: R, client: string): Decision {
    const decision = this.check(rule, client);
    if (decision.allowed) this.record(rule, client);
    return decision;
  }

  /** Number of counters held (for tests and to show that memory stays bounded). */
  get size(): number {
    return this.counters.size;
  }

  private evict(): void {
    const now = this.now();
    for (const [key, counter] of this.counters) if (counter.resetAt <= now) this.counters.delete(key);
    // Still full: drop the oldest tenth (a Map iterates in insertion order).
    if (this.counters.size >= this.maxCounters) {
      let drop = Math.max(1, Math.floor(this.maxCounters / 10));
      for (const key of this.counters.keys()) {
        if (drop-- <= 0) break;
        this.counters.delete(key);
      }
    }
  }
}
