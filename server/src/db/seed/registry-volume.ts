import { sql } from 'kysely';
import type { Db } from '../../kernel/db.js';
import { normaliseName } from '../../modules/registry/identifiers.js';
import { utrechtWijken } from './utrecht-areas.js';

export const registryScales = {
  small: { subjects: 10_000, relations: 20_000 },
  utrecht: { subjects: 100_000, relations: 200_000 },
  x10: { subjects: 1_000_000, relations: 2_000_000 },
} as const;
export type RegistryScale = keyof typeof registryScales;

const givenNames = [
  'Sanne',
  'Daan',
  'Fatima',
  'Mohamed',
  'Lotte',
  'Bram',
  'Yara',
  'Noah',
  'Eva',
  'Youssef',
  'Iris',
  'Sem',
  'Aylin',
  'Luuk',
  'Nora',
  'Milan',
  'Emma',
  'Liam',
  'Julia',
  'Lucas',
  'Mila',
  'Finn',
  'Sophie',
  'Levi',
  'Zoë',
  'Jesse',
  'Saar',
  'Thijs',
  'Anna',
  'Ryan',
  'Fleur',
  'Mehmet',
  'Ayoub',
  'Ilias',
  'Soufiane',
  'Hatice',
  'Esra',
  'Kevin',
  'Dylan',
  'Priscilla',
  'Shanice',
  'Jayden',
  'Romano',
  'Gianni',
  'Tess',
  'Lieke',
  'Ruben',
  'Stijn',
  'Hamza',
  'Bilal',
  'Nadia',
  'Samira',
  'Anouk',
  'Joost',
  'Pieter',
  'Gerrit',
  'Willem',
  'Henk',
  'Ingrid',
  'Marloes',
  'Oğuz',
  'Zeynep',
  'Élodie',
  'René',
  'Chloë',
  'Søren',
  'Björn',
  'Dragan',
  'Mirela',
  'Andrzej',
];
const surnames = [
  'de Vries',
  'Jansen',
  'Janssen',
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
  'Dekker',
  'Meijer',
  'van der Meer',
  'de Jong',
  'Brouwer',
  'de Graaf',
  'van Leeuwen',
  'Kok',
  'Vermeulen',
  'Willems',
  'Kaya',
  'Demir',
  'Şahin',
  'Çelik',
  'Öztürk',
  'Bouzid',
  'El Idrissi',
  'Benali',
  'Ait Taleb',
  'Boukhari',
  'Ramdin',
  'Sewdien',
  'Martina',
  'Winklaar',
  'Müller',
  'Schmidt',
  'Nowak',
  'Kowalski',
  'Popescu',
  'van der Linden',
  'ter Horst',
  'ten Cate',
  'van ’t Hof',
  'Verhoeven',
  'Koster',
  'Prins',
  'Huisman',
  'Postma',
  'Kuipers',
  'Veenstra',
  'Schouten',
  'van Beek',
  'de Wit',
  'Wouters',
  'Maas',
  'Groen',
  'Blom',
];
const streets = [
  'Kanaalstraat',
  'Amsterdamsestraatweg',
  'Oudegracht',
  'Vredenburg',
  'Biltstraat',
  'Gambiadreef',
  'Zambesidreef',
  'Marnixlaan',
  'Vleutenseweg',
  'Damstraat',
  'Jutfaseweg',
  'Smaragdplein',
  'Rubenslaan',
  'Croeselaan',
  'Europalaan',
  'Prins Hendriklaan',
  'Burgemeester Reigerstraat',
  'Nachtegaalstraat',
  'Twijnstraat',
  'Lange Nieuwstraat',
  'Mauritsstraat',
  'Adelaarstraat',
  'Ondiep-Zuidzijde',
  'Bernadottelaan',
  'Hoograven',
  'Winkel van Sinkel',
  'Van Asch van Wijckstraat',
  'Kardinaal de Jongweg',
  'Leidsche Rijn Centrumplein',
  'Molenpolder',
  'Parkwijklaan',
];
const orgWords = [
  'Barbershop',
  'Kapsalon',
  'Nagelstudio',
  'Minimarkt',
  'Shisha Lounge',
  'Autohandel',
  'Belwinkel',
  'Snackbar',
  'Koeriersdienst',
  'Vastgoed',
  'Bouw',
  'Administratiekantoor',
  'Café',
  'Wellness',
  'Kledingwinkel',
  'Software',
];
const orgPlaces = [
  'Centrum',
  'Lombok',
  'Overvecht',
  'Kanaleneiland',
  'Zuilen',
  'Ondiep',
  'Oost',
  'Hoograven',
  'Leidsche Rijn',
  'Vleuten',
  'Wittevrouwen',
  'Tuinwijk',
  'Dichterswijk',
  'Lunetten',
];
const sbiForWord = ['96021', '96021', '96022', '4711', '5630', '4511', '4742', '56102', '5320', '6820', '4120', '6920', '5630', '9604', '4771', '6201'];
const riskWords = new Set([
  'Barbershop',
  'Kapsalon',
  'Nagelstudio',
  'Minimarkt',
  'Shisha Lounge',
  'Autohandel',
  'Belwinkel',
  'Snackbar',
  'Koeriersdienst',
  'Café',
  'Wellness',
]);
const plateLetters = 'BFGHJKLNPRSTVXZ';
const postcodeLetters = 'BCFGHJKLMNPRTVWXZ';

