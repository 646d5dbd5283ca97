import type { PublicPageFrame } from '../../public-site/index.js';
import { escapeHtml as e } from '../../public-site/index.js';
import type { Question } from '../categories.js';
import type { PublicLookup } from '../intake.js';
import { paths, type Lang, type PublicText } from './content.js';
import { FIELD_NAMES as F } from './form.js';

/**
 * The HTML of the public reporting pages, in the shared public frame. Server-rendered and complete
 * without JavaScript; every value that came from a person or from the database is escaped here.
 * Form fields follow the NL Design System (Utrecht) form-field pattern of the deadline calculator:
 * label, hint, input, error, tied together with `aria-describedby` and `aria-invalid`.
 */

/** A category as the list and the form show it. */
export interface CategoryView {
  code: string;
  name: string;
  help: string;
  indicators: string[];
  questions: Question[];
}

/** An error at a field: the id it links to in the summary, and the message. */
export interface FieldError {
  /** The intake field (`description`, `location.postcode`, `answers.signs`, `photos`, …). */
  field: string;
  message: string;
}

export interface Place {
  name: string;
  lat: number;
  lon: number;
}

export interface MapSettings {
  tileUrl: string | null;
  attribution: string | null;
  places: Place[];
}

/** The values a form is shown with: what was sent, or empty. */
export type FormValues = ReadonlyMap<string, readonly string[]>;

const FIELD_IDS: Record<string, string> = {
  categoryCode: 'melden-category',
  description: 'melden-description',
  observedOn: 'melden-observed-on',
  observedTime: 'melden-observed-time',
  location: 'melden-location',
  'location.point': 'melden-location',
  'location.postcode': 'melden-postcode',
  'location.houseNumber': 'melden-house-number',
  'location.houseLetter': 'melden-house-letter',
  'location.houseNumberAddition': 'melden-addition',
  'location.text': 'melden-location-text',
  'contact.name': 'melden-contact-name',
  'contact.email': 'melden-contact-email',
  'contact.phone': 'melden-contact-phone',
  photos: 'melden-photos',
  code: 'melden-code',
  body: 'melden-addition-body',
  additionPhotos: 'melden-addition-photos',
};

/** The id of the control (or group) an error of `field` belongs to. */
export function fieldId(field: string): string {
  if (field.startsWith('answers.')) return `melden-answer-${field.slice('answers.'.length)}`;
  return FIELD_IDS[field] ?? 'melden-form';
}

/** Order of the fields on the form, for the error summary. */
export function sortErrors(errors: FieldError[], questions: readonly Question[]): FieldError[] {
  const order = [
    'categoryCode',
    'description',
    ...questions.map((q) => `answers.${q.key}`),
    'observedOn',
    'observedTime',
    'location',
    'location.postcode',
    'location.houseNumber',
    'location.houseLetter',
    'location.houseNumberAddition',
    'location.point',
    'location.text',
    'contact.name',
    'contact.email',
    'contact.phone',
    'photos',
  ];
  const rank = (field: string) => {
    const i = order.indexOf(field);
    return i === -1 ? order.length : i;
  };
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}

const first = (values: FormValues, name: string): string => values.get(name)?.[0] ?? '';

function errorSummary(t: PublicText, errors: readonly FieldError[]): string {
  if (errors.length === 0) return '';
  const items = errors
    .map(
      (err) => `<li class="utrecht-unordered-list__item"><a class="utrecht-link utrecht-link--html-a" href="#${fieldId(err.field)}">${e(err.message)}</a></li>`,
    )
    .join('');
  return `<div class="utrecht-alert utrecht-alert--error dwb-error-summary" tabindex="-1" autofocus>
<div class="utrecht-alert__content"><div class="utrecht-alert__message" role="alert">
<h2 class="utrecht-heading-2" id="melden-error-summary-heading">${e(t.errorSummaryHeading)}</h2>
<ul class="utrecht-unordered-list">${items}</ul>
</div></div></div>`;
}

function errorMessage(t: PublicText, id: string, message: string | undefined, extraClass = ''): string {
  if (!message) return '';
  return `<div class="utrecht-form-field__error-message${extraClass}"><div id="${id}-error" class="utrecht-form-field-error-message"><span class="dwb-visually-hidden">${e(t.errorPrefix)}</span>${e(message)}</div></div>`;
}

