import { isIsoDate } from '../legal/index.js';
import { bibobStatuses, type bibobAdvice, type bibobDecisions } from './vocabulary.js';

/**
 * The status machine of a Bibob screening (Wet Bibob; domain brief §2): the statuses, which steps are
 * allowed, what each step needs, and the arithmetic of the suspended decision term. Pure: no database,
 * so the tests can walk every pair of statuses.
 */
export type BibobStatus = (typeof bibobStatuses)[number];
export type BibobAdvice = (typeof bibobAdvice)[number];
export type BibobDecision = (typeof bibobDecisions)[number];

/** The allowed steps. Everything not listed is refused. Asking the LBB for advice is optional. */
export const allowedTransitions: Readonly<Record<BibobStatus, readonly BibobStatus[]>> = {
  questionnaire: ['own_investigation'],
  own_investigation: ['lbb_requested', 'decision'],
  lbb_requested: ['lbb_advised'],
  lbb_advised: ['decision'],
  decision: ['closed'],
  closed: [],
};

/** Dutch names, as the staff see them (the UI has its own translations). */
export const statusNamesNl: Readonly<Record<BibobStatus, string>> = {
  questionnaire: 'Vragenlijst',
  own_investigation: 'Eigen onderzoek',
  lbb_requested: 'Advies LBB gevraagd',
  lbb_advised: 'Advies LBB ontvangen',
  decision: 'Besluit genomen',
  closed: 'Afgesloten',
};

/** Statuses in which the questionnaire may still be recorded or corrected. */
export const questionnaireEditable: readonly BibobStatus[] = ['questionnaire', 'own_investigation', 'lbb_requested', 'lbb_advised'];
/** Statuses in which the findings of the own investigation may still be written. */
export const findingsEditable: readonly BibobStatus[] = ['own_investigation', 'lbb_requested', 'lbb_advised'];

/** A refusal or revocation must state the own assessment of the danger, the ground and proportionality. */
export const MIN_MOTIVATION = 50;
/**
 * The LBB advises within eight weeks, extendable once by four (Justis); the decision term is suspended from the
 * request until the advice, for at most twelve weeks.
 */
export const MAX_SUSPENSION_DAYS = 84;
export const LBB_ADVICE_PERIOD = 'P8W';
export const LBB_EXTENDED_PERIOD = 'P12W';
/** Awb 4:13: a decision within a reasonable term; eight weeks unless the permit's regulation says otherwise. */
export const DEFAULT_DECISION_TERM = 'P8W';

export interface TransitionRequest {
  from: BibobStatus;
  to: BibobStatus;
  findings?: string | null | undefined;
  requestedOn?: string | null | undefined;
  advice?: BibobAdvice | null | undefined;
  adviceOn?: string | null | undefined;
  adviceSummary?: string | null | undefined;
  decision?: BibobDecision | null | undefined;
  decisionOn?: string | null | undefined;
  motivation?: string | null | undefined;
  conditions?: string | null | undefined;
  measureId?: string | null | undefined;
  note?: string | null | undefined;
}

/** What the screening already holds, as far as a step depends on it. */
export interface TransitionFacts {
  today: string;
  applicationReceivedOn: string;
  /** The questionnaire was received, or its refusal or incompleteness recorded. */
  questionnaireDone: boolean;
  storedFindings: string;
  lbbRequestedOn: string | null;
  lbbAdvice: BibobAdvice | null;
  lbbAdviceOn: string | null;
}

export type TransitionField = Exclude<keyof TransitionRequest, 'from'>;
export interface FieldProblem {
  field: TransitionField;
  message: string;
}

/** ok; out of order or not yet possible (409, a message saying what is possible); or fields wrong (400, per field). */
export type TransitionCheck = { ok: true } | { ok: false; kind: 'conflict'; message: string } | { ok: false; kind: 'invalid'; problems: FieldProblem[] };

/** Which fields each step takes; any other is refused, so nothing is silently ignored. */
const fieldsOf: Readonly<Record<BibobStatus, readonly TransitionField[]>> = {
  questionnaire: [],
  own_investigation: ['note'],
  lbb_requested: ['findings', 'requestedOn', 'note'],
  lbb_advised: ['advice', 'adviceOn', 'adviceSummary', 'note'],
  decision: ['findings', 'decision', 'decisionOn', 'motivation', 'conditions', 'measureId', 'note'],
  closed: ['note'],
};

