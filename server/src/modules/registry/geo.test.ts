import fc from 'fast-check';
import pointInPolygon from 'point-in-polygon-hao';
import { describe, expect, it } from 'vitest';
import { AreaIndex, parseAreaGeoJson, rdToWgs84, wgs84ToRd, type AreaFeature, type AreaGeometry, type AreaParseResult, type Position } from './geo.js';

// ------------------------------------------------------------------------------------------
// Fixture: one wijk near Utrecht centre with three buurten.
//
//  52.11 +---------+---------+---------+---------+
//        |  C (1)  |         |         |  C (2)  |   C = BU03440103, a MultiPolygon of two parts
//  52.10 +---------+---------+---------+---------+
//        |        A          |        B          |   A = BU03440101 (with a hole), B = BU03440102
//        |   [hole]          |                   |   W = WK034401 covers the whole 5.10–5.14 × 52.08–52.11
//  52.08 +-------------------+-------------------+
//       5.10      5.11      5.12      5.13      5.14
// ------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function square(minLon: number, minLat: number, maxLon: number, maxLat: number): Position[] {
  return [
    [minLon, minLat],
    [maxLon, minLat],
    [maxLon, maxLat],
    [minLon, maxLat],
    [minLon, minLat],
  ];
}

const HOLE = square(5.105, 52.085, 5.11, 52.09);
const geometries: Record<string, AreaGeometry> = {
  BU03440101: { type: 'Polygon', coordinates: [square(5.1, 52.08, 5.12, 52.1), [...HOLE].reverse()] },
  BU03440102: { type: 'Polygon', coordinates: [square(5.12, 52.08, 5.14, 52.1)] },
  BU03440103: { type: 'MultiPolygon', coordinates: [[square(5.1, 52.1, 5.11, 52.11)], [square(5.13, 52.1, 5.14, 52.11)]] },
  WK034401: { type: 'Polygon', coordinates: [square(5.1, 52.08, 5.14, 52.11)] },
  BU03630101: { type: 'Polygon', coordinates: [square(4.89, 52.36, 4.91, 52.38)] },
};
const names: Record<string, string> = {
  BU03440101: 'Domplein e.o.',
  BU03440102: 'Neude, Janskerkhof en Domplein',
  BU03440103: 'Lange Elisabethstraat',
  WK034401: 'Binnenstad',
  BU03630101: 'Kop Zeedijk',
};

function newStyle(code: string, geometry: unknown = geometries[code]): Json {
  const properties: Json = code.startsWith('BU')
    ? { buurtcode: code, buurtnaam: names[code], wijkcode: `WK${code.slice(2, 8)}`, gemeentecode: `GM${code.slice(2, 6)}`, water: 'NEE' }
    : { wijkcode: code, wijknaam: names[code], gemeentecode: `GM${code.slice(2, 6)}`, water: 'NEE' };
  return { type: 'Feature', id: code, properties: { ...properties, jrstatcode: `2025${code}` }, geometry };
}

function oldStyle(code: string, geometry: unknown = geometries[code]): Json {
  // Older CBS editions: upper-case names, fixed-width values with trailing spaces.
  const properties: Json = code.startsWith('BU')
    ? { BU_CODE: `${code}  `, BU_NAAM: `${names[code]}   `, WK_CODE: `WK${code.slice(2, 8)}  `, GM_CODE: `GM${code.slice(2, 6)}  `, WATER: 'NEE' }
    : { WK_CODE: `${code}  `, WK_NAAM: `${names[code]} `, GM_CODE: `GM${code.slice(2, 6)}` };
  return { type: 'Feature', properties, geometry };
}

const UTRECHT = ['BU03440101', 'BU03440102', 'BU03440103', 'WK034401'];

function collection(features: unknown[], extra: Json = {}): string {
  return JSON.stringify({ type: 'FeatureCollection', ...extra, features });
}

function parsed(result: AreaParseResult): Extract<AreaParseResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

function problemsOf(result: AreaParseResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}

function mapPositions(geometry: AreaGeometry, f: (p: Position) => Position): unknown {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(f)) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(f))) };
}

function allPositions(geometry: AreaGeometry): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

