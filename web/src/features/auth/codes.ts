/** A TOTP code as typed: spaces removed ("123 456" → "123456"). */
export function normaliseCode(input: string): string {
  return input.replace(/\s+/g, '');
}

export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** Either a 6-digit TOTP code or something shaped like a recovery code (letters/digits and hyphens). */
export function isTotpOrRecoveryCode(code: string): boolean {
  if (/^\d+$/.test(code)) {
    return isTotpCode(code);
  }
  return /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(code) && code.length >= 8;
}

/** Show a base32 secret in groups of four for easier typing. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
