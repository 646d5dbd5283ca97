import { sql } from 'kysely';
import { can, roles, type Actor } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError, conflict, forbidden, notFound } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import { requireTrajectory, teamCandidate, trajectorySubjects } from './access.js';
import { CAREERS_ACTIVITY, TRAJECTORY_RECORD_TYPE, type TeamRole } from './vocabulary.js';

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });
}

export interface TeamMemberView {
  userId: string;
  name: string;
  organisation: string;
  organisationKind: string;
  teamRole: string;
}

/** The case team, the regisseur first, then by name. */
export async function loadTeam(db: Db, trajectoryId: string): Promise<TeamMemberView[]> {
  const rows = await db
    .selectFrom('record_team as rt')
    .innerJoin('users as u', 'u.id', 'rt.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['rt.user_id', 'u.display_name', 'o.name as organisation', 'o.kind', 'rt.team_role'])
    .where('rt.record_type', '=', TRAJECTORY_RECORD_TYPE)
    .where('rt.record_id', '=', trajectoryId)
    .orderBy(sql`case when rt.team_role = 'regisseur' then 0 else 1 end`)
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, name: r.display_name, organisation: r.organisation, organisationKind: r.kind, teamRole: r.team_role }));
}

/** Puts someone on the case team. Only a team member with write access; candidates must be active with records:read. */
export async function addTeamMember(ctx: ServiceContext, trajectoryId: string, userId: string, teamRole: TeamRole): Promise<void> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  if (teamRole === 'regisseur') throw invalid('body.teamRole', 'De regisseur wijs je toe met "regisseur overdragen", niet via het team.');
  const user = await teamCandidate(ctx.db, userId);
  if (!user) throw invalid('body.userId', 'Deze persoon kan niet in een casusteam: kies een actieve medewerker van een partner of de gemeente.');
  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('record_team')
      .values({ record_type: TRAJECTORY_RECORD_TYPE, record_id: t.id, user_id: userId, team_role: teamRole })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw conflict(`${user.name} staat al in het team.`);
    await trx.updateTable('trajectories').set({ updated_at: new Date() }).where('id', '=', t.id).execute();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'team_add',
        objectType: TRAJECTORY_RECORD_TYPE,
        objectId: t.id,
        reason: `user ${userId} as ${teamRole}`,
        processing: { activity: CAREERS_ACTIVITY, name: 'Casusteam uitgebreid', subjects: trajectorySubjects(t) },
      },
    );
  });
}

/** Takes someone off the case team. The regisseur stays: hand over first. */
export async function removeTeamMember(ctx: ServiceContext, trajectoryId: string, userId: string): Promise<void> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  if (t.regisseurUserId === userId) throw conflict('De regisseur kan niet uit het team: draag het traject eerst over aan een andere regisseur.');
  await ctx.db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('record_team')
      .where('record_type', '=', TRAJECTORY_RECORD_TYPE)
      .where('record_id', '=', t.id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('Dit teamlid');
    await trx.updateTable('trajectories').set({ updated_at: new Date() }).where('id', '=', t.id).execute();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'team_remove',
        objectType: TRAJECTORY_RECORD_TYPE,
        objectId: t.id,
        reason: `user ${userId}`,
        processing: { activity: CAREERS_ACTIVITY, name: 'Casusteam gewijzigd', subjects: trajectorySubjects(t) },
      },
    );
  });
}

const readerRoles = roles.filter((r) => can({ role: r }, 'records:read'));

/** People who can be put on a case team: active, with records:read; optionally filtered by name or organisation. */
export async function listTeamCandidates(
  ctx: ServiceContext,
  q: string,
  onlyRegisseurs = false,
): Promise<{ id: string; name: string; organisation: string; organisationKind: string; role: string }[]> {
  let query = ctx.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'o.name as organisation', 'o.kind', 'u.role'])
    .where('u.active', '=', true)
    .where('u.role', 'in', onlyRegisseurs ? ['pga_director'] : readerRoles);
  const term = q.trim();
  if (term !== '') {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('u.display_name', 'ilike', like), eb('o.name', 'ilike', like)]));
  }
  const rows = await query.orderBy('o.name').orderBy('u.display_name').limit(25).execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name, organisation: r.organisation, organisationKind: r.kind, role: r.role }));
}

/**
 * Assigns the regisseur. From the intake queue a pga_director takes the referral on themselves or gives it to
 * another active pga_director (aanmelding → intake). A handover later needs write access and a reason; the
 * previous regisseur stays on the team as trajectbegeleider (remove them from the team if they should not).
 */
