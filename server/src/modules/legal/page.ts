import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../kernel/db.js';
import { AppError } from '../../kernel/errors.js';
import type { PublicPageFrame } from '../public-site/index.js';
import { dateOf, formatDutch, normaliseDutchDate, parseIso, weekdayOf } from './calendar.js';
import { parseDuration, type Deadline, type DeadlineReason, type Duration } from './deadlines.js';
import { deadlineFor, termCalendar } from './index.js';
import { en, nl, OTHER_TERM, TERMS, type DeadlinePageText } from './page-content.js';

/**
 * The public deadline calculator: a GET form that works without JavaScript, answered with the whole
 * page (the result, or an error summary with status 400). It computes with `deadlineFor`, like the API.
 */

type Field = 'from' | 'term' | 'period' | 'unit';
const FIELDS: readonly Field[] = ['from', 'term', 'period', 'unit'];

interface CalculatorInput {
  from: string;
  term: string;
  period: string;
  unit: string;
}

interface FieldError {
  field: Field;
  message: string;
}

type Outcome =
  | { kind: 'empty' }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'result'; deadline: Deadline; duration: Duration; working: boolean; reasons: string[] };

/** One query parameter as text: the first when repeated, '' when missing; at most 200 characters. */
function param(query: Record<string, unknown>, name: string): string {
  const raw = query[name];
  const value = Array.isArray(raw) ? (raw[0] as unknown) : raw;
  return typeof value === 'string' ? value.trim().slice(0, 200) : '';
}

function readInput(query: unknown): { submitted: boolean; input: CalculatorInput } {
  const q = typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};
  const input = { from: param(q, 'from'), term: param(q, 'term'), period: param(q, 'period'), unit: param(q, 'unit') };
  return { submitted: FIELDS.some((name) => name in q), input };
}

function isDurationError(d: ReturnType<typeof parseDuration>): d is Extract<ReturnType<typeof parseDuration>, { message: string }> {
  return 'message' in d;
}

async function calculate(db: Db, text: DeadlinePageText, submitted: boolean, input: CalculatorInput): Promise<Outcome> {
  if (!submitted) return { kind: 'empty' };
  const errors: FieldError[] = [];
  const engineMessage = (field: 'from' | 'period' | 'unit', message: string) => text.engineErrors?.[field] ?? message;

  const from = normaliseDutchDate(input.from);
  if (from === '') errors.push({ field: 'from', message: text.errors.fromMissing });

  // The term: one of the common terms, or the free field with "other" (or with no choice, from a link).
  const preset = TERMS.find((t) => t.key === input.term);
  let period: string | undefined;
  let periodField: Field = 'period';
  const custom = input.period.toUpperCase();
  if (preset) {
    periodField = 'term';
    if (custom !== '' && custom !== preset.period) errors.push({ field: 'period', message: text.errors.periodConflict });
    else period = preset.period;
  } else if (input.term === OTHER_TERM || input.term === '') {
    if (custom !== '') period = custom;
    else if (input.term === OTHER_TERM) errors.push({ field: 'period', message: text.errors.periodMissing });
    else errors.push({ field: 'term', message: text.errors.termMissing });
  } else {
    errors.push({ field: 'term', message: text.errors.termUnknown });
  }

  let unit: 'calendar' | 'working' = 'calendar';
  if (input.unit === 'working') unit = 'working';
  else if (input.unit !== '' && input.unit !== 'calendar') errors.push({ field: 'unit', message: text.errors.unitUnknown });

  let deadline: Deadline | undefined;
  if (from !== '') {
    // When the term is already wrong, the date is still checked, with a one-day stand-in term.
    const usable = errors.length === 0 ? period : undefined;
    try {
      const computed = await deadlineFor(db, from, usable ?? 'P1D', usable ? { unit } : {}, 'query');
      if (usable) deadline = computed;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED' || !error.errors) throw error;
      for (const e of error.errors) {
        const field = e.path.replace(/^query\./, '');
        if (field === 'from') errors.push({ field, message: engineMessage(field, e.message) });
        else if (!usable) continue;
        else if (field === 'unit') errors.push({ field, message: engineMessage(field, e.message) });
        else errors.push({ field: periodField, message: field === 'period' ? engineMessage('period', e.message) : e.message });
      }
    }
  }
  // The engine stops at its first problem; a wrong term is worth saying at once too.
  const duration = period === undefined ? undefined : parseDuration(period);
  if (duration && isDurationError(duration) && !errors.some((e) => e.field === periodField)) {
    errors.push({ field: periodField, message: engineMessage('period', duration.message) });
  }

  if (errors.length > 0 || !deadline || !duration || isDurationError(duration)) {
    errors.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
    return { kind: 'invalid', errors };
  }
  const reasons = text.lang === 'nl' ? deadline.reasons.map((r) => r.text) : await englishReasons(db, deadline, duration);
  return { kind: 'result', deadline, duration, working: unit === 'working', reasons };
}

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tuesday 22 April 2025" or "dinsdag 22 april 2025". */
export function formatLongDate(iso: string, lang: 'nl' | 'en'): string {
  const n = parseIso(iso);
  if (n === undefined) return iso;
  if (lang === 'nl') return formatDutch(n);
  const { year, month, day } = dateOf(n);
  return `${WEEKDAYS_EN[weekdayOf(n)]} ${day} ${MONTHS_EN[month - 1]} ${year}`;
}

