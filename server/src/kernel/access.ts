import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Db } from './db.js';

/** ZGW confidentiality scale (vertrouwelijkheidaanduiding), lowest to highest. */
export const confidentialityLevels = [
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
] as const;
export type Confidentiality = (typeof confidentialityLevels)[number];

export const roles = ['admin', 'analyst', 'pga_director', 'inspector', 'lawyer', 'partner', 'management', 'privacy_officer'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  /** Create, change, deactivate and reset user accounts. */
  'users:manage',
  /** Maintain reference data (areas, processing register, categories). */
  'reference:manage',
  /** Read the audit trail and processing log. */
  'audit:read',
  /** Read case records (need-to-know still applies: team membership or records:read_all). */
  'records:read',
  /** Change case records the user can see. */
  'records:write',
  /** Read every case record up to the user's confidentiality maximum, without team membership. */
  'records:read_all',
  /** See aggregate figures only (no case content). */
  'aggregates:read',
  /** Have and work on tasks. */
  'tasks:use',
  /** Upload and download files attached to records the user can see. */
  'files:use',
  /** Enter a signal (a partner's police or cannabis report, or a staff observation). */
  'signals:report',
  /** Keep the enforcement policy: legal bases, escalation matrix, inspection checklists, letter templates (no case content). */
  'enforcement:manage',
  /** Refer a young person to the person-centred approach (a partner or the municipality). */
  'careers:refer',
  /** Record group-level prevention activities (no personal data). */
  'prevention:write',
] as const;
export type Permission = (typeof permissions)[number];

/**
 * Role → permissions. The one place that says what a role may do. A beheerder manages accounts
 * and reference data but sees no case content; management sees aggregates only.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['users:manage', 'reference:manage', 'enforcement:manage', 'tasks:use'],
  analyst: ['records:read', 'records:write', 'records:read_all', 'aggregates:read', 'tasks:use', 'files:use', 'signals:report', 'prevention:write'],
  pga_director: ['records:read', 'records:write', 'aggregates:read', 'tasks:use', 'files:use', 'signals:report', 'careers:refer', 'prevention:write'],
  inspector: ['records:read', 'records:write', 'tasks:use', 'files:use', 'signals:report'],
  lawyer: ['records:read', 'records:write', 'tasks:use', 'files:use', 'signals:report', 'enforcement:manage'],
  partner: ['records:read', 'tasks:use', 'files:use', 'signals:report', 'careers:refer', 'prevention:write'],
  management: ['aggregates:read', 'tasks:use'],
  privacy_officer: ['audit:read', 'tasks:use'],
};

/** The signed-in user as every service sees it. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  organisationId: string;
  maxConfidentiality: Confidentiality;
  sessionId: string;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function isConfidentiality(value: string): value is Confidentiality {
  return (confidentialityLevels as readonly string[]).includes(value);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return rolePermissions[role];
}

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return rolePermissions[actor.role].includes(permission);
}

export function confidentialityRank(level: Confidentiality): number {
  return confidentialityLevels.indexOf(level);
}

/** Levels at or below the given maximum. */
export function levelsUpTo(max: Confidentiality): Confidentiality[] {
  return confidentialityLevels.slice(0, confidentialityRank(max) + 1);
}

/** What the policy knows about one record. */
export interface RecordFacts {
  confidentiality: Confidentiality;
  /** Whether the actor is on the record's team (need-to-know). */
  onTeam: boolean;
  /** A team-only record type: `records:read_all` does not open it (see `registerRecordType`). */
  teamOnly?: boolean;
}

export type RecordAction = 'read' | 'write';

/**
 * The decision for one record:
 * - `allow`;
 * - `hidden`: the actor may not know the record exists → answer 404;
 * - `forbidden`: the actor may know it exists but not do this → answer 403.
 */
export type Decision = 'allow' | 'hidden' | 'forbidden';

/** Decides whether an actor may read or write one record. Pure: the matrix test covers it. */
export function decideRecord(actor: Pick<Actor, 'role' | 'maxConfidentiality'>, record: RecordFacts, action: RecordAction): Decision {
  if (!can(actor, 'records:read')) return 'hidden';
  if (confidentialityRank(record.confidentiality) > confidentialityRank(actor.maxConfidentiality)) return 'hidden';
  if (!record.onTeam && (record.teamOnly === true || !can(actor, 'records:read_all'))) return 'hidden';
  switch (action) {
    case 'read':
      return 'allow';
    case 'write':
      return can(actor, 'records:write') ? 'allow' : 'forbidden';
  }
}

/**
 * Adds the need-to-know filter to a query over a table with `confidentiality`, and an id column,
 * so that lists and searches never fetch what the actor may not see. `idColumn` is the column that
 * holds the record id (as text) and `recordType` the type under which team members are stored.
 */
export function visibleTo<DB extends Database, TB extends keyof DB & string, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  actor: Pick<Actor, 'role' | 'maxConfidentiality' | 'userId'>,
  options: { recordType: string; idColumn: string; confidentialityColumn: string },
): SelectQueryBuilder<DB, TB, O> {
  if (!can(actor, 'records:read')) {
    return query.where(sql<boolean>`false`);
  }
  const levels = levelsUpTo(actor.maxConfidentiality);
  const filtered = query.where(sql.ref(options.confidentialityColumn), 'in', levels);
  if (can(actor, 'records:read_all')) return filtered;
  return filtered.where((eb: ExpressionBuilder<DB, TB>) =>
    eb.exists(
      sql`(select 1 from record_team rt where rt.record_type = ${options.recordType}
        and rt.record_id = ${sql.ref(options.idColumn)}::text and rt.user_id = ${actor.userId})`,
    ),
  );
}

/** Resolves a record of one type to the facts the policy needs, or undefined when it does not exist. */
export type RecordResolver = (db: Db, id: string) => Promise<{ confidentiality: Confidentiality; label: string } | undefined>;

const resolvers = new Map<string, RecordResolver>();
const teamOnlyTypes = new Set<string>();

/**
 * Modules register their record types here at start-up, so shared services (files, tasks) can
 * check access through the owning record's policy. Registration is static code, identical in every
 * process, so it holds no state that differs between app processes. A `teamOnly` type (a young person's
 * trajectory, ADR 0014) is seen by its team only: `records:read_all` does not open it, here or in the
 * registry's links to it.
 */
export function registerRecordType(recordType: string, resolver: RecordResolver, options: { teamOnly?: boolean } = {}): void {
  resolvers.set(recordType, resolver);
  if (options.teamOnly) teamOnlyTypes.add(recordType);
}

/** Whether a record type was registered as team-only. */
export function isTeamOnly(recordType: string): boolean {
  return teamOnlyTypes.has(recordType);
}

/** Every team-only record type (for SQL filters over records of several types, such as registry links). */
export function teamOnlyRecordTypes(): string[] {
  return [...teamOnlyTypes].sort();
}

export function recordResolver(recordType: string): RecordResolver | undefined {
  return resolvers.get(recordType);
}

export async function isOnTeam(db: Db, recordType: string, recordId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('record_team')
    .select('user_id')
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
