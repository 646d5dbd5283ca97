import { sql } from 'kysely';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError } from '../../kernel/errors.js';
import { cachedByTableVersion } from '../../kernel/versioned.js';
import { recordTrail } from '../../kernel/trail.js';
import { AreaIndex, parseAreaGeoJson, type AreaFeature, type AreaGeometry } from './geo.js';

/**
 * The spatial index of imported boundaries, rebuilt when the boundaries in the database change
 * (another process may have imported them).
 */
const boundaryIndex = cachedByTableVersion('area_boundaries', 'imported_at', async (db): Promise<AreaIndex | undefined> => {
  const rows = await db
    .selectFrom('area_boundaries as b')
    .innerJoin('areas as a', 'a.code', 'b.code')
    .select([
      'b.code',
      'a.kind',
      'a.name',
      'a.parent_code',
      'b.geometry',
      'b.min_lon',
      'b.min_lat',
      'b.max_lon',
      'b.max_lat',
      'a.centroid_lat',
      'a.centroid_lon',
    ])
    .execute();
  const features: AreaFeature[] = rows
    .filter((r) => r.kind === 'wijk' || r.kind === 'buurt')
    .map((r) => ({
      code: r.code,
      kind: r.kind as 'wijk' | 'buurt',
      name: r.name,
      parentCode: r.parent_code,
      gemeenteCode: null,
      geometry: (typeof r.geometry === 'string' ? JSON.parse(r.geometry) : r.geometry) as AreaGeometry,
      bbox: [r.min_lon, r.min_lat, r.max_lon, r.max_lat],
      centroid: [r.centroid_lon ?? (r.min_lon + r.max_lon) / 2, r.centroid_lat ?? (r.min_lat + r.max_lat) / 2],
    }));
  return features.length ? new AreaIndex(features) : undefined;
});

export function areaIndex(db: Db): Promise<AreaIndex | undefined> {
  return boundaryIndex.get(db);
}

export interface AreaAssignment {
  wijkCode: string | null;
  buurtCode: string | null;
  source: 'none' | 'user' | 'boundaries';
}

/**
 * Wijk and buurt of an address: from the imported boundaries when the address has coordinates
 * inside one, otherwise the wijk the user chose (validated against the reference data).
 */
export async function assignArea(db: Db, where: { lat: number | null; lon: number | null; wijkCode: string | null }): Promise<AreaAssignment> {
  if (where.lat !== null && where.lon !== null) {
    const index = await areaIndex(db);
    const found = index?.locate(where.lon, where.lat);
    if (found && (found.buurtCode || found.wijkCode)) return { wijkCode: found.wijkCode, buurtCode: found.buurtCode, source: 'boundaries' };
  }
  if (where.wijkCode) {
    const wijk = await db.selectFrom('areas').select('code').where('code', '=', where.wijkCode).where('kind', '=', 'wijk').executeTakeFirst();
    if (!wijk) {
      throw new AppError('VALIDATION_FAILED', 'Deze wijk bestaat niet.', { errors: [{ path: 'body.wijkCode', message: 'Kies een wijk uit de lijst.' }] });
    }
    return { wijkCode: wijk.code, buurtCode: null, source: 'user' };
  }
  return { wijkCode: null, buurtCode: null, source: 'none' };
}

export interface AreaImportResult {
  wijken: number;
  buurten: number;
  converted: 'none' | 'rd' | 'swapped_axes';
  skipped: { path: string; message: string }[];
  addressesAssigned: number;
}

/**
 * Imports CBS wijk and buurt boundaries (GeoJSON). The file is parsed and checked as a whole first;
 * a refusal writes nothing. Then, in one transaction, the areas and their boundaries are upserted
 * and every address with coordinates gets its buurt and wijk from the new index.
 */
