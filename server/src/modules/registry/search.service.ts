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
 * and house number, plate, IBAN, BAG id, case number, pseudonymous id), then fuzzy names by
 * trigram word similarity on an accent- and particle-free search text ("Müller" finds "Muller",
 * "Jansen" finds "Janssen", "van der Berg" finds "Berg"). Every query carries the need-to-know
 * condition, so results and their number only ever include what the actor may see. The search
 * string itself is not logged (it may be a BSN); the persons shown are.
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
  if (hits.length < limit && text.length >= 2) {
    let query = ctx.db
      .selectFrom('subjects as s')
      .select(summaryColumns)
      .select(sql<number>`word_similarity(${text}, s.search_text)`.as('score'))
      .where('s.status', '=', 'active')
      .where(sql<boolean>`${text} <% s.search_text`)
      .where(subjectVisible(ctx.actor, 's'));
    if (kinds) query = query.where('s.kind', 'in', kinds);
    const rows = await query
      .orderBy(sql`${text} <<-> s.search_text`)
      .orderBy('s.label')
      .limit(limit)
      .execute();
    for (const r of rows) add(r, 'name', Math.round(Number(r.score) * 100) / 100);
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
