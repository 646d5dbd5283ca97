import type { FieldErrors } from '../../../components/fieldErrors';
import {
  APPLICANT_KINDS,
  DECISIONS,
  FINANCIER_KINDS,
  INCOMPLETE_REASONS,
  isOneOf,
  LEGAL_FORMS,
  PERMIT_TYPES,
  ADVICE_LEVELS,
  type AdviceLevel,
  type ApplicantKind,
  type BibobStatus,
  type CreateInput,
  type DecisionKind,
  type FinancierKind,
  type IncompleteReason,
  type LegalForm,
  type PermitType,
  type Questionnaire,
  type QuestionnaireInput,
  type Suspension,
  type TransitionInput,
} from './api';

/**
 * The forms of a Bibob screening as they hold their values (text, repeatable rows) and as the API wants them.
 * Field names are the server's error paths (`financiers.1.amount`), so server errors land at the right row.
 */

export const errorKeys = [
  'required',
  'date',
  'future',
  'beforeReceipt',
  'beforeRequest',
  'beforeAdvice',
  'kvk',
  'amount',
  'legalForm',
  'receivedOrIncomplete',
  'period',
  'conditions',
  'noConditions',
  'motivation',
  'findings',
  'choose',
] as const;
export type ErrorKey = (typeof errorKeys)[number];
export type Messages = (key: ErrorKey) => string;

export const MIN_MOTIVATION = 50;

/** YYYY-MM-DD that exists. */
export function isExistingDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today in Amsterdam as YYYY-MM-DD. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An ISO 8601 duration in days, weeks, months or years (what the legal engine counts). */
export function isPeriod(value: string): boolean {
  return /^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/.test(value) && value !== 'P';
}

/** "150000", "150.000", "1.500,50" or "1500.50" → euros; anything else → null. */
export function parseEuros(text: string): number | null {
  const trimmed = text.trim().replace(/^€\s*/, '');
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(trimmed)) return Number(trimmed.replace(/\./g, '').replace(',', '.'));
  if (/^\d+([.,]\d{1,2})?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return null;
}

function checkDate(errors: FieldErrors, field: string, value: string, today: string, msg: Messages, required = true): void {
  const v = value.trim();
  if (!v) {
    if (required) errors[field] = msg('date');
    return;
  }
  if (!isExistingDate(v)) errors[field] = msg('date');
  else if (v > today) errors[field] = msg('future');
}

// ---- new screening -----------------------------------------------------------------------------

export interface CreateValues {
  permitType: PermitType | '';
  applicantName: string;
  establishmentLabel: string;
  wijkCode: string;
  applicationReceivedOn: string;
  decisionTerm: string;
  responsibleUserId: string;
}

export const EMPTY_CREATE: CreateValues = {
  permitType: '',
  applicantName: '',
  establishmentLabel: '',
  wijkCode: '',
  applicationReceivedOn: '',
  decisionTerm: 'P8W',
  responsibleUserId: '',
};

export function validateCreate(values: CreateValues, today: string, msg: Messages): FieldErrors {
  const errors: FieldErrors = {};
  if (!isOneOf(PERMIT_TYPES, values.permitType)) errors.permitType = msg('choose');
  if (!values.applicantName.trim()) errors.applicantName = msg('required');
  if (!values.establishmentLabel.trim()) errors.establishmentLabel = msg('required');
  checkDate(errors, 'applicationReceivedOn', values.applicationReceivedOn, today, msg);
  if (!isPeriod(values.decisionTerm.trim())) errors.decisionTerm = msg('period');
  if (!values.responsibleUserId) errors.responsibleUserId = msg('choose');
  return errors;
}

export function toCreateInput(values: CreateValues, subjectId: string | null): CreateInput {
  return {
    permitType: values.permitType as PermitType,
    applicantName: values.applicantName.trim(),
    subjectId,
    establishmentLabel: values.establishmentLabel.trim(),
    wijkCode: values.wijkCode || null,
    applicationReceivedOn: values.applicationReceivedOn.trim(),
    decisionTerm: values.decisionTerm.trim(),
    responsibleUserId: values.responsibleUserId,
  };
}

// ---- questionnaire -------------------------------------------------------------------------------