function hintHtml(id: string, hint: string | undefined): string {
  if (!hint) return '';
  return `<div class="utrecht-form-field__description"><div id="${id}-hint" class="utrecht-form-field-description">${e(hint)}</div></div>`;
}

const describedBy = (id: string, hint: string | undefined, error: string | undefined, extra: string[] = []): string => {
  const ids = [...extra, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : '';
};

interface TextFieldOptions {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  type?: 'text' | 'date' | 'time' | 'email' | 'tel' | 'textarea' | 'file';
  /** Further attributes, already safe (autocomplete, inputmode, accept, …). */
  attributes?: string;
  inputClass?: string;
  fieldClass?: string;
}

function textField(t: PublicText, o: TextFieldOptions): string {
  const type = o.type ?? 'text';
  const invalid = o.error ? ' aria-invalid="true"' : '';
  const described = describedBy(o.id, o.hint, o.error);
  const extra = o.attributes ? ` ${o.attributes}` : '';
  let control: string;
  if (type === 'textarea') {
    control = `<textarea id="${o.id}" name="${e(o.name)}" class="utrecht-textarea utrecht-textarea--html-textarea${o.error ? ' utrecht-textarea--invalid' : ''}${o.inputClass ? ` ${o.inputClass}` : ''}" rows="5" dir="auto"${described}${invalid}${extra}>${e(o.value)}</textarea>`;
  } else if (type === 'file') {
    control = `<input id="${o.id}" name="${e(o.name)}" type="file" class="dwb-file-input"${described}${invalid}${extra}>`;
  } else {
    control = `<input id="${o.id}" name="${e(o.name)}" type="${type}" class="utrecht-textbox utrecht-textbox--html-input${o.error ? ' utrecht-textbox--invalid' : ''}${o.inputClass ? ` ${o.inputClass}` : ''}" value="${e(o.value)}"${described}${invalid}${extra}>`;
  }
  return `<div class="utrecht-form-field utrecht-form-field--text${o.error ? ' utrecht-form-field--invalid' : ''}${o.fieldClass ? ` ${o.fieldClass}` : ''}">
<div class="utrecht-form-field__label"><label for="${o.id}" class="utrecht-form-label">${e(o.label)}</label></div>
${hintHtml(o.id, o.hint)}
<div class="utrecht-form-field__input">${control}</div>
${errorMessage(t, o.id, o.error)}
</div>`;
}

interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  /** HTML placed after the option (the indicators of a category). */
  after?: string;
}

/** Radio buttons or checkboxes in a fieldset with a legend; the first option carries the group's id. */
function choiceGroup(
  t: PublicText,
  o: {
    id: string;
    name: string;
    legend: string;
    hint?: string;
    error?: string;
    options: ChoiceOption[];
    chosen: readonly string[];
    multiple: boolean;
    className?: string;
  },
): string {
  const kind = o.multiple ? 'checkbox' : 'radio';
  const groupHint = o.hint ? `${o.id}-group-hint` : undefined;
  const groupError = o.error ? `${o.id}-group-error` : undefined;
  const groupDescribed = [groupHint, groupError].filter(Boolean).join(' ');
  const options = o.options
    .map((option, index) => {
      const optionId = index === 0 ? o.id : `${o.id}-${option.value}`;
      const hintId = option.hint ? `${optionId}-hint` : undefined;
      const checked = o.chosen.includes(option.value) ? ' checked' : '';
      const input =
        kind === 'radio'
          ? `<input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input${o.error ? ' utrecht-radio-button--invalid' : ''}" id="${optionId}" name="${e(o.name)}" value="${e(option.value)}"${checked}${hintId ? ` aria-describedby="${hintId}"` : ''}${o.error ? ' aria-invalid="true"' : ''}>`
          : `<input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom${o.error ? ' utrecht-checkbox--invalid' : ''}" id="${optionId}" name="${e(o.name)}" value="${e(option.value)}"${checked}${hintId ? ` aria-describedby="${hintId}"` : ''}${o.error ? ' aria-invalid="true"' : ''}>`;
      return `<div class="utrecht-form-field utrecht-form-field--${kind}">
<div class="utrecht-form-field__label"><label for="${optionId}" class="utrecht-form-label utrecht-form-label--${kind}">${e(option.label)}</label></div>
${option.hint ? `<div class="utrecht-form-field__description"><div id="${hintId}" class="utrecht-form-field-description">${e(option.hint)}</div></div>` : ''}
<div class="utrecht-form-field__input">${input}</div>
</div>${option.after ?? ''}`;
    })
    .join('\n');
  return `<div class="utrecht-form-fieldset dwb-radio-group${o.error ? ' utrecht-form-fieldset--invalid' : ''}${o.className ? ` ${o.className}` : ''}">
<fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"${groupDescribed ? ` aria-describedby="${groupDescribed}"` : ''}>
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${e(o.legend)}</legend>
${o.hint ? `<div class="utrecht-form-field-description dwb-radio-group__description" id="${groupHint}">${e(o.hint)}</div>` : ''}
${o.error ? `<div class="utrecht-form-field-error-message dwb-radio-group__error" id="${groupError}"><span class="dwb-visually-hidden">${e(t.errorPrefix)}</span>${e(o.error)}</div>` : ''}
${options}
</fieldset></div>`;
}

