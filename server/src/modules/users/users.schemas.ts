import { z } from 'zod';
import { confidentialityLevels, roles } from '../../kernel/access.js';

export const organisation = z.object({ id: z.string().uuid(), name: z.string(), kind: z.string() });

export const adminUser = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(roles),
  organisation: z.object({ id: z.string().uuid(), name: z.string() }),
  maxConfidentiality: z.enum(confidentialityLevels),
  active: z.boolean(),
  totpEnrolled: z.boolean(),
  lockedUntil: z.string().datetime().nullable(),
  lastLoginAt: z.string().datetime().nullable(),
  createdAt: z.string().datetime(),
});
export type AdminUser = z.infer<typeof adminUser>;

const username = z
  .string()
  .trim()
  .min(3, 'Minstens 3 tekens.')
  .max(50, 'Hoogstens 50 tekens.')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Alleen kleine letters, cijfers, punt, streepje en liggend streepje.');

export const createUserBody = z.strictObject({
  username,
  displayName: z.string().trim().min(1, 'Vul een naam in.').max(200),
  email: z.string().trim().max(320).email('Vul een geldig e-mailadres in.'),
  role: z.enum(roles),
  organisationId: z.string().uuid('Kies een organisatie.'),
  maxConfidentiality: z.enum(confidentialityLevels),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = createUserBody.omit({ username: true }).partial().strict();
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const listUsersQuery = z.strictObject({
  query: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const userIdParams = z.strictObject({ id: z.string().uuid('Geen geldige id.') });

export const userWithPassword = z.object({ user: adminUser, temporaryPassword: z.string() });