const RD_CRS_NAMES = ['urn:ogc:def:crs:EPSG::28992', 'EPSG:28992', 'http://www.opengis.net/def/crs/EPSG/0/28992'];

function rdFile(withCrs: string | null): string {
  const features = UTRECHT.map((code) =>
    newStyle(
      code,
      mapPositions(geometries[code]!, ([lon, lat]) => wgs84ToRd(lon, lat)),
    ),
  );
  return collection(features, withCrs === null ? {} : { crs: { type: 'name', properties: { name: withCrs } } });
}

const wgs84Areas = parsed(parseAreaGeoJson(collection(UTRECHT.map((code) => newStyle(code))))).areas;
const byCode = (areas: AreaFeature[], code: string): AreaFeature => {
  const area = areas.find((a) => a.code === code);
  if (!area) throw new Error(`no ${code}`);
  return area;
};

/** The specified outcome, by looking at every polygon (the index must agree without doing this). */
function bruteForce(areas: AreaFeature[], lon: number, lat: number): { buurtCode: string | null; wijkCode: string | null } {
  const containing = areas.filter((area) => {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    return polygons.some((polygon) => pointInPolygon([lon, lat], polygon) !== false);
  });
  const lowest = (codes: string[]) => [...codes].sort()[0] ?? null;
  const buurt = lowest(containing.filter((a) => a.kind === 'buurt').map((a) => a.code));
  const parent = buurt === null ? null : byCode(areas, buurt).parentCode;
  const wijken = containing.filter((a) => a.kind === 'wijk').map((a) => a.code);
  const hasWijkPolygons = areas.some((a) => a.kind === 'wijk');
  const wijk = hasWijkPolygons && wijken.length > 0 && (parent === null || !wijken.includes(parent)) ? lowest(wijken) : parent;
  return { buurtCode: buurt, wijkCode: wijk };
}

describe('parseAreaGeoJson: property styles', () => {
  it('reads the current CBS style (buurtcode, wijkcode, gemeentecode) and ignores water/jrstatcode', () => {
    const result = parsed(parseAreaGeoJson(collection(UTRECHT.map((code) => newStyle(code)))));
    expect(result.converted).toBe('none');
    expect(result.skipped).toEqual([]);
    expect(result.areas.map((a) => [a.code, a.kind, a.name, a.parentCode, a.gemeenteCode])).toEqual([
      ['BU03440101', 'buurt', 'Domplein e.o.', 'WK034401', 'GM0344'],
      ['BU03440102', 'buurt', 'Neude, Janskerkhof en Domplein', 'WK034401', 'GM0344'],
      ['BU03440103', 'buurt', 'Lange Elisabethstraat', 'WK034401', 'GM0344'],
      ['WK034401', 'wijk', 'Binnenstad', 'GM0344', 'GM0344'],
    ]);
    expect(byCode(result.areas, 'BU03440101').geometry).toEqual(geometries.BU03440101);
    expect(byCode(result.areas, 'BU03440103').geometry).toEqual(geometries.BU03440103);
    expect(byCode(result.areas, 'BU03440103').bbox).toEqual([5.1, 52.1, 5.14, 52.11]);
    expect(byCode(result.areas, 'WK034401').bbox).toEqual([5.1, 52.08, 5.14, 52.11]);
  });

  it('reads the older style (BU_CODE, BU_NAAM, WK_CODE, GM_CODE) with trailing spaces trimmed', () => {
    const result = parsed(parseAreaGeoJson(collection(UTRECHT.map((code) => oldStyle(code)))));
    expect(result.areas).toEqual(wgs84Areas);
  });

  it('derives wijk and gemeente from the buurt code when those properties are missing, and falls back to the code as name', () => {
    const feature = { type: 'Feature', properties: { buurtcode: 'BU03440102' }, geometry: geometries.BU03440102 };
    const [area] = parsed(parseAreaGeoJson(collection([feature]))).areas;
    expect(area).toMatchObject({ code: 'BU03440102', name: 'BU03440102', parentCode: 'WK034401', gemeenteCode: 'GM0344' });
  });

  it('gives a centroid inside every area: the area-weighted one, or an inside point when that falls outside (MultiPolygon)', () => {
    for (const area of wgs84Areas) {
      const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
      expect(polygons.some((polygon) => pointInPolygon(area.centroid, polygon) === true)).toBe(true);
    }
    // A square with a hole in its lower-left quarter: the centroid moves away from the hole.
    const [x, y] = byCode(wgs84Areas, 'BU03440101').centroid;
    expect(x).toBeGreaterThan(5.11);
    expect(y).toBeGreaterThan(52.09);
    expect(byCode(wgs84Areas, 'BU03440102').centroid[0]).toBeCloseTo(5.13, 12);
    expect(byCode(wgs84Areas, 'BU03440102').centroid[1]).toBeCloseTo(52.09, 12);
  });

  it('skips features without a recognisable code, with a reason, without refusing the file', () => {
    const gemeente = { type: 'Feature', properties: { gemeentecode: 'GM0344', gemeentenaam: 'Utrecht' }, geometry: geometries.WK034401 };
    const badCode = { type: 'Feature', properties: { buurtcode: 'BU344', buurtnaam: 'Kapot' }, geometry: null };
    const notAFeature = { type: 'Point', coordinates: [5, 52] };
    const result = parsed(parseAreaGeoJson(collection([newStyle('BU03440101'), gemeente, badCode, notAFeature])));
    expect(result.areas.map((a) => a.code)).toEqual(['BU03440101']);
    expect(result.skipped.map((s) => s.path)).toEqual(['features[1].properties', 'features[2].properties.buurtcode', 'features[3]']);
    expect(result.skipped[1]!.message).toContain('BU344');
  });

  it('accepts a Buffer with a byte-order mark', () => {
    const buffer = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(collection(UTRECHT.map((code) => newStyle(code))), 'utf8')]);
    expect(parsed(parseAreaGeoJson(buffer)).areas).toEqual(wgs84Areas);
  });
});

