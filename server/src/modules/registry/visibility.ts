import { sql, type RawBuilder } from 'kysely';
import { can, levelsUpTo, teamOnlyRecordTypes, type Actor } from '../../kernel/access.js';

export const SUBJECT_RECORD_TYPE = 'subject';

type Viewer = Pick<Actor, 'role' | 'maxConfidentiality' | 'userId'>;

/**
 * Need-to-know for registry subjects, as one SQL condition over a `subjects` row under `alias`:
 * the subject's confidentiality is within the viewer's maximum, and the viewer either reads all
 * records (analysts) or has a reason to know this subject: they are on its team (they recorded
 * it or were added), or it is linked to a case record whose team they are on. Lists, searches and
 * profiles all use this condition, so nothing the viewer may not see is fetched, not even counted.
 */
export function subjectVisible(actor: Viewer, alias = 's'): RawBuilder<boolean> {
  if (!can(actor, 'records:read')) return sql<boolean>`false`;
  const id = sql.ref(`${alias}.id`);
  const withinLevel = sql<boolean>`${sql.ref(`${alias}.confidentiality`)} in (${sql.join(levelsUpTo(actor.maxConfidentiality))})`;
  if (can(actor, 'records:read_all')) return withinLevel;
  return sql<boolean>`(${withinLevel} and (
    exists (select 1 from record_team rt where rt.record_type = ${SUBJECT_RECORD_TYPE} and rt.record_id = ${id}::text and rt.user_id = ${actor.userId})
    or exists (select 1 from subject_links l join record_team lt on lt.record_type = l.record_type and lt.record_id = l.record_id and lt.user_id = ${actor.userId}
               where l.subject_id = ${id})))`;
}

/** A relation is visible when its own confidentiality is within the viewer's maximum (both ends are checked separately). */
export function relationVisible(actor: Viewer, alias = 'r'): RawBuilder<boolean> {
  if (!can(actor, 'records:read')) return sql<boolean>`false`;
  return sql<boolean>`${sql.ref(`${alias}.confidentiality`)} in (${sql.join(levelsUpTo(actor.maxConfidentiality))})`;
}

/** A linked case record (for case-number search hits) is visible by the record's own team and level. */
export function linkVisible(actor: Viewer, alias = 'l'): RawBuilder<boolean> {
  if (!can(actor, 'records:read')) return sql<boolean>`false`;
  const withinLevel = sql<boolean>`${sql.ref(`${alias}.confidentiality`)} in (${sql.join(levelsUpTo(actor.maxConfidentiality))})`;
  const onTeam = sql<boolean>`exists (select 1 from record_team lt where lt.record_type = ${sql.ref(`${alias}.record_type`)}
    and lt.record_id = ${sql.ref(`${alias}.record_id`)} and lt.user_id = ${actor.userId})`;
  if (can(actor, 'records:read_all')) {
    // Team-only records (a young person's trajectory) stay with their team, also for an analyst.
    const teamOnly = teamOnlyRecordTypes();
    if (teamOnly.length === 0) return withinLevel;
    return sql<boolean>`(${withinLevel} and (${sql.ref(`${alias}.record_type`)} not in (${sql.join(teamOnly)}) or ${onTeam}))`;
  }
  return sql<boolean>`(${withinLevel} and ${onTeam})`;
}