/** A fieldset grouping several fields (when, where, your details). */
function section(o: { id: string; legend: string; hint?: string; error?: string; t: PublicText; body: string }): string {
  const described = describedBy(o.id, o.hint, o.error);
  return `<div class="utrecht-form-fieldset melden-fieldset${o.error ? ' utrecht-form-fieldset--invalid' : ''}">
<fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" id="${o.id}"${described}>
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${e(o.legend)}</legend>
${o.hint ? `<div id="${o.id}-hint" class="utrecht-form-field-description">${e(o.hint)}</div>` : ''}
${o.error ? `<div id="${o.id}-error" class="utrecht-form-field-error-message"><span class="dwb-visually-hidden">${e(o.t.errorPrefix)}</span>${e(o.error)}</div>` : ''}
${o.body}
</fieldset></div>`;
}

const tel = (number: string, display: string) => `<a class="utrecht-link utrecht-link--telephone" href="tel:${number}">${display}</a>`;

/** What to do when there is danger now, and the other ways to report. On every page. */
export function emergencyNotice(t: PublicText): string {
  const m = t.emergency;
  return `<div class="utrecht-alert utrecht-alert--warning melden-emergency"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
<h2 class="utrecht-heading-2">${e(m.heading)}</h2>
<p class="utrecht-paragraph"><strong>${e(m.now[0])}${tel('112', '112')}${e(m.now[1])}</strong></p>
<p class="utrecht-paragraph">${e(m.anonymous[0])}${tel('08007000', '0800-7000')}${e(m.anonymous[1])}</p>
<p class="utrecht-paragraph">${e(m.police[0])}${tel('09008844', '0900-8844')}${e(m.police[1])}</p>
<p class="utrecht-paragraph">${e(m.municipality[0])}${tel('14030', '14 030')}${e(m.municipality[1])}</p>
</div></div></div>`;
}

const other = (t: PublicText, href: string): PublicPageFrame['otherLanguage'] => ({ href, label: t.otherLanguage.label, lang: t.otherLanguage.lang });
const otherPaths = (t: PublicText) => paths[t.otherLanguage.lang];
const title = (t: PublicText, base: string, errors: readonly unknown[]) => `${errors.length > 0 ? t.errorTitle : ''}${base}`;

function indicatorList(items: readonly string[]): string {
  return `<ul class="utrecht-unordered-list">${items.map((i) => `<li class="utrecht-unordered-list__item">${e(i)}</li>`).join('')}</ul>`;
}

/** `/melden`: what to report, the categories (with what to look for), then on to the form. */
export function renderCategoryList(t: PublicText, categories: readonly CategoryView[], chosen: string, error?: string): PublicPageFrame {
  const p = paths[t.lang];
  const errors: FieldError[] = error ? [{ field: 'categoryCode', message: error }] : [];
  const options: ChoiceOption[] = categories.map((c) => ({
    value: c.code,
    label: c.name,
    hint: c.help || undefined,
    after:
      c.indicators.length > 0
        ? `<details class="melden-indicators"><summary>${e(t.list.indicators(c.name))}</summary>${indicatorList(c.indicators)}</details>`
        : '',
  }));
  const main = `${errorSummary(t, errors)}
<h1 class="utrecht-heading-1 dwb-page-title">${e(t.list.title)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${e(t.list.intro)}</p>
${emergencyNotice(t)}
<form class="utrecht-form dwb-form" method="get" action="${p.form}" novalidate>
${choiceGroup(t, { id: 'melden-category', name: p.categoryParam, legend: t.list.legend, hint: t.list.hint, error, options, chosen: [chosen], multiple: false, className: 'melden-category-list' })}
<button class="utrecht-button utrecht-button--submit utrecht-button--primary-action" type="submit">${e(t.list.next)}</button>
</form>
<section class="dwb-section" aria-labelledby="melden-anonymous">
<h2 class="utrecht-heading-2" id="melden-anonymous">${e(t.list.anonymousHeading)}</h2>
${t.list.anonymous.map((line) => `<p class="utrecht-paragraph">${e(line)}</p>`).join('\n')}
</section>
<section class="dwb-section" aria-labelledby="melden-follow">
<h2 class="utrecht-heading-2" id="melden-follow">${e(t.list.followUpHeading)}</h2>
<p class="utrecht-paragraph">${e(t.list.followUpText)} <a class="utrecht-link" href="${p.followUp}">${e(t.list.followUpLink)}</a></p>
</section>`;
  return { lang: t.lang, title: title(t, t.list.title, errors), main, otherLanguage: other(t, otherPaths(t).list) };
}