export async function importAreas(ctx: ServiceContext, content: Buffer, gemeenteCode: string | undefined): Promise<AreaImportResult> {
  const parsed = parseAreaGeoJson(content, gemeenteCode ? { gemeenteCode } : undefined);
  if (!parsed.ok) {
    throw new AppError('VALIDATION_FAILED', 'Het GeoJSON-bestand is geweigerd; er is niets ingelezen.', {
      errors: parsed.problems.map((p) => ({ path: `file.${p.path}`, message: p.message })),
    });
  }
  if (parsed.areas.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Het bestand bevat geen wijken of buurten (van deze gemeente).', {
      errors: [{ path: 'file', message: 'Geen wijk- of buurtcodes gevonden.' }],
    });
  }
  // Wijken first, so buurten can refer to them; a buurt's wijk that is not in the file is created from its code.
  const ordered = [...parsed.areas].sort((a, b) => (a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind === 'wijk' ? -1 : 1));
  const result = await ctx.db.transaction().execute(async (trx) => {
    const known = new Set((await trx.selectFrom('areas').select('code').execute()).map((r) => r.code));
    const ensureParent = async (code: string | null, kind: 'wijk' | 'gemeente'): Promise<string | null> => {
      if (!code) return null;
      if (!known.has(code)) {
        await trx.insertInto('areas').values({ code, kind, name: code, parent_code: null, centroid_lat: null, centroid_lon: null }).execute();
        known.add(code);
      }
      return code;
    };
    for (const area of ordered) {
      const parent = await ensureParent(area.parentCode, area.kind === 'buurt' ? 'wijk' : 'gemeente');
      await trx
        .insertInto('areas')
        .values({ code: area.code, kind: area.kind, name: area.name, parent_code: parent, centroid_lat: area.centroid[1], centroid_lon: area.centroid[0] })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({ name: area.name, parent_code: parent, centroid_lat: area.centroid[1], centroid_lon: area.centroid[0] }),
        )
        .execute();
      known.add(area.code);
      const boundary = {
        geometry: JSON.stringify(area.geometry),
        min_lon: area.bbox[0],
        min_lat: area.bbox[1],
        max_lon: area.bbox[2],
        max_lat: area.bbox[3],
        source: 'CBS Wijk- en buurtkaart (CC BY 4.0)',
        imported_at: new Date(),
      };
      await trx
        .insertInto('area_boundaries')
        .values({ code: area.code, ...boundary })
        .onConflict((oc) => oc.column('code').doUpdateSet(boundary))
        .execute();
    }
    const index = new AreaIndex(parsed.areas);
    const addresses = await trx
      .selectFrom('subject_addresses')
      .select(['subject_id', 'lat', 'lon', 'wijk_code', 'buurt_code', 'area_source'])
      .where('lat', 'is not', null)
      .where('lon', 'is not', null)
      .execute();
    const changes: { id: string; wijk: string | null; buurt: string | null }[] = [];
    for (const a of addresses) {
      const found = index.locate(a.lon!, a.lat!);
      if (!found.buurtCode && !found.wijkCode) continue;
      if (found.buurtCode === a.buurt_code && found.wijkCode === a.wijk_code && a.area_source === 'boundaries') continue;
      changes.push({ id: a.subject_id, wijk: found.wijkCode, buurt: found.buurtCode });
    }
    // One statement per 5,000 addresses, not one per address.
    for (let i = 0; i < changes.length; i += 5000) {
      const chunk = changes.slice(i, i + 5000);
      await sql`
        update subject_addresses a set wijk_code = c.wijk, buurt_code = c.buurt, area_source = 'boundaries'
        from unnest(${chunk.map((c) => c.id)}::uuid[], ${chunk.map((c) => c.wijk)}::text[], ${chunk.map((c) => c.buurt)}::text[]) as c(id, wijk, buurt)
        where a.subject_id = c.id`.execute(trx);
    }
    const assigned = changes.length;
    await recordTrail({ ...ctx, db: trx }, { action: 'import', objectType: 'area_boundaries', objectId: null, reason: `${parsed.areas.length} areas` });
    return {
      wijken: parsed.areas.filter((a) => a.kind === 'wijk').length,
      buurten: parsed.areas.filter((a) => a.kind === 'buurt').length,
      converted: parsed.converted,
      skipped: parsed.skipped,
      addressesAssigned: assigned,
    };
  });
  boundaryIndex.invalidate();
  return result;
}

export async function listAreas(db: Db) {
  const rows = await db
    .selectFrom('areas as a')
    .leftJoin('area_boundaries as b', 'b.code', 'a.code')
    .select(['a.code', 'a.kind', 'a.name', 'a.parent_code', sql<boolean>`b.code is not null`.as('has_boundary')])
    .orderBy('a.kind')
    .orderBy('a.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    kind: r.kind as 'gemeente' | 'wijk' | 'buurt',
    name: r.name,
    parentCode: r.parent_code,
    hasBoundary: r.has_boundary,
  }));
}
