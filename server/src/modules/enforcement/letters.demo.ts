import { join } from 'node:path';
import type { Config } from '../../config.js';
import { isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { LocalFileStore, type FileStore } from '../../kernel/files.js';
import { writeLetter } from './letters.service.js';
import { MEASURE_RECORD_TYPE } from './vocabulary.js';

const DECIDED = ['announced', 'execution', 'follow_up', 'closed'];

/**
 * Demo letters: the decision letter of the first demo closure that has been announced (or is further along),
 * generated through the letters service as the measure's responsible person or creator. Runs once: nothing
 * happens when there are letters already. The PDF goes to the data directory's file store; an in-memory
 * server has a store of its own that a seed cannot reach, so there the caller passes it or no letter is made.
 */
export async function seedLettersDemo(db: Db, config: Config, files?: FileStore): Promise<void> {
  const store = files ?? (config.inMemory ? undefined : new LocalFileStore(join(config.dataDir, 'files')));
  if (!store) return;
  const any = await db.selectFrom('letters').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const measures = await db
    .selectFrom('measures as m')
    .innerJoin('enforcement_legal_bases as b', 'b.code', 'm.legal_basis_code')
    .select(['m.id', 'm.legal_basis_code', 'm.responsible_user_id', 'm.created_by'])
    .where('m.status', 'in', DECIDED)
    .where('m.decision_on', 'is not', null)
    .where('b.is_closure', '=', true)
    .orderBy('m.number')
    .execute();
  for (const measure of measures) {
    const code = measure.legal_basis_code.includes('174') ? 'besluit_sluiting_174a' : 'besluit_sluiting_13b';
    const template = await db.selectFrom('letter_templates').select('id').where('code', '=', code).where('active', '=', true).executeTakeFirst();
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', measure.responsible_user_id ?? measure.created_by)
      .executeTakeFirst();
    if (!template || !user || !isRole(user.role) || !isConfidentiality(user.max_confidentiality)) continue;
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      role: user.role,
      organisationId: user.organisation_id,
      maxConfidentiality: user.max_confidentiality,
      sessionId: 'seed',
    };
    const ctx: ServiceContext = { db, config, actor, requestId: 'seed-letters-demo', trace: newTrace(undefined) };
    // The seed runs before the routes register the record types, so it checks the need-to-know itself: the team.
    const onTeam = await db
      .selectFrom('record_team')
      .select('user_id')
      .where('record_type', '=', MEASURE_RECORD_TYPE)
      .where('record_id', '=', measure.id)
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    if (!onTeam) continue;
    try {
      await writeLetter(ctx, store, { recordType: MEASURE_RECORD_TYPE, recordId: measure.id, templateId: template.id });
      return;
    } catch (error) {
      // A demo measure without the data a decision letter needs (409): try the next.
      if ((error as { status?: number }).status !== 409) throw error;
    }
  }
}