const HOLIDAYS_EN: Record<string, string> = {
  Nieuwjaarsdag: "New Year's Day",
  'Goede Vrijdag': 'Good Friday',
  'Tweede Paasdag': 'Easter Monday',
  Koningsdag: "King's Day",
  Koninginnedag: "Queen's Day",
  '5 mei (Bevrijdingsdag)': 'Liberation Day (5 May)',
  Hemelvaartsdag: 'Ascension Day',
  'Tweede Pinksterdag': 'Whit Monday',
  'Eerste Kerstdag': 'Christmas Day',
  'Tweede Kerstdag': 'Boxing Day',
  zaterdag: 'a Saturday',
  zondag: 'a Sunday',
};
const EQUAL_SUFFIX = ' (gelijkgesteld bij Koninklijk Besluit)';

/** Why no term ends on a day, in English (a declared day keeps the Dutch name the beheerder gave it). */
function whyEnglish(why: string): string {
  if (why.endsWith(EQUAL_SUFFIX)) return `${why.slice(0, -EQUAL_SUFFIX.length)}, a day declared equal to a public holiday by Royal Decree`;
  return HOLIDAYS_EN[why] ?? why;
}

async function englishReasons(db: Db, deadline: Deadline, duration: Duration): Promise<string[]> {
  const calendar = await termCalendar(db);
  const date = (iso: string) => formatLongDate(iso, 'en');
  return deadline.reasons.map((reason: DeadlineReason) => {
    switch (reason.rule) {
      case 'awb_6_8':
        return `The term starts on the day after ${date(deadline.from)} (Awb article 6:8).`;
      case 'atw_1': {
        const why = calendar.nonWorking(parseIso(reason.date)!);
        return why === null ? reason.text : `${date(reason.date)} is ${whyEnglish(why)}: the term runs on (Algemene termijnenwet article 1).`;
      }
      case 'atw_2':
        return `Extended to ${date(reason.date)}, so that the term includes two days that are not a Saturday, Sunday or public holiday (Algemene termijnenwet article 2).`;
      case 'working_days':
        return `${duration.days} working ${duration.days === 1 ? 'day' : 'days'}; Saturdays, Sundays and public holidays are not counted.`;
      default:
        return reason.text;
    }
  });
}

