import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { DatabaseHandle, Db } from '../../src/kernel/db.js';
import { openDatabase } from '../../src/kernel/db.js';
import { MemoryFileStore } from '../../src/kernel/files.js';
import { followCodeHash, newFollowCode } from '../../src/modules/signals/intake.js';
import { buildPublicApp } from '../../src/public-app.js';
import { adminQuery, cloneTestDatabase, testServerUrl } from '../database.js';
import { createTestApp, testConfig, type TestApp } from '../harness.js';

// ---------------------------------------------------------------------------------------------
// Helpers: multipart bodies as a browser sends them, images, counts.

type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer; contentType?: string };

function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----dwarsboom${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`));
    } else {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'image/jpeg'}\r\n\r\n`,
        ),
        part.content,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** A valid cannabis-grow report as the no-JS form sends it; `overrides` replace fields ('' removes nothing: it sends an empty value). */
function reportFields(overrides: Record<string, string | string[] | null> = {}): Part[] {
  const fields: Record<string, string | string[] | null> = {
    categoryCode: 'cannabis_grow',
    submissionKey: randomUUID(),
    website: '',
    description: 'Sterke hennepgeur en constant gezoem bij de schuur achter nummer 12.',
    'answers.signs': ['smell', 'humming'],
    'answers.since': 'weeks',
    observedOn: daysAgo(3),
    observedTime: '21:30',
    postcode: '3511 AB',
    houseNumber: '12',
    houseLetter: '',
    houseNumberAddition: '',
    lat: '',
    lon: '',
    locationText: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    ...overrides,
  };
  const parts: Part[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) parts.push({ name, value: v });
  }
  return parts;
}

const photo = (content: Buffer, filename = 'foto.jpg', contentType = 'image/jpeg'): Part => ({ name: 'photos', filename, content, contentType });
/** What a browser sends for a file input left empty. */
const noPhoto: Part = { name: 'photos', filename: '', content: Buffer.alloc(0), contentType: 'application/octet-stream' };

async function redJpeg(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c00' } })
    .jpeg()
    .toBuffer();
}

/** A JPEG carrying camera EXIF and a GPS position, as a phone writes it. */
async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#c00' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'LeakCam', Model: 'Tracker 9000' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
    })
    .toBuffer();
}

/** Whether a JPEG has an APP1 segment (EXIF or XMP) before its image data. */
function hasApp1(jpeg: Buffer): boolean {
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1]!;
    if (marker === 0xe1) return true;
    if (marker === 0xda) return false;
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  return false;
}

const storedFiles = (files: MemoryFileStore) => (files as unknown as { files: Map<string, Buffer> }).files;

async function countRows(db: Db, table: 'signals' | 'signal_photos' | 'signal_additions'): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
  return rows[0]!.n;
}

interface Counts {
  signals: number;
  photos: number;
  files: number;
}

async function counts(db: Db, files: MemoryFileStore): Promise<Counts> {
  return { signals: await countRows(db, 'signals'), photos: await countRows(db, 'signal_photos'), files: storedFiles(files).size };
}

function post(app: FastifyInstance, url: string, parts: Part[], options: { remoteAddress?: string; headers?: Record<string, string> } = {}) {
  const body = multipart(parts);
  return app.inject({
    method: 'POST',
    url,
    payload: body.payload,
    headers: { ...body.headers, ...options.headers },
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
}

function receiptOf(res: LightMyRequestResponse): { number: string; code: string } {
  const code = /id="melden-follow-code">([0-9A-Z-]+)</.exec(res.body)?.[1];
  const number = /SIG-\d{4}-\d{6}/.exec(res.body)?.[0];
  if (!code || !number) throw new Error(`no receipt in ${res.statusCode}: ${res.body.slice(0, 500)}`);
  return { number, code };
}

/** The error text shown at a control (`<id>-error`), without the hidden "Fout: " prefix. */
function fieldError(body: string, id: string): string | undefined {
  const match = new RegExp(`id="${id}-error"[^>]*>(?:<span class="dwb-visually-hidden">[^<]*</span>)?([^<]*)<`).exec(body);
  return match?.[1];
}

/** Every URL in the page: links, form actions, sources. */
const urlsIn = (body: string) => [...body.matchAll(/(?:href|action|src)="([^"]*)"/g)].map((m) => m[1]!);

// ---------------------------------------------------------------------------------------------

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the category list', () => {
  it('lists the categories with what to look for, the emergency numbers and the follow-up link, in Dutch and English', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/melden' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="nl">');
    expect(res.body).toContain('<title>Melding doen | Gemeente Utrecht</title>');
    expect(res.body).toContain('<form class="utrecht-form dwb-form" method="get" action="/melden/formulier"');
    expect(res.body).toContain('<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Waar gaat uw melding over?</legend>');
    expect(res.body).toContain('name="categorie" value="cannabis_grow"');
    expect(res.body).toContain('>Hennepkwekerij</label>');
    expect(res.body).toContain('<summary>Waar kunt u op letten bij &quot;Hennepkwekerij&quot;?</summary>');
    expect(res.body).toContain('Constant gezoem of geruis van afzuiging');
    expect(res.body).toContain('href="tel:112">112</a>');
    expect(res.body).toContain('href="tel:08007000">0800-7000</a>');
    expect(res.body).toContain('href="tel:14030">14 030</a>');
    expect(res.body).toContain('href="/melden/volgen"');
    expect(res.body).toContain('href="/en/report" lang="en" hreflang="en">English</a>');
    expect(res.headers['set-cookie']).toBeUndefined();

    const en = await t.app.inject({ method: 'GET', url: '/en/report' });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('name="category" value="drug_lab"');
    expect(en.body).toContain('>Suspected drug lab</label>');
    expect(en.body).toContain('action="/en/report/form"');
  });

  it('is linked from the public home page in both languages', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/' })).body).toContain('<a class="utrecht-link" href="/melden">Melding doen</a>');
    expect((await t.app.inject({ method: 'GET', url: '/en' })).body).toContain('<a class="utrecht-link" href="/en/report">Make a report</a>');
  });

  it('asks to choose a category when none or an unknown one is given', async () => {
    for (const url of ['/melden/formulier', '/melden/formulier?categorie=bestaat_niet']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('<title>Fout: Melding doen | Gemeente Utrecht</title>');
      expect(res.body).toContain('<a class="utrecht-link utrecht-link--html-a" href="#melden-category">Kies waar uw melding over gaat.</a>');
      expect(res.body).toMatch(/id="melden-category-group-error"><span class="dwb-visually-hidden">Fout: <\/span>Kies waar uw melding over gaat\./);
    }
  });
});

