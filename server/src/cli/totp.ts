import { currentTotp } from '../kernel/totp.js';

/** `npm run totp -- <secret>`: prints the current code for a (demo) TOTP secret. */
const secret = process.argv[2];
if (!secret || !/^[A-Z2-7]{16,}$/.test(secret)) {
  process.stderr.write('Gebruik: npm run totp -- <TOTP-geheim in Base32>\n');
  process.exit(2);
}
process.stdout.write(`${await currentTotp(secret)}\n`);