export interface FinancierRow {
  /** Local id for React keys and focus; not sent. */
  rowId: string;
  name: string;
  amount: string;
  kind: FinancierKind | '';
}

export interface PersonRow {
  rowId: string;
  name: string;
  role: string;
  since: string;
}

export interface FinancingRow {
  rowId: string;
  source: string;
  amount: string;
}

export interface QuestionnaireValues {
  applicantKind: ApplicantKind | '';
  kvkNumber: string;
  legalForm: LegalForm | '';
  tradeName: string;
  address: string;
  bsnChecked: boolean;
  financiers: FinancierRow[];
  control: PersonRow[];
  management: PersonRow[];
  financing: FinancingRow[];
  receivedOn: string;
  incompleteReason: IncompleteReason | '';
  incompleteNote: string;
}

let rowCounter = 0;
function nextRowId(prefix: string): string {
  rowCounter += 1;
  return `${prefix}${rowCounter}`;
}

export const emptyFinancier = (): FinancierRow => ({ rowId: nextRowId('financier'), name: '', amount: '', kind: '' });
export const emptyPerson = (): PersonRow => ({ rowId: nextRowId('person'), name: '', role: '', since: '' });
export const emptyFinancing = (): FinancingRow => ({ rowId: nextRowId('financing'), source: '', amount: '' });

/** Amounts as a Dutch reader writes them: 150000 → "150000", 1500.5 → "1500,50". */
function amountText(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace('.', ',');
}

/** The form's values from what is stored (a new screening has an empty questionnaire). */
export function questionnaireValues(q: Questionnaire): QuestionnaireValues {
  return {
    applicantKind: q.applicantKind ?? '',
    kvkNumber: q.kvkNumber ?? '',
    legalForm: q.legalForm ?? '',
    tradeName: q.tradeName,
    address: q.address,
    bsnChecked: q.bsnChecked,
    financiers: q.financiers.map((f) => ({ rowId: nextRowId('financier'), name: f.name, amount: amountText(f.amount), kind: f.kind })),
    control: q.control.map((p) => ({ rowId: nextRowId('person'), name: p.name, role: p.role, since: p.since ?? '' })),
    management: q.management.map((p) => ({ rowId: nextRowId('person'), name: p.name, role: p.role, since: p.since ?? '' })),
    financing: q.financing.map((f) => ({ rowId: nextRowId('financing'), source: f.source, amount: amountText(f.amount) })),
    receivedOn: q.receivedOn ?? '',
    incompleteReason: q.incomplete?.reason ?? '',
    incompleteNote: q.incomplete?.note ?? '',
  };
}

/**
 * The body. Rows are sent in order, so error paths match the rows on screen; an amount that is not a number is
 * sent as -1, which the server refuses (the form checks first).
 */
export function toQuestionnaireInput(values: QuestionnaireValues): QuestionnaireInput {
  const person = (p: PersonRow) => ({ name: p.name.trim(), role: p.role.trim(), since: p.since.trim() || null });
  return {
    applicantKind: values.applicantKind as ApplicantKind,
    kvkNumber: values.kvkNumber.trim() || null,
    legalForm: values.legalForm || null,
    tradeName: values.tradeName.trim(),
    address: values.address.trim(),
    bsnChecked: values.bsnChecked,
    financiers: values.financiers.map((f) => ({ name: f.name.trim(), amount: parseEuros(f.amount) ?? -1, kind: f.kind as FinancierKind })),
    control: values.control.map(person),
    management: values.management.map(person),
    financing: values.financing.map((f) => ({ source: f.source.trim(), amount: parseEuros(f.amount) ?? -1 })),
    receivedOn: values.receivedOn.trim() || null,
    incomplete: values.incompleteReason ? { reason: values.incompleteReason, note: values.incompleteNote.trim() } : null,
  };
}

