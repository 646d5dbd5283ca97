import { z } from 'zod';
import { confidentialityLevels, permissions, roles } from '../../kernel/access.js';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, 'Vul uw gebruikersnaam in.').max(100).describe('Gebruikersnaam'),
  password: z.string().min(1, 'Vul uw wachtwoord in.').max(256).describe('Wachtwoord'),
});

export const loginStage = z.enum(['password_change', 'enrol', 'totp']);

export const stageResponse = z.object({
  stage: loginStage.describe('De volgende stap van het inloggen'),
  csrfToken: z.string().describe('Stuur deze waarde mee in de header X-CSRF-Token bij elke schrijfactie'),
});

export const passwordChangeBody = z.strictObject({
  newPassword: z.string().min(1, 'Vul een nieuw wachtwoord in.').max(256),
});

export const totpBody = z.strictObject({
  code: z
    .string()
    .trim()
    .min(6, 'Vul de code van zes cijfers of een herstelcode in.')
    .max(20)
    .describe('Zes cijfers uit de authenticator-app, of een herstelcode (xxxx-xxxx-xxxx)'),
});

export const enrolmentResponse = z.object({
  secret: z.string().describe('Base32-geheim om handmatig in te voeren'),
  otpauthUrl: z.string(),
  qrDataUrl: z.string().describe('QR-code als data-URL (PNG)'),
});

export const sessionResponse = z.object({
  user: z.object({
    id: z.string().uuid(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    organisation: z.object({ id: z.string().uuid(), name: z.string() }),
    maxConfidentiality: z.enum(confidentialityLevels),
  }),
  permissions: z.array(z.enum(permissions)),
  csrfToken: z.string(),
  idleExpiresAt: z.string().datetime(),
  absoluteExpiresAt: z.string().datetime(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const enrolmentResult = z.object({
  recoveryCodes: z.array(z.string()).describe('Tien herstelcodes; ze worden eenmalig getoond'),
  session: sessionResponse,
});
