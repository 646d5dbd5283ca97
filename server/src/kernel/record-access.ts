import { decideRecord, isOnTeam, isTeamOnly, recordResolver, type RecordAction } from './access.js';
import type { ServiceContext } from './context.js';
import { forbidden, notFound } from './errors.js';
import { recordTrail } from './trail.js';

export interface AccessibleRecord {
  recordType: string;
  recordId: string;
  label: string;
}

/**
 * Checks access to one record through its module's resolver and the policy. Unknown record types,
 * missing records and records the actor may not know about all answer 404; a visible record the
 * actor may not change answers 403. Every denial is written to the audit trail.
 */
export async function requireRecord(ctx: ServiceContext, recordType: string, recordId: string, action: RecordAction): Promise<AccessibleRecord> {
  const resolver = recordResolver(recordType);
  const facts = resolver ? await resolver(ctx.db, recordId) : undefined;
  const decision = facts
    ? decideRecord(
        ctx.actor,
        { confidentiality: facts.confidentiality, onTeam: await isOnTeam(ctx.db, recordType, recordId, ctx.actor.userId), teamOnly: isTeamOnly(recordType) },
        action,
      )
    : 'hidden';
  if (decision === 'allow' && facts) return { recordType, recordId, label: facts.label };
  await recordTrail(ctx, {
    action: 'deny',
    objectType: recordType,
    objectId: recordId,
    outcome: 'denied',
    reason: `${action}: ${facts ? decision : 'not found'}`,
  });
  if (decision === 'forbidden') throw forbidden('U mag dit item zien, maar niet wijzigen.');
  throw notFound();
}
