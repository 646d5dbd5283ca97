import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ImportFileError,
  inspectImportFile,
  isRowError,
  parseImportDate,
  premisesTypeFromPurposes,
  readImportRows,
  type ImportKind,
  type ParsedRow,
  type RowError,
} from './csv-import.js';

const orgHeader = [
  'kvknummer',
  'vestigingsnummer',
  'handelsnaam',
  'rechtsvorm',
  'sbi_code',
  'datum_inschrijving',
  'datum_opheffing',
  'handelsnamen',
  'straat',
  'huisnummer',
  'huisletter',
  'toevoeging',
  'postcode',
  'plaats',
];

function csv(delimiter: string, rows: string[][], eol = '\n'): string {
  return rows.map((r) => r.join(delimiter)).join(eol) + eol;
}

async function collect(kind: ImportKind, input: Parameters<typeof readImportRows>[1]): Promise<(ParsedRow | RowError)[]> {
  const out: (ParsedRow | RowError)[] = [];
  for await (const item of readImportRows(kind, input)) out.push(item);
  return out;
}

async function refusal(fn: () => unknown): Promise<ImportFileError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

const goodOrg = [
  '12345678',
  '000012345678',
  'Bakkerij De Dom',
  'Eenmanszaak',
  '10.71.1',
  '2015-03-01',
  '',
  'Dom Brood|De Dom| |Bakkerij De Dom',
  'Oudegracht',
  '12',
  'a',
  '',
  '3511ab',
  'Utrecht',
];

describe('inspectImportFile', () => {
  it('accepts an organisations CSV with ";" and returns the canonical columns', () => {
    const head = Buffer.from(csv(';', [orgHeader, goodOrg]));
    expect(inspectImportFile('organisations', head)).toEqual({ delimiter: ';', columns: orgHeader });
  });

  it('accepts "," and case-insensitive, aliased, quoted header names', () => {
    const header = ['KvKnummer', 'Vestigingsnummer', '"Handelsnaam"', 'RECHTSVORM', 'SBI', 'Datum inschrijving'];
    const result = inspectImportFile('organisations', Buffer.from(csv(',', [header])));
    expect(result).toEqual({ delimiter: ',', columns: ['kvknummer', 'vestigingsnummer', 'handelsnaam', 'rechtsvorm', 'sbi_code', 'datum_inschrijving'] });
  });

  it('strips a UTF-8 BOM', () => {
    const head = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(';', [orgHeader, goodOrg]))]);
    expect(inspectImportFile('organisations', head).columns[0]).toBe('kvknummer');
  });

  it('refuses Latin-1 bytes as not UTF-8', async () => {
    const head = Buffer.from(csv(';', [orgHeader, [...goodOrg.slice(0, 2), 'Café De Dom', ...goodOrg.slice(3)]]), 'latin1');
    const error = await refusal(() => inspectImportFile('organisations', head));
    expect(error.problems).toEqual([{ field: 'codering', message: 'Het bestand is geen UTF-8. Sla het op als "CSV UTF-8".' }]);
  });

  it('does not mistake a multi-byte character cut off at the end of the head for invalid UTF-8', () => {
    const full = Buffer.from(csv(';', [orgHeader, [...goodOrg.slice(0, 2), 'Café', ...goodOrg.slice(3)]]));
    const cut = full.subarray(0, full.indexOf(Buffer.from('é')) + 1);
    expect(inspectImportFile('organisations', cut).delimiter).toBe(';');
  });

  it('refuses a missing column and lists it', async () => {
    const header = orgHeader.filter((c) => c !== 'rechtsvorm' && c !== 'sbi_code');
    const error = await refusal(() => inspectImportFile('organisations', Buffer.from(csv(';', [header]))));
    expect(error.problems).toContainEqual({ field: 'rechtsvorm', message: 'De kolom rechtsvorm ontbreekt.' });
    expect(error.problems).toContainEqual({ field: 'sbi_code', message: 'De kolom sbi_code ontbreekt.' });
    expect(error.message).toContain('Verplichte kolommen die ontbreken: rechtsvorm, sbi_code.');
  });

  it('refuses unknown and duplicate columns', async () => {
    const error = await refusal(() => inspectImportFile('organisations', Buffer.from(csv(';', [[...orgHeader, 'huisleter', 'SBI']]))));
    expect(error.problems).toContainEqual({ field: 'huisleter', message: 'De kolom huisleter is onbekend.' });
    expect(error.problems.find((p) => p.field === 'sbi_code')?.message).toMatch(/meer dan één keer/);
  });

  it('ignores an empty column name at the end of the header (trailing delimiter)', () => {
    expect(inspectImportFile('organisations', Buffer.from(`${orgHeader.join(';')};\n`)).columns).toEqual(orgHeader);
  });

  it('refuses a tab delimiter, naming it', async () => {
    const error = await refusal(() => inspectImportFile('organisations', Buffer.from(csv('\t', [orgHeader, goodOrg]))));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ field: 'scheidingsteken' });
    expect(error.message).toMatch(/is een tab/);
  });

  it('refuses a single-column header, naming the delimiter found', async () => {
    expect((await refusal(() => inspectImportFile('organisations', Buffer.from(csv('|', [orgHeader]))))).message).toMatch(/is "\|"/);
    expect((await refusal(() => inspectImportFile('organisations', Buffer.from('kvknummer\n12345678\n')))).message).toMatch(/één kolom/);
  });

  it('refuses an empty file', async () => {
    expect((await refusal(() => inspectImportFile('addresses', Buffer.from('\n\n')))).message).toBe('Het bestand is leeg.');
  });

  it('checks the first line of a bag file', async () => {
    expect(inspectImportFile('bag', Buffer.from('\n{"identificatie":"0344010000012345","postcode":"3511AB"}\n')).columns).toEqual([
      'identificatie',
      'postcode',
    ]);
    expect((await refusal(() => inspectImportFile('bag', Buffer.from('identificatie;postcode\n')))).problems[0]?.field).toBe('bestand');
    expect((await refusal(() => inspectImportFile('bag', Buffer.from('{"id":"1"}\n')))).message).toMatch(/identificatie/);
  });
});

