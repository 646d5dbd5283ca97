/**
 * Wijk and buurt boundaries from the CBS "Wijk- en buurtkaart" (GeoJSON, e.g. exported from PDOK's
 * OGC API Features), and a spatial index that tells which buurt and wijk contain a point.
 *
 * Pure code: no database, no I/O. Everything is stored and answered in WGS84 [lon, lat].
 */
import Flatbush from 'flatbush';
import pointInPolygon from 'point-in-polygon-hao';
import proj4 from 'proj4';

export type Position = [number, number]; // [lon, lat] WGS84
export type AreaGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface AreaFeature {
  code: string;
  kind: 'wijk' | 'buurt';
  name: string;
  /** buurt → its wijk code, wijk → its gemeente code. */
  parentCode: string | null;
  gemeenteCode: string | null;
  geometry: AreaGeometry;
  /** minLon, minLat, maxLon, maxLat */
  bbox: [number, number, number, number];
  /**
   * A point guaranteed to lie inside the area (not in a hole): the area-weighted centroid when that lies
   * inside, otherwise the middle of the widest inside stretch of a horizontal line through the centroid
   * of the largest polygon. Suitable for a label or a map marker.
   */
  centroid: Position;
}

export interface GeoProblem {
  /** JSON path like 'features[3].geometry'; '' is the file as a whole. */
  path: string;
  /** Dutch, for the beheerder who uploaded the file. */
  message: string;
}

export type AreaParseResult =
  { ok: true; areas: AreaFeature[]; converted: 'none' | 'rd' | 'swapped_axes'; skipped: GeoProblem[] } | { ok: false; problems: GeoProblem[] };

/** The Netherlands, generously: every wijk and buurt lies inside. */
const NL = { minLon: 3.0, maxLon: 7.5, minLat: 50.6, maxLat: 53.7 } as const;
/** RD New coordinates of the Netherlands (x, y in metres). */
const RD_RANGE = { minX: 0, maxX: 300_000, minY: 289_000, maxY: 629_000 } as const;

const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel ' +
  '+towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

let rdConverter: proj4.Converter | undefined;
function rd(): proj4.Converter {
  rdConverter ??= proj4(RD_NEW, 'WGS84');
  return rdConverter;
}

/**
 * RD New (EPSG:28992) to WGS84, with the 7-parameter datum shift of the proj4 definition (about 1 m
 * accurate; RDNAPTRANS's correction grid is not applied). Note that the projection's origin
 * (155000, 463000) is 52.156°N 5.388°E in the Bessel/Amersfoort datum, which is 52.1552°N 5.3872°E in WGS84.
 */
export function rdToWgs84(x: number, y: number): Position {
  const [lon, lat] = rd().forward<[number, number]>([x, y]);
  return [lon, lat];
}

