import { randomBytes } from 'node:crypto';
import { isConfidentiality, isRole } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { conflict, notFound } from '../../kernel/errors.js';
import { hashPassword } from '../../kernel/passwords.js';
import { revokeAllSessions } from '../../kernel/session.js';
import { recordTrail, type TrailEntry } from '../../kernel/trail.js';
import type { AdminUser, CreateUserBody, UpdateUserBody } from './users.schemas.js';

/** Processing activity under which staff accounts are managed (see the processing register). */
export const ACCOUNT_ACTIVITY = 'account_management';

const userColumns = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.email',
  'u.role',
  'u.max_confidentiality',
  'u.active',
  'u.totp_enrolled_at',
  'u.locked_until',
  'u.last_login_at',
  'u.created_at',
  'o.id as org_id',
  'o.name as org_name',
] as const;

type UserJoinRow = {
  id: string;
  username: string;
  display_name: string;
  email: string;
  role: string;
  max_confidentiality: string;
  active: boolean;
  totp_enrolled_at: Date | null;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
  org_id: string;
  org_name: string;
};

function toAdminUser(row: UserJoinRow, now = new Date()): AdminUser {
  if (!isRole(row.role) || !isConfidentiality(row.max_confidentiality)) throw new Error('user row has an unknown role or level');
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    organisation: { id: row.org_id, name: row.org_name },
    maxConfidentiality: row.max_confidentiality,
    active: row.active,
    totpEnrolled: row.totp_enrolled_at !== null,
    lockedUntil: row.locked_until && row.locked_until > now ? row.locked_until.toISOString() : null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

function accountTrail(action: string, userId: string, name: string): TrailEntry {
  return {
    action,
    objectType: 'user',
    objectId: userId,
    processing: { activity: ACCOUNT_ACTIVITY, name, subjects: [{ type: 'user', id: userId }] },
  };
}

/** A random temporary password: 16 characters, shown once, to be changed at first login. */
export function temporaryPassword(): string {
  return randomBytes(12).toString('base64url');
}

async function fetchUser(ctx: ServiceContext, id: string): Promise<AdminUser> {
  const row = await ctx.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(userColumns)
    .where('u.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Deze gebruiker');
  return toAdminUser(row);
}

export async function listOrganisations(ctx: Pick<ServiceContext, 'db'>): Promise<{ id: string; name: string; kind: string }[]> {
  return ctx.db.selectFrom('organisations').select(['id', 'name', 'kind']).orderBy('name').execute();
}

/** Lists accounts for a beheerder; every listing is audited. */
export async function listUsers(
  ctx: ServiceContext,
  filter: { query?: string | undefined; role?: string | undefined; active?: 'true' | 'false' | undefined },
): Promise<AdminUser[]> {
  const rows = await ctx.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(userColumns)
    .$if(filter.query !== undefined && filter.query !== '', (qb) => {
      const like = `%${filter.query!.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return qb.where((eb) => eb.or([eb(eb.fn('lower', ['u.username']), 'like', like), eb(eb.fn('lower', ['u.display_name']), 'like', like)]));
    })
    .$if(filter.role !== undefined, (qb) => qb.where('u.role', '=', filter.role!))
    .$if(filter.active !== undefined, (qb) => qb.where('u.active', '=', filter.active === 'true'))
    .orderBy('u.username')
    .limit(500)
    .execute();
  // Every listed account is a data subject whose data was shown: one processing-log line each.
  await recordTrail(ctx, {
    action: 'search',
    objectType: 'user',
    objectId: null,
    reason: `${rows.length} results`,
    processing: { activity: ACCOUNT_ACTIVITY, name: 'Gebruikersaccounts zoeken', subjects: rows.map((r) => ({ type: 'user', id: r.id })) },
  });
  return rows.map((r) => toAdminUser(r));
}

export async function getUser(ctx: ServiceContext, id: string): Promise<AdminUser> {
  const user = await fetchUser(ctx, id);
  await recordTrail(ctx, accountTrail('read', id, 'Gebruikersaccount inzien'));
  return user;
}

/** Creates an account with a temporary password; the user sets a password and enrols TOTP at first login. */
export async function createUser(ctx: ServiceContext, input: CreateUserBody): Promise<{ user: AdminUser; temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.toLowerCase()))
      .executeTakeFirst();
    if (existing) throw conflict('Deze gebruikersnaam bestaat al.');
    const org = await trx.selectFrom('organisations').select('id').where('id', '=', input.organisationId).executeTakeFirst();
    if (!org) throw notFound('Deze organisatie');
    const row = await trx
      .insertInto('users')
      .values({
        username: input.username,
        display_name: input.displayName,
        email: input.email,
        role: input.role,
        organisation_id: input.organisationId,
        max_confidentiality: input.maxConfidentiality,
        password_hash: passwordHash,
        must_change_password: true,
        totp_secret_enc: null,
        totp_enrolled_at: null,
        totp_last_step: null,
        active: true,
        locked_until: null,
        last_login_at: null,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordTrail({ ...ctx, db: trx }, accountTrail('create', row.id, 'Gebruikersaccount aanmaken'));
    return row.id;
  });
  return { user: await fetchUser(ctx, id), temporaryPassword: password };
}

export async function updateUser(ctx: ServiceContext, id: string, input: UpdateUserBody): Promise<AdminUser> {
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('users').select(['id', 'role', 'max_confidentiality', 'organisation_id']).where('id', '=', id).executeTakeFirst();
    if (!existing) throw notFound('Deze gebruiker');
    if (input.organisationId) {
      const org = await trx.selectFrom('organisations').select('id').where('id', '=', input.organisationId).executeTakeFirst();
      if (!org) throw notFound('Deze organisatie');
    }
    await trx
      .updateTable('users')
      .set({
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.organisationId !== undefined ? { organisation_id: input.organisationId } : {}),
        ...(input.maxConfidentiality !== undefined ? { max_confidentiality: input.maxConfidentiality } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    // A change of role, organisation or clearance ends the user's sessions, so no session keeps old rights.
    const rightsChanged =
      (input.role !== undefined && input.role !== existing.role) ||
      (input.maxConfidentiality !== undefined && input.maxConfidentiality !== existing.max_confidentiality) ||
      (input.organisationId !== undefined && input.organisationId !== existing.organisation_id);
    if (rightsChanged) await revokeAllSessions(trx, id);
    const changed = Object.keys(input).sort().join(', ');
    await recordTrail({ ...ctx, db: trx }, { ...accountTrail('update', id, 'Gebruikersaccount wijzigen'), reason: `fields: ${changed}` });
  });
  return fetchUser(ctx, id);
}

export async function setUserActive(ctx: ServiceContext, id: string, active: boolean): Promise<AdminUser> {
  if (id === ctx.actor.userId && !active) throw conflict('U kunt uw eigen account niet deactiveren.');
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('users').set({ active, updated_at: new Date() }).where('id', '=', id).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound('Deze gebruiker');
    if (!active) await revokeAllSessions(trx, id);
    await recordTrail(
      { ...ctx, db: trx },
      accountTrail(active ? 'activate' : 'deactivate', id, active ? 'Gebruikersaccount activeren' : 'Gebruikersaccount deactiveren'),
    );
  });
  return fetchUser(ctx, id);
}

/**
 * Reset: new temporary password, second factor and recovery codes removed, lock lifted, all
 * sessions ended. The user changes the password and enrols TOTP again at the next login.
 */
export async function resetUser(ctx: ServiceContext, id: string): Promise<{ user: AdminUser; temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        must_change_password: true,
        totp_secret_enc: null,
        totp_enrolled_at: null,
        totp_last_step: null,
        failed_attempts: 0,
        locked_until: null,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound('Deze gebruiker');
    await trx.deleteFrom('recovery_codes').where('user_id', '=', id).execute();
    await revokeAllSessions(trx, id);
    await recordTrail({ ...ctx, db: trx }, accountTrail('reset', id, 'Gebruikersaccount herstellen'));
  });
  return { user: await fetchUser(ctx, id), temporaryPassword: password };
}