const transitionFields: readonly TransitionField[] = [
  'findings',
  'requestedOn',
  'advice',
  'adviceOn',
  'adviceSummary',
  'decision',
  'decisionOn',
  'motivation',
  'conditions',
  'measureId',
  'note',
];

function quoted(status: BibobStatus): string {
  return `"${statusNamesNl[status]}"`;
}

/** "Van … kan de screening alleen naar …": the Dutch message for a step out of order. */
export function outOfOrderMessage(from: BibobStatus, to: BibobStatus): string {
  const allowed = allowedTransitions[from];
  if (allowed.length === 0) return `De screening is ${statusNamesNl[from].toLowerCase()}: er zijn geen stappen meer mogelijk.`;
  if (from === to) return `De screening staat al op ${quoted(from)}.`;
  const list = allowed.length === 1 ? quoted(allowed[0]!) : `${allowed.slice(0, -1).map(quoted).join(', ')} of ${quoted(allowed.at(-1)!)}`;
  return `Van ${quoted(from)} kan de screening niet naar ${quoted(to)}; mogelijk is alleen ${list}.`;
}

const blank = (value: string | null | undefined): boolean => !value || value.trim() === '';

/** A date that exists, is not after today and not before `notBefore` (with the name of that event). */
function checkDate(
  field: TransitionField,
  value: string | null | undefined,
  today: string,
  notBefore: { date: string; what: string } | null,
  what: string,
): FieldProblem | null {
  if (blank(value)) return { field, message: `Geef de datum van ${what}.` };
  if (!isIsoDate(value!)) return { field, message: 'Geef een bestaande datum als JJJJ-MM-DD.' };
  if (value! > today) return { field, message: `De datum van ${what} kan niet in de toekomst liggen.` };
  if (notBefore && value! < notBefore.date) return { field, message: `De datum van ${what} kan niet vóór ${notBefore.what} (${notBefore.date}) liggen.` };
  return null;
}