describe('readImportRows: organisations', () => {
  it('reads a ";" file into normalised rows', async () => {
    const rows = await collect('organisations', Buffer.from(csv(';', [orgHeader, goodOrg])));
    expect(rows).toEqual([
      {
        kind: 'organisations',
        line: 2,
        row: {
          kvkNumber: '12345678',
          establishmentNumber: '000012345678',
          name: 'Bakkerij De Dom',
          tradeNames: ['Dom Brood', 'De Dom'],
          legalForm: 'Eenmanszaak',
          sbiCode: '10711',
          registeredOn: '2015-03-01',
          endedOn: null,
          address: {
            postcode: '3511 AB',
            houseNumber: 12,
            houseLetter: 'A',
            addition: '',
            street: 'Oudegracht',
            place: 'Utrecht',
            premisesType: 'bedrijfspand',
            bagId: null,
            lat: null,
            lon: null,
            wijkCode: null,
          },
        },
      },
    ]);
  });

  it('reads a "," file with quoted fields, DD-MM-YYYY dates, an empty vestigingsnummer and no address', async () => {
    const text = [
      'kvknummer,vestigingsnummer,handelsnaam,rechtsvorm,sbi,datum_inschrijving,datum_opheffing',
      '87654321,,"Holding, De Dom B.V.",Besloten Vennootschap,64.21,01-02-2020,31-12-2024',
      '',
    ].join('\r\n');
    const [item] = await collect('organisations', Buffer.from(text));
    expect(item).toMatchObject({
      line: 2,
      row: {
        kvkNumber: '87654321',
        establishmentNumber: null,
        name: 'Holding, De Dom B.V.',
        sbiCode: '6421',
        registeredOn: '2020-02-01',
        endedOn: '2024-12-31',
        address: null,
      },
    });
  });

  it('reads a file with a BOM', async () => {
    const rows = await collect('organisations', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(';', [orgHeader, goodOrg]))]));
    expect(rows).toHaveLength(1);
    expect(isRowError(rows[0]!)).toBe(false);
  });

  it('refuses Latin-1 and a missing column before yielding anything', async () => {
    const latin1 = Buffer.from(csv(';', [orgHeader, [...goodOrg.slice(0, 2), 'Café', ...goodOrg.slice(3)]]), 'latin1');
    expect((await refusal(() => collect('organisations', latin1))).problems[0]?.field).toBe('codering');
    const missing = Buffer.from(csv(';', [orgHeader.filter((c) => c !== 'kvknummer'), goodOrg.slice(1)]));
    expect((await refusal(() => collect('organisations', missing))).problems).toContainEqual({ field: 'kvknummer', message: 'De kolom kvknummer ontbreekt.' });
    expect((await refusal(() => collect('organisations', Buffer.from(csv('\t', [orgHeader, goodOrg]))))).message).toMatch(/tab/);
  });

  it('reports bad rows with their line numbers and fields, mixed with good rows', async () => {
    const set = (changes: Record<string, string>) => orgHeader.map((c, i) => changes[c] ?? goodOrg[i]!);
    const text = [
      orgHeader.join(';'), // 1
      goodOrg.join(';'), // 2
      set({ kvknummer: '1234567' }).join(';'), // 3
      set({ postcode: '0123AB', huisnummer: '0' }).join(';'), // 4
      '', // 5
      set({ handelsnaam: '"Multi\nline"' }).join(';'), // 6-7
      set({ kvknummer: '', sbi_code: '9', datum_inschrijving: '2015-02-30', handelsnaam: '' }).join(';'), // 8
      goodOrg.slice(0, 5).join(';'), // 9: too few fields
      ';;;;;;;;;;;;;', // 10: only delimiters, skipped
      set({ datum_inschrijving: '2020-01-01', datum_opheffing: '2019-01-01' }).join(';'), // 11
      set({ straat: '', plaats: '', huisletter: 'ab' }).join(';'), // 12
      '',
      '',
    ].join('\n');
    const rows = await collect('organisations', Buffer.from(text));
    const summary = rows.map((r) => (isRowError(r) ? { line: r.line, fields: r.errors.map((e) => e.field) } : { line: r.line, ok: true }));
    expect(summary).toEqual([
      { line: 2, ok: true },
      { line: 3, fields: ['kvknummer'] },
      { line: 4, fields: ['postcode', 'huisnummer'] },
      { line: 6, ok: true },
      { line: 8, fields: ['kvknummer', 'handelsnaam', 'sbi_code', 'datum_inschrijving'] },
      { line: 9, fields: ['regel'] },
      { line: 11, fields: ['datum_opheffing'] },
      { line: 12, fields: ['huisletter', 'straat', 'plaats'] },
    ]);
    const errors = rows.filter(isRowError);
    expect(errors[0]!.errors[0]!.message).toBe('Een KvK-nummer bestaat uit 8 cijfers.');
    expect(errors[1]!.errors[0]!.message).toBe('Een postcode begint niet met een 0.');
    expect(errors[3]!.errors[0]!.message).toBe('Deze regel heeft 5 velden; de kopregel heeft er 14.');
    expect(rows[3]).toMatchObject({ row: { name: 'Multi\nline' } });
  });

  it('numbers lines the same with CRLF line endings', async () => {
    const text = csv(';', [orgHeader, goodOrg, [...goodOrg.slice(0, 2), '"Twee\r\nregels"', ...goodOrg.slice(3)], ['1', ...goodOrg.slice(1)]], '\r\n');
    const rows = await collect('organisations', Buffer.from(text));
    expect(rows.map((r) => [r.line, isRowError(r)])).toEqual([
      [2, false],
      [3, false],
      [5, true],
    ]);
    expect(rows[1]).toMatchObject({ row: { name: 'Twee\nregels' } });
  });

  it('refuses a file with an unclosed quote, naming where it goes wrong', async () => {
    const text = csv(';', [orgHeader, goodOrg, [], [...goodOrg.slice(0, 2), '"Open', ...goodOrg.slice(3)], goodOrg]);
    const error = await refusal(() => collect('organisations', Buffer.from(text)));
    expect(error.problems).toEqual([{ field: 'bestand', message: 'Het bestand is vanaf regel 4 niet te lezen: een aanhalingsteken (") wordt niet gesloten.' }]);
  });
});

