import type { ServiceContext } from '../../kernel/context.js';
import type { FileStore } from '../../kernel/files.js';
import { checkIntake, followCodeHash, loadCategory, storeSignal, type IntakeInput, type SignalChannel } from './intake.js';

/**
 * The follow-up code of the first demo signal, published in the README so the follow-up page can be
 * tried. Demo mode only (production refuses demo mode).
 */
export const demoSignalFollowCode = 'DW4R-5B00-M000-2026-DEM0';

/**
 * Stores a signal for seeding (demo data, volume): the same checks and storage as every channel. A
 * public signal is stored without an actor, like one from the form. Throws when the input is invalid.
 */
export async function seedSignal(
  ctx: ServiceContext,
  files: FileStore,
  options: { channel: SignalChannel; input: IntakeInput; now: Date; partnerReport?: unknown; followCode?: string },
): Promise<string> {
  const category = await loadCategory(ctx.db, options.input.categoryCode);
  const checked = checkIntake(category, options.input, options.now);
  if (!checked.ok) throw new Error(`seed signal invalid: ${checked.problems.map((p) => `${p.field}: ${p.message.nl}`).join('; ')}`);
  const publicForm = options.channel === 'public_form';
  const result = await storeSignal({
    db: ctx.db,
    config: ctx.config,
    files,
    channel: options.channel,
    intake: checked.intake,
    partnerReport: options.partnerReport,
    actor: publicForm ? null : ctx.actor,
    requestId: ctx.requestId,
    trace: ctx.trace,
    now: options.now,
  });
  if (!result.stored) throw new Error('seed signal not stored');
  if (options.followCode) {
    await ctx.db
      .updateTable('signals')
      .set({ follow_code_hash: followCodeHash(ctx.config, options.followCode) })
      .where('id', '=', result.id)
      .execute();
  }
  return result.id;
}