/** Whether a step is allowed now and complete; a refusal says why in Dutch, per field where a field is wrong. */
export function checkTransition(request: TransitionRequest, facts: TransitionFacts): TransitionCheck {
  const { from, to } = request;
  if (!allowedTransitions[from].includes(to)) return { ok: false, kind: 'conflict', message: outOfOrderMessage(from, to) };
  if (to === 'own_investigation' && !facts.questionnaireDone) {
    return {
      ok: false,
      kind: 'conflict',
      message:
        'Leg eerst vast dat de Bibob-vragenlijst is ontvangen, of dat de aanvrager haar weigerde of niet volledig invulde (dat telt mee, Wet Bibob art. 4).',
    };
  }
  const problems: FieldProblem[] = [];
  const takes = fieldsOf[to];
  for (const field of transitionFields) {
    const value = request[field];
    if (value !== null && value !== undefined && value !== '' && !takes.includes(field)) {
      problems.push({ field, message: `Dit veld hoort niet bij de stap naar ${quoted(to)}.` });
    }
  }
  const received = { date: facts.applicationReceivedOn, what: 'de ontvangst van de aanvraag' };
  const add = (p: FieldProblem | null) => {
    if (p) problems.push(p);
  };

  if (to === 'lbb_requested' || (to === 'decision' && from === 'own_investigation')) {
    if (blank(request.findings) && blank(facts.storedFindings)) {
      problems.push({ field: 'findings', message: 'Leg eerst de bevindingen van het eigen onderzoek vast (open bronnen, register, politie-informatie).' });
    }
  }
  if (to === 'lbb_requested') {
    add(checkDate('requestedOn', request.requestedOn, facts.today, received, 'het adviesverzoek'));
  }
  if (to === 'lbb_advised') {
    if (!request.advice) problems.push({ field: 'advice', message: 'Kies de conclusie van het advies: geen, mindere mate of ernstig gevaar.' });
    const requested = facts.lbbRequestedOn ? { date: facts.lbbRequestedOn, what: 'het adviesverzoek' } : received;
    add(checkDate('adviceOn', request.adviceOn, facts.today, requested, 'het advies'));
    if (blank(request.adviceSummary)) {
      problems.push({ field: 'adviceSummary', message: 'Vat het advies samen: de feiten en omstandigheden waarop het steunt.' });
    }
  }
  if (to === 'decision') {
    if (!request.decision) {
      problems.push({ field: 'decision', message: 'Kies het besluit: verlenen, verlenen onder voorschriften, weigeren of intrekken.' });
    }
    const after = facts.lbbAdviceOn ? { date: facts.lbbAdviceOn, what: 'het advies van het LBB' } : received;
    add(checkDate('decisionOn', request.decisionOn, facts.today, after, 'het besluit'));
    const decision = request.decision;
    if (decision === 'grant_with_conditions' && blank(request.conditions)) {
      problems.push({
        field: 'conditions',
        message: 'Verlenen onder voorschriften vraagt de voorschriften die het gevaar in mindere mate beperken (Wet Bibob art. 3 lid 7).',
      });
    }
    if (decision && decision !== 'grant_with_conditions' && !blank(request.conditions)) {
      problems.push({ field: 'conditions', message: 'Voorschriften horen alleen bij verlenen onder voorschriften.' });
    }
    const motivation = request.motivation?.trim() ?? '';
    if ((decision === 'refuse' || decision === 'revoke') && motivation.length < MIN_MOTIVATION) {
      problems.push({
        field: 'motivation',
        message: `Motiveer het besluit in ten minste ${MIN_MOTIVATION} tekens: je eigen oordeel over het gevaar, de grond (art. 3 lid 1 onder a of b Wet Bibob) en de evenredigheid (art. 3 lid 5).`,
      });
    }
    if ((decision === 'grant' || decision === 'grant_with_conditions') && facts.lbbAdvice === 'serious' && motivation.length < MIN_MOTIVATION) {
      problems.push({
        field: 'motivation',
        message: `Het LBB adviseerde ernstig gevaar. Het advies bindt niet, maar motiveer in ten minste ${MIN_MOTIVATION} tekens waarom je ervan afwijkt (vergewisplicht, Awb 3:9).`,
      });
    }
  }
  return problems.length > 0 ? { ok: false, kind: 'invalid', problems } : { ok: true };
}

export function isBibobStatus(value: string): value is BibobStatus {
  return (bibobStatuses as readonly string[]).includes(value);
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d) / 86_400_000;
}

/** Calendar days from `from` to `to` (0 when the same day; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export interface Suspension {
  /** The day the LBB was asked: the first suspended day. */
  from: string;
  /** The day the advice arrived: the term runs again from this day. */
  until: string;
  /** Days counted, at most {@link MAX_SUSPENSION_DAYS}. */
  days: number;
  /** The advice took longer than the suspension may last. */
  capped: boolean;
}

/**
 * The suspension of the decision term (Wet Bibob art. 15; Justis): from the day of the request up to the day
 * the advice arrived, that day itself not included, at most twelve weeks.
 */
export function suspensionOf(requestedOn: string, adviceOn: string): Suspension {
  const elapsed = Math.max(0, daysBetween(requestedOn, adviceOn));
  return { from: requestedOn, until: adviceOn, days: Math.min(elapsed, MAX_SUSPENSION_DAYS), capped: elapsed > MAX_SUSPENSION_DAYS };
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * A term lengthened by some weeks and days, as one ISO 8601 duration: `P8W` + 21 days is `P8W21D`, `P8W` + 4 weeks
 * is `P12W`. The suspended decision term is the original term, counted from the original event, plus the
 * suspended days: the legal engine then applies the Algemene termijnenwet once, to the real end.
 * Returns null for a period that is not such a duration.
 */
export function lengthenPeriod(period: string, add: { weeks?: number; days?: number }): string | null {
  const match = DURATION.exec(period);
  if (!match || period === 'P') return null;
  const years = Number(match[1] ?? 0);
  const months = Number(match[2] ?? 0);
  const weeks = Number(match[3] ?? 0) + (add.weeks ?? 0);
  const days = Number(match[4] ?? 0) + (add.days ?? 0);
  const parts = [years ? `${years}Y` : '', months ? `${months}M` : '', weeks ? `${weeks}W` : '', days ? `${days}D` : ''].join('');
  return parts ? `P${parts}` : null;
}
