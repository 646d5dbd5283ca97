import { sql } from 'kysely';
import type { ServiceContext } from '../../kernel/context.js';
import { recordTrail } from '../../kernel/trail.js';
import { classifyQuery, normaliseName } from './identifiers.js';
import type { SearchHit, SubjectKind } from './registry.schemas.js';
import { bsnHash, dataSubjectsOf, ibanHash, REGISTRY_ACTIVITY, summaryColumns, toSummary, type SubjectRow } from './subjects.service.js';
import { SUBJECT_RECORD_TYPE, linkVisible, subjectVisible } from './visibility.js';

type SummaryRow = Pick<SubjectRow, 'id' | 'kind' | 'ref' | 'label' | 'detail' | 'risk_sector' | 'status'>;

const REF_PATTERN = /^[POAVB]-[0-9A-HJKMNP-TV-Z]{8}$/i;

export interface SearchRequest {
  q: string;
  kinds?: SubjectKind[] | undefined;
  limit: number;
}

/**
 * One search box over the register: exact identifiers first (BSN, KvK, vestigingsnummer, postcode
 * and house number, plate, IBAN, BAG id, case number, pseudonymous id), then fuzzy names through the
 * term index on an accent- and particle-free search text ("Müller" finds "Muller", "Jansen" finds
 * "Janssen", "van der Berg" finds "Berg"; see searchNames). Every query carries the need-to-know
 * condition, so results and their number only ever include what the actor may see. The search
 * string itself is not logged (it may be a BSN); the subjects shown are.
 */
export async function search(ctx: ServiceContext, request: SearchRequest): Promise<SearchHit[]> {
  const { q, limit } = request;
  const kinds = request.kinds?.length ? request.kinds : undefined;
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const add = (row: SummaryRow, matchedOn: SearchHit['matchedOn'], score: number) => {
    if (seen.has(row.id) || (kinds && !kinds.includes(row.kind as SubjectKind))) return;
    seen.add(row.id);
    const s = toSummary(row);
    hits.push({
      type: 'subject',
      id: s.id,
      kind: s.kind,
      module: null,
      ref: s.ref,
      label: s.label,
      detail: s.detail,
      matchedOn,
      score,
      riskSector: s.riskSector,
    });
  };
  const base = () => ctx.db.selectFrom('subjects as s').select(summaryColumns).where('s.status', '=', 'active').where(subjectVisible(ctx.actor, 's'));

  for (const c of classifyQuery(q)) {
    switch (c.kind) {
      case 'bsn':
        for (const r of await base()
          .innerJoin('subject_persons as p', 'p.subject_id', 's.id')
          .where('p.bsn_hash', '=', bsnHash(ctx, c.value))
          .limit(limit)
          .execute()) {
          add(r, 'bsn', 1);
        }
        break;
      case 'kvk':
        for (const r of await base()
          .innerJoin('subject_organisations as o', 'o.subject_id', 's.id')
          .where('o.kvk_number', '=', c.value)
          .orderBy('o.establishment_number')
          .limit(limit)
          .execute()) {
          add(r, 'kvk', 1);
        }
        break;
      case 'establishment':
        for (const r of await base()
          .innerJoin('subject_organisations as o', 'o.subject_id', 's.id')
          .where('o.establishment_number', '=', c.value)
          .limit(limit)
          .execute()) {
          add(r, 'establishment', 1);
        }
        break;
      case 'postcode':
      case 'postcode_house': {
        let query = base().innerJoin('subject_addresses as a', 'a.subject_id', 's.id').where('a.postcode', '=', c.value);
        if (c.houseNumber !== undefined) query = query.where('a.house_number', '=', c.houseNumber);
        if (c.houseLetter) query = query.where('a.house_letter', '=', c.houseLetter);
        if (c.addition) query = query.where('a.house_number_addition', '=', c.addition);
        for (const r of await query.orderBy('a.house_number').orderBy('a.house_letter').orderBy('a.house_number_addition').limit(limit).execute()) {
          add(r, c.kind === 'postcode' ? 'postcode' : 'address', 1);
        }
        break;
      }
      case 'plate':
        for (const r of await base().innerJoin('subject_vehicles as v', 'v.subject_id', 's.id').where('v.plate', '=', c.value).limit(limit).execute()) {
          add(r, 'plate', 1);
        }
        break;
      case 'iban':
        for (const r of await base()
          .innerJoin('subject_bank_accounts as b', 'b.subject_id', 's.id')
          .where('b.iban_hash', '=', ibanHash(ctx, c.value))
          .limit(limit)
          .execute()) {
          add(r, 'iban', 1);
        }
        break;
      case 'bag':
        for (const r of await base().innerJoin('subject_addresses as a', 'a.subject_id', 's.id').where('a.bag_id', '=', c.value).limit(limit).execute()) {
          add(r, 'bag', 1);
        }
        break;
      case 'case_number': {
        const records = await ctx.db
          .selectFrom('subject_links as l')
          .select(['l.record_type', 'l.record_id', 'l.module', 'l.case_number', 'l.label'])
          .distinctOn(['l.record_type', 'l.record_id'])
          .where(sql<string>`upper(l.case_number)`, '=', c.value)
          .where(linkVisible(ctx.actor, 'l'))
          .limit(limit)
          .execute();
        for (const r of records) {
          hits.push({
            type: 'record',
            id: r.record_id,
            kind: r.record_type,
            module: r.module,
            ref: r.case_number ?? c.value,
            label: r.label,
            detail: r.module,
            matchedOn: 'case_number',
            score: 1,
            riskSector: false,
          });
        }
        break;
      }
    }
  }
  if (REF_PATTERN.test(q.trim())) {
    for (const r of await base().where('s.ref', '=', q.trim().toUpperCase()).limit(1).execute()) add(r, 'ref', 1);
  }

  const text = normaliseName(q);
  if (hits.length < limit) {
    for (const r of await searchNames(ctx, text, kinds, limit)) add(r, 'name', Math.round(Number(r.score) * 100) / 100);
  }

  const result = hits.slice(0, limit);
  const shown = result.filter((h) => h.type === 'subject').map((h) => ({ id: h.id, kind: h.kind }));
  await recordTrail(ctx, {
    action: 'search',
    objectType: SUBJECT_RECORD_TYPE,
    objectId: null,
    reason: `${result.length} results`,
    processing: shown.length ? { activity: REGISTRY_ACTIVITY, name: 'Zoeken in het register', subjects: dataSubjectsOf(shown) } : undefined,
  });
  return result;
}