describe('parseAreaGeoJson: gemeente filter', () => {
  const mixed = collection([...UTRECHT.map((code) => newStyle(code)), newStyle('BU03630101')]);

  it('keeps every municipality without a filter', () => {
    expect(parsed(parseAreaGeoJson(mixed)).areas.map((a) => a.code)).toContain('BU03630101');
  });

  it('keeps only the requested municipality; the others are skipped with a reason', () => {
    const result = parsed(parseAreaGeoJson(mixed, { gemeenteCode: 'GM0344' }));
    expect(result.areas.map((a) => a.code)).toEqual(UTRECHT);
    expect(result.skipped).toEqual([{ path: 'features[4]', message: expect.stringContaining('GM0363') as unknown }]);
    expect(parsed(parseAreaGeoJson(mixed, { gemeenteCode: ' gm0344 ' })).areas).toHaveLength(4);
  });

  it("does not refuse the file for a broken geometry of another municipality's feature", () => {
    const file = collection([newStyle('BU03440101'), newStyle('BU03630101', { type: 'Point', coordinates: [4.9, 52.37] })]);
    expect(parsed(parseAreaGeoJson(file, { gemeenteCode: 'GM0344' })).areas).toHaveLength(1);
    expect(problemsOf(parseAreaGeoJson(file))[0]!.path).toBe('features[1].geometry.type');
  });

  it('refuses when nothing of the requested municipality is in the file, and an invalid filter', () => {
    expect(problemsOf(parseAreaGeoJson(mixed, { gemeenteCode: 'GM0599' }))[0]!.message).toContain('GM0599');
    expect(problemsOf(parseAreaGeoJson(mixed, { gemeenteCode: 'Utrecht' }))[0]!.path).toBe('options.gemeenteCode');
  });
});

