import { randomBytes } from 'node:crypto';
import { roles, confidentialityLevels, type Role } from '../../kernel/access.js';
import { auditRow, pseudonymise, sealAll } from '../../kernel/audit.js';
import type { Db } from '../../kernel/db.js';
import { hashPassword } from '../../kernel/passwords.js';
import { seedReferenceData } from './reference.js';

export const scales = {
  small: { users: 50, tasks: 5_000, auditEvents: 20_000 },
  utrecht: { users: 400, tasks: 100_000, auditEvents: 500_000 },
  x10: { users: 4_000, tasks: 1_000_000, auditEvents: 5_000_000 },
} as const;
export type Scale = keyof typeof scales;

/** Small deterministic PRNG (mulberry32): the same scale always gives the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = ['Sanne', 'Daan', 'Fatima', 'Mohamed', 'Lotte', 'Bram', 'Yara', 'Noah', 'Eva', 'Youssef', 'Iris', 'Sem', 'Aylin', 'Luuk', 'Nora', 'Milan'];
const lastNames = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'El Amrani',
  'Visser',
  'Smit',
  'Yilmaz',
  'de Boer',
  'Mulder',
  'Bos',
  'Peters',
  'Hendriks',
  'van Dijk',
];
const modules = ['platform', 'signals', 'registry', 'enforcement', 'pga', 'insight'];
const actions = ['read', 'search', 'create', 'update', 'login', 'logout'];

export interface VolumeReport {
  users: number;
  tasks: number;
  auditEvents: number;
  processingLines: number;
  ms: number;
}

/**
 * Generates synthetic volume for benchmarks: staff accounts (unusable random passwords), open and
 * finished tasks, and a valid hash-chained audit trail with processing-log lines. Refuses to run
 * twice on the same database.
 */
export async function seedVolume(db: Db, pseudonymKey: Buffer, scale: Scale, log: (line: string) => void = () => undefined): Promise<VolumeReport> {
  const started = performance.now();
  const size = scales[scale];
  await seedReferenceData(db);
  const existing = await db.selectFrom('users').select('id').where('username', '=', 'synth-00001').executeTakeFirst();
  if (existing) throw new Error('this database already holds synthetic volume (user synth-00001 exists)');
  const rand = prng(20261127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const orgs = await db.selectFrom('organisations').select('id').orderBy('code').execute();
  const unusable = await hashPassword(randomBytes(32).toString('hex'));

  const userIds: string[] = [];
  const userRoles: Role[] = [];
  for (let start = 0; start < size.users; start += 1000) {
    const batch = [];
    for (let i = start; i < Math.min(size.users, start + 1000); i++) {
      const role = roles[i % roles.length]!;
      const name = `${pick(firstNames)} ${pick(lastNames)}`;
      batch.push({
        username: `synth-${String(i + 1).padStart(5, '0')}`,
        display_name: name,
        email: `synth-${i + 1}@synthetisch.invalid`,
        role,
        organisation_id: pick(orgs).id,
        max_confidentiality: pick(confidentialityLevels.slice(2, 7)),
        password_hash: unusable,
        must_change_password: true,
        totp_secret_enc: null,
        totp_enrolled_at: null,
        totp_last_step: null,
        active: rand() > 0.05,
        locked_until: null,
        last_login_at: null,
        updated_at: new Date('2026-01-01T09:00:00Z'),
      });
      userRoles.push(role);
    }
    const rows = await db.insertInto('users').values(batch).returning('id').execute();
    userIds.push(...rows.map((r) => r.id));
  }
  log(`${userIds.length} gebruikers`);

  const base = new Date('2026-01-01T00:00:00Z').getTime();
  for (let start = 0; start < size.tasks; start += 5000) {
    const batch = [];
    for (let i = start; i < Math.min(size.tasks, start + 5000); i++) {
      const done = rand() < 0.7;
      const due = new Date(base + Math.floor(rand() * 540) * 86_400_000).toISOString().slice(0, 10);
      batch.push({
        title: `Synthetische taak ${i + 1}`,
        description: '',
        module: pick(modules),
        record_type: null,
        record_id: null,
        record_label: null,
        assignee_user_id: pick(userIds),
        due_date: rand() < 0.8 ? due : null,
        status: done ? 'done' : 'open',
        created_by: null,
        completed_at: done ? new Date(base + Math.floor(rand() * 300) * 86_400_000) : null,
        completed_by: null,
      });
    }
    await db.insertInto('tasks').values(batch).execute();
    if ((start / 5000) % 20 === 0) log(`taken: ${Math.min(size.tasks, start + 5000)}`);
  }

  // Audit rows as the application writes them; the sealer then chains them.
  let processingLines = 0;
  for (let start = 0; start < size.auditEvents; start += 5000) {
    const events = [];
    const lines = [];
    for (let i = start; i < Math.min(size.auditEvents, start + 5000); i++) {
      const u = Math.floor(rand() * userIds.length);
      const subject = pick(userIds);
      const action = pick(actions);
      const at = new Date(base + Math.floor(rand() * 330 * 86_400_000));
      events.push(
        auditRow(
          {
            actorUserId: userIds[u]!,
            actorUsername: `synth-${String(u + 1).padStart(5, '0')}`,
            actorRole: userRoles[u]!,
            action,
            objectType: 'user',
            objectId: subject,
            outcome: 'success',
            requestId: null,
            reason: null,
          },
          at,
        ),
      );
      if (action === 'read') {
        lines.push({
          trace_id: randomBytesFrom(rand, 16),
          operation_id: randomBytesFrom(rand, 8),
          parent_operation_id: null,
          foreign_trace_id: null,
          foreign_operation_id: null,
          name: 'Gebruikersaccount inzien',
          activity_code: 'account_management',
          data_subject_ref: pseudonymise(pseudonymKey, 'user', subject),
          data_subject_type: 'user',
          status: 'OK',
          started_at: at,
          ended_at: at,
        });
      }
    }
    await db.insertInto('audit_events').values(events).execute();
    if (lines.length > 0) await db.insertInto('processing_log').values(lines).execute();
    processingLines += lines.length;
    if ((start / 5000) % 20 === 0) log(`audit: ${Math.min(size.auditEvents, start + 5000)}`);
  }
  const sealed = await sealAll(db);
  log(`verzegeld: ${sealed}`);
  return { users: userIds.length, tasks: size.tasks, auditEvents: size.auditEvents, processingLines, ms: Math.round(performance.now() - started) };
}

function randomBytesFrom(rand: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    out += Math.floor(rand() * 256)
      .toString(16)
      .padStart(2, '0');
  }
  return out;
}
