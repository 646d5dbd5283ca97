import { describe, expect, it } from 'vitest';
import { groupSecret, isTotpCode, isTotpOrRecoveryCode, normaliseCode } from './codes';

describe('login codes', () => {
  it('accepts six digits, also typed with spaces', () => {
    expect(isTotpCode(normaliseCode('123 456'))).toBe(true);
    expect(isTotpCode('12345')).toBe(false);
    expect(isTotpCode('1234567')).toBe(false);
  });

  it('accepts a recovery code where a TOTP code is allowed, but not a short number', () => {
    expect(isTotpOrRecoveryCode('abcd-efgh-jk23')).toBe(true);
    expect(isTotpOrRecoveryCode('654321')).toBe(true);
    expect(isTotpOrRecoveryCode('6543')).toBe(false);
    expect(isTotpOrRecoveryCode('ab--cd')).toBe(false);
  });

  it('shows a secret in groups of four', () => {
    expect(groupSecret('ABCDEFGHIJKLMN')).toBe('ABCD EFGH IJKL MN');
  });
});
