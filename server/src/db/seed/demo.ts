import { sql } from 'kysely';
import type { Role, Confidentiality } from '../../kernel/access.js';
import { encryptField } from '../../kernel/crypto.js';
import type { Db } from '../../kernel/db.js';
import { hashPassword } from '../../kernel/passwords.js';
import { createTask } from '../../modules/tasks/index.js';
import { seedReferenceData } from './reference.js';

/** Published demo password. Demo mode only: refused in production. */
export const DEMO_PASSWORD = 'Dwarsboom-demo-2026!';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  organisation: string;
  maxConfidentiality: Confidentiality;
  /** Published TOTP secret (Base32) so demo users can add it to an authenticator app. */
  totpSecret: string;
}

export const demoAccounts: DemoAccount[] = [
  {
    username: 'beheerder',
    displayName: 'Bram Beheer',
    role: 'admin',
    organisation: 'gemeente-utrecht',
    maxConfidentiality: 'intern',
    totpSecret: 'BWYTLSLFM2QHHO4SZEZUBEOTOMORZMOC',
  },
  {
    username: 'analist',
    displayName: 'Anouk Analist',
    role: 'analyst',
    organisation: 'gemeente-utrecht',
    maxConfidentiality: 'geheim',
    totpSecret: 'O3FJ36QRL6VMZV7SNNV3TFDLIC7WCNAN',
  },
  {
    username: 'pga',
    displayName: 'Pim Regisseur',
    role: 'pga_director',
    organisation: 'gemeente-utrecht',
    maxConfidentiality: 'vertrouwelijk',
    totpSecret: '6PXTKKHGT2G22D4JC6ZNRCAN37RDL64B',
  },
  {
    username: 'toezicht',
    displayName: 'Tess Toezicht',
    role: 'inspector',
    organisation: 'gemeente-utrecht',
    maxConfidentiality: 'vertrouwelijk',
    totpSecret: 'FKAL3USEZGBXAZOPP7UQ6INKWEHRPR7T',
  },
  {
    username: 'jurist',
    displayName: 'Joost Jurist',
    role: 'lawyer',
    organisation: 'gemeente-utrecht',
    maxConfidentiality: 'confidentieel',
    totpSecret: 'H63U5PQ7MBHXE6YTHCPBYTPTG7RMB3AO',
  },
  {
    username: 'partner',
    displayName: 'Priya Jongerenwerk',
    role: 'partner',
    organisation: 'jongerenwerk-utrecht',
    maxConfidentiality: 'zaakvertrouwelijk',
    totpSecret: '7EWGISHGZNB7ZEXP4NNW5NRZXX6JECV3',
  },
  {
    username: 'school',
    displayName: 'Sanne Mentor',
    role: 'partner',
    organisation: 'school-utrecht',
    maxConfidentiality: 'zaakvertrouwelijk',
    totpSecret: 'SI5BCGKM222JOWYMEYKSZHMJL6XZBOVK',
  },
  {
    username: 'zorg',
    displayName: 'Zeynep Zorg',
    role: 'partner',
    organisation: 'zorg-utrecht',
    maxConfidentiality: 'zaakvertrouwelijk',
    totpSecret: '7SEFEPFUUGSV5LPVHFF7IKR3JALLCDVS',
  },
  {
    username: 'wijkagent',
    displayName: 'Wouter Wijkagent',
    role: 'partner',
    organisation: 'politie-midden-nederland',
    maxConfidentiality: 'zaakvertrouwelijk',
    totpSecret: 'HBR5AKFGEU2OMMKKFTF2QIK3G4OWIONH',
  },
  {
    username: 'management',
    displayName: 'Marit Management',
    role: 'management',
    organisation: 'gemeente-utrecht',
    maxConfidentiality: 'intern',
    totpSecret: 'GEEIBKI67BRYKF4W2ZZZ64FZTL3RASW3',
  },
  {
    username: 'privacy',
    displayName: 'Pieter Privacy',
    role: 'privacy_officer',
    organisation: 'gemeente-utrecht',
    maxConfidentiality: 'intern',
    totpSecret: 'Y3WUWACIVCBWRKRA76GNXKO5QVPYVMD4',
  },
];

/** Whether the database has any user yet (the first start of an empty DATA_DIR has none). */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

/**
 * Seeds reference data and one demo account per role, with a few tasks so "Mijn werk" shows
 * something. Idempotent: existing accounts are left alone.
 */
export async function seedDemo(db: Db, encryptionKey: Buffer, now = new Date()): Promise<void> {
  await seedReferenceData(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const orgs = await db.selectFrom('organisations').select(['id', 'code']).execute();
  const orgId = new Map(orgs.map((o) => [o.code, o.id]));
  for (const account of demoAccounts) {
    await db
      .insertInto('users')
      .values({
        username: account.username,
        display_name: account.displayName,
        email: `${account.username}@demo.dwarsboom.invalid`,
        role: account.role,
        organisation_id: orgId.get(account.organisation)!,
        max_confidentiality: account.maxConfidentiality,
        password_hash: passwordHash,
        must_change_password: false,
        totp_secret_enc: encryptField(encryptionKey, account.totpSecret),
        totp_enrolled_at: now,
        totp_last_step: null,
        active: true,
        locked_until: null,
        last_login_at: null,
        updated_at: now,
      })
      .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
      .execute();
  }
  const users = await db.selectFrom('users').select(['id', 'username']).execute();
  const userId = new Map(users.map((u) => [u.username, u.id]));
  const existingTasks = await db
    .selectFrom('tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existingTasks.n) > 0) return;
  const day = (offset: number): string => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const demoTasks: { user: string; title: string; description: string; module: string; due: string | null }[] = [
    {
      user: 'analist',
      title: 'Wekelijkse analyse van nieuwe meldingen',
      description: 'Bekijk de meldingen van deze week en koppel ze aan bekende adressen.',
      module: 'signals',
      due: day(2),
    },
    { user: 'analist', title: 'Voorbereiden RIEC-casusoverleg', description: 'Zet de agenda voor het overleg klaar.', module: 'insight', due: day(-1) },
    {
      user: 'pga',
      title: 'Evenredigheidstoets trajecten Overvecht',
      description: 'Toets of de criteria voor de lopende trajecten nog gelden.',
      module: 'pga',
      due: day(5),
    },
    { user: 'toezicht', title: 'Integrale controle plannen', description: 'Plan de controle met politie en brandweer.', module: 'enforcement', due: day(7) },
    {
      user: 'jurist',
      title: 'Zienswijzetermijn bewaken',
      description: 'Controleer of de zienswijze binnen de termijn is ontvangen.',
      module: 'enforcement',
      due: day(1),
    },
    {
      user: 'beheerder',
      title: 'Accounts van vertrokken medewerkers controleren',
      description: 'Deactiveer accounts van medewerkers die uit dienst zijn.',
      module: 'platform',
      due: null,
    },
    {
      user: 'privacy',
      title: 'Kwartaalcontrole audittrail',
      description: 'Controleer de hash-keten en steekproefsgewijs de inzage van persoonsgegevens.',
      module: 'platform',
      due: day(14),
    },
  ];
  for (const t of demoTasks) {
    await createTask(db, { title: t.title, description: t.description, module: t.module, assigneeUserId: userId.get(t.user)!, dueDate: t.due }, null);
  }
}
