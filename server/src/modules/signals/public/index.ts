import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest, LogLevel } from 'fastify';
import { newTrace } from '../../../kernel/context.js';
import type { AppDeps } from '../../../kernel/deps.js';
import { appStyleSheets, renderPublicLayout, type PublicPageFrame } from '../../public-site/index.js';
import {
  ADDITIONS_MAX,
  DESCRIPTION_MAX,
  addToSignal,
  checkIntake,
  lookupByFollowCode,
  normaliseFollowCode,
  storeSignal,
  toCategoryRow,
  type CategoryRow,
  type StoredPhotoInput,
} from '../intake.js';
import { toCategoryView } from '../admin.service.js';
import { defaultPhotoLimits, processPhoto, tooLargeMessage, type PhotoLimits } from '../photos.js';
import { meldenCss, meldenScript } from './assets.js';
import { paths, texts, type Lang, type PublicText } from './content.js';
import { FIELD_NAMES as F, intakeFromForm, one, readForm, submissionKeyOf, type ReceivedFile, type ReceivedForm } from './form.js';
import { ClientLimiter, type LimitRule } from './limiter.js';
import {
  renderCategoryList,
  renderFollowUpForm,
  renderMessage,
  renderReceipt,
  renderReportForm,
  renderStatus,
  type CategoryView,
  type FieldError,
  type MapSettings,
  type Place,
} from './render.js';

/**
 * The public, anonymous reporting pages (ADR 0011): `/melden` and `/en/report` list the categories,
 * `…/formulier` (`…/form`) is the form of one category, `…/volgen` (`…/follow-up`) shows the coarse
 * status for a follow-up code and takes additions. Server-rendered, complete without JavaScript; a map
 * is added by /assets/melden.js where JavaScript runs.
 *
 * Anonymity: nothing here reads or keeps the client's address, user agent, cookies or incoming
 * request and trace ids. Abuse limits count in memory under a hash with a daily salt (limiter.ts).
 * The follow-up code only travels in POST bodies, and answers that show it are `no-store`.
 *
 * Runs in the main app (embedded mode) and in the public process (public-app.ts), which connects with
 * a database role that can insert signals and read their coarse status, nothing else.
 */

const require = createRequire(import.meta.url);
const leafletDist = dirname(require.resolve('leaflet/dist/leaflet.js'));

export type PublicLimit = 'report' | 'wrongCode' | 'addition';

/** Per client (hashed address), per process: reports sent, wrong follow-up codes, additions. */
export const defaultPublicLimits: Record<PublicLimit, LimitRule> = {
  report: { limit: 30, windowMs: 3_600_000 },
  wrongCode: { limit: 10, windowMs: 3_600_000 },
  addition: { limit: 20, windowMs: 3_600_000 },
};

export const MAX_PHOTOS = 3;
/** Form fields at most: the fixed ones plus ticked checkboxes of the category's questions. */
const MAX_FIELDS = 200;

export interface SignalsPublicDeps extends AppDeps {
  webDist: string;
  /** Map tiles (`https://…/{z}/{x}/{y}.png`); default MAP_TILE_URL, empty for no tiles. */
  mapTileUrl?: string | undefined;
  /** Attribution shown with the tiles; default MAP_TILE_ATTRIBUTION. */
  mapTileAttribution?: string | undefined;
  /** Other abuse limits (tests). */
  limits?: Partial<Record<PublicLimit, LimitRule>>;
}

/** The tile URL, checked: https (or http on localhost), with {z}, {x} and {y}. */
export function checkTileUrl(value: string | undefined): string | null {
  const url = value?.trim() ?? '';
  if (url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/\{[a-z]\}/g, '0'));
  } catch {
    throw new Error('Configuratie ongeldig: MAP_TILE_URL: geen geldige URL');
  }
  const local = parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1');
  if (parsed.protocol !== 'https:' && !local) throw new Error('Configuratie ongeldig: MAP_TILE_URL: moet met https:// beginnen');
  if (!['{z}', '{x}', '{y}'].every((part) => url.includes(part))) throw new Error('Configuratie ongeldig: MAP_TILE_URL: moet {z}, {x} en {y} bevatten');
  return url;
}