/** Client-side checks, keyed by the server's error paths. */
export function validateQuestionnaire(values: QuestionnaireValues, applicationReceivedOn: string, today: string, msg: Messages): FieldErrors {
  const errors: FieldErrors = {};
  if (!isOneOf(APPLICANT_KINDS, values.applicantKind)) errors.applicantKind = msg('choose');
  const kvk = values.kvkNumber.trim();
  if (kvk && !/^\d{8}$/.test(kvk)) errors.kvkNumber = msg('kvk');
  if (values.applicantKind === 'legal_person') {
    if (!kvk) errors.kvkNumber = msg('kvk');
    if (!isOneOf(LEGAL_FORMS, values.legalForm)) errors.legalForm = msg('legalForm');
  }
  values.financiers.forEach((row, i) => {
    if (!row.name.trim()) errors[`financiers.${i}.name`] = msg('required');
    if (parseEuros(row.amount) === null) errors[`financiers.${i}.amount`] = msg('amount');
    if (!isOneOf(FINANCIER_KINDS, row.kind)) errors[`financiers.${i}.kind`] = msg('choose');
  });
  for (const list of ['control', 'management'] as const) {
    values[list].forEach((row, i) => {
      if (!row.name.trim()) errors[`${list}.${i}.name`] = msg('required');
      if (!row.role.trim()) errors[`${list}.${i}.role`] = msg('required');
      checkDate(errors, `${list}.${i}.since`, row.since, today, msg, false);
    });
  }
  values.financing.forEach((row, i) => {
    if (!row.source.trim()) errors[`financing.${i}.source`] = msg('required');
    if (parseEuros(row.amount) === null) errors[`financing.${i}.amount`] = msg('amount');
  });
  if (values.receivedOn.trim()) {
    checkDate(errors, 'receivedOn', values.receivedOn, today, msg);
    if (!errors.receivedOn && values.receivedOn.trim() < applicationReceivedOn) errors.receivedOn = msg('beforeReceipt');
  } else if (!values.incompleteReason) {
    errors.receivedOn = msg('receivedOrIncomplete');
  }
  if (values.incompleteReason && !isOneOf(INCOMPLETE_REASONS, values.incompleteReason)) errors['incomplete.reason'] = msg('choose');
  return errors;
}

/** Rows without the one at `index`. */
export function removeRow<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

/** Replace one field of the row at `index`. */
export function updateRow<T extends object, K extends keyof T>(rows: readonly T[], index: number, name: K, value: T[K]): T[] {
  return rows.map((row, i) => (i === index ? { ...row, [name]: value } : row));
}

// ---- steps ---------------------------------------------------------------------------------------

export interface StepValues {
  to: BibobStatus | '';
  findings: string;
  requestedOn: string;
  advice: AdviceLevel | '';
  adviceOn: string;
  adviceSummary: string;
  decision: DecisionKind | '';
  decisionOn: string;
  motivation: string;
  conditions: string;
  measureId: string;
  note: string;
}

export const EMPTY_STEP: StepValues = {
  to: '',
  findings: '',
  requestedOn: '',
  advice: '',
  adviceOn: '',
  adviceSummary: '',
  decision: '',
  decisionOn: '',
  motivation: '',
  conditions: '',
  measureId: '',
  note: '',
};

type StepField = Exclude<keyof StepValues, 'to'>;

/** The fields the step to `to` shows and sends (the server refuses others). */
export function stepFields(to: BibobStatus | '', decision: DecisionKind | ''): StepField[] {
  switch (to) {
    case 'lbb_requested':
      return ['requestedOn', 'note'];
    case 'lbb_advised':
      return ['advice', 'adviceOn', 'adviceSummary', 'note'];
    case 'decision':
      return ['decision', 'decisionOn', ...(decision === 'grant_with_conditions' ? (['conditions'] as const) : []), 'motivation', 'measureId', 'note'];
    case 'own_investigation':
    case 'closed':
      return ['note'];
    case 'questionnaire':
    case '':
      return [];
  }
}

/** Whether the motivation is required: refusing or revoking, or granting against advice of serious danger. */
export function needsMotivation(decision: DecisionKind | '', advice: AdviceLevel | null): boolean {
  return decision === 'refuse' || decision === 'revoke' || ((decision === 'grant' || decision === 'grant_with_conditions') && advice === 'serious');
}

export interface StepFacts {
  allowed: readonly BibobStatus[];
  today: string;
  applicationReceivedOn: string;
  lbbRequestedOn: string | null;
  lbbAdvice: AdviceLevel | null;
  lbbAdviceOn: string | null;
  /** Findings stored, or typed in the findings form. */
  hasFindings: boolean;
}