function questionField(t: PublicText, q: Question, values: FormValues, error: string | undefined): string {
  const lang = t.lang;
  const id = `melden-answer-${q.key}`;
  const name = `${F.answerPrefix}${q.key}`;
  const label = `${q.label[lang]}${q.required ? '' : t.optional}`;
  const hint = q.hint?.[lang];
  const chosen = values.get(name) ?? [];
  switch (q.type) {
    case 'text':
      return textField(t, { id, name, label, hint, error, value: chosen[0] ?? '', attributes: 'autocomplete="off"' });
    case 'textarea':
      return textField(t, { id, name, label, hint, error, value: chosen[0] ?? '', type: 'textarea' });
    case 'number':
      return textField(t, {
        id,
        name,
        label,
        hint,
        error,
        value: chosen[0] ?? '',
        attributes: 'inputmode="decimal" autocomplete="off"',
        inputClass: 'melden-short',
      });
    case 'yes_no':
      return choiceGroup(t, {
        id,
        name,
        legend: label,
        hint,
        error,
        options: [
          { value: 'yes', label: t.yes },
          { value: 'no', label: t.no },
        ],
        chosen,
        multiple: false,
      });
    case 'single_choice':
    case 'multiple_choice':
      return choiceGroup(t, {
        id,
        name,
        legend: label,
        hint,
        error,
        options: (q.options ?? []).map((option) => ({ value: option.value, label: option.label[lang] })),
        chosen,
        multiple: q.type === 'multiple_choice',
      });
  }
}

export interface ReportFormState {
  category: CategoryView;
  values: FormValues;
  submissionKey: string;
  errors: FieldError[];
  /** Photos were sent with the attempt that failed: ask to choose them again. */
  photosSentBefore: boolean;
}