interface CategoryRecord {
  row: CategoryRow;
  view: Record<Lang, CategoryView>;
}

async function loadCategories(deps: AppDeps): Promise<CategoryRecord[]> {
  const rows = await deps.db.selectFrom('signal_categories').selectAll().where('active', '=', true).orderBy('sort_order').orderBy('code').execute();
  return rows.map((r) => {
    const all = toCategoryView(r);
    const view = (lang: Lang): CategoryView => ({
      code: all.code,
      name: all.name[lang],
      help: all.help[lang],
      indicators: all.indicators[lang],
      questions: all.questions,
    });
    return { row: toCategoryRow(r), view: { nl: view('nl'), en: view('en') } };
  });
}

async function loadPlaces(deps: AppDeps): Promise<Place[]> {
  const rows = await deps.db
    .selectFrom('areas')
    .select(['name', 'centroid_lat', 'centroid_lon'])
    .where('kind', '=', 'wijk')
    .where('centroid_lat', 'is not', null)
    .where('centroid_lon', 'is not', null)
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ name: r.name, lat: r.centroid_lat!, lon: r.centroid_lon! }));
}

/** One query parameter as text ('' when missing), at most 100 characters. */
function param(query: unknown, name: string): string {
  const raw = typeof query === 'object' && query !== null ? (query as Record<string, unknown>)[name] : undefined;
  const value: unknown = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value.trim().slice(0, 100) : '';
}

/** Checks the photos of one form; every refusal is returned, naming the photo when there are several. */
async function checkPhotos(
  t: PublicText,
  form: ReceivedForm,
  files: ReceivedFile[],
  limits: PhotoLimits,
): Promise<{ photos: StoredPhotoInput[]; problem: string | undefined }> {
  if (form.tooManyFiles || files.length > MAX_PHOTOS) return { photos: [], problem: t.form.tooManyPhotos };
  const photos: StoredPhotoInput[] = [];
  const problems: string[] = [];
  for (const [index, file] of files.entries()) {
    const result = file.tooLarge ? { ok: false as const, message: tooLargeMessage(limits) } : await processPhoto(file.content, limits);
    if (result.ok) photos.push(result.photo);
    else problems.push(files.length > 1 ? `${t.lang === 'nl' ? 'Foto' : 'Photo'} ${index + 1}: ${result.message[t.lang]}` : result.message[t.lang]);
  }
  return { photos, problem: problems.length > 0 ? problems.join(' ') : undefined };
}

