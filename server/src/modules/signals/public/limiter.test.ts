import { describe, expect, it } from 'vitest';
import { ClientLimiter } from './limiter.js';

const HOUR = 3_600_000;

function clock(start = Date.UTC(2026, 2, 14, 10, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('ClientLimiter', () => {
  it('keys a client by a salted hash that does not contain the address and is stable within the day', () => {
    const c = clock();
    const limiter = new ClientLimiter({ wrong: { limit: 3, windowMs: HOUR } }, c.now);
    const key = limiter.clientKey('203.0.113.77');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(key).not.toContain('203');
    expect(limiter.clientKey('203.0.113.77')).toBe(key);
    expect(limiter.clientKey('203.0.113.78')).not.toBe(key);
    c.advance(13 * HOUR); // 23:00 UTC, same day
    expect(limiter.clientKey('203.0.113.77')).toBe(key);
  });

  it('has a different salt in another process and on the next day', () => {
    const c = clock();
    const a = new ClientLimiter({ wrong: { limit: 3, windowMs: HOUR } }, c.now);
    const b = new ClientLimiter({ wrong: { limit: 3, windowMs: HOUR } }, c.now);
    const key = a.clientKey('203.0.113.77');
    expect(b.clientKey('203.0.113.77')).not.toBe(key);
    c.advance(14 * HOUR); // 00:00 UTC the next day
    expect(a.clientKey('203.0.113.77')).not.toBe(key);
  });

  it('allows the limit within the window, refuses after it with the time to wait, and allows again after the window', () => {
    const c = clock();
    const limiter = new ClientLimiter({ wrong: { limit: 3, windowMs: HOUR } }, c.now);
    const client = limiter.clientKey('198.51.100.1');
    for (let i = 0; i < 3; i++) {
      expect(limiter.check('wrong', client)).toEqual({ allowed: true });
      limiter.record('wrong', client);
    }
    expect(limiter.check('wrong', client)).toEqual({ allowed: false, retryAfterSeconds: 3600 });
    c.advance(HOUR - 1000);
    expect(limiter.check('wrong', client)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    c.advance(1000);
    expect(limiter.check('wrong', client)).toEqual({ allowed: true });
    // Another client is not affected.
    expect(limiter.check('wrong', limiter.clientKey('198.51.100.2'))).toEqual({ allowed: true });
  });

  it('counts each rule on its own; take() counts only what it allows', () => {
    const c = clock();
    const limiter = new ClientLimiter({ report: { limit: 2, windowMs: HOUR }, wrong: { limit: 1, windowMs: HOUR } }, c.now);
    const client = limiter.clientKey('198.51.100.1');
    expect(limiter.take('report', client).allowed).toBe(true);
    expect(limiter.take('report', client).allowed).toBe(true);
    expect(limiter.take('report', client).allowed).toBe(false);
    expect(limiter.take('wrong', client).allowed).toBe(true);
    expect(limiter.take('wrong', client).allowed).toBe(false);
  });

  it('forgets every counter at the change of day', () => {
    const c = clock(Date.UTC(2026, 2, 14, 23, 30));
    const limiter = new ClientLimiter({ wrong: { limit: 1, windowMs: HOUR } }, c.now);
    limiter.record('wrong', limiter.clientKey('198.51.100.1'));
    expect(limiter.size).toBe(1);
    c.advance(40 * 60_000);
    expect(limiter.check('wrong', limiter.clientKey('198.51.100.1'))).toEqual({ allowed: true });
    expect(limiter.size).toBe(0);
  });

  it('keeps a bounded number of counters under a flood of new clients', () => {
    const c = clock();
    const limiter = new ClientLimiter({ report: { limit: 5, windowMs: HOUR } }, c.now, 100);
    for (let i = 0; i < 1000; i++) limiter.record('report', limiter.clientKey(`10.0.${Math.floor(i / 256)}.${i % 256}`));
    expect(limiter.size).toBeLessThanOrEqual(100);
    // The newest client is still counted.
    const last = limiter.clientKey('10.0.3.231');
    for (let i = 0; i < 4; i++) limiter.record('report', last);
    expect(limiter.check('report', last).allowed).toBe(false);
  });
});