/** `/melden/formulier`: the whole report form of one category, its questions rendered from data. */
export function renderReportForm(t: PublicText, state: ReportFormState, map: MapSettings): PublicPageFrame {
  const p = paths[t.lang];
  const f = t.form;
  const { category: c, values } = state;
  const errors = sortErrors(state.errors, c.questions);
  const errorOf = (field: string) => errors.find((err) => err.field === field)?.message;
  const v = (name: string) => first(values, name);
  const locationError = errorOf('location') ?? errorOf('location.point');

  const lookFor =
    c.help || c.indicators.length > 0
      ? `<details class="melden-indicators melden-look-for"><summary>${e(f.lookFor)}</summary>${c.help ? `<p class="utrecht-paragraph">${e(c.help)}</p>` : ''}${c.indicators.length > 0 ? indicatorList(c.indicators) : ''}</details>`
      : '';

  const what = section({
    t,
    id: 'melden-what',
    legend: f.what,
    body: [
      textField(t, {
        id: fieldId('description'),
        name: F.description,
        label: f.description.label,
        hint: f.description.hint,
        error: errorOf('description'),
        value: v(F.description),
        type: 'textarea',
      }),
      ...c.questions.map((q) => questionField(t, q, values, errorOf(`answers.${q.key}`))),
    ].join('\n'),
  });

  const when = section({
    t,
    id: 'melden-when',
    legend: f.when.legend,
    hint: f.when.hint,
    body: `<div class="melden-row">
${textField(t, { id: fieldId('observedOn'), name: F.observedOn, label: f.when.date.label, hint: f.when.date.hint, error: errorOf('observedOn'), value: v(F.observedOn), type: 'date' })}
${textField(t, { id: fieldId('observedTime'), name: F.observedTime, label: f.when.time.label, hint: f.when.time.hint, error: errorOf('observedTime'), value: v(F.observedTime), type: 'time' })}
</div>`,
  });

  const mapSlot = `<div id="melden-map" class="melden-map" hidden data-label="${e(f.map.label)}" data-help="${e(f.map.help)}" data-centre="${e(f.map.centre)}" data-clear="${e(f.map.clear)}" data-chosen="${e(f.map.chosen)}" data-none="${e(f.map.none)}" data-zoom-in="${t.lang === 'nl' ? 'Inzoomen' : 'Zoom in'}" data-zoom-out="${t.lang === 'nl' ? 'Uitzoomen' : 'Zoom out'}" data-lat="52.0907" data-lon="5.1214" data-zoom="12" data-places="${e(JSON.stringify(map.places))}"${map.tileUrl ? ` data-tiles="${e(map.tileUrl)}"` : ''}${map.attribution ? ` data-attribution="${e(map.attribution)}"` : ''}></div>
<input type="hidden" id="melden-lat" name="${F.lat}" value="${e(v(F.lat))}">
<input type="hidden" id="melden-lon" name="${F.lon}" value="${e(v(F.lon))}">`;

  const where = section({
    t,
    id: fieldId('location'),
    legend: f.where.legend,
    hint: f.where.hint,
    error: locationError,
    body: `<div class="melden-row">
${textField(t, { id: fieldId('location.postcode'), name: F.postcode, label: f.where.postcode.label, hint: f.where.postcode.hint, error: errorOf('location.postcode'), value: v(F.postcode), attributes: 'autocomplete="postal-code" spellcheck="false"', inputClass: 'melden-short' })}
${textField(t, { id: fieldId('location.houseNumber'), name: F.houseNumber, label: f.where.houseNumber.label, hint: f.where.houseNumber.hint, error: errorOf('location.houseNumber'), value: v(F.houseNumber), attributes: 'inputmode="numeric" autocomplete="off"', inputClass: 'melden-short' })}
${textField(t, { id: fieldId('location.houseLetter'), name: F.houseLetter, label: `${f.where.houseLetter.label}${t.optional}`, hint: f.where.houseLetter.hint, error: errorOf('location.houseLetter'), value: v(F.houseLetter), attributes: 'autocomplete="off"', inputClass: 'melden-short' })}
${textField(t, { id: fieldId('location.houseNumberAddition'), name: F.addition, label: `${f.where.addition.label}${t.optional}`, hint: f.where.addition.hint, error: errorOf('location.houseNumberAddition'), value: v(F.addition), attributes: 'autocomplete="off"', inputClass: 'melden-short' })}
</div>
${mapSlot}
${textField(t, { id: fieldId('location.text'), name: F.locationText, label: f.where.text.label, hint: f.where.text.hint, error: errorOf('location.text'), value: v(F.locationText), type: 'textarea' })}`,
  });

  const contact = section({
    t,
    id: 'melden-contact',
    legend: `${f.contact.legend}${t.optional}`,
    hint: f.contact.hint,
    body: [
      textField(t, {
        id: fieldId('contact.name'),
        name: F.contactName,
        label: f.contact.name,
        error: errorOf('contact.name'),
        value: v(F.contactName),
        attributes: 'autocomplete="name"',
      }),
      textField(t, {
        id: fieldId('contact.email'),
        name: F.contactEmail,
        label: f.contact.email,
        error: errorOf('contact.email'),
        value: v(F.contactEmail),
        type: 'email',
        attributes: 'autocomplete="email" spellcheck="false"',
      }),
      textField(t, {
        id: fieldId('contact.phone'),
        name: F.contactPhone,
        label: f.contact.phone,
        error: errorOf('contact.phone'),
        value: v(F.contactPhone),
        type: 'tel',
        attributes: 'autocomplete="tel"',
      }),
    ].join('\n'),
  });

  const photosHint = state.photosSentBefore ? `${f.photos.hint} ${f.photos.again}` : f.photos.hint;
  const photos = textField(t, {
    id: fieldId('photos'),
    name: F.photos,
    label: `${f.photos.label}${t.optional}`,
    hint: photosHint,
    error: errorOf('photos'),
    value: '',
    type: 'file',
    attributes: 'accept="image/jpeg,image/png,image/webp" multiple',
  });

  // The honeypot: hidden from people (off-screen, out of the tab order, hidden from screen readers); bots fill it in.
  const honeypot = `<div class="melden-hp" aria-hidden="true"><label for="melden-website">${e(f.honeypot)}</label><input id="melden-website" name="${F.honeypot}" type="text" value="" tabindex="-1" autocomplete="off"></div>`;

  const main = `${errorSummary(t, errors)}
<h1 class="utrecht-heading-1 dwb-page-title">${e(f.title(c.name))}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${e(f.lead)}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="${p.list}">${e(f.otherCategory)}</a></p>
${lookFor}
${emergencyNotice(t)}
<form id="melden-form" class="utrecht-form dwb-form" method="post" action="${p.form}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="${F.category}" value="${e(c.code)}">
<input type="hidden" name="${F.submissionKey}" value="${e(state.submissionKey)}">
${honeypot}
${what}
${when}
${where}
${contact}
${photos}
<button class="utrecht-button utrecht-button--submit utrecht-button--primary-action" type="submit">${e(f.submit)}</button>
</form>
<link rel="stylesheet" href="/assets/leaflet/leaflet.css">
<script src="/assets/leaflet/leaflet.js" defer></script>
<script src="/assets/melden.js" defer></script>`;
  const otherHref = `${otherPaths(t).form}?${otherPaths(t).categoryParam}=${encodeURIComponent(c.code)}`;
  return { lang: t.lang, title: title(t, f.title(c.name), errors), main, otherLanguage: other(t, otherHref) };
}