/** At most this many spellings of one typed word are tried ("jansen" → jansen, janssen, jansens, …). */
const EXPANSIONS = 8;
/** A word found in more subjects than this narrows nothing ("utrecht" in an address): it only ranks. */
const COMMON_WORD = 50_000;

interface Expansion {
  token: string;
  terms: string[];
  sims: number[];
}

/**
 * The spellings in the vocabulary near each typed word: trigram similarity, or a prefix of three or
 * more letters ("kanaalstr" → "kanaalstraat"). Numbers only match exactly. One statement for all words.
 */
async function expand(ctx: ServiceContext, tokens: string[]): Promise<Expansion[]> {
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  const found = new Map<string, { terms: string[]; sims: number[] }>();
  if (words.length) {
    const rows = await sql<{ tok: string; term: string; sim: number }>`
      select k.tok, e.term, e.sim from unnest(${words}::text[]) as k(tok)
      cross join lateral (
        select v.term, greatest(similarity(v.term, k.tok), case when v.term like k.tok || '%' then 0.9 else 0 end)::float8 as sim
        from search_vocabulary v where v.term % k.tok or (length(k.tok) >= 3 and v.term like k.tok || '%')
        order by sim desc, v.term limit ${EXPANSIONS}) as e`.execute(ctx.db);
    for (const r of rows.rows) {
      const entry = found.get(r.tok) ?? { terms: [], sims: [] };
      entry.terms.push(r.term);
      entry.sims.push(Number(r.sim));
      found.set(r.tok, entry);
    }
  }
  return tokens.map((token) => (/^\d+$/.test(token) ? { token, terms: [token], sims: [1] } : { token, ...(found.get(token) ?? { terms: [], sims: [] }) }));
}

/**
 * Fuzzy name search through the term index (ADR 0009). One word: for each nearby spelling, the first
 * page of subjects with that term in label order (an index range scan), best spelling first. Several
 * words: the subjects that have a spelling of every word (index-only scans; a word found in more than
 * COMMON_WORD subjects does not narrow), ranked by how close their spellings are, then by label.
 * Every statement carries the need-to-know condition.
 */
