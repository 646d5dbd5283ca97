import { sql } from 'kysely';
import type { ServiceContext } from '../../kernel/context.js';
import { recordTrail } from '../../kernel/trail.js';
import { listDuplicatesOf, listMergesOf } from './duplicates.service.js';
import type { Profile, RelationView } from './registry.schemas.js';
import { relationView } from './relations.service.js';
import { dataSubjectsOf, detailOf, loadVisibleSubject, REGISTRY_ACTIVITY } from './subjects.service.js';
import { SUBJECT_RECORD_TYPE, linkVisible, relationVisible, subjectVisible } from './visibility.js';

/** At most this many relations are shown on a profile; more is a network for the analysis view. */
export const PROFILE_RELATION_LIMIT = 500;

const relationTypeText: Record<string, [string, string]> = {
  resides_at: ['woont op', 'bewoner'],
  registered_at: ['ingeschreven op', 'ingeschreven'],
  owns: ['eigenaar van', 'eigendom van'],
  rents: ['huurt', 'verhuurd aan'],
  director_of: ['bestuurder van', 'bestuurder'],
  shareholder_of: ['aandeelhouder van', 'aandeelhouder'],
  employed_by: ['werkt bij', 'werkgever van'],
  family_of: ['familie van', 'familie van'],
  associate_of: ['contact van', 'contact van'],
  uses_vehicle: ['gebruikt voertuig', 'gebruikt door'],
  holds_account: ['rekeninghouder van', 'rekening van'],
};

/** The relations of a subject the actor may see: the relation's level and the other end's visibility are both checked in the query. */
export async function visibleRelations(ctx: ServiceContext, subjectId: string): Promise<RelationView[]> {
  const rows = await ctx.db
    .selectFrom('subject_relations as r')
    .innerJoin('subjects as s', (join) =>
      join.on(sql<boolean>`s.id = case when r.from_subject_id = ${subjectId}::uuid then r.to_subject_id else r.from_subject_id end`),
    )
    .leftJoin('users as u', 'u.id', 'r.recorded_by')
    .selectAll('r')
    .select(['s.id as other_id', 's.kind as other_kind', 's.ref as other_ref', 's.label as other_label', 's.detail as other_detail'])
    .select(['s.risk_sector as other_risk', 's.status as other_status', 'u.display_name as recorder'])
    .where((eb) => eb.or([eb('r.from_subject_id', '=', subjectId), eb('r.to_subject_id', '=', subjectId)]))
    .where(relationVisible(ctx.actor, 'r'))
    .where(subjectVisible(ctx.actor, 's'))
    .orderBy('r.valid_to', (ob) => ob.desc().nullsFirst())
    .orderBy('r.recorded_at', 'desc')
    .limit(PROFILE_RELATION_LIMIT)
    .execute();
  return rows.map((r) =>
    relationView(
      r,
      subjectId,
      {
        id: r.other_id,
        kind: r.other_kind,
        ref: r.other_ref,
        label: r.other_label,
        detail: r.other_detail,
        risk_sector: r.other_risk,
        status: r.other_status,
      },
      r.recorder,
    ),
  );
}

/**
 * A subject's profile: facts, relations, linked records, timeline, open duplicate candidates and
 * merges. A profile shows personal data of the subject and of every person among its relations:
 * the read is recorded in the audit trail, and in the processing log for each of them.
 */
export async function getProfile(ctx: ServiceContext, id: string): Promise<Profile> {
  const row = await loadVisibleSubject(ctx, id);
  const [subject, relations, links, duplicates, merges] = await Promise.all([
    detailOf(ctx, row),
    visibleRelations(ctx, id),
    ctx.db
      .selectFrom('subject_links as l')
      .select(['l.id', 'l.module', 'l.record_type', 'l.record_id', 'l.case_number', 'l.label', 'l.role', 'l.created_at'])
      .where('l.subject_id', '=', id)
      .where(linkVisible(ctx.actor, 'l'))
      .orderBy('l.created_at', 'desc')
      .limit(200)
      .execute(),
    listDuplicatesOf(ctx, id),
    listMergesOf(ctx, id),
  ]);
  const timeline: Profile['timeline'] = [{ at: subject.recordedAt, kind: 'recorded', text: `Vastgelegd (bron: ${subject.source})`, relatedSubject: null }];
  for (const r of relations) {
    const [out, inc] = relationTypeText[r.type] ?? [r.type, r.type];
    const verb = r.direction === 'outgoing' ? out : inc;
    const other = { id: r.other.id, ref: r.other.ref, label: r.other.label };
    if (r.validFrom) timeline.push({ at: r.validFrom, kind: 'relation_start', text: `Begin: ${verb} ${r.other.label}`, relatedSubject: other });
    if (r.validTo) timeline.push({ at: r.validTo, kind: 'relation_end', text: `Einde: ${verb} ${r.other.label}`, relatedSubject: other });
  }
  for (const l of links) {
    timeline.push({ at: l.created_at.toISOString(), kind: 'link', text: `Gekoppeld aan ${l.case_number ?? l.label} (${l.module})`, relatedSubject: null });
  }
  for (const m of merges) {
    const other = m.survivor.id === id ? m.merged : m.survivor;
    timeline.push({ at: m.mergedAt, kind: 'merge', text: `Samengevoegd met ${other.label}`, relatedSubject: other });
    if (m.undoneAt) timeline.push({ at: m.undoneAt, kind: 'unmerge', text: `Samenvoeging met ${other.label} ongedaan gemaakt`, relatedSubject: other });
  }
  timeline.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

  const shown: { id: string; kind: string }[] = [{ id, kind: row.kind }, ...relations.map((r) => ({ id: r.other.id, kind: r.other.kind }))];
  await recordTrail(ctx, {
    action: 'read',
    objectType: SUBJECT_RECORD_TYPE,
    objectId: id,
    processing: { activity: REGISTRY_ACTIVITY, name: 'Profiel ingezien', subjects: dataSubjectsOf(shown) },
  });
  return {
    subject,
    relations,
    links: links.map((l) => ({
      id: l.id,
      module: l.module,
      recordType: l.record_type,
      recordId: l.record_id,
      caseNumber: l.case_number,
      label: l.label,
      role: l.role,
      createdAt: l.created_at.toISOString(),
    })),
    timeline,
    duplicates,
    merges,
  };
}