describe('parseAreaGeoJson: coordinate systems', () => {
  const expectSameAreas = (areas: AreaFeature[]) => {
    expect(areas.map((a) => [a.code, a.kind, a.name, a.parentCode])).toEqual(wgs84Areas.map((a) => [a.code, a.kind, a.name, a.parentCode]));
    areas.forEach((area, i) => {
      const expected = wgs84Areas[i]!;
      const got = allPositions(area.geometry);
      const want = allPositions(expected.geometry);
      expect(got).toHaveLength(want.length);
      got.forEach(([lon, lat], j) => {
        expect(Math.abs(lon - want[j]![0])).toBeLessThan(1e-6);
        expect(Math.abs(lat - want[j]![1])).toBeLessThan(1e-6);
      });
      expect(Math.abs(area.centroid[0] - expected.centroid[0])).toBeLessThan(1e-6);
      expect(Math.abs(area.centroid[1] - expected.centroid[1])).toBeLessThan(1e-6);
    });
  };

  for (const name of RD_CRS_NAMES) {
    it(`converts RD with crs ${name}`, () => {
      const result = parsed(parseAreaGeoJson(rdFile(name)));
      expect(result.converted).toBe('rd');
      expectSameAreas(result.areas);
    });
  }

  it('recognises RD without a crs member from the coordinate range', () => {
    const result = parsed(parseAreaGeoJson(rdFile(null)));
    expect(result.converted).toBe('rd');
    expectSameAreas(result.areas);
  });

  it('accepts the older crs form { type: "EPSG", properties: { code: 28992 } }', () => {
    const file = JSON.parse(rdFile(null)) as Json;
    file.crs = { type: 'EPSG', properties: { code: 28992 } };
    expect(parsed(parseAreaGeoJson(JSON.stringify(file))).converted).toBe('rd');
  });

  it('leaves explicit WGS84 as it is', () => {
    for (const name of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'http://www.opengis.net/def/crs/OGC/1.3/CRS84', 'OGC:CRS84', 'EPSG:4326']) {
      const result = parsed(
        parseAreaGeoJson(
          collection(
            UTRECHT.map((code) => newStyle(code)),
            { crs: { type: 'name', properties: { name } } },
          ),
        ),
      );
      expect(result.converted).toBe('none');
      expect(result.areas).toEqual(wgs84Areas);
    }
  });

  it('swaps an EPSG:4326 file in lat/lon axis order', () => {
    const features = UTRECHT.map((code) =>
      newStyle(
        code,
        mapPositions(geometries[code]!, ([lon, lat]) => [lat, lon]),
      ),
    );
    for (const extra of [{ crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4326' } } }, {}]) {
      const result = parsed(parseAreaGeoJson(collection(features, extra)));
      expect(result.converted).toBe('swapped_axes');
      expect(result.areas).toEqual(wgs84Areas);
    }
  });

  it('refuses EPSG:3857, naming it and saying what to export instead', () => {
    const file = collection(
      UTRECHT.map((code) => newStyle(code)),
      { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } },
    );
    const problems = problemsOf(parseAreaGeoJson(file));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('crs.properties.name');
    expect(problems[0]!.message).toContain('EPSG::3857');
    expect(problems[0]!.message).toContain('WGS84');
    expect(problems[0]!.message).toContain('RD');
  });

  it('refuses an unreadable crs member', () => {
    const problems = problemsOf(parseAreaGeoJson(collection([newStyle('BU03440101')], { crs: { type: 'link', properties: { href: 'x' } } })));
    expect(problems[0]!.path).toBe('crs');
  });
});

