import { verifyAuditChain } from '../kernel/audit.js';
import { openConfigured } from './open.js';

/** `npm run audit:verify`: checks the audit hash chain; exits 1 naming the first broken row. */
const { database } = await openConfigured();
let code = 0;
try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    process.stdout.write(`Audittrail intact: ${result.checked} regels gecontroleerd.\n`);
  } else {
    process.stderr.write(`Audittrail GEBROKEN bij regel ${result.firstBrokenId}: ${result.problem} (${result.checked} regels ervoor in orde).\n`);
    code = 1;
  }
} finally {
  await database.close();
}
process.exit(code);