export function validateStep(values: StepValues, facts: StepFacts, msg: Messages): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.to || !facts.allowed.includes(values.to)) {
    errors.to = msg('choose');
    return errors;
  }
  const fields = stepFields(values.to, values.decision);
  if ((values.to === 'lbb_requested' || values.to === 'decision') && !facts.hasFindings && facts.lbbAdviceOn === null) {
    errors.findings = msg('findings');
  }
  if (fields.includes('requestedOn')) {
    checkDate(errors, 'requestedOn', values.requestedOn, facts.today, msg);
    if (!errors.requestedOn && values.requestedOn < facts.applicationReceivedOn) errors.requestedOn = msg('beforeReceipt');
  }
  if (fields.includes('advice') && !isOneOf(ADVICE_LEVELS, values.advice)) errors.advice = msg('choose');
  if (fields.includes('adviceOn')) {
    checkDate(errors, 'adviceOn', values.adviceOn, facts.today, msg);
    if (!errors.adviceOn && facts.lbbRequestedOn && values.adviceOn < facts.lbbRequestedOn) errors.adviceOn = msg('beforeRequest');
  }
  if (fields.includes('adviceSummary') && !values.adviceSummary.trim()) errors.adviceSummary = msg('required');
  if (fields.includes('decision') && !isOneOf(DECISIONS, values.decision)) errors.decision = msg('choose');
  if (fields.includes('decisionOn')) {
    checkDate(errors, 'decisionOn', values.decisionOn, facts.today, msg);
    if (!errors.decisionOn && facts.lbbAdviceOn && values.decisionOn < facts.lbbAdviceOn) errors.decisionOn = msg('beforeAdvice');
    else if (!errors.decisionOn && values.decisionOn < facts.applicationReceivedOn) errors.decisionOn = msg('beforeReceipt');
  }
  if (values.to === 'decision' && values.decision === 'grant_with_conditions' && !values.conditions.trim()) errors.conditions = msg('conditions');
  if (values.to === 'decision' && needsMotivation(values.decision, facts.lbbAdvice) && values.motivation.trim().length < MIN_MOTIVATION) {
    errors.motivation = msg('motivation');
  }
  return errors;
}

/** Only the fields of the chosen step, trimmed; empty ones left out. */
export function toTransitionInput(values: StepValues): TransitionInput {
  const to = values.to as BibobStatus;
  const fields: Record<string, string> = {};
  for (const field of stepFields(to, values.decision)) {
    const value = values[field].trim();
    if (value) fields[field] = value;
  }
  return { ...(fields as Omit<TransitionInput, 'to'>), to };
}

// ---- what the page says --------------------------------------------------------------------------

/** The steps in their order, with whether each is done, current or to come (the LBB steps may be skipped). */
export function stepProgress(status: BibobStatus, lbbRequested: boolean): { status: BibobStatus; state: 'done' | 'current' | 'todo' | 'skipped' }[] {
  const order: BibobStatus[] = ['questionnaire', 'own_investigation', 'lbb_requested', 'lbb_advised', 'decision', 'closed'];
  const at = order.indexOf(status);
  return order.map((s, i) => {
    const lbbStep = s === 'lbb_requested' || s === 'lbb_advised';
    if (lbbStep && !lbbRequested && at > order.indexOf('own_investigation')) return { status: s, state: 'skipped' };
    if (i < at) return { status: s, state: 'done' };
    if (i === at) return { status: s, state: status === 'closed' ? 'done' : 'current' };
    return { status: s, state: 'todo' };
  });
}

/** Which words describe the suspension of the decision term: running, ended, or ended at the twelve-week maximum. */
export function suspensionKey(s: Suspension): 'running' | 'ended' | 'capped' {
  if (s.until === null) return 'running';
  return s.capped ? 'capped' : 'ended';
}

/** "P8W" → { weeks: 8 }, "P8W28D" → { weeks: 8, days: 28 }: the parts of a term, to say it in words. */
export function periodParts(period: string): { years: number; months: number; weeks: number; days: number } | null {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!match || period === 'P') return null;
  return { years: Number(match[1] ?? 0), months: Number(match[2] ?? 0), weeks: Number(match[3] ?? 0), days: Number(match[4] ?? 0) };
}