/** Groups of four, as the code is shown and typed: ABCD-EFGH-JKMN-PQRS-TVWX. */
export function groupCode(canonical: string): string {
  return (canonical.match(/.{1,4}/g) ?? []).join('-');
}

/** The receipt: the signal's number and the follow-up code, once. Never put in a URL. */
export function renderReceipt(t: PublicText, number: string, followCode: string): PublicPageFrame {
  const p = paths[t.lang];
  const r = t.receipt;
  const main = `<h1 class="utrecht-heading-1 dwb-page-title">${e(r.title)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${e(r.lead(number))}</p>
<section class="dwb-section melden-receipt" aria-labelledby="melden-code-heading">
<h2 class="utrecht-heading-2" id="melden-code-heading">${e(r.codeHeading)}</h2>
<p class="utrecht-paragraph"><span class="dwb-visually-hidden">${e(r.codeLabel)}: </span><strong class="melden-code" id="melden-follow-code">${e(followCode)}</strong></p>
<p class="utrecht-paragraph"><strong>${e(r.codeAdvice)}</strong></p>
<p class="utrecht-paragraph">${e(r.codeUse[0])}<a class="utrecht-link" href="${p.followUp}">${e(r.codeUse[1])}</a>${e(r.codeUse[2])}</p>
</section>
<section class="dwb-section" aria-labelledby="melden-next-heading">
<h2 class="utrecht-heading-2" id="melden-next-heading">${e(r.nextHeading)}</h2>
${r.next.map((line) => `<p class="utrecht-paragraph">${e(line)}</p>`).join('\n')}
<p class="utrecht-paragraph"><a class="utrecht-link" href="${p.list}">${e(r.another)}</a></p>
</section>
${emergencyNotice(t)}`;
  return { lang: t.lang, title: r.title, main, otherLanguage: other(t, otherPaths(t).followUp) };
}

/** A page with a heading and a few paragraphs (already received, neutral, too many). */
export function renderMessage(t: PublicText, heading: string, lines: readonly string[], backTo: 'list' | 'followUp' = 'list'): PublicPageFrame {
  const p = paths[t.lang];
  const link =
    backTo === 'list'
      ? `<a class="utrecht-link" href="${p.list}">${e(t.list.title)}</a>`
      : `<a class="utrecht-link" href="${p.followUp}">${e(t.followUp.title)}</a>`;
  const main = `<h1 class="utrecht-heading-1 dwb-page-title">${e(heading)}</h1>
${lines.map((line) => `<p class="utrecht-paragraph">${e(line)}</p>`).join('\n')}
<p class="utrecht-paragraph">${link}</p>
${emergencyNotice(t)}`;
  return { lang: t.lang, title: heading, main, otherLanguage: other(t, backTo === 'list' ? otherPaths(t).list : otherPaths(t).followUp) };
}