export interface RegistryVolumeReport {
  subjects: number;
  relations: number;
  ms: number;
}

/**
 * Synthetic register for benchmarks: persons (45%), organisations (15%), addresses (30%), vehicles
 * and bank accounts (5% each), and about two relations per subject, generated inside the database
 * with set-based SQL. Deterministic (hash of the row number). Names carry accents and particles so
 * fuzzy search has realistic work. Bank accounts get synthetic hashes (not searchable by IBAN).
 */
export async function seedRegistryVolume(db: Db, scale: RegistryScale, log: (line: string) => void = () => undefined): Promise<RegistryVolumeReport> {
  const started = performance.now();
  const { subjects: n, relations: target } = registryScales[scale];
  const existing = await db.selectFrom('subjects').select('id').where('source', '=', 'synthetic').limit(1).executeTakeFirst();
  if (existing) throw new Error('Deze database bevat al synthetisch registervolume.');
  const split = (full: string) => {
    const words = full.split(' ');
    const surname = words.pop()!;
    return { prefix: words.join(' '), surname };
  };
  const g = givenNames;
  const gn = givenNames.map(normaliseName);
  const sp = surnames.map((s) => split(s).prefix);
  const ss = surnames.map((s) => split(s).surname);
  const sn = surnames.map(normaliseName);
  const st = streets;
  const stn = streets.map(normaliseName);
  const wijk = utrechtWijken.map((w) => w.code);
  const wlat = utrechtWijken.map((w) => w.centroid[0]);
  const wlon = utrechtWijken.map((w) => w.centroid[1]);
  const ow = orgWords;
  const op = orgPlaces;
  const osbi = sbiForWord;
  const orisk = orgWords.map((w) => riskWords.has(w));
  const arr = (values: readonly (string | number | boolean)[], type: string) => sql`${sql.val(values)}::${sql.raw(type)}[]`;
  const run = async (label: string, query: ReturnType<typeof sql>) => {
    const t0 = performance.now();
    const result = await query.execute(db);
    log(`${label}: ${Math.round(performance.now() - t0)} ms${result.numAffectedRows !== undefined ? ` (${result.numAffectedRows} rows)` : ''}`);
  };

  await run('leftover seed table', sql`drop table if exists seed_subjects`);
  await run(
    'subject ids',
    sql`create table seed_subjects as
      select i, id, kind, row_number() over (partition by kind order by i)::int as seq from (
        select i, gen_random_uuid() as id,
          case when i % 20 < 9 then 'person' when i % 20 < 12 then 'organisation' when i % 20 < 18 then 'address' when i % 20 < 19 then 'vehicle' else 'bank_account' end as kind
        from generate_series(1, ${n}::int) i) x`,
  );
  await run('seed index', sql`create index seed_subjects_kind_seq on seed_subjects (kind, seq)`);
  const counts = await sql<{ kind: string; c: number }>`select kind, count(*)::int as c from seed_subjects group by kind`.execute(db);
  const count = Object.fromEntries(counts.rows.map((r) => [r.kind, r.c])) as Record<string, number>;
  // The search terms are indexed by the statement-level trigger, once per insert statement below.
  await run(
    'persons',
    sql`with p as (
        select t.id, t.i, t.seq,
          1 + abs(hashtext('g' || t.i::text)) % ${g.length} as gi,
          1 + abs(hashtext('s' || t.i::text)) % ${ss.length} as si,
          date '1960-01-01' + abs(hashtext('d' || t.i::text)) % 18000 as dob
        from seed_subjects t where t.kind = 'person'),
      s as (insert into subjects (id, kind, ref, label, detail, risk_sector, search_text, confidentiality, status, source, recorded_at, updated_at)
        select p.id, 'person', 'P-' || upper(lpad(to_hex(p.i), 8, '0')),
          (${arr(g, 'text')})[p.gi] || ' ' || case when (${arr(sp, 'text')})[p.si] = '' then '' else (${arr(sp, 'text')})[p.si] || ' ' end || (${arr(ss, 'text')})[p.si],
          'geb. ' || to_char(p.dob, 'DD-MM-YYYY'), false,
          (${arr(gn, 'text')})[p.gi] || ' ' || (${arr(sn, 'text')})[p.si],
          (array['intern','intern','intern','vertrouwelijk','vertrouwelijk','geheim'])[1 + abs(hashtext('c' || p.i::text)) % 6], 'active', 'synthetic', now(), now()
        from p)
      insert into subject_persons (subject_id, given_names, surname_prefix, surname, date_of_birth, aliases, name_key)
      select p.id, (${arr(g, 'text')})[p.gi], (${arr(sp, 'text')})[p.si], (${arr(ss, 'text')})[p.si], p.dob, '{}',
        (${arr(gn, 'text')})[p.gi] || ' ' || (${arr(sn, 'text')})[p.si]
      from p`,
  );
  await run(
    'organisations',
    sql`with o as (
        select t.id, t.i, t.seq, 1 + abs(hashtext('w' || t.i::text)) % ${ow.length} as wi, 1 + abs(hashtext('o' || t.i::text)) % ${op.length} as pi
        from seed_subjects t where t.kind = 'organisation'),
      s as (insert into subjects (id, kind, ref, label, detail, risk_sector, search_text, confidentiality, status, source, recorded_at, updated_at)
        select o.id, 'organisation', 'O-' || upper(lpad(to_hex(o.i), 8, '0')),
          (${arr(ow, 'text')})[o.wi] || ' ' || (${arr(op, 'text')})[o.pi] || ' ' || o.seq,
          'KvK ' || lpad((10000000 + o.seq)::text, 8, '0') || ' · SBI ' || (${arr(osbi, 'text')})[o.wi],
          (${arr(orisk, 'boolean')})[o.wi],
          lower((${arr(ow, 'text')})[o.wi] || ' ' || (${arr(op, 'text')})[o.pi] || ' ' || o.seq),
          'intern', 'active', 'synthetic', now(), now()
        from o)
      insert into subject_organisations (subject_id, kvk_number, establishment_number, name, trade_names, legal_form, sbi_code, registered_on)
      select o.id, lpad((10000000 + o.seq)::text, 8, '0'), lpad(o.seq::text, 12, '0'),
        (${arr(ow, 'text')})[o.wi] || ' ' || (${arr(op, 'text')})[o.pi] || ' ' || o.seq, '{}', 'Eenmanszaak', (${arr(osbi, 'text')})[o.wi],
        date '1990-01-01' + abs(hashtext('r' || o.i::text)) % 12000
      from o`,
  );
  const L = postcodeLetters;
  await run(
    'addresses',
    sql`with a as (
        select t.id, t.i, t.seq, 1 + abs(hashtext('st' || t.i::text)) % ${st.length} as sti, 1 + t.seq % ${wijk.length} as wi,
          1 + t.seq % 400 as nr, t.seq / 400 as p
        from seed_subjects t where t.kind = 'address'),
      b as (select a.*, (3500 + a.p % 100)::text || ' ' || substr(${L}, 1 + (a.p / 100) % ${L.length}, 1) || substr(${L}, 1 + (a.p / ${100 * L.length}) % ${L.length}, 1) as postcode from a),
      s as (insert into subjects (id, kind, ref, label, detail, risk_sector, search_text, confidentiality, status, source, recorded_at, updated_at)
        select b.id, 'address', 'A-' || upper(lpad(to_hex(b.i), 8, '0')),
          (${arr(st, 'text')})[b.sti] || ' ' || b.nr || ', ' || b.postcode || ' Utrecht',
          case when b.seq % 5 = 0 then 'bedrijfspand' else 'woning' end, false,
          (${arr(stn, 'text')})[b.sti] || ' ' || b.nr || ' utrecht', 'intern', 'active', 'synthetic', now(), now()
        from b)
      insert into subject_addresses (subject_id, postcode, house_number, street, place, premises_type, lat, lon, wijk_code, area_source)
      select b.id, b.postcode, b.nr, (${arr(st, 'text')})[b.sti], 'Utrecht', case when b.seq % 5 = 0 then 'bedrijfspand' else 'woning' end,
        (${arr(wlat, 'float8')})[b.wi] + ((abs(hashtext('la' || b.i::text)) % 1000) - 500) / 50000.0,
        (${arr(wlon, 'float8')})[b.wi] + ((abs(hashtext('lo' || b.i::text)) % 1000) - 500) / 30000.0,
        (${arr(wijk, 'text')})[b.wi], 'user'
      from b`,
  );
  const P = plateLetters;
  await run(
    'vehicles',
    sql`with v as (
        select t.id, t.i, t.seq,
          substr(${P}, 1 + (t.seq / 1000) % ${P.length}, 1) || substr(${P}, 1 + (t.seq / ${1000 * P.length}) % ${P.length}, 1) as l12,
          lpad((t.seq % 1000)::text, 3, '0') as num,
          substr(${P}, 1 + (t.seq / ${1000 * P.length * P.length}) % ${P.length}, 1) as l3
        from seed_subjects t where t.kind = 'vehicle'),
      s as (insert into subjects (id, kind, ref, label, detail, risk_sector, search_text, confidentiality, status, source, recorded_at, updated_at)
        select v.id, 'vehicle', 'V-' || upper(lpad(to_hex(v.i), 8, '0')), v.l12 || '-' || v.num || '-' || v.l3, 'voertuig', false,
          lower(v.l12 || v.num || v.l3), ${sql`(array['intern','vertrouwelijk'])[1 + v.i % 2]`}, 'active', 'synthetic', now(), now()
        from v)
      insert into subject_vehicles (subject_id, plate, plate_display, description)
      select v.id, v.l12 || v.num || v.l3, v.l12 || '-' || v.num || '-' || v.l3, '' from v`,
  );
  await run(
    'bank accounts',
    sql`with b as (select t.id, t.i, t.seq from seed_subjects t where t.kind = 'bank_account'),
      s as (insert into subjects (id, kind, ref, label, detail, risk_sector, search_text, confidentiality, status, source, recorded_at, updated_at)
        select b.id, 'bank_account', 'B-' || upper(lpad(to_hex(b.i), 8, '0')), 'NL** **** **** **' || lpad((b.seq % 10000)::text, 4, '0'), 'NL', false, '',
          'vertrouwelijk', 'active', 'synthetic', now(), now()
        from b)
      insert into subject_bank_accounts (subject_id, iban_hash, iban_enc, iban_masked, country, bank_code, holder_name)
      select b.id, md5('synthetic-iban-' || b.seq), 'synthetic', 'NL** **** **** **' || lpad((b.seq % 10000)::text, 4, '0'), 'NL', null, '' from b`,
  );

  // Relations: typed, between the right kinds, picked by hash of the row number. The shares add up to the target.
  const share = (fraction: number) => Math.max(1, Math.round(target * fraction));
  const relation = (type: string, fromKind: string, toKind: string, rows: number, salt: string, reliability = 'confirmed') =>
    run(
      `relations ${type}`,
      sql`insert into subject_relations (type, from_subject_id, to_subject_id, valid_from, source, reliability, confidentiality)
        select ${type}, f.id, t.id, date '2015-01-01' + abs(hashtext('v' || ${salt} || g.i::text)) % 4000, 'synthetic', ${reliability},
          (array['intern','intern','vertrouwelijk'])[1 + g.i % 3]
        from generate_series(1, ${rows}::int) g(i)
        join seed_subjects f on f.kind = ${fromKind} and f.seq = 1 + (g.i - 1) % ${count[fromKind] ?? 1}
        join seed_subjects t on t.kind = ${toKind} and t.seq = 1 + abs(hashtext(${salt} || g.i::text)) % ${count[toKind] ?? 1}
        where f.id <> t.id`,
    );
  await relation('resides_at', 'person', 'address', share(0.225), 'ra');
  await relation('associate_of', 'person', 'person', share(0.2), 'as', 'tentative');
  await relation('family_of', 'person', 'person', share(0.12), 'fa');
  await relation('registered_at', 'organisation', 'address', share(0.075), 'rg');
  await relation('director_of', 'person', 'organisation', share(0.075), 'di');
  await relation('employed_by', 'person', 'organisation', share(0.1), 'em', 'unconfirmed');
  await relation('owns', 'organisation', 'address', share(0.1), 'ow');
  await relation('owns', 'person', 'address', share(0.055), 'op');
  await relation('uses_vehicle', 'person', 'vehicle', share(0.025), 'uv');
  await relation('holds_account', 'organisation', 'bank_account', share(0.025), 'ha');
  await run('drop seed table', sql`drop table seed_subjects`);
  // As autovacuum would: statistics for the planner, and the visibility map for index-only scans.
  await run('vacuum analyze', sql`vacuum analyze`);
  const totals = await sql<{
    s: number;
    r: number;
  }>`select (select count(*) from subjects)::int as s, (select count(*) from subject_relations)::int as r`.execute(db);
  return { subjects: totals.rows[0]!.s, relations: totals.rows[0]!.r, ms: Math.round(performance.now() - started) };
}