describe('readImportRows: addresses', () => {
  const header = ['postcode', 'huisnummer', 'huisletter', 'toevoeging', 'straat', 'plaats', 'type', 'bag_id', 'lat', 'lon', 'wijk'];

  it('reads good rows and reports unknown types and other bad fields', async () => {
    const text = csv(';', [
      header,
      ['3511 AB', '12', '', '2', 'Oudegracht', 'Utrecht', 'Woning', '0344010000012345', '52,0907', '5,1214', 'wk034401'],
      ['3511AB', '14', 'b', '', 'Oudegracht', 'Utrecht', 'kelder', '', '', '', ''],
      ['3512 CD', '1', '', '', 'Lange Nieuwstraat', 'Utrecht', 'lokaal', '0344100000012345', '5.1214', '52.0907', 'Noordoost'],
      ['3512CD', '3', '', '', 'Lange Nieuwstraat', 'Utrecht', 'erf', '', '52.09', '', ''],
    ]);
    const rows = await collect('addresses', Buffer.from(text));
    expect(rows[0]).toEqual({
      kind: 'addresses',
      line: 2,
      row: {
        postcode: '3511 AB',
        houseNumber: 12,
        houseLetter: '',
        addition: '2',
        street: 'Oudegracht',
        place: 'Utrecht',
        premisesType: 'woning',
        bagId: '0344010000012345',
        lat: 52.0907,
        lon: 5.1214,
        wijkCode: 'WK034401',
      },
    });
    expect(rows[1]).toEqual({ line: 3, errors: [{ field: 'type', message: 'Het type "kelder" is onbekend; kies woning, lokaal, bedrijfspand of erf.' }] });
    const third = rows[2] as RowError;
    expect(third.line).toBe(4);
    expect(third.errors.map((e) => e.field)).toEqual(['bag_id', 'lat', 'wijk']);
    expect(third.errors[0]!.message).toMatch(/pand/);
    expect(third.errors[1]!.message).toMatch(/verwisseld/);
    expect(rows[3]).toMatchObject({ line: 5, errors: [{ field: 'lon' }] });
  });

  it('streams a 100,000-row file in chunks', async () => {
    const total = 100_000;
    async function* generate(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${header.join(',')}\n`);
      const perChunk = 1_000;
      for (let start = 0; start < total; start += perChunk) {
        let chunk = '';
        for (let i = start; i < start + perChunk; i++) {
          const postcode = `${1000 + (i % 9000)} ${i % 2 === 0 ? 'AB' : 'XY'}`;
          chunk += `${postcode},${(i % 99_999) + 1},,,Straat ${i},Utrecht,${i % 3 === 0 ? 'woning' : 'bedrijfspand'},,,,\n`;
        }
        yield Buffer.from(chunk);
      }
    }
    let valid = 0;
    let invalid = 0;
    let lastLine = 0;
    for await (const item of readImportRows('addresses', generate())) {
      if (isRowError(item)) invalid++;
      else valid++;
      lastLine = item.line;
    }
    expect(invalid).toBe(0);
    expect(valid).toBe(total);
    expect(lastLine).toBe(total + 1);
  });

  it('reads from a Node stream and stops cleanly when the consumer breaks off', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `3511AB;${i + 1};;;Oudegracht;Utrecht;woning;;;;`);
    const stream = Readable.from([Buffer.from(`${header.join(';')}\n`), ...rows.map((r) => Buffer.from(`${r}\n`))]);
    let seen = 0;
    for await (const item of readImportRows('addresses', stream)) {
      expect(isRowError(item)).toBe(false);
      if (++seen === 10) break;
    }
    expect(seen).toBe(10);
  });

  it('refuses invalid UTF-8 that only turns up after the first chunk', async () => {
    async function* generate(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${header.join(';')}\n3511AB;1;;;Oudegracht;Utrecht;woning;;;;\n`);
      yield Buffer.from('3511AB;2;;;Caf\xe9straat;Utrecht;woning;;;;\n', 'latin1');
    }
    const seen: (ParsedRow | RowError)[] = [];
    const error = await refusal(async () => {
      for await (const item of readImportRows('addresses', generate())) seen.push(item);
    });
    expect(error.problems[0]?.field).toBe('codering');
    expect(seen.length).toBeLessThanOrEqual(1);
  });

  it('gives the same result however the bytes are split into chunks', async () => {
    const text = `\uFEFF${csv(';', [header, ['3511 AB', '12', '', '', 'Café ’t Hoekje', 'Utrecht', 'lokaal', '', '', '', ''], ['3511AB', 'x', '', '', 'Straße', 'Utrecht', 'woning', '', '', '', '']], '\r\n')}`;
    const bytes = Buffer.from(text);
    const expected = await collect('addresses', bytes);
    expect(expected).toHaveLength(2);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        async function* chunks(): AsyncGenerator<Buffer> {
          for (let i = 0; i + 1 < points.length; i++) yield bytes.subarray(points[i], points[i + 1]);
        }
        expect(await collect('addresses', chunks())).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});

describe('readImportRows: bag', () => {
  const record = (overrides: Record<string, unknown>) =>
    JSON.stringify({
      identificatie: '0344010000012345',
      postcode: '3511AB',
      huisnummer: 12,
      huisletter: null,
      huisnummertoevoeging: null,
      openbareRuimteNaam: 'Oudegracht',
      woonplaatsNaam: 'Utrecht',
      gebruiksdoelen: ['woonfunctie'],
      geometrie: { type: 'Point', coordinates: [136000, 455800] },
      ...overrides,
    });

  it('converts an RD point to WGS84', async () => {
    const [item] = await collect('bag', Buffer.from(`${record({})}\n`));
    expect(isRowError(item!)).toBe(false);
    const row = (item as ParsedRow).row as { lat: number; lon: number };
    // proj4 gives lon 5.1099677, lat 52.0901331 for RD (136000, 455800).
    expect(Math.abs(row.lon - 5.10997)).toBeLessThan(0.001);
    expect(Math.abs(row.lat - 52.09013)).toBeLessThan(0.001);
    expect(item).toMatchObject({
      kind: 'bag',
      line: 1,
      row: {
        postcode: '3511 AB',
        houseNumber: 12,
        houseLetter: '',
        addition: '',
        street: 'Oudegracht',
        place: 'Utrecht',
        premisesType: 'woning',
        bagId: '0344010000012345',
        wijkCode: null,
      },
    });
  });

  it('reads WGS84 points, maps gebruiksdoelen and reports bad records by line', async () => {
    const lines = [
      record({
        geometrie: { type: 'Point', coordinates: [5.1214, 52.0907, 0] },
        gebruiksdoelen: ['winkelfunctie'],
        huisletter: 'b',
        huisnummertoevoeging: '2',
      }), // 1
      '', // 2
      '{"identificatie": "0344010000012346", "postcode": ', // 3
      record({ identificatie: '0344100000012345', postcode: '3511SS', gebruiksdoelen: 'woonfunctie' }), // 4
      record({ geometrie: { type: 'Point', coordinates: [52.0907, 5.1214] } }), // 5
      record({ geometrie: null, gebruiksdoelen: ['kantoorfunctie'], huisnummer: '7' }), // 6
      '[1, 2]', // 7
      '',
    ];
    const rows = await collect('bag', Buffer.from(lines.join('\r\n')));
    expect(rows[0]).toMatchObject({ line: 1, row: { lat: 52.0907, lon: 5.1214, premisesType: 'lokaal', houseLetter: 'B', addition: '2' } });
    expect(rows[1]).toEqual({ line: 3, errors: [{ field: 'json', message: 'Deze regel is geen geldige JSON.' }] });
    expect((rows[2] as RowError).line).toBe(4);
    expect((rows[2] as RowError).errors.map((e) => e.field)).toEqual(['identificatie', 'postcode', 'gebruiksdoelen']);
    expect(rows[3]).toMatchObject({ line: 5, errors: [{ field: 'geometrie' }] });
    expect(rows[4]).toMatchObject({ line: 6, row: { lat: null, lon: null, premisesType: 'bedrijfspand', houseNumber: 7 } });
    expect(rows[5]).toMatchObject({ line: 7, errors: [{ field: 'json' }] });
    expect(rows).toHaveLength(6);
  });

  it('refuses a bag file whose first line is not a BAG record', async () => {
    expect((await refusal(() => collect('bag', Buffer.from('postcode;huisnummer\n3511AB;12\n')))).problems[0]?.field).toBe('bestand');
  });

  it('maps gebruiksdoelen to premises types', () => {
    expect(premisesTypeFromPurposes(['woonfunctie', 'winkelfunctie'])).toBe('woning');
    expect(premisesTypeFromPurposes(['bijeenkomstfunctie'])).toBe('lokaal');
    expect(premisesTypeFromPurposes(['logiesfunctie'])).toBe('lokaal');
    expect(premisesTypeFromPurposes(['industriefunctie'])).toBe('bedrijfspand');
    expect(premisesTypeFromPurposes(['overige gebruiksfunctie'])).toBe('bedrijfspand');
    expect(premisesTypeFromPurposes(['sportfunctie'])).toBe('bedrijfspand');
    expect(premisesTypeFromPurposes([])).toBe('bedrijfspand');
  });
});

describe('parseImportDate', () => {
  it('accepts both notations and refuses impossible dates', () => {
    expect(parseImportDate('2020-02-29')).toEqual({ ok: true, value: '2020-02-29' });
    expect(parseImportDate('1-2-2020')).toEqual({ ok: true, value: '2020-02-01' });
    expect(parseImportDate('29-02-2021').ok).toBe(false);
    expect(parseImportDate('2020/02/01').ok).toBe(false);
  });
});