/** `/melden/volgen`: enter the code (POST only, so the code never lands in a URL, history or log). */
export function renderFollowUpForm(t: PublicText, error?: string): PublicPageFrame {
  const p = paths[t.lang];
  const u = t.followUp;
  const errors: FieldError[] = error ? [{ field: 'code', message: error }] : [];
  const main = `${errorSummary(t, errors)}
<h1 class="utrecht-heading-1 dwb-page-title">${e(u.title)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${e(u.intro)}</p>
<form class="utrecht-form dwb-form" method="post" action="${p.followUp}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="${F.action}" value="status">
${textField(t, { id: fieldId('code'), name: F.code, label: u.code.label, hint: u.code.hint, error, value: '', attributes: 'autocomplete="off" spellcheck="false" autocapitalize="characters"', inputClass: 'dwb-code' })}
<button class="utrecht-button utrecht-button--submit utrecht-button--primary-action" type="submit">${e(u.submit)}</button>
</form>
${emergencyNotice(t)}`;
  return { lang: t.lang, title: title(t, u.title, errors), main, otherLanguage: other(t, otherPaths(t).followUp) };
}

const dateFormat: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' }),
};

export interface StatusState {
  lookup: PublicLookup;
  /** The code as typed, canonical: it travels on in a hidden field of the add form (POST only). */
  code: string;
  added: boolean;
  errors: FieldError[];
  body: string;
  photosSentBefore: boolean;
}

/** The coarse status of a signal, and the form to add information. Nothing else of the signal is shown. */
export function renderStatus(t: PublicText, state: StatusState): PublicPageFrame {
  const p = paths[t.lang];
  const u = t.followUp;
  const { lookup } = state;
  const status = u.statuses[lookup.coarseStatus];
  const errorOf = (field: string) => state.errors.find((err) => err.field === field)?.message;
  const received = lookup.receivedAt.toISOString();
  const confirmation = state.added
    ? `<div class="utrecht-alert utrecht-alert--ok"><div class="utrecht-alert__content"><div class="utrecht-alert__message" role="status"><p class="utrecht-paragraph">${e(u.added)}</p></div></div></div>`
    : '';
  const photosHint = state.photosSentBefore ? `${u.photos.hint} ${u.photos.again}` : u.photos.hint;
  const addForm =
    lookup.coarseStatus === 'done'
      ? `<p class="utrecht-paragraph">${e(u.addClosed)}</p>`
      : `<form class="utrecht-form dwb-form" method="post" action="${p.followUp}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="${F.action}" value="add">
<input type="hidden" name="${F.code}" value="${e(groupCode(state.code))}">
${textField(t, { id: fieldId('body'), name: F.additionBody, label: u.add.label, hint: u.add.hint, error: errorOf('body'), value: state.body, type: 'textarea' })}
${textField(t, { id: fieldId('additionPhotos'), name: F.photos, label: `${u.photos.label}${t.optional}`, hint: photosHint, error: errorOf('additionPhotos'), value: '', type: 'file', attributes: 'accept="image/jpeg,image/png,image/webp" multiple' })}
<button class="utrecht-button utrecht-button--submit utrecht-button--primary-action" type="submit">${e(u.addSubmit)}</button>
</form>`;
  const main = `${errorSummary(t, state.errors)}
${confirmation}
<h1 class="utrecht-heading-1 dwb-page-title">${e(u.statusTitle(lookup.number))}</h1>
<dl class="utrecht-data-list utrecht-data-list--html-dl dwb-data-list">
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${e(u.statusLabel)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><span class="melden-status" id="melden-status">${e(status.name)}</span></dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${e(u.receivedOn)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><time datetime="${received}">${e(dateFormat[t.lang].format(lookup.receivedAt))}</time></dd></div>
<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${e(u.additions)}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${e(u.additionsCount(lookup.additions))}</dd></div>
</dl>
<p class="utrecht-paragraph">${e(status.text)}</p>
<section class="dwb-section" aria-labelledby="melden-add-heading">
<h2 class="utrecht-heading-2" id="melden-add-heading">${e(u.addHeading)}</h2>
${addForm}
</section>
<p class="utrecht-paragraph">${e(u.closeWindow)}</p>
${emergencyNotice(t)}`;
  return { lang: t.lang, title: title(t, u.statusTitle(lookup.number), state.errors), main, otherLanguage: other(t, otherPaths(t).followUp) };
}
