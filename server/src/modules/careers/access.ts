import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import { can, confidentialityRank, isConfidentiality, levelsUpTo, registerRecordType, type Actor } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { forbidden, notFound } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import { TRAJECTORY_RECORD_TYPE, type Phase } from './vocabulary.js';

/**
 * Need-to-know for trajectories (ADR 0014). Stricter than the platform default:
 * - only the case team (record_team, type `trajectory`) sees a trajectory; `records:read_all` does NOT apply, so an
 *   analyst who is not on the team sees nothing of a young person's trajectory;
 * - a regisseur (pga_director) also sees referrals that wait for a regisseur (phase aanmelding, none assigned): the
 *   intake queue;
 * - writing needs `records:write` and a place on the team (partners read, and work on their own tasks);
 * - within a trajectory, life-domain content (assessment scores and factors, goals and actions of a domain) is shown
 *   only to the municipality and to the organisation kinds the domain lists (`career_domains.restricted_to`), e.g.
 *   health and substance use only to care partners.
 */

export interface TrajectoryAccess {
  id: string;
  number: string;
  label: string;
  phase: Phase;
  subjectId: string | null;
  regisseurUserId: string | null;
  confidentiality: string;
  version: number;
  /** The actor's role on the team, or null when they see it only through the intake queue. */
  teamRole: string | null;
  canWrite: boolean;
  /** Whether the actor is this trajectory's regisseur. */
  isRegisseur: boolean;
  /** The actor's organisation kind (gemeente, school, zorg, ...). */
  organisationKind: string;
}

/** A person's label as staff see it: "Given Prefix Surname". */
export function personLabel(row: { given_names: string; surname_prefix: string; surname: string }): string {
  return [row.given_names, row.surname_prefix, row.surname].filter((p) => p.trim() !== '').join(' ');
}

// Registered at import time, so tasks and files can check a trajectory record before buildApp has run. Team-only:
// records:read_all opens neither the trajectory (files) nor the registry's link to it.
registerRecordType(
  TRAJECTORY_RECORD_TYPE,
  async (db, id) => {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const row = await db.selectFrom('trajectories').select(['confidentiality', 'number']).where('id', '=', id).executeTakeFirst();
    return row && isConfidentiality(row.confidentiality) ? { confidentiality: row.confidentiality, label: row.number } : undefined;
  },
  { teamOnly: true },
);

const organisationKinds = new WeakMap<Actor, string>();

/** The actor's organisation kind; looked up once per request (the actor object lives for one request). */
export async function organisationKindOf(ctx: Pick<ServiceContext, 'db' | 'actor'>): Promise<string> {
  const known = organisationKinds.get(ctx.actor);
  if (known) return known;
  const row = await ctx.db.selectFrom('organisations').select('kind').where('id', '=', ctx.actor.organisationId).executeTakeFirst();
  const kind = row?.kind ?? 'unknown';
  organisationKinds.set(ctx.actor, kind);
  return kind;
}

/**
 * Adds the need-to-know filter to a query over `trajectories` (aliased as `alias`): team membership, confidentiality
 * up to the actor's maximum, and for a regisseur the unassigned referrals.
 */
export function visibleTrajectories<DB extends Database, TB extends keyof DB & string, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  actor: Pick<Actor, 'role' | 'maxConfidentiality' | 'userId'>,
  alias = 'trajectories',
): SelectQueryBuilder<DB, TB, O> {
  if (!can(actor, 'records:read')) return query.where(sql<boolean>`false`);
  const levels = levelsUpTo(actor.maxConfidentiality);
  const id = sql.ref(`${alias}.id`);
  const onTeam = sql<boolean>`exists (select 1 from record_team rt where rt.record_type = ${TRAJECTORY_RECORD_TYPE}
    and rt.record_id = ${id}::text and rt.user_id = ${actor.userId})`;
  const queue =
    actor.role === 'pga_director'
      ? sql<boolean>`(${sql.ref(`${alias}.regisseur_user_id`)} is null and ${sql.ref(`${alias}.phase`)} = 'aanmelding')`
      : sql<boolean>`false`;
  return query.where(sql.ref(`${alias}.confidentiality`), 'in', levels).where((_eb: ExpressionBuilder<DB, TB>) => sql<boolean>`(${onTeam} or ${queue})`);
}

/**
 * Loads one trajectory for the actor or throws: 404 when they may not know it exists, 403 when they may see it but
 * not change it. Every denial goes to the audit trail. Reads are not logged here: the caller logs the read with the
 * data subject once it has what it shows.
 */