async function searchNames(ctx: ServiceContext, text: string, kinds: SubjectKind[] | undefined, limit: number): Promise<(SummaryRow & { score: number })[]> {
  const tokens = [...new Set(text.split(' ').filter((w) => w.length >= 2 || /^\d+$/.test(w)))].slice(0, 6);
  if (tokens.length === 0) return [];
  const visible = subjectVisible(ctx.actor, 's');
  const kindFilter = kinds ? sql`and s.kind in (${sql.join(kinds)})` : sql``;
  if (tokens.length === 1) {
    // One statement: the nearby spellings, then per spelling the first page in label order. Tokens come
    // from normaliseName (letters and digits only), so they carry no LIKE wildcards.
    const token = tokens[0]!;
    const near = /^\d+$/.test(token)
      ? sql`(select ${token}::text as term, 1.0::float8 as sim)`
      : sql`(select v.term, greatest(similarity(v.term, ${token}), case when v.term like ${`${token}%`} then 0.9 else 0 end)::float8 as sim
          from search_vocabulary v where v.term % ${token} or (${token.length >= 3} and v.term like ${`${token}%`})
          order by sim desc, v.term limit ${EXPANSIONS})`;
    const result = await sql<SummaryRow & { score: number }>`
      select x.*, t.sim as score from ${near} as t
      cross join lateral (
        select s.id, s.kind, s.ref, s.label, s.detail, s.risk_sector, s.status
        from subject_search_terms st join subjects s on s.id = st.subject_id
        where st.term = t.term and s.status = 'active' and ${visible} ${kindFilter}
        order by st.label limit ${limit}) as x
      order by t.sim desc, x.label limit ${limit}`.execute(ctx.db);
    return result.rows;
  }
  const expanded = await expand(ctx, tokens);
  // A word with no spelling anywhere in the register cannot match: nothing to find.
  if (expanded.some((e) => e.terms.length === 0)) return [];
  const counted = await sql<Record<string, number>>`select ${sql.join(
    expanded.map(
      (e, i) =>
        sql`(select count(*)::int from (select 1 from subject_search_terms where term = any(${e.terms}::text[]) limit ${COMMON_WORD + 1}) as c) as ${sql.ref(`n${i}`)}`,
    ),
  )}`.execute(ctx.db);
  const sizes = expanded.map((_, i) => Number(counted.rows[0]?.[`n${i}`] ?? 0));
  const narrowing = expanded.filter((_, i) => sizes[i]! <= COMMON_WORD);
  const used = narrowing.length ? narrowing : [expanded[sizes.indexOf(Math.min(...sizes))]!];
  // Subjects with a spelling of every word: an intersection of index-only scans that carries the
  // label, sorted in memory; only the first page is then looked up by key, with the need-to-know
  // condition (the lateral join, kept as one by its LIMIT, stops after one page). Exact spellings of
  // every word first; nearby spellings fill the rest of the page.
  const page = async (sets: string[][], max: number) => {
    const scans = sets.map((terms) => sql`select subject_id, label from subject_search_terms where term = any(${terms}::text[])`);
    const result = await sql<SummaryRow & { score: number }>`
      select x.* from (${sql.join(scans, sql` intersect `)} order by 2) as c
      cross join lateral (
        select s.id, s.kind, s.ref, s.label, s.detail, s.risk_sector, s.status, word_similarity(${text}, s.search_text)::float8 as score
        from subjects s where s.id = c.subject_id and s.status = 'active' and ${visible} ${kindFilter} limit 1) as x
      order by c.label limit ${max}`.execute(ctx.db);
    return result.rows;
  };
  const exact = used.map((e) => e.terms.filter((_, i) => e.sims[i]! >= 0.999));
  const rows = exact.every((terms) => terms.length > 0) ? await page(exact, limit) : [];
  if (rows.length < limit) {
    const seen = new Set(rows.map((r) => r.id));
    for (const r of await page(
      used.map((e) => e.terms),
      limit,
    )) {
      if (!seen.has(r.id) && rows.length < limit) rows.push(r);
    }
  }
  return rows;
}