describe('the report form', () => {
  it('renders the questions of the category from data, a one-time key, and empty point fields for the map', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/melden/formulier?categorie=cannabis_grow' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 class="utrecht-heading-1 dwb-page-title">Melding: Hennepkwekerij</h1>');
    expect(res.body).toContain('method="post" action="/melden/formulier" enctype="multipart/form-data"');
    expect(res.body).toMatch(/name="submissionKey" value="[0-9a-f-]{36}"/);
    expect(res.body).toContain('<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Wat viel u op?</legend>');
    expect(res.body).toContain(
      'type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom" id="melden-answer-signs" name="answers.signs" value="smell"',
    );
    expect(res.body).toContain('Sinds wanneer merkt u dit? (niet verplicht)</legend>');
    expect(res.body).toContain(
      'type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" id="melden-answer-since" name="answers.since" value="days"',
    );
    expect(res.body).toContain('<input type="hidden" id="melden-lat" name="lat" value="">');
    expect(res.body).toContain('<input type="hidden" id="melden-lon" name="lon" value="">');
    expect(res.body).toContain('name="photos" type="file" class="dwb-file-input"');
    expect(res.body).toContain('<script src="/assets/melden.js" defer></script>');
    // Wijk centroids for the map, from the areas table.
    expect(res.body).toMatch(/data-places="\[\{&quot;name&quot;:&quot;[^&]+&quot;,&quot;lat&quot;:52\.\d+/);
    // The keys differ per rendering.
    const again = await t.app.inject({ method: 'GET', url: '/melden/formulier?categorie=cannabis_grow' });
    const key = (body: string) => /name="submissionKey" value="([^"]+)"/.exec(body)?.[1];
    expect(key(again.body)).not.toBe(key(res.body));

    // Yes/no and text questions.
    const intimidation = await t.app.inject({ method: 'GET', url: '/melden/formulier?categorie=intimidation' });
    expect(intimidation.body).toContain('name="answers.is_entrepreneur" value="yes"');
    expect(intimidation.body).toContain('>Ja</label>');
    const lab = await t.app.inject({ method: 'GET', url: '/en/report/form?category=drug_lab' });
    expect(lab.body).toContain('<h1 class="utrecht-heading-1 dwb-page-title">Report: Suspected drug lab</h1>');
    expect(lab.body).toContain(
      '<label for="melden-answer-vehicles" class="utrecht-form-label">Vehicles you saw (make, colour, number plate) (optional)</label>',
    );
    expect(lab.body).toContain('href="/melden/formulier?categorie=drug_lab" lang="nl"');
  });

  it('stores a complete report sent without JavaScript, shows the number and the follow-up code once, never in a URL', async () => {
    const before = await counts(t.db, t.files);
    const res = await post(t.app, '/melden/formulier', [
      ...reportFields({ houseLetter: 'a', contactName: 'Anna de Vries', contactEmail: 'Anna@Example.nl', contactPhone: '06 12345678' }),
      photo(await redJpeg()),
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.location).toBeUndefined();
    const { number, code } = receiptOf(res);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(res.body).toContain('<h1 class="utrecht-heading-1 dwb-page-title">Melding ontvangen</h1>');
    expect(res.body).toContain(`onder nummer ${number}.`);
    expect(res.body).toContain('Schrijf deze code op');
    for (const url of urlsIn(res.body)) expect(url).not.toContain(code.replaceAll('-', '').slice(0, 8));
    expect(urlsIn(res.body)).toContain('/melden/volgen');

    expect(await counts(t.db, t.files)).toEqual({ signals: before.signals + 1, photos: before.photos + 1, files: before.files + 1 });
    const row = await t.db.selectFrom('signals').selectAll().where('number', '=', number).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'public_form',
      category_code: 'cannabis_grow',
      description: 'Sterke hennepgeur en constant gezoem bij de schuur achter nummer 12.',
      observed_on: daysAgo(3),
      postcode: '3511 AB',
      house_number: 12,
      house_letter: 'A',
      lat: null,
      status: 'reported',
      created_by: null,
    });
    expect(String(row.observed_time)).toMatch(/^21:30/);
    expect(row.answers).toEqual({ signs: ['smell', 'humming'], since: 'weeks' });
    // Contact details only encrypted; the follow-up code only as a keyed hash.
    expect(row.contact_enc).toBeTruthy();
    expect(row.contact_enc).not.toContain('Anna');
    expect(row.follow_code_hash).toBe(followCodeHash(t.config, code));
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from signals s where s::text like ${`%${code.replaceAll('-', '').slice(0, 12)}%`}`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
    const stored = await t.db.selectFrom('signal_photos').selectAll().where('signal_id', '=', row.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ content_type: 'image/jpeg', width: 64, height: 48, source: 'reporter', uploaded_by: null, addition_id: null });
    // A public report is recorded in the audit trail without an actor, a request id or anything of the client.
    const audit = await t.db.selectFrom('audit_events').selectAll().where('object_id', '=', row.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'create', object_type: 'signal', actor_user_id: null, request_id: null });
  });

  it('accepts a report with only a description of the place, and one with only a point', async () => {
    const byText = await post(t.app, '/melden/formulier', [
      ...reportFields({ postcode: '', houseNumber: '', locationText: 'De loods achter het tankstation.' }),
      noPhoto,
    ]);
    expect(byText.statusCode).toBe(200);
    const byPoint = await post(t.app, '/melden/formulier', [...reportFields({ postcode: '', houseNumber: '', lat: '52.0907', lon: '5.1214' }), noPhoto]);
    expect(byPoint.statusCode).toBe(200);
    const row = await t.db.selectFrom('signals').select(['lat', 'lon', 'postcode']).where('number', '=', receiptOf(byPoint).number).executeTakeFirstOrThrow();
    expect(row).toEqual({ lat: 52.0907, lon: 5.1214, postcode: null });
  });

  it('removes the GPS position and camera data from a photo: the stored file has no EXIF', async () => {
    const input = await jpegWithGps();
    const meta = await sharp(input).metadata();
    expect(meta.exif).toBeDefined();
    expect(meta.exif!.includes(Buffer.from([0x88, 0x25])) || meta.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true); // GPS IFD pointer
    expect(input.includes('LeakCam')).toBe(true);

    const res = await post(t.app, '/melden/formulier', [...reportFields(), photo(input, 'IMG_0001.JPG')]);
    expect(res.statusCode).toBe(200);
    const row = await t.db.selectFrom('signals').select('id').where('number', '=', receiptOf(res).number).executeTakeFirstOrThrow();
    const stored = await t.db
      .selectFrom('signal_photos')
      .select(['storage_key', 'sha256', 'size_bytes'])
      .where('signal_id', '=', row.id)
      .executeTakeFirstOrThrow();
    const file = await t.files.get(stored.storage_key);
    expect(file.length).toBe(stored.size_bytes);
    const after = await sharp(file).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(hasApp1(file)).toBe(false);
    expect(file.includes('GPS')).toBe(false);
    expect(file.includes('LeakCam')).toBe(false);
    expect(file.includes('Tracker')).toBe(false);
    expect(file.equals(input)).toBe(false);
  });

  describe('refuses bad input with 400, the message at the field, and nothing stored', () => {
    const cases: { name: string; parts: () => Promise<Part[]>; id: string; message: RegExp }[] = [
      {
        name: 'an image over 10 MB',
        parts: async () => [...reportFields(), photo(Buffer.concat([await redJpeg(), Buffer.alloc(10 * 1024 * 1024)]))],
        id: 'melden-photos',
        message: /^De foto is groter dan 10 MB\. Kies een kleinere foto\.$/,
      },
      {
        name: 'a truncated JPEG',
        parts: async () => {
          const full = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#0c0' } })
            .jpeg()
            .toBuffer();
          return [...reportFields(), photo(full.subarray(0, Math.floor(full.length / 2)))];
        },
        id: 'melden-photos',
        message: /^De foto is beschadigd of niet volledig/,
      },
      {
        name: 'a script renamed .jpg',
        parts: async () => [...reportFields(), photo(Buffer.from('<script>alert(1)</script>\n'), 'vakantie.jpg', 'image/jpeg')],
        id: 'melden-photos',
        message: /^Dit bestand is geen foto\. Kies een JPEG-, PNG- of WebP-bestand\.$/,
      },
      {
        name: 'a second photo that is not one, named',
        parts: async () => [...reportFields(), photo(await redJpeg()), photo(Buffer.from('%PDF-1.4\n%âãÏÓ\n'), 'b.jpg')],
        id: 'melden-photos',
        message: /^Foto 2: Dit bestand is geen foto/,
      },
      {
        name: 'four photos',
        parts: async () => {
          const jpeg = await redJpeg();
          return [...reportFields(), photo(jpeg), photo(jpeg), photo(jpeg), photo(jpeg)];
        },
        id: 'melden-photos',
        message: /^Kies hoogstens 3 foto’s\.$/,
      },
      {
        name: 'a missing required answer',
        parts: async () => [...reportFields({ 'answers.signs': null })],
        id: 'melden-answer-signs-group',
        message: /^Beantwoord de vraag &quot;Wat viel u op\?&quot;\.$/,
      },
      {
        name: 'an answer that is not one of the choices',
        parts: async () => [...reportFields({ 'answers.since': 'forever' })],
        id: 'melden-answer-since-group',
        message: /^Kies uit de genoemde antwoorden\.$/,
      },
      {
        name: 'a date in 2099',
        parts: async () => [...reportFields({ observedOn: '2099-01-01' })],
        id: 'melden-observed-on',
        message: /^De datum ligt in de toekomst\. Wanneer zag u het\?$/,
      },
      {
        name: '31-02-2026, a day that does not exist',
        parts: async () => [...reportFields({ observedOn: '31-02-2026' })],
        id: 'melden-observed-on',
        message: /^Geef een bestaande datum, bijvoorbeeld 14-03-2026\.$/,
      },
      {
        name: 'a date in 1900',
        parts: async () => [...reportFields({ observedOn: '1900-01-01' })],
        id: 'melden-observed-on',
        message: /^Geef een datum in de afgelopen 5 jaar\.$/,
      },
      {
        name: 'a time of 25:00',
        parts: async () => [...reportFields({ observedTime: '25:00' })],
        id: 'melden-observed-time',
        message: /^Geef een tijd als uu:mm/,
      },
      {
        name: 'no place at all',
        parts: async () => [...reportFields({ postcode: '', houseNumber: '' })],
        id: 'melden-location',
        message: /^Geef aan waar het is: een adres, een punt op de kaart of een omschrijving van de plek\.$/,
      },
      {
        name: 'a point outside the Netherlands',
        parts: async () => [...reportFields({ lat: '48.8566', lon: '2.3522' })],
        id: 'melden-location',
        message: /^Het punt ligt buiten Nederland/,
      },
      {
        name: 'a postcode that is not one',
        parts: async () => [...reportFields({ postcode: '351 AB' })],
        id: 'melden-postcode',
        message: /^Geef een postcode als 1234 AB\.$/,
      },
      {
        name: 'a too short description',
        parts: async () => [...reportFields({ description: 'wiet' })],
        id: 'melden-description',
        message: /^Beschrijf wat u zag, in minstens 10 tekens\.$/,
      },
      {
        name: 'a wrong email address',
        parts: async () => [...reportFields({ contactEmail: 'anna@' })],
        id: 'melden-contact-email',
        message: /^Geef een e-mailadres als naam@voorbeeld\.nl\.$/,
      },
    ];

    for (const c of cases) {
      it(c.name, async () => {
        const before = await counts(t.db, t.files);
        const res = await post(t.app, '/melden/formulier', await c.parts());
        expect(res.statusCode).toBe(400);
        expect(res.body).toContain('<title>Fout: Melding: Hennepkwekerij | Gemeente Utrecht</title>');
        expect(res.body).toContain('<h2 class="utrecht-heading-2" id="melden-error-summary-heading">Er is een probleem</h2>');
        const message = fieldError(res.body, c.id);
        expect(message, `error at #${c.id}`).toMatch(c.message);
        // The summary links to the control (the first option of a group, the fieldset of the place).
        expect(res.body).toContain(`href="#${c.id.replace(/-group$/, '')}">${message}</a>`);
        if (!c.id.endsWith('-group') && c.id !== 'melden-location') expect(res.body).toMatch(new RegExp(`id="${c.id}"[^>]*aria-invalid="true"`));
        expect(await counts(t.db, t.files)).toEqual(before);
      });
    }
  });

  it('keeps what was typed, escaped, and asks to choose photos again', async () => {
    const script = '<script>alert(1)</script>';
    const key = randomUUID();
    const res = await post(t.app, '/melden/formulier', [
      ...reportFields({
        submissionKey: key,
        description: `${script} en "quotes" & meer`,
        locationText: script,
        contactName: script,
        postcode: 'XX',
        'answers.signs': ['smell', 'windows'],
        'answers.since': 'months',
        [`answers.${'"><script>alert(2)</script>'}`]: 'x',
      }),
      photo(await redJpeg()),
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; en &quot;quotes&quot; &amp; meer</textarea>');
    expect(res.body).toContain(
      'name="contactName" type="text" class="utrecht-textbox utrecht-textbox--html-input" value="&lt;script&gt;alert(1)&lt;/script&gt;"',
    );
    expect(res.body).toContain(`name="submissionKey" value="${key}"`);
    expect(res.body).toMatch(/name="answers\.signs" value="smell" checked/);
    expect(res.body).toMatch(/name="answers\.signs" value="windows" checked/);
    expect(res.body).not.toMatch(/name="answers\.signs" value="humming" checked/);
    expect(res.body).toMatch(/name="answers\.since" value="months" checked/);
    expect(res.body).toContain('Kies uw foto’s opnieuw als u ze wilt meesturen');
  });

  it('answers a filled-in honeypot with a neutral page and stores nothing', async () => {
    const before = await counts(t.db, t.files);
    const res = await post(t.app, '/melden/formulier', [...reportFields({ website: 'https://spam.example' }), photo(await redJpeg())]);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 class="utrecht-heading-1 dwb-page-title">Bericht verstuurd</h1>');
    expect(res.body).not.toMatch(/SIG-\d{4}/);
    expect(res.body).not.toContain('melden-follow-code');
    expect(await counts(t.db, t.files)).toEqual(before);
  });

  it('stores a report sent twice with the same one-time key once', async () => {
    const before = await counts(t.db, t.files);
    const parts = [...reportFields({ submissionKey: randomUUID() }), photo(await redJpeg())];
    const first = await post(t.app, '/melden/formulier', parts);
    expect(first.statusCode).toBe(200);
    const second = await post(t.app, '/melden/formulier', parts);
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('<h1 class="utrecht-heading-1 dwb-page-title">Melding al ontvangen</h1>');
    expect(second.body).not.toContain('melden-follow-code');
    expect(await counts(t.db, t.files)).toEqual({ signals: before.signals + 1, photos: before.photos + 1, files: before.files + 1 });
  });

  it('answers in English on the English form', async () => {
    const res = await post(t.app, '/en/report/form', [...reportFields({ observedOn: '2099-01-01', 'answers.signs': null })]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<title>Error: Report: Cannabis grow | Gemeente Utrecht</title>');
    expect(fieldError(res.body, 'melden-observed-on')).toBe('The date is in the future. When did you see it?');
    expect(fieldError(res.body, 'melden-answer-signs-group')).toBe('Please answer &quot;What did you notice?&quot;.');
    const ok = await post(t.app, '/en/report/form', reportFields());
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('<h1 class="utrecht-heading-1 dwb-page-title">Report received</h1>');
  });

  it('refuses more than the report limit from one client with a 429 page, without counting other clients', async () => {
    const limited = await createTestApp();
    try {
      for (let i = 0; i < 30; i++) {
        const res = await post(limited.app, '/melden/formulier', reportFields({ description: 'te kort' }), { remoteAddress: '198.51.100.30' });
        expect(res.statusCode).toBe(400);
      }
      const refused = await post(limited.app, '/melden/formulier', reportFields(), { remoteAddress: '198.51.100.30' });
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
      expect(refused.body).toContain('<h1 class="utrecht-heading-1 dwb-page-title">Te veel pogingen</h1>');
      expect(refused.body).toContain('te veel meldingen verstuurd. Probeer het over 60 minuten opnieuw.');
      const other = await post(limited.app, '/melden/formulier', reportFields(), { remoteAddress: '198.51.100.31' });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('following up a report', () => {
  let code: string;
  let number: string;

  beforeAll(async () => {
    const res = await post(t.app, '/melden/formulier', reportFields());
    ({ code, number } = receiptOf(res));
  });

  const follow = (parts: Part[], options: { remoteAddress?: string; url?: string } = {}) =>
    post(t.app, options.url ?? '/melden/volgen', parts, { remoteAddress: options.remoteAddress ?? '192.0.2.10' });

  it('asks for the code in a POST form; the page itself holds no code', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/melden/volgen' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<form class="utrecht-form dwb-form" method="post" action="/melden/volgen" enctype="multipart/form-data" novalidate>');
    expect(res.body).toContain('<label for="melden-code" class="utrecht-form-label">Volgcode</label>');
    // The code in a query string is not read.
    const query = await t.app.inject({ method: 'GET', url: `/melden/volgen?code=${code}` });
    expect(query.body).not.toContain(number);
  });

  it('shows the coarse status for the right code, typed in any way, and nothing else of the report', async () => {
    const typed = code.toLowerCase().replaceAll('-', ' ');
    const res = await follow([
      { name: 'action', value: 'status' },
      { name: 'code', value: typed },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain(`<h1 class="utrecht-heading-1 dwb-page-title">Melding ${number}</h1>`);
    expect(res.body).toContain('<span class="melden-status" id="melden-status">Ontvangen</span>');
    expect(res.body).not.toContain('hennepgeur');
    expect(res.body).not.toContain('3511');
    // The code travels on in a hidden field of a POST form, never in a URL.
    expect(res.body).toContain(`<input type="hidden" name="code" value="${code}">`);
    for (const url of urlsIn(res.body)) expect(url).not.toContain(code.slice(0, 9));
  });

  it('takes an addition with a photo, and shows the status as it changes', async () => {
    const before = await counts(t.db, t.files);
    const res = await follow([
      { name: 'action', value: 'add' },
      { name: 'code', value: code },
      { name: 'body', value: 'Vannacht weer gezoem, en een busje met kenteken AB-123-C.' },
      photo(await jpegWithGps()),
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Uw informatie is toegevoegd. Bedankt.');
    expect(res.body).toContain('1 keer');
    const signal = await t.db.selectFrom('signals').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    const additions = await t.db.selectFrom('signal_additions').selectAll().where('signal_id', '=', signal.id).execute();
    expect(additions.map((a) => a.body)).toEqual(['Vannacht weer gezoem, en een busje met kenteken AB-123-C.']);
    const photos = await t.db.selectFrom('signal_photos').selectAll().where('addition_id', '=', additions[0]!.id).execute();
    expect(photos).toHaveLength(1);
    expect((await sharp(await t.files.get(photos[0]!.storage_key)).metadata()).exif).toBeUndefined();
    expect(await counts(t.db, t.files)).toEqual({ signals: before.signals, photos: before.photos + 1, files: before.files + 1 });

    // An empty addition is refused at the field, keeping the code.
    const empty = await follow([
      { name: 'action', value: 'add' },
      { name: 'code', value: code },
      { name: 'body', value: 'kort' },
    ]);
    expect(empty.statusCode).toBe(400);
    expect(fieldError(empty.body, 'melden-addition-body')).toBe('Schrijf wat u wilt toevoegen (minstens 10 tekens), of kies een foto.');
    expect(empty.body).toContain(`<input type="hidden" name="code" value="${code}">`);

    await t.db.updateTable('signals').set({ status: 'in_progress' }).where('id', '=', signal.id).execute();
    const busy = await follow([{ name: 'code', value: code }]);
    expect(busy.body).toContain('<span class="melden-status" id="melden-status">In behandeling</span>');

    await t.db.updateTable('signals').set({ status: 'closed', closed_at: new Date(), outcome: 'no_action' }).where('id', '=', signal.id).execute();
    const done = await follow([{ name: 'code', value: code }], { url: '/en/report/follow-up' });
    expect(done.body).toContain('<span class="melden-status" id="melden-status">Completed</span>');
    expect(done.body).not.toContain('name="body"');
    const late = await follow([
      { name: 'action', value: 'add' },
      { name: 'code', value: code },
      { name: 'body', value: 'Nog iets wat ik vergat te zeggen.' },
    ]);
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain('Deze melding is afgehandeld en kan niet meer worden aangevuld.');
    expect(await countRows(t.db, 'signal_additions')).toBe(additions.length);
  });

  it('answers a wrong and a malformed code the same, and refuses the client for an hour after 10 wrong tries', async () => {
    const client = '192.0.2.99';
    const wrong = (value: string) => follow([{ name: 'code', value }], { remoteAddress: client });
    const malformed = await wrong('abc');
    const unknown = await wrong(newFollowCode());
    expect(malformed.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toBe(malformed.body);
    expect(fieldError(unknown.body, 'melden-code')).toBe('Bij deze code vinden we geen melding. Controleer of u de code goed heeft overgenomen.');
    expect(unknown.headers['cache-control']).toBe('no-store');
    for (let i = 2; i < 10; i++) expect((await wrong(newFollowCode())).statusCode).toBe(400);
    const refused = await wrong(newFollowCode());
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('<h1 class="utrecht-heading-1 dwb-page-title">Te veel pogingen</h1>');
    expect(refused.body).toContain('U heeft te vaak een code ingevuld die we niet kennen. Probeer het over 60 minuten opnieuw.');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
    // Also the right code, from that client: guessing does not go on.
    expect((await wrong(code)).statusCode).toBe(429);
    const english = await follow([{ name: 'code', value: code }], { remoteAddress: client, url: '/en/report/follow-up' });
    expect(english.statusCode).toBe(429);
    expect(english.body).toContain('You have entered an unknown code too many times.');
    // Another client is not affected; an empty code does not count.
    expect((await follow([{ name: 'code', value: code }], { remoteAddress: '192.0.2.100' })).statusCode).toBe(200);
    const empty = await follow([{ name: 'code', value: '' }], { remoteAddress: '192.0.2.101' });
    expect(fieldError(empty.body, 'melden-code')).toBe('Vul uw volgcode in.');
  });
});

describe('assets', () => {
  it('serves the map script, Leaflet and nothing else from its folder', async () => {
    const script = await t.app.inject({ method: 'GET', url: '/assets/melden.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body).toContain("getElementById('melden-map')");
    const css = await t.app.inject({ method: 'GET', url: '/assets/melden.css' });
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect((await t.app.inject({ method: 'GET', url: '/assets/leaflet/leaflet.js' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/assets/leaflet/leaflet.css' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/assets/leaflet/images/marker-icon.png' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/assets/leaflet/leaflet-src.js.map' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/assets/leaflet/../package.json' })).statusCode).toBe(404);
  });
});

describe('anonymity: neither the address nor the user agent is kept, in the database or in the logs', () => {
  const ip = '203.0.113.77';
  const forwarded = '198.51.100.23';
  const agent = 'LeakyAgent/9.9 (test)';

  async function exercise(app: FastifyInstance) {
    const headers = {
      'user-agent': agent,
      'x-forwarded-for': forwarded,
      'x-request-id': 'client-chosen-id-12345',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    };
    const options = { remoteAddress: ip, headers };
    expect((await app.inject({ method: 'GET', url: '/melden', ...options })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/melden/formulier?categorie=drug_lab', ...options })).statusCode).toBe(200);
    const bad = await post(app, '/melden/formulier', reportFields({ description: 'kort' }), options);
    expect(bad.statusCode).toBe(400);
    const res = await post(
      app,
      '/melden/formulier',
      [...reportFields({ contactName: 'Anna', contactEmail: 'anna@example.nl', lat: '52.0907', lon: '5.1214' }), photo(await jpegWithGps())],
      options,
    );
    expect(res.statusCode).toBe(200);
    const { code } = receiptOf(res);
    expect((await post(app, '/melden/volgen', [{ name: 'code', value: code }], options)).statusCode).toBe(200);
    expect((await post(app, '/melden/volgen', [{ name: 'code', value: newFollowCode() }], options)).statusCode).toBe(400);
    const added = await post(
      app,
      '/melden/volgen',
      [{ name: 'action', value: 'add' }, { name: 'code', value: code }, { name: 'body', value: 'Nog een busje gezien vannacht.' }, photo(await redJpeg())],
      options,
    );
    expect(added.statusCode).toBe(200);
  }

  async function searchDatabase(db: Db, needles: string[]): Promise<string[]> {
    const { rows: tables } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
    const { rows: columns } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type in ('text', 'character varying', 'json', 'jsonb', 'inet', 'USER-DEFINED', 'ARRAY')`.execute(db);
    expect(tables.length).toBeGreaterThan(20);
    expect(columns.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const { table_name: table } of tables) {
      for (const needle of needles) {
        // The whole row as text: every column, whatever its type.
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} t where t::text like ${`%${needle}%`}`.execute(db);
        if (rows[0]!.n > 0) found.push(`${table}: ${needle}`);
      }
    }
    for (const { table_name: table, column_name: column } of columns) {
      for (const needle of needles) {
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)}::text like ${`%${needle}%`}`.execute(db);
        if (rows[0]!.n > 0) found.push(`${table}.${column}: ${needle}`);
      }
    }
    return found;
  }

  const needles = [ip, forwarded, agent, 'LeakyAgent', '4bf92f3577b34da6a3ce929d0e0e4736'];
  /** An X-Request-Id the client chose: the staff app takes it as the log's reqId (kernel/http.ts); the public process does not. */
  const clientRequestId = 'client-chosen-id-12345';

  function capture(): { stream: Writable; text: () => string } {
    const lines: string[] = [];
    return {
      stream: new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      }),
      text: () => lines.join(''),
    };
  }

  for (const trustProxy of [false, true]) {
    it(`in the staff app's embedded pages (trust proxy ${String(trustProxy)})`, async () => {
      const database = await cloneTestDatabase();
      const log = capture();
      const files = new MemoryFileStore();
      const app = await buildApp({
        config: testConfig({ databaseUrl: database.url, trustProxy }),
        database,
        files,
        logger: { level: 'trace', stream: log.stream },
      });
      try {
        await app.ready();
        await exercise(app);
        expect(await searchDatabase(database.db, [...needles, clientRequestId])).toEqual([]);
        // The capture works: requests were logged, with the route and nothing of the client.
        expect(log.text()).toContain('"route":"/melden/formulier"');
        expect(log.text()).toContain('incoming request');
        for (const needle of needles) expect(log.text()).not.toContain(needle);
        for (const content of storedFiles(files).values()) for (const needle of needles) expect(content.includes(needle)).toBe(false);
      } finally {
        await app.close();
        await database.close();
      }
    });
  }

  it('in the public process', async () => {
    const database = await cloneTestDatabase();
    const log = capture();
    const app = await buildPublicApp({
      config: testConfig({ databaseUrl: database.url, trustProxy: true }),
      database,
      files: new MemoryFileStore(),
      logger: { level: 'trace', stream: log.stream },
    });
    try {
      await app.ready();
      await exercise(app);
      expect(await searchDatabase(database.db, [...needles, clientRequestId])).toEqual([]);
      expect(log.text()).toContain('"route":"/melden/volgen"');
      for (const needle of [...needles, clientRequestId]) expect(log.text()).not.toContain(needle);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('the public process', () => {
  let database: DatabaseHandle & { url: string | undefined };
  let app: FastifyInstance;
  let files: MemoryFileStore;

  beforeAll(async () => {
    database = await cloneTestDatabase();
    files = new MemoryFileStore();
    app = await buildPublicApp({
      config: testConfig({ databaseUrl: database.url }),
      database,
      files,
      logger: false,
      pages: { mapTileUrl: 'https://tiles.example.nl/{z}/{x}/{y}.png', mapTileAttribution: '© Kaartmakers & co' },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('serves the public pages and health checks, and no staff API, staff app or cookies', async () => {
    for (const url of [
      '/melden',
      '/en/report',
      '/melden/volgen',
      '/',
      '/en',
      '/termijn-berekenen',
      '/health',
      '/ready',
      '/assets/melden.js',
      '/assets/public.css',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
    for (const url of ['/api/v1/auth/session', '/api/v1/signals', '/api/v1/admin/users', '/api/v1/openapi.json', '/app/', '/app/index.html']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x', password: 'y' } })).statusCode).toBe(404);
  });

  it('takes a report and a follow-up addition', async () => {
    const res = await post(app, '/melden/formulier', [...reportFields(), photo(await redJpeg())]);
    expect(res.statusCode).toBe(200);
    const { code } = receiptOf(res);
    const added = await post(app, '/melden/volgen', [
      { name: 'action', value: 'add' },
      { name: 'code', value: code },
      { name: 'body', value: 'Nog een busje gezien vannacht.' },
    ]);
    expect(added.statusCode).toBe(200);
    expect(added.body).toContain('Ontvangen');
    expect(storedFiles(files).size).toBe(1);
  });

  it('allows map tiles from MAP_TILE_URL on the form page only', async () => {
    const form = await app.inject({ method: 'GET', url: '/melden/formulier?categorie=other' });
    expect(form.headers['content-security-policy']).toMatch(/img-src 'self' data: https:\/\/tiles\.example\.nl(;|$)/);
    expect(form.body).toContain('data-tiles="https://tiles.example.nl/{z}/{x}/{y}.png"');
    expect(form.body).toContain('data-attribution="© Kaartmakers &amp; co"');
    const list = await app.inject({ method: 'GET', url: '/melden' });
    expect(list.headers['content-security-policy']).toMatch(/img-src 'self' data:(;|$)/);
    expect(list.headers['content-security-policy']).not.toContain('tiles.example.nl');
  });

  it('refuses a map tile URL that is not https or lacks {z}/{x}/{y}', async () => {
    for (const mapTileUrl of ['http://tiles.example.nl/{z}/{x}/{y}.png', 'https://tiles.example.nl/tile.png', 'not a url']) {
      await expect(
        buildPublicApp({ config: testConfig({ databaseUrl: database.url }), database, files, logger: false, pages: { mapTileUrl } }),
      ).rejects.toThrow(/MAP_TILE_URL/);
    }
  });

  it('will not start without PUBLIC_DATABASE_URL or DATABASE_URL', () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    delete env.PUBLIC_DATABASE_URL;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/public-main.ts'], { env, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Configuratie ongeldig: PUBLIC_DATABASE_URL: verplicht (of DATABASE_URL)');
  });
});

describe.runIf(testServerUrl() !== undefined)('PostgreSQL public role', () => {
  const role = `dwb_public_test_${process.pid}`;
  const password = randomUUID();
  let owner: DatabaseHandle & { url: string | undefined };
  let asPublic: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    owner = await cloneTestDatabase();
    await sql.raw(`drop role if exists ${role}`).execute(owner.db);
    await sql.raw(`create role ${role} login password '${password}'`).execute(owner.db);
    // The grants of the README, section "Production on PostgreSQL", subsection "The public process".
    for (const grant of [
      `grant usage on schema public to ${role}`,
      `grant select on signal_categories, areas, area_boundaries, legal_equal_days, kysely_migration to ${role}`,
      `grant insert (id, number, submission_key, channel, category_code, description, observed_on, observed_time, postcode, house_number, house_letter, house_number_addition, location_text, lat, lon, wijk_code, buurt_code, answers, contact_enc, follow_code_hash, deadline, urgency, confidentiality, received_at, status_changed_at, created_by, assigned_organisation_id, partner_report) on signals to ${role}`,
      `grant insert on signal_status_history, signal_additions, signal_photos, audit_events, processing_log to ${role}`,
      // The trail writes its audit row and processing-log lines in one statement whose audit insert returns the id (kernel/trail.ts).
      `grant usage on sequence signal_number_seq, signal_status_history_id_seq, audit_events_id_seq, processing_log_id_seq to ${role}`,
      `grant execute on function signal_public_lookup(text) to ${role}`,
    ]) {
      await sql.raw(grant).execute(owner.db);
    }
    const url = new URL(owner.url!);
    url.username = role;
    url.password = password;
    asPublic = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
    app = await buildPublicApp({ config: testConfig({ databaseUrl: url.toString() }), database: asPublic, files: new MemoryFileStore(), logger: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await asPublic?.close();
    await owner?.close();
    // The role's grants went with the cloned database; the role itself is cluster-wide.
    await adminQuery(testServerUrl()!, `drop role if exists ${role}`);
  });

  it('submits a report with contact details and photos, adds to it and reads its coarse status', async () => {
    const form = await app.inject({ method: 'GET', url: '/melden/formulier?categorie=cannabis_grow' });
    expect(form.statusCode).toBe(200);
    const res = await post(app, '/melden/formulier', [
      ...reportFields({ contactName: 'Anna', contactEmail: 'anna@example.nl', lat: '52.0907', lon: '5.1214' }),
      photo(await redJpeg()),
    ]);
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(200);
    const { code, number } = receiptOf(res);
    const status = await post(app, '/melden/volgen', [{ name: 'code', value: code }]);
    expect(status.statusCode).toBe(200);
    expect(status.body).toContain(`Melding ${number}`);
    expect(status.body).toContain('<span class="melden-status" id="melden-status">Ontvangen</span>');
    const added = await post(app, '/melden/volgen', [
      { name: 'action', value: 'add' },
      { name: 'code', value: code },
      { name: 'body', value: 'Nog een busje gezien vannacht.' },
      photo(await redJpeg()),
    ]);
    expect(added.statusCode, added.body.slice(0, 2000)).toBe(200);
    expect(added.body).toContain('Uw informatie is toegevoegd.');
    expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
    // What the owner sees: stored as sent.
    const row = await owner.db.selectFrom('signals').selectAll().where('number', '=', number).executeTakeFirstOrThrow();
    expect(row.contact_enc).toBeTruthy();
    expect(await owner.db.selectFrom('signal_additions').select('body').where('signal_id', '=', row.id).execute()).toEqual([
      { body: 'Nog een busje gezien vannacht.' },
    ]);
  });

  it('cannot read or change signals, nor read users, sessions or the audit trail', async () => {
    const refused = async (statement: string) => {
      await expect(sql.raw(statement).execute(asPublic.db), statement).rejects.toThrow(/permission denied/);
    };
    await refused('select * from signals');
    await refused('select contact_enc from signals');
    await refused('select description, postcode from signals');
    await refused("update signals set description = 'x'");
    await refused('delete from signals');
    await refused('select * from signal_additions');
    await refused('select * from signal_photos');
    await refused('select * from users');
    await refused('select * from sessions');
    await refused('select * from audit_events');
    await refused('select id from audit_events');
    await refused('select action, object_id from audit_events');
    await refused('select * from processing_log');
    await refused("update audit_events set action = 'x'");
    await refused('select * from subjects');
    await refused('select * from tasks');
    await refused("select nextval('signal_destructions_id_seq')");
  });
});