export async function assignRegisseur(
  ctx: ServiceContext,
  trajectoryId: string,
  userId: string,
  reason: string | undefined,
): Promise<{ id: string; phase: string; regisseur: { id: string; name: string } }> {
  if (ctx.actor.role !== 'pga_director') {
    await recordTrail(ctx, {
      action: 'deny',
      objectType: TRAJECTORY_RECORD_TYPE,
      objectId: trajectoryId,
      outcome: 'denied',
      reason: 'assign regisseur: not a regisseur',
    });
    throw forbidden('Alleen een regisseur kan een regisseur toewijzen.');
  }
  const t = await requireTrajectory(ctx, trajectoryId, 'read');
  const handover = t.regisseurUserId !== null;
  if (handover && !t.canWrite) {
    await recordTrail(ctx, { action: 'deny', objectType: TRAJECTORY_RECORD_TYPE, objectId: t.id, outcome: 'denied', reason: 'handover: not on the team' });
    throw forbidden('Alleen een regisseur in het team kan het traject overdragen.');
  }
  const errors: { path: string; message: string }[] = [];
  const target = await ctx.db.selectFrom('users').select(['id', 'display_name', 'role', 'active']).where('id', '=', userId).executeTakeFirst();
  if (!target || !target.active || target.role !== 'pga_director') errors.push({ path: 'body.userId', message: 'Kies een actieve regisseur.' });
  if (handover && !reason?.trim()) errors.push({ path: 'body.reason', message: 'Geef de reden van de overdracht.' });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors[0]!.message, { errors });
  if (t.regisseurUserId === userId) throw conflict(`${target!.display_name} is al de regisseur.`);
  const now = new Date();
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const current = await trx.selectFrom('trajectories').select(['phase', 'regisseur_user_id']).where('id', '=', t.id).forUpdate().executeTakeFirstOrThrow();
    if (current.regisseur_user_id !== t.regisseurUserId) throw conflict('Intussen is er al een andere regisseur toegewezen. Vernieuw de pagina.');
    const toIntake = current.phase === 'aanmelding';
    await trx
      .updateTable('trajectories')
      .set({
        regisseur_user_id: userId,
        updated_at: now,
        version: sql`version + 1`,
        ...(toIntake ? { phase: 'intake', phase_changed_at: now } : {}),
      })
      .where('id', '=', t.id)
      .execute();
    if (toIntake) {
      await trx
        .insertInto('trajectory_phase_history')
        .values({
          trajectory_id: t.id,
          from_phase: 'aanmelding',
          to_phase: 'intake',
          reason: 'regisseur_assigned',
          note: '',
          changed_by: ctx.actor.userId,
          changed_at: now,
        })
        .execute();
    }
    if (t.regisseurUserId) {
      await trx
        .updateTable('record_team')
        .set({ team_role: 'trajectbegeleider' })
        .where('record_type', '=', TRAJECTORY_RECORD_TYPE)
        .where('record_id', '=', t.id)
        .where('user_id', '=', t.regisseurUserId)
        .execute();
    }
    await trx
      .insertInto('record_team')
      .values({ record_type: TRAJECTORY_RECORD_TYPE, record_id: t.id, user_id: userId, team_role: 'regisseur' })
      .onConflict((oc) => oc.columns(['record_type', 'record_id', 'user_id']).doUpdateSet({ team_role: 'regisseur' }))
      .execute();
    await recordTrail(tctx, {
      action: handover ? 'handover' : 'assign',
      objectType: TRAJECTORY_RECORD_TYPE,
      objectId: t.id,
      reason: handover ? `regisseur ${t.regisseurUserId} → ${userId}: ${reason ?? ''}`.slice(0, 500) : `regisseur ${userId}`,
      processing: { activity: CAREERS_ACTIVITY, name: handover ? 'Regisseur overgedragen' : 'Regisseur toegewezen', subjects: trajectorySubjects(t) },
    });
    return { id: t.id, phase: toIntake ? 'intake' : current.phase, regisseur: { id: userId, name: target!.display_name } };
  });
}

/** Whether the actor decides on phases, intake and reviews: the regisseur, or a pga_director on the team with write access. */
export function mayDecide(actor: Pick<Actor, 'role'>, t: { canWrite: boolean; isRegisseur: boolean }): boolean {
  return t.canWrite && (t.isRegisseur || actor.role === 'pga_director');
}
