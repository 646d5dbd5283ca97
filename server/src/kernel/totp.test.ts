import fc from 'fast-check';
import { generate, generateSecret } from 'otplib';
import { describe, expect, it } from 'vitest';
import { totpAt } from '../../test/totp.js';
import { checkTotp, currentTotp } from './totp.js';

describe('TOTP', () => {
  it('accepts the current code, one step of drift either way, and nothing further', async () => {
    const secret = generateSecret({ length: 20 });
    const now = Math.floor(Date.now() / 1000);
    const step = Math.floor(now / 30);
    for (const [offset, accepted] of [
      [-2, false],
      [-1, true],
      [0, true],
      [1, true],
      [2, false],
    ] as const) {
      const code = await generate({ secret, epoch: (step + offset) * 30 + 1 });
      expect((await checkTotp(secret, code, null)) !== null, `offset ${offset}`).toBe(accepted);
    }
  });

  it('refuses a code at or before the last used step (replay)', async () => {
    const secret = generateSecret({ length: 20 });
    const code = await currentTotp(secret);
    const step = await checkTotp(secret, code, null);
    expect(step).not.toBeNull();
    expect(await checkTotp(secret, code, step)).toBeNull();
  });

  it('refuses malformed codes without throwing', async () => {
    const secret = generateSecret({ length: 20 });
    for (const code of ['', '12345', '1234567', 'abcdef', '12 345', '١٢٣٤٥٦']) expect(await checkTotp(secret, code, null)).toBeNull();
  });

  it('agrees with the RFC 6238 helper used by the browser tests, for any secret and time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 20, maxLength: 20 }), fc.integer({ min: 0, max: 2_000_000_000 }), async (bytes, epoch) => {
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
        let bits = '';
        for (const b of bytes) bits += b.toString(2).padStart(8, '0');
        let secret = '';
        for (let i = 0; i + 5 <= bits.length; i += 5) secret += alphabet[parseInt(bits.slice(i, i + 5), 2)];
        expect(totpAt(secret, Math.floor(epoch / 30))).toBe(await generate({ secret, epoch }));
      }),
      { numRuns: 200 },
    );
  });
});