/** WGS84 to RD New (EPSG:28992); the inverse of rdToWgs84 to well under a centimetre. */
export function wgs84ToRd(lon: number, lat: number): [number, number] {
  const [x, y] = rd().inverse<[number, number]>([lon, lat]);
  return [x, y];
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

const BUURT_CODE = /^BU\d{8}$/;
const WIJK_CODE = /^WK\d{6}$/;
const GEMEENTE_CODE = /^GM\d{4}$/;

/** Property names per role, lower case; CBS used BU_CODE etc. up to about 2021, buurtcode etc. since. */
const KEYS = {
  buurtCode: ['buurtcode', 'bu_code'],
  buurtName: ['buurtnaam', 'bu_naam'],
  wijkCode: ['wijkcode', 'wk_code'],
  wijkName: ['wijknaam', 'wk_naam'],
  gemeenteCode: ['gemeentecode', 'gm_code'],
} as const;

type CrsKind = 'wgs84' | 'rd' | 'absent';
type Mode = 'none' | 'rd' | 'swapped_axes';

interface Candidate {
  index: number;
  kind: 'wijk' | 'buurt';
  code: string;
  name: string;
  parentCode: string | null;
  gemeenteCode: string | null;
  geometry: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a CBS wijk/buurt GeoJSON FeatureCollection. Refuses (ok:false, nothing partial) when: not JSON, not a
 * FeatureCollection, no features, one page of a paged OGC API response, a CRS that is neither WGS84
 * (OGC:CRS84 / EPSG:4326) nor RD (EPSG:28992), a buurt or wijk code that occurs twice, or any buurt/wijk
 * feature with an invalid geometry (not Polygon/MultiPolygon, ring with < 4 positions, ring not closed, ring
 * without area, non-finite numbers, coordinates outside the Netherlands (lon 3.0–7.5, lat 50.6–53.7) after
 * conversion). Features without a recognisable buurt or wijk code are listed in `skipped`, as are features of
 * another municipality when `options.gemeenteCode` is given; their geometry is not examined.
 *
 * RD is recognised from a `crs` member naming EPSG:28992 or, without one, from the coordinate range
 * (x 0–300000, y 289000–629000), and converted to WGS84. A WGS84 file in lat/lon axis order (first
 * coordinate 50.6–53.7, second 3.0–7.5) is swapped. Both are decided per file, by the majority of the
 * positions of the buurten and wijken; positions that do not fit are then refused with their path.
 */
export function parseAreaGeoJson(input: string | Buffer, options?: { gemeenteCode?: string }): AreaParseResult {
  const refuse = (path: string, message: string): AreaParseResult => ({ ok: false, problems: [{ path, message }] });

  let onlyGemeente: string | null = null;
  if (options?.gemeenteCode !== undefined) {
    onlyGemeente = normaliseGemeenteCode(options.gemeenteCode);
    if (onlyGemeente === null) return refuse('options.gemeenteCode', `"${options.gemeenteCode}" is geen gemeentecode (verwacht bijvoorbeeld GM0344).`);
  }

  const text = (typeof input === 'string' ? input : input.toString('utf8')).replace(/^\uFEFF/, '');
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return refuse('', 'Het bestand is geen geldige JSON.');
  }
  if (!isRecord(root) || root.type !== 'FeatureCollection') {
    return refuse(isRecord(root) ? 'type' : '', 'Het bestand is geen GeoJSON FeatureCollection.');
  }
  const features = root.features;
  if (!Array.isArray(features)) return refuse('features', 'Het bestand heeft geen lijst "features".');
  if (features.length === 0) return refuse('features', 'Het bestand bevat geen features.');

  const paging = pagingProblem(root, features.length);
  if (paging) return { ok: false, problems: [paging] };

  const crs = readCrs(root.crs);
  if (!crs.ok) return { ok: false, problems: [crs.problem] };

  const skipped: GeoProblem[] = [];
  const candidates: Candidate[] = [];
  features.forEach((feature: unknown, index) => {
    const identified = identify(feature, index);
    if ('skip' in identified) {
      skipped.push(identified.skip);
    } else if (onlyGemeente !== null && identified.gemeenteCode !== onlyGemeente) {
      skipped.push({
        path: `features[${index}]`,
        message: `${identified.code} hoort bij ${identified.gemeenteCode ?? 'een onbekende gemeente'}, niet bij ${onlyGemeente}.`,
      });
    } else {
      candidates.push(identified);
    }
  });

  if (candidates.length === 0) {
    const message =
      onlyGemeente === null
        ? 'Het bestand bevat geen buurten of wijken (geen feature heeft een geldige buurt- of wijkcode).'
        : `Het bestand bevat geen buurten of wijken van ${onlyGemeente}.`;
    return { ok: false, problems: [{ path: 'features', message }, ...skipped] };
  }

  const problems: GeoProblem[] = [];
  const firstByCode = new Map<string, number>();
  for (const candidate of candidates) {
    const first = firstByCode.get(candidate.code);
    if (first === undefined) firstByCode.set(candidate.code, candidate.index);
    else problems.push({ path: `features[${candidate.index}]`, message: `Code ${candidate.code} komt meer dan eens voor (ook in features[${first}]).` });
  }

  const mode = decideMode(crs.kind, candidates);
  const transform = transformFor(mode);
  const areas: AreaFeature[] = [];
  for (const candidate of candidates) {
    const path = `features[${candidate.index}].geometry`;
    const geometry = readGeometry(candidate.geometry, path, transform, mode);
    if ('problem' in geometry) {
      problems.push(geometry.problem);
      continue;
    }
    areas.push({
      code: candidate.code,
      kind: candidate.kind,
      name: candidate.name,
      parentCode: candidate.parentCode,
      gemeenteCode: candidate.gemeenteCode,
      geometry: geometry.geometry,
      bbox: bboxOf(geometry.geometry),
      centroid: interiorPoint(geometry.geometry),
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, areas, converted: mode, skipped };
}

function normaliseGemeenteCode(value: string): string | null {
  const trimmed = value.trim().toUpperCase();
  if (GEMEENTE_CODE.test(trimmed)) return trimmed;
  if (/^\d{1,4}$/.test(trimmed)) return `GM${trimmed.padStart(4, '0')}`;
  return null;
}

/** OGC API Features answers in pages (PDOK: 10 by default); importing one page would silently lose buurten. */
function pagingProblem(root: Record<string, unknown>, count: number): GeoProblem | null {
  const links = Array.isArray(root.links) ? (root.links as unknown[]) : [];
  const hasNext = links.some((link) => isRecord(link) && link.rel === 'next');
  const matched = typeof root.numberMatched === 'number' ? root.numberMatched : null;
  if (!hasNext && (matched === null || matched <= count)) return null;
  return {
    path: hasNext ? 'links' : 'numberMatched',
    message:
      `Het bestand is één pagina van een grotere verzameling (${count}${matched === null ? '' : ` van ${matched}`} features). ` +
      'Vraag alle features in één keer op (bijvoorbeeld met limit=1000 in de OGC API-URL) of voeg de pagina’s samen.',
  };
}

function readCrs(crs: unknown): { ok: true; kind: CrsKind } | { ok: false; problem: GeoProblem } {
  if (crs === undefined || crs === null) return { ok: true, kind: 'absent' };
  let name: string | null = null;
  let path = 'crs';
  if (isRecord(crs) && isRecord(crs.properties)) {
    // GeoJSON 2008: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } }; older: { type: 'EPSG', properties: { code: 28992 } }
    if (typeof crs.properties.name === 'string') {
      name = crs.properties.name.trim();
      path = 'crs.properties.name';
    } else if (typeof crs.properties.code === 'number' || typeof crs.properties.code === 'string') {
      name = `EPSG:${String(crs.properties.code).trim()}`;
      path = 'crs.properties.code';
    }
  }
  const advice = 'Exporteer het bestand in WGS84 (EPSG:4326 / CRS84) of in RD New (EPSG:28992).';
  if (name === null) {
    return { ok: false, problem: { path: 'crs', message: `Het coördinatenstelsel ${truncate(JSON.stringify(crs))} is onleesbaar. ${advice}` } };
  }
  const kind = crsKind(name);
  if (kind === null) return { ok: false, problem: { path, message: `Het coördinatenstelsel "${name}" wordt niet ondersteund. ${advice}` } };
  return { ok: true, kind };
}

/**
 * 'urn:ogc:def:crs:EPSG::28992', 'EPSG:28992', 'http://www.opengis.net/def/crs/EPSG/0/28992',
 * 'urn:ogc:def:crs:OGC:1.3:CRS84', 'OGC:CRS84', 'http://www.opengis.net/def/crs/OGC/1.3/CRS84', …
 */
function crsKind(name: string): CrsKind | null {
  const match = /(?:^|[:/])(EPSG|OGC)[:/](?:[\d.]*[:/])?([A-Za-z0-9]+)$/i.exec(name);
  const authority = match?.[1]?.toUpperCase() ?? '';
  const code = match?.[2]?.toUpperCase() ?? name.toUpperCase();
  if (code === 'CRS84' && (authority === 'OGC' || match === null)) return 'wgs84';
  if (authority === 'EPSG' && code === '4326') return 'wgs84';
  if (authority === 'EPSG' && code === '28992') return 'rd';
  return null;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function property(properties: Record<string, unknown>, names: readonly string[]): { key: string; value: string } | null {
  for (const [key, value] of Object.entries(properties)) {
    if (!names.includes(key.toLowerCase())) continue;
    if (typeof value === 'string' && value.trim() !== '') return { key, value: value.trim() };
  }
  return null;
}

function identify(feature: unknown, index: number): Candidate | { skip: GeoProblem } {
  const path = `features[${index}]`;
  if (!isRecord(feature) || feature.type !== 'Feature') return { skip: { path, message: 'Geen GeoJSON Feature.' } };
  const properties = isRecord(feature.properties) ? feature.properties : {};

  const buurt = property(properties, KEYS.buurtCode);
  const wijk = property(properties, KEYS.wijkCode);
  const gemeente = property(properties, KEYS.gemeenteCode);
  const gemeenteCode = gemeente && GEMEENTE_CODE.test(gemeente.value.toUpperCase()) ? gemeente.value.toUpperCase() : null;

  if (buurt) {
    const code = buurt.value.toUpperCase();
    if (!BUURT_CODE.test(code)) {
      return { skip: { path: `${path}.properties.${buurt.key}`, message: `"${buurt.value}" is geen buurtcode (verwacht BU gevolgd door 8 cijfers).` } };
    }
    const wijkCode = wijk && WIJK_CODE.test(wijk.value.toUpperCase()) ? wijk.value.toUpperCase() : `WK${code.slice(2, 8)}`;
    return {
      index,
      kind: 'buurt',
      code,
      name: property(properties, KEYS.buurtName)?.value ?? code,
      parentCode: wijkCode,
      gemeenteCode: gemeenteCode ?? `GM${code.slice(2, 6)}`,
      geometry: feature.geometry,
    };
  }
  if (wijk) {
    const code = wijk.value.toUpperCase();
    if (!WIJK_CODE.test(code)) {
      return { skip: { path: `${path}.properties.${wijk.key}`, message: `"${wijk.value}" is geen wijkcode (verwacht WK gevolgd door 6 cijfers).` } };
    }
    const gemeenteOfWijk = gemeenteCode ?? `GM${code.slice(2, 6)}`;
    return {
      index,
      kind: 'wijk',
      code,
      name: property(properties, KEYS.wijkName)?.value ?? code,
      parentCode: gemeenteOfWijk,
      gemeenteCode: gemeenteOfWijk,
      geometry: feature.geometry,
    };
  }
  return { skip: { path: `${path}.properties`, message: 'Geen buurtcode of wijkcode gevonden; deze feature is overgeslagen.' } };
}

/** Visits every well-formed, finite [x, y, …] in a coordinates array of any depth. */
function forEachPosition(coordinates: unknown, visit: (x: number, y: number) => void): void {
  if (!Array.isArray(coordinates)) return;
  if (coordinates.length >= 2 && typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    if (Number.isFinite(coordinates[0]) && Number.isFinite(coordinates[1])) visit(coordinates[0], coordinates[1]);
    return;
  }
  for (const item of coordinates as unknown[]) forEachPosition(item, visit);
}

function inNl(lon: number, lat: number): boolean {
  return lon >= NL.minLon && lon <= NL.maxLon && lat >= NL.minLat && lat <= NL.maxLat;
}

function inRd(x: number, y: number): boolean {
  return x >= RD_RANGE.minX && x <= RD_RANGE.maxX && y >= RD_RANGE.minY && y <= RD_RANGE.maxY;
}

/** The three ranges do not overlap, so each position votes for at most one reading; ties keep the file as it is. */
function decideMode(crs: CrsKind, candidates: Candidate[]): Mode {
  if (crs === 'rd') return 'rd';
  let lonLat = 0;
  let latLon = 0;
  let rdCount = 0;
  for (const candidate of candidates) {
    const geometry = candidate.geometry;
    if (!isRecord(geometry)) continue;
    forEachPosition(geometry.coordinates, (x, y) => {
      if (inNl(x, y)) lonLat++;
      else if (inNl(y, x)) latLon++;
      else if (inRd(x, y)) rdCount++;
    });
  }
  if (crs === 'absent' && rdCount > lonLat && rdCount > latLon) return 'rd';
  if (latLon > lonLat && (crs === 'wgs84' || latLon > rdCount)) return 'swapped_axes';
  return 'none';
}

function transformFor(mode: Mode): (x: number, y: number) => Position {
  switch (mode) {
    case 'none':
      return (x, y) => [x, y];
    case 'swapped_axes':
      return (x, y) => [y, x];
    case 'rd':
      return rdToWgs84;
  }
}

function readGeometry(
  geometry: unknown,
  path: string,
  transform: (x: number, y: number) => Position,
  mode: Mode,
): { geometry: AreaGeometry } | { problem: GeoProblem } {
  if (!isRecord(geometry)) return { problem: { path, message: 'De feature heeft geen geometrie.' } };
  const type = geometry.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    const shown = typeof type === 'string' ? type : (JSON.stringify(type) ?? 'geen');
    return { problem: { path: `${path}.type`, message: `Geometrietype ${shown} wordt niet ondersteund; verwacht Polygon of MultiPolygon.` } };
  }
  const coordinatesPath = `${path}.coordinates`;
  if (type === 'Polygon') {
    const polygon = readPolygon(geometry.coordinates, coordinatesPath, transform, mode);
    return 'problem' in polygon ? polygon : { geometry: { type, coordinates: polygon.rings } };
  }
  const parts = geometry.coordinates;
  if (!Array.isArray(parts) || parts.length === 0) {
    return { problem: { path: coordinatesPath, message: 'Een MultiPolygon moet minstens één polygoon bevatten.' } };
  }
  const polygons: Position[][][] = [];
  for (const [i, part] of (parts as unknown[]).entries()) {
    const polygon = readPolygon(part, `${coordinatesPath}[${i}]`, transform, mode);
    if ('problem' in polygon) return polygon;
    polygons.push(polygon.rings);
  }
  return { geometry: { type, coordinates: polygons } };
}

function readPolygon(
  value: unknown,
  path: string,
  transform: (x: number, y: number) => Position,
  mode: Mode,
): { rings: Position[][] } | { problem: GeoProblem } {
  if (!Array.isArray(value) || value.length === 0) return { problem: { path, message: 'Een polygoon moet minstens één ring bevatten.' } };
  const rings: Position[][] = [];
  for (const [r, ringValue] of (value as unknown[]).entries()) {
    const ringPath = `${path}[${r}]`;
    if (!Array.isArray(ringValue) || ringValue.length < 4) {
      return { problem: { path: ringPath, message: 'Een ring moet minstens 4 posities hebben (de eerste herhaald als laatste).' } };
    }
    const source = ringValue as unknown[];
    const ring: Position[] = [];
    for (const [p, position] of source.entries()) {
      const positionPath = `${ringPath}[${p}]`;
      if (!Array.isArray(position) || position.length < 2) return { problem: { path: positionPath, message: 'Een positie moet twee getallen bevatten.' } };
      const [x, y] = position as unknown[];
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
        return { problem: { path: positionPath, message: 'Een positie bevat een ongeldig getal.' } };
      }
      const converted = transform(x, y);
      if (!inNl(converted[0], converted[1])) {
        const shown = `(${converted[0].toFixed(5)}, ${converted[1].toFixed(5)})`;
        const how = mode === 'rd' ? ` na omrekening van RD (${x}, ${y})` : mode === 'swapped_axes' ? ' na het omwisselen van de assen' : '';
        return {
          problem: {
            path: positionPath,
            message: `Positie ${shown}${how} ligt buiten Nederland (lengtegraad 3,0–7,5, breedtegraad 50,6–53,7).`,
          },
        };
      }
      ring.push(converted);
    }
    const first = source[0] as unknown[];
    const last = source[source.length - 1] as unknown[];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      return { problem: { path: ringPath, message: 'De ring is niet gesloten (de laatste positie moet gelijk zijn aan de eerste).' } };
    }
    if (ringArea(ring) === 0) return { problem: { path: ringPath, message: 'De ring heeft geen oppervlakte.' } };
    rings.push(ring);
  }
  return { rings };
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers (planar in degrees: fine for areas the size of a wijk)
// ---------------------------------------------------------------------------------------------

function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function bboxOf(geometry: AreaGeometry): [number, number, number, number] {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** Signed area (shoelace), relative to the first position for numerical stability. */
function ringArea(ring: Position[]): number {
  const [x0, y0] = ring[0] ?? [0, 0];
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += (a[0] - x0) * (b[1] - y0) - (b[0] - x0) * (a[1] - y0);
  }
  return sum / 2;
}

/** Area-weighted centroid and area of a polygon with holes, or null when it has no area. */
function polygonCentroid(polygon: Position[][]): { x: number; y: number; area: number } | null {
  const origin = polygon[0]?.[0];
  if (!origin) return null;
  const [x0, y0] = origin;
  let area = 0;
  let cx = 0;
  let cy = 0;
  polygon.forEach((ring, r) => {
    let ringA = 0;
    let ringX = 0;
    let ringY = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const ax = ring[i]![0] - x0;
      const ay = ring[i]![1] - y0;
      const bx = ring[i + 1]![0] - x0;
      const by = ring[i + 1]![1] - y0;
      const cross = ax * by - bx * ay;
      ringA += cross;
      ringX += (ax + bx) * cross;
      ringY += (ay + by) * cross;
    }
    // Outer ring counts positive, holes negative, whatever the winding order in the file.
    const sign = (ringA >= 0 ? 1 : -1) * (r === 0 ? 1 : -1);
    area += (sign * ringA) / 2;
    cx += (sign * ringX) / 6;
    cy += (sign * ringY) / 6;
  });
  if (area <= 0) return null;
  return { x: x0 + cx / area, y: y0 + cy / area, area };
}

function contains(polygon: Position[][], point: Position): boolean {
  return pointInPolygon(point, polygon) === true;
}

/** See AreaFeature.centroid. */
function interiorPoint(geometry: AreaGeometry): Position {
  const polygons = polygonsOf(geometry);
  let totalArea = 0;
  let sumX = 0;
  let sumY = 0;
  let largest: { polygon: Position[][]; x: number; y: number; area: number } | null = null;
  for (const polygon of polygons) {
    const c = polygonCentroid(polygon);
    if (!c) continue;
    totalArea += c.area;
    sumX += c.x * c.area;
    sumY += c.y * c.area;
    if (!largest || c.area > largest.area) largest = { polygon, ...c };
  }
  if (!largest) return polygons[0]?.[0]?.[0] ?? [NaN, NaN];
  const centroid: Position = [sumX / totalArea, sumY / totalArea];
  if (polygons.some((polygon) => contains(polygon, centroid))) return centroid;
  // Lines through the largest polygon: at its centroid first, then spread over its height.
  const outer = largest.polygon[0]!;
  const minY = outer.reduce((min, [, y]) => Math.min(min, y), Infinity);
  const maxY = outer.reduce((max, [, y]) => Math.max(max, y), -Infinity);
  const lines = [largest.y, ...[4, 3, 5, 2, 6, 1, 7].map((k) => minY + ((maxY - minY) * k) / 8)];
  for (const y of lines) {
    const middle = widestSpanMiddle(largest.polygon, y);
    if (middle && contains(largest.polygon, middle)) return middle;
  }
  return outer[0]!;
}

/** The middle of the widest inside stretch of the horizontal line at `y` (even-odd, so holes are excluded). */
function widestSpanMiddle(polygon: Position[][], y: number): Position | null {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[i + 1]!;
      if (ay > y !== by > y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
    }
  }
  xs.sort((a, b) => a - b);
  let best: Position | null = null;
  let bestWidth = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const width = xs[i + 1]! - xs[i]!;
    if (width > bestWidth) {
      bestWidth = width;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Spatial index
// ---------------------------------------------------------------------------------------------

interface IndexedPart {
  area: AreaFeature;
  rings: Position[][];
}

/**
 * Spatial index over buurt (and wijk) polygons: a packed R-tree (flatbush) over the bounding boxes of
 * every polygon (each part of a MultiPolygon separately), then an exact point-in-polygon test
 * (point-in-polygon-hao, holes respected) only on the candidates. Never loops over all polygons.
 */
export class AreaIndex {
  readonly #parts: IndexedPart[] = [];
  readonly #tree: Flatbush | null;
  readonly #hasWijkPolygons: boolean;
  readonly #size: number;

  constructor(areas: AreaFeature[]) {
    for (const area of areas) {
      for (const rings of polygonsOf(area.geometry)) {
        if ((rings[0]?.length ?? 0) >= 4) this.#parts.push({ area, rings });
      }
    }
    this.#size = areas.length;
    this.#hasWijkPolygons = this.#parts.some((part) => part.area.kind === 'wijk');
    if (this.#parts.length === 0) {
      this.#tree = null;
      return;
    }
    const tree = new Flatbush(this.#parts.length);
    for (const part of this.#parts) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const [x, y] of part.rings[0]!) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      tree.add(minX, minY, maxX, maxY);
    }
    tree.finish();
    this.#tree = tree;
  }

  /**
   * The buurt and wijk that contain the point (boundary included). A point on a shared border, or in
   * overlapping areas, goes to the lowest code. The wijk comes from the wijk polygons when the index has
   * any (preferring the buurt's own wijk when that contains the point too); otherwise, or when no wijk
   * polygon contains the point, it is the buurt's parentCode.
   */
  locate(lon: number, lat: number): { buurtCode: string | null; wijkCode: string | null } {
    if (!this.#tree || !Number.isFinite(lon) || !Number.isFinite(lat)) return { buurtCode: null, wijkCode: null };
    const point: Position = [lon, lat];
    let buurt: AreaFeature | null = null;
    const wijken: string[] = [];
    for (const i of this.#tree.search(lon, lat, lon, lat)) {
      const { area, rings } = this.#parts[i]!;
      if (area.kind === 'buurt' ? buurt !== null && buurt.code <= area.code : wijken.includes(area.code)) continue;
      if (pointInPolygon(point, rings) === false) continue;
      if (area.kind === 'buurt') buurt = area;
      else wijken.push(area.code);
    }
    let wijkCode: string | null = buurt?.parentCode ?? null;
    if (this.#hasWijkPolygons && wijken.length > 0 && (wijkCode === null || !wijken.includes(wijkCode))) {
      wijkCode = wijken.reduce((lowest, code) => (code < lowest ? code : lowest));
    }
    return { buurtCode: buurt?.code ?? null, wijkCode };
  }

  /** The number of areas (buurten and wijken) in the index. */
  get size(): number {
    return this.#size;
  }
}
