import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { can, isConfidentiality, isRole, type Actor } from '../kernel/access.js';
import { newTrace, type ServiceContext } from '../kernel/context.js';
import { AppError } from '../kernel/errors.js';
import { migrateToLatest } from '../kernel/db.js';
import { ImportWorker, importAreas, startImport, toImportView } from '../modules/registry/index.js';
import { openConfigured } from './open.js';

/**
 * `npm run registry:import -- --kind organisations|addresses|bag|areas --user <username> [--mode all_or_nothing|valid_rows]
 * [--confidentiality intern] <file>`: the same import as in the app, with progress on the terminal. The import is
 * recorded in the audit trail under the given user, who needs the right to change records (areas: to manage
 * reference data). With the embedded database, stop the server first: only one process can open its data folder.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string' },
    user: { type: 'string' },
    mode: { type: 'string', default: 'all_or_nothing' },
    confidentiality: { type: 'string', default: 'intern' },
    gemeente: { type: 'string' },
  },
});
const out = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string, code = 2): never => {
  process.stderr.write(`${line}\n`);
  process.exit(code);
};
const file = positionals[0];
const kind = values.kind;
if (!file || !kind || !values.user) fail('Gebruik: npm run registry:import -- --kind organisations|addresses|bag|areas --user <gebruikersnaam> <bestand>');
if (!['organisations', 'addresses', 'bag', 'areas'].includes(kind!)) fail(`Onbekende soort "${kind}".`);
if (!['all_or_nothing', 'valid_rows'].includes(values.mode)) fail(`Onbekende modus "${values.mode}": kies all_or_nothing of valid_rows.`);
if (!isConfidentiality(values.confidentiality)) fail(`Onbekende vertrouwelijkheid "${values.confidentiality}".`);
const content = readFileSync(file!);

const { config, database } = await openConfigured();
try {
  await migrateToLatest(database.db);
  const user = await database.db.selectFrom('users').selectAll().where('username', '=', values.user!).where('active', '=', true).executeTakeFirst();
  if (!user || !isRole(user.role) || !isConfidentiality(user.max_confidentiality)) fail(`Geen actieve gebruiker "${values.user}".`);
  const actor: Actor = {
    userId: user!.id,
    username: user!.username,
    role: user!.role as Actor['role'],
    organisationId: user!.organisation_id,
    maxConfidentiality: user!.max_confidentiality as Actor['maxConfidentiality'],
    sessionId: 'cli',
  };
  const ctx: ServiceContext = { db: database.db, config, actor, requestId: 'cli-registry-import', trace: newTrace(undefined) };
  if (kind === 'areas') {
    if (!can(actor, 'reference:manage')) fail(`${actor.username} mag geen referentiegegevens beheren.`);
    const result = await importAreas(ctx, content, values.gemeente);
    out(
      `${result.wijken} wijken en ${result.buurten} buurten ingelezen${result.converted === 'rd' ? ' (omgerekend van RD naar WGS84)' : ''}; ${result.addressesAssigned} adressen ingedeeld.`,
    );
    for (const s of result.skipped) out(`  overgeslagen ${s.path}: ${s.message}`);
  } else {
    if (!can(actor, 'records:write')) fail(`${actor.username} mag geen gegevens vastleggen.`);
    const view = await startImport(ctx, {
      kind: kind as 'organisations',
      mode: values.mode as 'all_or_nothing',
      confidentiality: values.confidentiality as Actor['maxConfidentiality'],
      filename: basename(file!),
      content,
    });
    const worker = new ImportWorker(database, config, (error) => process.stderr.write(`${String(error)}\n`));
    worker.kick();
    const started = performance.now();
    for (;;) {
      const row = await database.db.selectFrom('registry_imports').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
      const v = toImportView(row);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (v.status === 'queued') out(`[${seconds} s] in de wachtrij`);
      else if (v.status === 'validating') out(`[${seconds} s] controleren: ${v.rowsValid + v.rowsInvalid} rijen gelezen, ${v.rowsInvalid} fout`);
      else if (v.status === 'importing') out(`[${seconds} s] inlezen: ${v.rowsCreated + v.rowsUpdated + v.rowsUnchanged} van ${v.rowsValid} rijen`);
      else {
        out(
          `[${seconds} s] ${v.status}: ${v.rowsTotal} rijen; ${v.rowsCreated} nieuw, ${v.rowsUpdated} gewijzigd, ${v.rowsUnchanged} ongewijzigd, ${v.rowsInvalid} fout.`,
        );
        for (const p of v.problems) out(`  ${p.field ? `${p.field}: ` : ''}${p.message}`);
        for (const e of v.rowErrors.slice(0, 20)) out(`  regel ${e.line}: ${e.errors.map((x) => `${x.field}: ${x.message}`).join('; ')}`);
        if (v.rowErrors.length > 20) out(`  … en nog ${v.rowsInvalid - 20} foute rijen (alle rijen staan in het verslag in de app).`);
        process.exitCode = v.status === 'done' ? 0 : 1;
        break;
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    await worker.stop();
  }
} catch (error) {
  if (error instanceof AppError) {
    process.stderr.write(`${error.userMessage}\n`);
    for (const e of error.errors ?? []) process.stderr.write(`  ${e.path}: ${e.message}\n`);
  } else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