/** The public reporting pages; see the comment at the top of this file. */
export function signalsPublicPages(deps: SignalsPublicDeps): FastifyPluginAsync {
  const sheets = [...appStyleSheets(deps.webDist), '/assets/melden.css'];
  const layout = (page: PublicPageFrame) => renderPublicLayout(page, sheets);
  const limiter = new ClientLimiter<PublicLimit>({
    ...defaultPublicLimits,
    report: { ...defaultPublicLimits.report, limit: deps.config.publicReportsPerHour },
    ...deps.limits,
  });
  const photoLimits: PhotoLimits = { ...defaultPhotoLimits, maxBytes: Math.min(deps.config.uploadLimit, defaultPhotoLimits.maxBytes) };
  const tileUrl = checkTileUrl(deps.mapTileUrl ?? deps.config.mapTileUrl);
  const attribution = (deps.mapTileAttribution ?? deps.config.mapTileAttribution ?? '').trim().slice(0, 200) || null;
  const tileOrigin = tileUrl ? new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).origin : null;

  const html = (reply: FastifyReply, status: number, page: PublicPageFrame) => reply.code(status).type('text/html; charset=utf-8').send(layout(page));

  /** The form page loads tiles from MAP_TILE_URL's origin: only that page's policy allows it. */
  const allowTiles = (reply: FastifyReply) => {
    const csp = reply.getHeader('content-security-policy');
    if (!tileOrigin || typeof csp !== 'string') return;
    void reply.header(
      'content-security-policy',
      csp.replace(/(^|;)\s*img-src([^;]*)/, (_m, start: string, sources: string) => `${start}img-src${sources} ${tileOrigin}`),
    );
  };

  const mapSettings = async (): Promise<MapSettings> => ({ tileUrl, attribution, places: await loadPlaces(deps) });

  const tooMany = (reply: FastifyReply, t: PublicText, kind: PublicLimit, retryAfterSeconds: number) => {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const line = kind === 'report' ? t.tooMany.report(minutes) : kind === 'addition' ? t.tooMany.additions(minutes) : t.tooMany.followUp(minutes);
    void reply.header('retry-after', String(retryAfterSeconds)).header('cache-control', 'no-store');
    return html(reply, 429, renderMessage(t, t.tooMany.title, [line, t.tooMany.help], kind === 'report' ? 'list' : 'followUp'));
  };

  return async (app) => {
    // @fastify/multipart logs the request headers at level trace; these pages never log below debug.
    const levels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'];
    const logLevel: LogLevel = levels.find((level) => level === app.log.level) ?? 'debug';
    const route = { schema: { hide: true }, logLevel };

    await app.register(fastifyStatic, {
      root: leafletDist,
      prefix: '/assets/leaflet/',
      decorateReply: false,
      index: false,
      allowedPath: (path) => path === '/leaflet.js' || path === '/leaflet.css' || /^\/images\/[a-z0-9-]+\.png$/.test(path),
    });
    app.get('/assets/melden.js', route, (_req, reply) =>
      reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(meldenScript),
    );
    app.get('/assets/melden.css', route, (_req, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(meldenCss),
    );

    for (const t of [texts.nl, texts.en]) {
      const p = paths[t.lang];

      app.get(p.list, route, async (_req, reply) => {
        const categories = await loadCategories(deps);
        return html(
          reply,
          200,
          renderCategoryList(
            t,
            categories.map((c) => c.view[t.lang]),
            '',
          ),
        );
      });

      app.get(p.form, route, async (req, reply) => {
        const code = param(req.query, p.categoryParam);
        const categories = await loadCategories(deps);
        const category = categories.find((c) => c.row.code === code);
        if (!category) {
          return html(
            reply,
            400,
            renderCategoryList(
              t,
              categories.map((c) => c.view[t.lang]),
              '',
              t.list.chooseCategory,
            ),
          );
        }
        allowTiles(reply);
        const state = { category: category.view[t.lang], values: new Map(), submissionKey: randomUUID(), errors: [], photosSentBefore: false };
        return html(reply, 200, renderReportForm(t, state, await mapSettings()));
      });

      app.post(p.form, route, async (req, reply) => {
        const client = limiter.clientKey(req.ip);
        const allowed = limiter.take('report', client);
        if (!allowed.allowed) return tooMany(reply, t, 'report', allowed.retryAfterSeconds);

        const form = await readForm(req, { maxFiles: MAX_PHOTOS, maxFileBytes: photoLimits.maxBytes, maxFields: MAX_FIELDS });
        // A bot filled in the field people cannot see: answer as if all went well, keep nothing.
        if (one(form, F.honeypot).trim() !== '') {
          req.log.info('public report refused: honeypot filled in');
          return html(reply, 200, renderMessage(t, t.neutral.title, [t.neutral.text]));
        }

        const input = intakeFromForm(form);
        const categories = await loadCategories(deps);
        const category = categories.find((c) => c.row.code === input.categoryCode);
        if (!category) {
          return html(
            reply,
            400,
            renderCategoryList(
              t,
              categories.map((c) => c.view[t.lang]),
              '',
              t.list.chooseCategory,
            ),
          );
        }

        const checked = checkIntake(category.row, input);
        const errors: FieldError[] = checked.ok ? [] : checked.problems.map((problem) => ({ field: problem.field, message: problem.message[t.lang] }));
        if (form.incomplete) errors.push({ field: 'form', message: t.form.incomplete });
        const photoFiles = form.files.filter((file) => file.field === F.photos);
        const { photos, problem } = await checkPhotos(t, form, photoFiles, photoLimits);
        if (problem) errors.push({ field: 'photos', message: problem });

        if (!checked.ok || errors.length > 0) {
          allowTiles(reply);
          const state = {
            category: category.view[t.lang],
            values: form.fields,
            submissionKey: submissionKeyOf(form) ?? randomUUID(),
            errors,
            photosSentBefore: form.files.length > 0 || form.tooManyFiles,
          };
          return html(reply, 400, renderReportForm(t, state, await mapSettings()));
        }

        // No request id, trace parent or anything else the client sent goes into the record.
        const result = await storeSignal({
          db: deps.db,
          config: deps.config,
          files: deps.files,
          channel: 'public_form',
          intake: checked.intake,
          photos,
          submissionKey: submissionKeyOf(form),
          actor: null,
          requestId: null,
          trace: newTrace(undefined),
        });
        if (!result.stored) return html(reply, 409, renderMessage(t, t.already.title, t.already.text));
        void reply.header('cache-control', 'no-store');
        return html(reply, 200, renderReceipt(t, result.number, result.followCode ?? ''));
      });

      app.get(p.followUp, route, (_req, reply) => html(reply, 200, renderFollowUpForm(t)));

      app.post(p.followUp, route, async (req: FastifyRequest, reply) => {
        // Every answer here may carry the code (in the add form): never stored by a browser or proxy.
        void reply.header('cache-control', 'no-store');
        const client = limiter.clientKey(req.ip);
        const blocked = limiter.check('wrongCode', client);
        if (!blocked.allowed) return tooMany(reply, t, 'wrongCode', blocked.retryAfterSeconds);

        const form = await readForm(req, { maxFiles: MAX_PHOTOS, maxFileBytes: photoLimits.maxBytes, maxFields: 10 });
        const typed = one(form, F.code).trim();
        if (typed === '') return html(reply, 400, renderFollowUpForm(t, t.followUp.missing));
        // Malformed and unknown codes get the same answer, and both count as a wrong try.
        const lookup = await lookupByFollowCode(deps.db, deps.config, typed);
        const code = normaliseFollowCode(typed);
        if (!lookup || code === null) {
          limiter.record('wrongCode', client);
          return html(reply, 400, renderFollowUpForm(t, t.followUp.unknown));
        }
        const state = { lookup, code, added: false, errors: [] as FieldError[], body: '', photosSentBefore: false };
        if (one(form, F.action) !== 'add') return html(reply, 200, renderStatus(t, state));

        const allowed = limiter.take('addition', client);
        if (!allowed.allowed) return tooMany(reply, t, 'addition', allowed.retryAfterSeconds);
        const body = one(form, F.additionBody).trim();
        const photoFiles = form.files.filter((file) => file.field === F.photos);
        const { photos, problem } = await checkPhotos(t, form, photoFiles, photoLimits);
        const errors: FieldError[] = [];
        if (lookup.coarseStatus === 'done') errors.push({ field: 'body', message: t.followUp.addClosed });
        else if (lookup.additions >= ADDITIONS_MAX) errors.push({ field: 'body', message: t.followUp.addLimit });
        else if (body.length > DESCRIPTION_MAX) errors.push({ field: 'body', message: t.followUp.addTooLong });
        else if (body.length < 10 && photoFiles.length === 0) errors.push({ field: 'body', message: t.followUp.addMissing });
        if (problem) errors.push({ field: 'additionPhotos', message: problem });
        if (form.incomplete) errors.push({ field: 'body', message: t.form.incomplete });
        if (errors.length > 0) {
          return html(reply, 400, renderStatus(t, { ...state, errors, body, photosSentBefore: form.files.length > 0 || form.tooManyFiles }));
        }

        await addToSignal({
          db: deps.db,
          config: deps.config,
          files: deps.files,
          signalId: lookup.signalId,
          body,
          photos,
          requestId: null,
          trace: newTrace(undefined),
        });
        return html(reply, 200, renderStatus(t, { ...state, lookup: { ...lookup, additions: lookup.additions + 1 }, added: true }));
      });
    }
  };
}