export async function requireTrajectory(ctx: ServiceContext, id: string, action: 'read' | 'write'): Promise<TrajectoryAccess> {
  const row = /^[0-9a-f-]{36}$/i.test(id)
    ? await ctx.db
        .selectFrom('trajectories as t')
        .leftJoin('record_team as rt', (join) =>
          join
            .on('rt.record_type', '=', TRAJECTORY_RECORD_TYPE)
            .onRef('rt.record_id', '=', sql<string>`t.id::text`)
            .on('rt.user_id', '=', ctx.actor.userId),
        )
        .select([
          't.id',
          't.number',
          't.given_names',
          't.surname_prefix',
          't.surname',
          't.phase',
          't.subject_id',
          't.regisseur_user_id',
          't.confidentiality',
          't.version',
          'rt.team_role',
        ])
        .where('t.id', '=', id)
        .executeTakeFirst()
    : undefined;
  const deny = async (reason: string, status: 'hidden' | 'forbidden') => {
    await recordTrail(ctx, { action: 'deny', objectType: TRAJECTORY_RECORD_TYPE, objectId: id, outcome: 'denied', reason: `${action}: ${reason}` });
    return status === 'hidden' ? notFound('Het traject') : forbidden('Je mag dit traject zien, maar niet wijzigen.');
  };
  if (!row) throw await deny('not found', 'hidden');
  const level = isConfidentiality(row.confidentiality) ? row.confidentiality : 'zeer_geheim';
  const inQueue = ctx.actor.role === 'pga_director' && row.regisseur_user_id === null && row.phase === 'aanmelding';
  const visible =
    can(ctx.actor, 'records:read') && confidentialityRank(level) <= confidentialityRank(ctx.actor.maxConfidentiality) && (row.team_role !== null || inQueue);
  if (!visible) throw await deny('hidden', 'hidden');
  const canWrite = can(ctx.actor, 'records:write') && row.team_role !== null;
  if (action === 'write' && !canWrite) throw await deny('forbidden', 'forbidden');
  return {
    id: row.id,
    number: row.number,
    label: personLabel(row),
    phase: row.phase as Phase,
    subjectId: row.subject_id,
    regisseurUserId: row.regisseur_user_id,
    confidentiality: row.confidentiality,
    version: row.version,
    teamRole: row.team_role,
    canWrite,
    isRegisseur: row.regisseur_user_id === ctx.actor.userId,
    organisationKind: await organisationKindOf(ctx),
  };
}

/** The data subjects of a trajectory for the processing log: the registry person when linked, else the trajectory. */
export function trajectorySubjects(t: Pick<TrajectoryAccess, 'id' | 'subjectId'>): { type: string; id: string }[] {
  return t.subjectId ? [{ type: 'person', id: t.subjectId }] : [{ type: TRAJECTORY_RECORD_TYPE, id: t.id }];
}

export interface DomainPolicy {
  /** Every life domain in its sort order (names only; whether the actor may see its content is `maySee`). */
  domains: readonly { code: string; name_nl: string; name_en: string; restricted_to: unknown }[];
  /** Whether a domain with this code exists. */
  isKnown(domainCode: string): boolean;
  /** Whether the actor may see the content of this life domain. Unknown domains are hidden. */
  maySee(domainCode: string): boolean;
  /** The organisation kinds besides the municipality that may see a restricted domain ([] = whole team). */
  restrictedTo(domainCode: string): string[];
}

/**
 * Field-level confidentiality within a trajectory: the municipality (kind `gemeente`) sees every domain; another
 * organisation sees a domain when `restricted_to` is empty or names its kind.
 */
export async function domainPolicy(ctx: Pick<ServiceContext, 'db' | 'actor'>, db: Db = ctx.db): Promise<DomainPolicy> {
  const [kind, rows] = await Promise.all([
    organisationKindOf(ctx),
    db.selectFrom('career_domains').select(['code', 'name_nl', 'name_en', 'restricted_to']).orderBy('sort_order').orderBy('code').execute(),
  ]);
  const restricted = new Map(rows.map((r) => [r.code, Array.isArray(r.restricted_to) ? (r.restricted_to as string[]) : []]));
  return {
    domains: rows,
    isKnown: (code) => restricted.has(code),
    maySee: (code) => {
      const kinds = restricted.get(code);
      if (kinds === undefined) return false;
      return kind === 'gemeente' || kinds.length === 0 || kinds.includes(kind);
    },
    restrictedTo: (code) => restricted.get(code) ?? [],
  };
}

/** Users who may be put on a case team or be responsible for an action: active, with records:read. */
export async function teamCandidate(db: Db, userId: string): Promise<{ id: string; name: string; role: string; organisationId: string } | undefined> {
  const row = await db.selectFrom('users').select(['id', 'display_name', 'role', 'organisation_id', 'active']).where('id', '=', userId).executeTakeFirst();
  if (!row || !row.active) return undefined;
  if (!can({ role: row.role as Actor['role'] }, 'records:read')) return undefined;
  return { id: row.id, name: row.display_name, role: row.role, organisationId: row.organisation_id };
}

/** Whether the user is on the trajectory's team. */
export async function onTrajectoryTeam(db: Db, trajectoryId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('record_team')
    .select('user_id')
    .where('record_type', '=', TRAJECTORY_RECORD_TYPE)
    .where('record_id', '=', trajectoryId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