/** "6 weken", "1 jaar en 2 maanden", "10 working days". */
export function describeDuration(d: Duration, working: boolean, text: DeadlinePageText): string {
  const u = text.units;
  const part = (n: number, [one, other]: [string, string]) => (n === 0 ? undefined : `${n} ${n === 1 ? one : other}`);
  const parts = [part(d.years, u.years), part(d.months, u.months), part(d.weeks, u.weeks), part(d.days, working ? u.workingDays : u.days)].filter(
    (p): p is string => p !== undefined,
  );
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${u.and} ${parts.at(-1)!}`;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const fieldId = (field: Field) => `deadline-${field}`;

/** The input as a query string, for the link to the same page in the other language. */
function queryOf(input: CalculatorInput, submitted: boolean): string {
  if (!submitted) return '';
  const params = new URLSearchParams();
  for (const name of FIELDS) if (input[name] !== '') params.set(name, input[name]);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

function timeOf(iso: string, lang: 'nl' | 'en'): string {
  return `<time datetime="${esc(iso)}">${esc(formatLongDate(iso, lang))}</time>`;
}

/** Label, hint and error of a form field, with the ids that tie them to the control (NL Design System form field). */
function fieldParts(field: Field, text: DeadlinePageText, hint: string, error: string | undefined) {
  const id = fieldId(field);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  const hintHtml = `<div class="utrecht-form-field__description"><div id="${id}-hint" class="utrecht-form-field-description">${esc(hint)}</div></div>`;
  const errorHtml = error
    ? `<div class="utrecht-form-field__error-message"><div id="${id}-error" class="utrecht-form-field-error-message"><span class="dwb-visually-hidden">${esc(text.errorPrefix)}</span>${esc(error)}</div></div>`
    : '';
  const invalid = error ? ' aria-invalid="true"' : '';
  return { id, describedBy, hintHtml, errorHtml, invalid, fieldClass: error ? ' utrecht-form-field--invalid' : '' };
}

function renderForm(text: DeadlinePageText, input: CalculatorInput, errors: ReadonlyMap<Field, string>): string {
  const from = fieldParts('from', text, text.from.hint, errors.get('from'));
  const term = fieldParts('term', text, text.term.hint, errors.get('term'));
  const period = fieldParts('period', text, text.period.hint, errors.get('period'));
  const unit = fieldParts('unit', text, text.unit.hint, errors.get('unit'));
  const fromValue = normaliseDutchDate(input.from);
  const selected = input.term === '' && input.period !== '' ? OTHER_TERM : input.term;
  const options = [...TERMS.map((t) => t.key), OTHER_TERM]
    .map((key) => `<option class="utrecht-select__option" value="${key}"${key === selected ? ' selected' : ''}>${esc(text.term.options[key])}</option>`)
    .join('');
  const invalidClass = (error: string | undefined, base: string) => (error ? ` ${base}--invalid` : '');
  return `<form class="utrecht-form dwb-form" method="get" action="${text.path}" novalidate>
<div class="utrecht-form-field utrecht-form-field--text${from.fieldClass}">
<div class="utrecht-form-field__label"><label for="${from.id}" class="utrecht-form-label">${esc(text.from.label)}</label></div>
${from.hintHtml}
<div class="utrecht-form-field__input"><input id="${from.id}" name="from" type="date" class="utrecht-textbox utrecht-textbox--html-input dwb-deadline-date${invalidClass(errors.get('from'), 'utrecht-textbox')}" value="${esc(fromValue)}" aria-describedby="${from.describedBy}"${from.invalid}></div>
${from.errorHtml}
</div>
<div class="utrecht-form-field utrecht-form-field--text${term.fieldClass}">
<div class="utrecht-form-field__label"><label for="${term.id}" class="utrecht-form-label">${esc(text.term.label)}</label></div>
${term.hintHtml}
<div class="utrecht-form-field__input"><select id="${term.id}" name="term" class="utrecht-select utrecht-select--html-select${invalidClass(errors.get('term'), 'utrecht-select')}" aria-describedby="${term.describedBy}"${term.invalid}>${options}</select></div>
${term.errorHtml}
</div>
<div class="utrecht-form-field utrecht-form-field--text${period.fieldClass}">
<div class="utrecht-form-field__label"><label for="${period.id}" class="utrecht-form-label">${esc(text.period.label)}</label></div>
${period.hintHtml}
<div class="utrecht-form-field__input"><input id="${period.id}" name="period" type="text" class="utrecht-textbox utrecht-textbox--html-input dwb-deadline-period${invalidClass(errors.get('period'), 'utrecht-textbox')}" value="${esc(input.period)}" autocomplete="off" spellcheck="false" autocapitalize="characters" aria-describedby="${period.describedBy}"${period.invalid}></div>
${period.errorHtml}
</div>
<div class="utrecht-form-field utrecht-form-field--checkbox dwb-checkbox-field${unit.fieldClass}">
<div class="utrecht-form-field__label"><label for="${unit.id}" class="utrecht-form-label utrecht-form-label--checkbox">${esc(text.unit.label)}</label></div>
${unit.hintHtml}
<div class="utrecht-form-field__input"><input id="${unit.id}" name="unit" type="checkbox" value="working" class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom${invalidClass(errors.get('unit'), 'utrecht-checkbox')}"${input.unit === 'working' ? ' checked' : ''} aria-describedby="${unit.describedBy}"${unit.invalid}></div>
${unit.errorHtml}
</div>
<button class="utrecht-button utrecht-button--submit utrecht-button--primary-action" type="submit">${esc(text.submit)}</button>
</form>`;
}

function renderErrorSummary(text: DeadlinePageText, errors: readonly FieldError[]): string {
  const items = errors
    .map((e) => `<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="#${fieldId(e.field)}">${esc(e.message)}</a></li>`)
    .join('');
  return `<div class="utrecht-alert utrecht-alert--error dwb-error-summary" tabindex="-1" autofocus>
<div class="utrecht-alert__content"><div class="utrecht-alert__message" role="alert">
<h2 class="utrecht-heading-2" id="deadline-error-summary-heading">${esc(text.errorSummaryHeading)}</h2>
<ul class="utrecht-unordered-list">${items}</ul>
</div></div></div>`;
}

function renderExplanation(text: DeadlinePageText, headingLevel: 2 | 3): string {
  const h = `h${headingLevel}`;
  return `<${h} class="utrecht-heading-${headingLevel}">${esc(text.explanationHeading)}</${h}>
${text.explanation.map((p) => `<p class="utrecht-paragraph">${esc(p)}</p>`).join('\n')}
<p class="utrecht-paragraph">${esc(text.disclaimer[0])}<a class="utrecht-link utrecht-link--telephone" href="tel:14030">14 030</a>${esc(text.disclaimer[1])}</p>`;
}

function renderResult(text: DeadlinePageText, outcome: Extract<Outcome, { kind: 'result' }>): string {
  const { deadline: d, duration, working, reasons } = outcome;
  const r = text.result;
  const lang = text.lang;
  const rows: [string, string][] = [
    [r.from, timeOf(d.from, lang)],
    [r.period, `${esc(describeDuration(duration, working, text))} (<span class="dwb-code">${esc(d.period)}</span>)`],
    [r.start, timeOf(d.start, lang)],
    [r.nominalEnd, timeOf(d.nominalEnd, lang)],
    [r.end, `<strong>${timeOf(d.end, lang)}</strong>${d.extended ? '' : ` (${esc(r.notExtended)})`}<span class="dwb-cell-note">${esc(r.days(d.days))}</span>`],
  ];
  return `<section class="dwb-section dwb-deadline-text" aria-labelledby="deadline-result-heading">
<h2 class="utrecht-heading-2" id="deadline-result-heading">${esc(r.heading)}</h2>
<p class="utrecht-paragraph utrecht-paragraph--lead">${esc(r.lead[0])}<strong>${timeOf(d.end, lang)}</strong>${esc(r.lead[1])}</p>
<dl class="utrecht-data-list utrecht-data-list--html-dl dwb-data-list">
${rows.map(([key, value]) => `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${esc(key)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${value}</dd></div>`).join('\n')}
</dl>
<h3 class="utrecht-heading-3">${esc(r.reasonsHeading)}</h3>
<ol class="utrecht-ordered-list">${reasons.map((reason) => `<li class="utrecht-ordered-list__item">${esc(reason)}</li>`).join('')}</ol>
${renderExplanation(text, 3)}
</section>`;
}

/** The whole page for one request, to be put in the public frame. */
function renderDeadlinePage(text: DeadlinePageText, input: CalculatorInput, submitted: boolean, outcome: Outcome): PublicPageFrame {
  const errors = outcome.kind === 'invalid' ? outcome.errors : [];
  const byField = new Map<Field, string>();
  for (const e of errors) if (!byField.has(e.field)) byField.set(e.field, e.message);
  const result = outcome.kind === 'result' ? renderResult(text, outcome) : '';
  const main = `${errors.length > 0 ? renderErrorSummary(text, errors) : ''}
<h1 class="utrecht-heading-1 dwb-page-title">${esc(text.title)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${esc(text.intro)}</p>
${result}
<section class="dwb-section" aria-labelledby="deadline-form-heading">
<h2 class="utrecht-heading-2" id="deadline-form-heading">${esc(text.formHeading)}</h2>
${renderForm(text, input, byField)}
</section>
${result ? '' : `<section class="dwb-section dwb-deadline-text">${renderExplanation(text, 2)}</section>`}`;
  return {
    lang: text.lang,
    title: `${errors.length > 0 ? text.errorTitle : ''}${text.title}`,
    main,
    otherLanguage: { ...text.otherLanguage, href: `${text.otherLanguage.href}${queryOf(input, submitted)}` },
  };
}

/**
 * The routes of the public calculator (`/termijn-berekenen`, `/en/deadline-calculator`), outside
 * /api and without login; `layout` puts a page in the public frame (see the public-site module).
 */
export function deadlineCalculatorPages(deps: { db: Db }, layout: (page: PublicPageFrame) => string): FastifyPluginAsync {
  return async (app) => {
    for (const text of [nl, en]) {
      app.get(text.path, { schema: { hide: true } }, async (req, reply) => {
        const { submitted, input } = readInput(req.query);
        const outcome = await calculate(deps.db, text, submitted, input);
        return reply
          .code(outcome.kind === 'invalid' ? 400 : 200)
          .type('text/html; charset=utf-8')
          .send(layout(renderDeadlinePage(text, input, submitted, outcome)));
      });
    }
  };
}
