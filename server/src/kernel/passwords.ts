import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// 49k most common passwords (zxcvbn-ts list) plus a few local favourites.
const common = new Set<string>(
  [...dictionary['passwords-common'], 'welkom123456', 'wachtwoord123', 'utrecht12345', 'gemeenteutrecht'].map((p) => p.toLowerCase()),
);

/** Returns a Dutch reason why the password is not acceptable, or null when it is. */
export function passwordProblem(password: string, username?: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens hebben.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Het wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens hebben.`;
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'Dit wachtwoord komt voor in lijsten van veelgebruikte wachtwoorden. Kies een ander.';
  if (/^(.)\1+$/u.test(password)) return 'Het wachtwoord bestaat uit één herhaald teken. Kies een ander.';
  if (username && lower.includes(username.toLowerCase())) return 'Het wachtwoord mag uw gebruikersnaam niet bevatten.';
  return null;
}

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real verification, so unknown usernames are not revealed by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hash('dwarsboom-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