describe('rdToWgs84 / wgs84ToRd', () => {
  it('puts the RD origin (Amersfoort) where RDNAPTRANS puts it in WGS84', () => {
    // (5.38763888888889, 52.15616055555555) is the origin in the Bessel/Amersfoort datum (lat_0/lon_0 of the
    // projection); the datum shift moves it roughly 30 m west and 110 m south in WGS84/ETRS89.
    const [lon, lat] = rdToWgs84(155000, 463000);
    expect(Math.abs(lon - 5.38720621)).toBeLessThan(1e-5);
    expect(Math.abs(lat - 52.1551744)).toBeLessThan(1e-5);
  });

  it('round-trips RD → WGS84 → RD within a centimetre, everywhere in the Netherlands', () => {
    fc.assert(
      fc.property(fc.double({ min: 10_000, max: 280_000, noNaN: true }), fc.double({ min: 300_000, max: 620_000, noNaN: true }), (x, y) => {
        const [lon, lat] = rdToWgs84(x, y);
        const [bx, by] = wgs84ToRd(lon, lat);
        return Math.hypot(bx - x, by - y) < 0.01;
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAreaGeoJson: refusals', () => {
  it('refuses what is not JSON', () => {
    expect(problemsOf(parseAreaGeoJson('{"type": "FeatureCollection", '))).toEqual([{ path: '', message: 'Het bestand is geen geldige JSON.' }]);
  });

  it('refuses what is not a FeatureCollection, or has no features', () => {
    expect(problemsOf(parseAreaGeoJson(JSON.stringify(newStyle('BU03440101'))))[0]!.path).toBe('type');
    expect(problemsOf(parseAreaGeoJson('[1, 2]'))[0]!.path).toBe('');
    expect(problemsOf(parseAreaGeoJson(collection([])))).toEqual([{ path: 'features', message: 'Het bestand bevat geen features.' }]);
    expect(problemsOf(parseAreaGeoJson('{"type": "FeatureCollection"}'))[0]!.path).toBe('features');
  });

  it('refuses one page of a paged OGC API response', () => {
    const links = [{ rel: 'next', href: 'https://api.pdok.nl/…/items?f=json&cursor=abc' }];
    expect(
      problemsOf(
        parseAreaGeoJson(
          collection(
            UTRECHT.map((code) => newStyle(code)),
            { links },
          ),
        ),
      )[0]!.path,
    ).toBe('links');
    const matched = { numberMatched: 120, numberReturned: 4 };
    expect(
      problemsOf(
        parseAreaGeoJson(
          collection(
            UTRECHT.map((code) => newStyle(code)),
            matched,
          ),
        ),
      )[0]!.message,
    ).toContain('120');
  });

  it('refuses a code that occurs twice', () => {
    const problems = problemsOf(parseAreaGeoJson(collection([newStyle('BU03440101'), newStyle('BU03440102'), oldStyle('BU03440101')])));
    expect(problems).toEqual([{ path: 'features[2]', message: expect.stringContaining('features[0]') as unknown }]);
  });

  const a = geometries.BU03440101 as { coordinates: Position[][] };
  const cases: [string, unknown, string][] = [
    ['a Point', { type: 'Point', coordinates: [5.11, 52.09] }, 'features[1].geometry.type'],
    ['no geometry', null, 'features[1].geometry'],
    [
      'a ring of three positions',
      {
        type: 'Polygon',
        coordinates: [
          [
            [5.1, 52.08],
            [5.12, 52.08],
            [5.1, 52.08],
          ],
        ],
      },
      'features[1].geometry.coordinates[0]',
    ],
    ['an unclosed ring', { type: 'Polygon', coordinates: [a.coordinates[0]!.slice(0, 4)] }, 'features[1].geometry.coordinates[0]'],
    ['an unclosed hole', { type: 'Polygon', coordinates: [a.coordinates[0], [...HOLE.slice(0, 4), [5.106, 52.085]]] }, 'features[1].geometry.coordinates[1]'],
    [
      'a string coordinate',
      {
        type: 'Polygon',
        coordinates: [
          [
            [5.1, 52.08],
            ['5.12', 52.08],
            [5.12, 52.1],
            [5.1, 52.08],
          ],
        ],
      },
      'features[1].geometry.coordinates[0][1]',
    ],
    ['a position outside the Netherlands', { type: 'Polygon', coordinates: [square(5.1, 52.08, 8.2, 52.1)] }, 'features[1].geometry.coordinates[0][1]'],
    [
      'a ring without area',
      {
        type: 'Polygon',
        coordinates: [
          [
            [5.1, 52.08],
            [5.12, 52.08],
            [5.11, 52.08],
            [5.1, 52.08],
          ],
        ],
      },
      'features[1].geometry.coordinates[0]',
    ],
    [
      'a broken MultiPolygon part',
      { type: 'MultiPolygon', coordinates: [[square(5.1, 52.1, 5.11, 52.11)], [[[5.13, 52.1]]]] },
      'features[1].geometry.coordinates[1][0]',
    ],
    ['an empty MultiPolygon', { type: 'MultiPolygon', coordinates: [] }, 'features[1].geometry.coordinates'],
  ];
  for (const [what, geometry, path] of cases) {
    it(`refuses ${what}, with the path, and returns nothing partial`, () => {
      const result = parseAreaGeoJson(collection([newStyle('BU03440102'), newStyle('BU03440101', geometry), newStyle('WK034401')]));
      expect(result).toEqual({ ok: false, problems: [{ path, message: expect.any(String) as unknown }] });
    });
  }

  it('refuses a non-finite number (1e999 parses to Infinity)', () => {
    const text = collection([newStyle('BU03440101')]).replace('[5.1,52.08]', '[1e999,52.08]');
    expect(problemsOf(parseAreaGeoJson(text))[0]!.path).toBe('features[0].geometry.coordinates[0][0]');
  });

  it('reports a wrong RD coordinate after conversion, with the path', () => {
    const file = JSON.parse(rdFile('EPSG:28992')) as { features: { geometry: { coordinates: number[][][] } }[] };
    file.features[1]!.geometry.coordinates[0]![2] = [-50_000, 463_000];
    const problems = problemsOf(parseAreaGeoJson(JSON.stringify(file)));
    expect(problems).toEqual([{ path: 'features[1].geometry.coordinates[0][2]', message: expect.stringContaining('RD') as unknown }]);
  });

  it('lists the problems of every feature', () => {
    const file = collection([newStyle('BU03440101', { type: 'LineString', coordinates: [] }), newStyle('BU03440102'), newStyle('WK034401', null)]);
    expect(problemsOf(parseAreaGeoJson(file)).map((p) => p.path)).toEqual(['features[0].geometry.type', 'features[2].geometry']);
  });
});

describe('AreaIndex', () => {
  const index = new AreaIndex(wgs84Areas);
  const buurtenOnly = new AreaIndex(wgs84Areas.filter((a) => a.kind === 'buurt'));

  it('counts its areas', () => {
    expect(index.size).toBe(4);
    expect(buurtenOnly.size).toBe(3);
    expect(new AreaIndex([]).size).toBe(0);
  });

  it('finds the buurt and wijk of a point inside', () => {
    expect(index.locate(5.115, 52.095)).toEqual({ buurtCode: 'BU03440101', wijkCode: 'WK034401' });
    expect(index.locate(5.13, 52.09)).toEqual({ buurtCode: 'BU03440102', wijkCode: 'WK034401' });
    expect(index.locate(5.135, 52.105)).toEqual({ buurtCode: 'BU03440103', wijkCode: 'WK034401' });
    expect(index.locate(5.105, 52.105)).toEqual({ buurtCode: 'BU03440103', wijkCode: 'WK034401' });
  });

  it('takes the wijk from the buurt when there are no wijk polygons', () => {
    expect(buurtenOnly.locate(5.13, 52.09)).toEqual({ buurtCode: 'BU03440102', wijkCode: 'WK034401' });
  });

  it('gives no buurt in a hole, and no wijk either without wijk polygons', () => {
    expect(index.locate(5.107, 52.087)).toEqual({ buurtCode: null, wijkCode: 'WK034401' });
    expect(buurtenOnly.locate(5.107, 52.087)).toEqual({ buurtCode: null, wijkCode: null });
  });

  it('gives a point in the wijk between the two parts of the MultiPolygon only the wijk', () => {
    expect(index.locate(5.12, 52.105)).toEqual({ buurtCode: null, wijkCode: 'WK034401' });
  });

  it('gives nothing outside, and for non-finite input', () => {
    expect(index.locate(5.0, 52.0)).toEqual({ buurtCode: null, wijkCode: null });
    expect(index.locate(5.15, 52.09)).toEqual({ buurtCode: null, wijkCode: null });
    expect(index.locate(Number.NaN, 52.09)).toEqual({ buurtCode: null, wijkCode: null });
    expect(new AreaIndex([]).locate(5.11, 52.09)).toEqual({ buurtCode: null, wijkCode: null });
  });

  it('puts a point on a shared border in the lowest code, whatever the input order', () => {
    const reversed = new AreaIndex([...wgs84Areas].reverse());
    for (const idx of [index, reversed]) {
      expect(idx.locate(5.12, 52.09)).toEqual({ buurtCode: 'BU03440101', wijkCode: 'WK034401' }); // A | B
      expect(idx.locate(5.12, 52.1)).toEqual({ buurtCode: 'BU03440101', wijkCode: 'WK034401' }); // corner of A and B
      expect(idx.locate(5.135, 52.1)).toEqual({ buurtCode: 'BU03440102', wijkCode: 'WK034401' }); // B | C
      expect(idx.locate(5.1, 52.09)).toEqual({ buurtCode: 'BU03440101', wijkCode: 'WK034401' }); // outer edge
      expect(idx.locate(5.107, 52.085)).toEqual({ buurtCode: 'BU03440101', wijkCode: 'WK034401' }); // edge of the hole
    }
  });

  it('agrees with a brute-force loop over all polygons (property)', () => {
    const coordinate = (min: number, max: number, notable: number[]) => fc.oneof(fc.double({ min, max, noNaN: true }), fc.constantFrom(...notable));
    const lon = coordinate(5.09, 5.15, [5.1, 5.105, 5.11, 5.12, 5.13, 5.14]);
    const lat = coordinate(52.07, 52.12, [52.08, 52.085, 52.09, 52.1, 52.11]);
    for (const idx of [
      [index, wgs84Areas],
      [buurtenOnly, wgs84Areas.filter((a) => a.kind === 'buurt')],
    ] as const) {
      fc.assert(
        fc.property(lon, lat, (x, y) => {
          expect(idx[0].locate(x, y)).toEqual(bruteForce(idx[1], x, y));
        }),
        { numRuns: 2000 },
      );
    }
  });
});

describe('AreaIndex over 2,000 generated buurten', () => {
  const COLUMNS = 50;
  const ROWS = 40;
  const W = 0.004;
  const H = 0.003;
  const codeOf = (i: number) => `BU0344${String(Math.floor(i / 100) + 1).padStart(2, '0')}${String(i % 100).padStart(2, '0')}`;
  const cell = (i: number) => {
    const c = i % COLUMNS;
    const r = Math.floor(i / COLUMNS);
    return { minLon: 5.0 + c * W, minLat: 52.0 + r * H, maxLon: 5.0 + (c + 1) * W, maxLat: 52.0 + (r + 1) * H };
  };
  const features = Array.from({ length: COLUMNS * ROWS }, (_, i) => {
    const { minLon, minLat, maxLon, maxLat } = cell(i);
    return {
      type: 'Feature',
      properties: { buurtcode: codeOf(i), buurtnaam: `Buurt ${i}` },
      geometry: { type: 'Polygon', coordinates: [square(minLon, minLat, maxLon, maxLat)] },
    };
  });
  const areas = parsed(parseAreaGeoJson(collection(features), { gemeenteCode: 'GM0344' })).areas;
  const index = new AreaIndex(areas);

  it('parses and indexes them all', () => {
    expect(areas).toHaveLength(2000);
    expect(index.size).toBe(2000);
  });

  it('finds the buurt of every cell centre', () => {
    for (let i = 0; i < COLUMNS * ROWS; i++) {
      const { minLon, minLat, maxLon, maxLat } = cell(i);
      const code = codeOf(i);
      expect(index.locate((minLon + maxLon) / 2, (minLat + maxLat) / 2)).toEqual({ buurtCode: code, wijkCode: `WK${code.slice(2, 8)}` });
    }
  });

  it('agrees with brute force at random points and on grid lines (property)', () => {
    const lon = fc.oneof(
      fc.double({ min: 4.99, max: 5.21, noNaN: true }),
      fc.integer({ min: 0, max: COLUMNS }).map((c) => 5.0 + c * W),
    );
    const lat = fc.oneof(
      fc.double({ min: 51.99, max: 52.13, noNaN: true }),
      fc.integer({ min: 0, max: ROWS }).map((r) => 52.0 + r * H),
    );
    fc.assert(
      fc.property(lon, lat, (x, y) => {
        expect(index.locate(x, y)).toEqual(bruteForce(areas, x, y));
      }),
      { numRuns: 300 },
    );
  });
});
