import type { Role } from '../../kernel/access.js';
import { isIsoDate } from '../legal/index.js';
import type { MeasureKind, ProcedureStatus, RemedyStatus } from './vocabulary.js';

/**
 * The procedure of a measure as a state machine with two tracks (ADR 0013): the procedure itself
 * (intake to closed) and the legal remedies against the decision (bezwaar, beroep). Pure: no database,
 * so the tests can walk every pair of statuses on both tracks. The service adds what needs the
 * database (the record policy, deadlines from the legal engine, the history).
 */

export type Track = 'procedure' | 'remedy';

/** The allowed moves of the procedure. Everything not listed is refused. */
export const procedureMoves: Readonly<Record<ProcedureStatus, readonly ProcedureStatus[]>> = {
  intake: ['investigation', 'withdrawn'],
  investigation: ['intention', 'decision', 'withdrawn'],
  intention: ['opinion_period', 'withdrawn'],
  opinion_period: ['decision', 'withdrawn'],
  decision: ['announced', 'withdrawn'],
  announced: ['execution', 'follow_up', 'withdrawn'],
  execution: ['follow_up', 'withdrawn'],
  follow_up: ['closed', 'withdrawn'],
  closed: [],
  withdrawn: [],
};

/** The allowed moves of the legal remedies. none → objection_period happens by itself on announcement. */
export const remedyMoves: Readonly<Record<RemedyStatus, readonly RemedyStatus[]>> = {
  none: ['objection_period'],
  objection_period: ['objection', 'final'],
  objection: ['objection_decided'],
  objection_decided: ['court', 'final'],
  court: ['final'],
  final: [],
};

export const procedureNamesNl: Readonly<Record<ProcedureStatus, string>> = {
  intake: 'Intake',
  investigation: 'Onderzoek',
  intention: 'Voornemen',
  opinion_period: 'Zienswijzetermijn',
  decision: 'Besluit',
  announced: 'Bekendgemaakt',
  execution: 'Uitvoering',
  follow_up: 'Nazorg',
  closed: 'Afgesloten',
  withdrawn: 'Ingetrokken',
};

export const remedyNamesNl: Readonly<Record<RemedyStatus, string>> = {
  none: 'Geen',
  objection_period: 'Bezwaartermijn loopt',
  objection: 'Bezwaar ontvangen',
  objection_decided: 'Op bezwaar beslist',
  court: 'Bij de rechter',
  final: 'Onherroepelijk',
};

export const roleNamesNl: Readonly<Record<Role, string>> = {
  admin: 'beheerder',
  analyst: 'analist',
  pga_director: 'PGA-regisseur',
  inspector: 'toezichthouder',
  lawyer: 'jurist',
  partner: 'partner',
  management: 'management',
  privacy_officer: 'privacyfunctionaris',
};

/** Statuses in which the procedure is still open (it can be withdrawn). */
export const openProcedureStatuses: readonly ProcedureStatus[] = procedureStatusesOpen();
function procedureStatusesOpen(): ProcedureStatus[] {
  return (Object.keys(procedureMoves) as ProcedureStatus[]).filter((s) => s !== 'closed' && s !== 'withdrawn');
}

/** Kinds of measure that are carried out over a period (a closure, a suspension, a last): they have an execution step. */
export const executionKinds: readonly MeasureKind[] = ['closure', 'permit_suspension', 'administrative_coercion', 'order_subject_to_penalty'];

/** Who may take a step. */
export function rolesFor(track: Track, from: string, to: string): readonly Role[] {
  if (track === 'remedy') return ['lawyer'];
  if (to === 'withdrawn') return ['lawyer'];
  if (from === 'intake' && to === 'investigation') return ['analyst', 'inspector', 'lawyer'];
  if (to === 'execution' || (from === 'execution' && to === 'follow_up')) return ['inspector', 'lawyer'];
  if (to === 'closed') return ['inspector', 'lawyer'];
  return ['lawyer'];
}

/** The data fields a step asks for (besides `note`). */
export function fieldsFor(track: Track, from: string, to: string, facts: Pick<MeasureFacts, 'requiresOpinion'>): string[] {
  const key = `${track}:${from}:${to}`;
  if (to === 'withdrawn') return ['motivation'];
  switch (key) {
    case 'procedure:investigation:decision':
      return facts.requiresOpinion ? ['urgencyMotivation'] : [];
    case 'procedure:intention:opinion_period':
      return ['sentOn', 'opinionDays'];
    case 'procedure:opinion_period:decision':
      return ['opinionResponse', 'opinionReceivedOn', 'noOpinionReceived'];
    case 'procedure:decision:announced':
      return ['decisionOn', 'announcedOn', 'graceDays'];
    case 'procedure:announced:execution':
      return ['executionStart'];
    case 'procedure:execution:follow_up':
      return ['liftedOn'];
    case 'remedy:objection_period:objection':
      return ['receivedOn', 'committee'];
    case 'remedy:objection:objection_decided':
      return ['decidedOn', 'outcome'];
    case 'remedy:objection_decided:court':
      return ['filedOn', 'court', 'caseNumber'];
    case 'remedy:objection_decided:final':
      return ['noAppealFiled'];
    case 'remedy:court:final':
      return ['finalOn'];
    default:
      return [];
  }
}

/** What the state machine needs to know about the measure and the day. */
export interface MeasureFacts {
  procedure: ProcedureStatus;
  remedy: RemedyStatus;
  kind: MeasureKind;
  requiresOpinion: boolean;
  urgent: boolean;
  /** All three steps true and motivated by a jurist. */
  proportionalityComplete: boolean;
  /** Today in Amsterdam, YYYY-MM-DD. */
  today: string;
  opinionDue: string | null;
  graceEnd: string | null;
  announcedOn: string | null;
  objectionDue: string | null;
  objectionReceivedOn: string | null;
  executionStart: string | null;
  /** Last day of the appeal term after the decision on the objection (six weeks, computed by the legal engine). */
  appealDue: string | null;
  objectionDecidedOn: string | null;
}

export interface TransitionData {
  sentOn?: string | undefined;
  opinionDays?: number | undefined;
  opinionResponse?: string | undefined;
  opinionReceivedOn?: string | undefined;
  noOpinionReceived?: boolean | undefined;
  urgencyMotivation?: string | undefined;
  decisionOn?: string | undefined;
  announcedOn?: string | undefined;
  graceDays?: number | undefined;
  executionStart?: string | undefined;
  liftedOn?: string | undefined;
  motivation?: string | undefined;
  receivedOn?: string | undefined;
  committee?: boolean | undefined;
  decidedOn?: string | undefined;
  outcome?: string | undefined;
  filedOn?: string | undefined;
  noAppealFiled?: boolean | undefined;
  finalOn?: string | undefined;
}

export type TransitionCheck =
  | { ok: true }
  /** 409: out of order or not yet possible; 403: wrong role; 400: a field is missing or wrong. */
  | { ok: false; status: 400 | 403 | 409; field: string | null; message: string };

function nameOf(track: Track, status: string): string {
  return track === 'procedure' ? (procedureNamesNl[status as ProcedureStatus] ?? status) : (remedyNamesNl[status as RemedyStatus] ?? status);
}

/** Moves from the current status on a track (before the conditions that depend on data and dates). */
export function movesFrom(track: Track, from: string): readonly string[] {
  return track === 'procedure' ? (procedureMoves[from as ProcedureStatus] ?? []) : (remedyMoves[from as RemedyStatus] ?? []);
}

/** Whether the move exists in the table. */
export function isMove(track: Track, from: string, to: string): boolean {
  return movesFrom(track, from).includes(to);
}

/** A Dutch sentence naming the steps that are possible now on both tracks, for a 409. */
export function possibleNow(facts: MeasureFacts): string {
  const steps = [
    ...movesFrom('procedure', facts.procedure)
      .filter((to) => blockedReason(facts, 'procedure', to) === null)
      .map((to) => `"${procedureNamesNl[to as ProcedureStatus]}"`),
    ...movesFrom('remedy', facts.remedy)
      .filter((to) => blockedReason(facts, 'remedy', to) === null)
      .map((to) => `"${remedyNamesNl[to as RemedyStatus]}" (bezwaar en beroep)`),
  ];
  return steps.length > 0 ? `Mogelijk is nu: ${steps.join(', ')}.` : 'Er is nu geen volgende stap mogelijk.';
}

/**
 * Why a move that exists in the table cannot be taken now, whatever the data: it happens by itself, the
 * measure's kind has no such step, a term is still running, or the proportionality test is missing.
 * Null when it can be taken (given complete data).
 */
export function blockedReason(facts: MeasureFacts, track: Track, to: string): string | null {
  const from = track === 'procedure' ? facts.procedure : facts.remedy;
  if (!isMove(track, from, to)) return `Van "${nameOf(track, from)}" kan niet naar "${nameOf(track, to)}".`;
  const hasExecution = executionKinds.includes(facts.kind);
  if (track === 'procedure') {
    if (from === 'investigation' && to === 'intention' && !facts.requiresOpinion) {
      return 'Deze grondslag vraagt geen voornemen en zienswijze: ga direct naar "Besluit".';
    }
    if (from === 'announced' && to === 'execution' && !hasExecution) return 'Deze maatregel kent geen uitvoering: ga naar "Nazorg".';
    if (from === 'announced' && to === 'follow_up' && hasExecution) return 'Deze maatregel wordt uitgevoerd: start eerst de uitvoering.';
    if (from === 'decision' && to === 'announced' && !facts.proportionalityComplete && facts.kind !== 'warning') {
      // A warning is not a besluit: the three-step test belongs to the decision that may follow it.
      return 'Het besluit kan pas worden bekendgemaakt als een jurist de driestappentoets heeft vastgelegd: geschikt, noodzakelijk en evenredig, alle drie met motivering.';
    }
    return null;
  }
  if (from === 'none' && to === 'objection_period') return 'De bezwaartermijn begint vanzelf bij de bekendmaking van het besluit.';
  if (facts.procedure === 'withdrawn') return 'De maatregel is ingetrokken.';
  if (from === 'objection_period' && to === 'final' && facts.objectionDue !== null && facts.today <= facts.objectionDue) {
    return `De bezwaartermijn loopt nog tot en met ${facts.objectionDue}.`;
  }
  return null;
}

const missing = (field: string, message: string): TransitionCheck => ({ ok: false, status: 400, field, message });
const badDate = (field: string, value: string | undefined, what: string): TransitionCheck | null =>
  value !== undefined && !isIsoDate(value) ? missing(field, `${what} bestaat niet; geef een datum als JJJJ-MM-DD.`) : null;

/**
 * Whether a move is allowed now for this role with this data. Order: the move must exist (409), must not be
 * blocked (409), the role must fit (403), then the data must be complete and in order (400) and the terms that
 * depend on the data must allow it (409). A refusal names the field and says why in Dutch.
 */
export function checkTransition(facts: MeasureFacts, track: Track, to: string, role: Role, data: TransitionData): TransitionCheck {
  const from = track === 'procedure' ? facts.procedure : facts.remedy;
  if (from === to) return { ok: false, status: 409, field: 'to', message: `De maatregel heeft de status "${nameOf(track, to)}" al. ${possibleNow(facts)}` };
  if (!isMove(track, from, to)) {
    return {
      ok: false,
      status: 409,
      field: 'to',
      message: `Van "${nameOf(track, from)}" kan de maatregel niet naar "${nameOf(track, to)}". ${possibleNow(facts)}`,
    };
  }
  const blocked = blockedReason(facts, track, to);
  if (blocked) return { ok: false, status: 409, field: 'to', message: `${blocked} ${possibleNow(facts)}` };
  const roles = rolesFor(track, from, to);
  if (!roles.includes(role)) {
    const names = roles.map((r) => roleNamesNl[r]);
    const who = names.length === 1 ? `een ${names[0]}` : `een ${names.slice(0, -1).join(', een ')} of een ${names.at(-1)}`;
    return { ok: false, status: 403, field: null, message: `De stap naar "${nameOf(track, to)}" zet ${who}.` };
  }
  for (const [field, what] of [
    ['sentOn', 'De verzenddatum'],
    ['opinionReceivedOn', 'De datum van de zienswijze'],
    ['decisionOn', 'De datum van het besluit'],
    ['announcedOn', 'De datum van bekendmaking'],
    ['executionStart', 'De begindatum'],
    ['liftedOn', 'De datum van opheffing'],
    ['receivedOn', 'De datum van ontvangst'],
    ['decidedOn', 'De datum van de beslissing'],
    ['filedOn', 'De datum van het beroep'],
    ['finalOn', 'De datum'],
  ] as const) {
    const wrong = badDate(field, data[field], what);
    if (wrong) return wrong;
  }
  const future = (field: keyof TransitionData, value: string | undefined, what: string) =>
    value !== undefined && value > facts.today ? missing(field, `${what} ligt in de toekomst.`) : null;

  if (to === 'withdrawn') {
    if (!data.motivation?.trim()) return missing('motivation', 'Motiveer waarom de maatregel wordt ingetrokken.');
    return { ok: true };
  }
  const key = `${track}:${from}:${to}`;
  switch (key) {
    case 'procedure:investigation:decision':
      if (facts.requiresOpinion && !data.urgencyMotivation?.trim()) {
        return missing('urgencyMotivation', 'Zonder voornemen en zienswijze kan alleen bij spoed: motiveer de spoed (Awb 4:11).');
      }
      return { ok: true };
    case 'procedure:intention:opinion_period':
      if (!data.sentOn) return missing('sentOn', 'Geef de datum waarop het voornemen is verzonden.');
      return future('sentOn', data.sentOn, 'De verzenddatum') ?? { ok: true };
    case 'procedure:opinion_period:decision': {
      if (data.noOpinionReceived) {
        if (data.opinionResponse !== undefined || data.opinionReceivedOn !== undefined) {
          return missing('noOpinionReceived', 'Geef een zienswijze óf dat er geen is ontvangen, niet allebei.');
        }
        if (facts.opinionDue !== null && facts.today <= facts.opinionDue) {
          return {
            ok: false,
            status: 409,
            field: 'noOpinionReceived',
            message: `De zienswijzetermijn loopt nog tot en met ${facts.opinionDue}; wacht die af of leg de ontvangen zienswijze vast.`,
          };
        }
        return { ok: true };
      }
      if (!data.opinionResponse?.trim()) return missing('opinionResponse', 'Leg de zienswijze vast, of geef aan dat er geen is ontvangen.');
      if (!data.opinionReceivedOn) return missing('opinionReceivedOn', 'Geef de datum waarop de zienswijze binnenkwam.');
      return future('opinionReceivedOn', data.opinionReceivedOn, 'De datum van de zienswijze') ?? { ok: true };
    }
    case 'procedure:decision:announced':
      if (!data.decisionOn) return missing('decisionOn', 'Geef de datum van het besluit.');
      if (!data.announcedOn) return missing('announcedOn', 'Geef de datum van bekendmaking.');
      if (data.graceDays === undefined) return missing('graceDays', 'Geef de begunstigingstermijn in dagen (0 bij spoed).');
      if (data.announcedOn < data.decisionOn) return missing('announcedOn', 'De bekendmaking kan niet vóór het besluit liggen.');
      return (
        future('decisionOn', data.decisionOn, 'De datum van het besluit') ??
        future('announcedOn', data.announcedOn, 'De datum van bekendmaking') ?? { ok: true }
      );
    case 'procedure:announced:execution':
      if (!data.executionStart) return missing('executionStart', 'Geef de begindatum van de uitvoering.');
      if (facts.announcedOn !== null && data.executionStart < facts.announcedOn) {
        return missing('executionStart', 'De uitvoering kan niet beginnen vóór de bekendmaking.');
      }
      if (!facts.urgent && facts.graceEnd !== null && data.executionStart <= facts.graceEnd) {
        return {
          ok: false,
          status: 409,
          field: 'executionStart',
          message: `De begunstigingstermijn loopt tot en met ${facts.graceEnd}; de uitvoering begint op zijn vroegst de dag erna (behalve bij spoed).`,
        };
      }
      return { ok: true };
    case 'procedure:execution:follow_up':
      if (!data.liftedOn) return missing('liftedOn', 'Geef de datum waarop de sluiting eindigde of werd opgeheven.');
      if (facts.executionStart !== null && data.liftedOn < facts.executionStart) {
        return missing('liftedOn', 'De opheffing kan niet vóór het begin van de uitvoering liggen.');
      }
      return future('liftedOn', data.liftedOn, 'De datum van opheffing') ?? { ok: true };
    case 'remedy:objection_period:objection':
      if (!data.receivedOn) return missing('receivedOn', 'Geef de datum waarop het bezwaarschrift binnenkwam.');
      if (data.committee === undefined) return missing('committee', 'Geef aan of een adviescommissie bezwaarschriften adviseert.');
      if (facts.announcedOn !== null && data.receivedOn < facts.announcedOn) {
        return missing('receivedOn', 'Het bezwaar kan niet vóór de bekendmaking zijn ontvangen.');
      }
      return future('receivedOn', data.receivedOn, 'De datum van ontvangst') ?? { ok: true };
    case 'remedy:objection:objection_decided':
      if (!data.decidedOn) return missing('decidedOn', 'Geef de datum van de beslissing op bezwaar.');
      if (!data.outcome) return missing('outcome', 'Kies de uitkomst: ongegrond, gegrond, deels gegrond of niet-ontvankelijk.');
      if (facts.objectionReceivedOn !== null && data.decidedOn < facts.objectionReceivedOn) {
        return missing('decidedOn', 'De beslissing kan niet vóór de ontvangst van het bezwaar liggen.');
      }
      return future('decidedOn', data.decidedOn, 'De datum van de beslissing') ?? { ok: true };
    case 'remedy:objection_decided:court':
      if (!data.filedOn) return missing('filedOn', 'Geef de datum waarop beroep is ingesteld.');
      if (facts.objectionDecidedOn !== null && data.filedOn < facts.objectionDecidedOn) {
        return missing('filedOn', 'Het beroep kan niet vóór de beslissing op bezwaar liggen.');
      }
      return future('filedOn', data.filedOn, 'De datum van het beroep') ?? { ok: true };
    case 'remedy:objection_decided:final':
      if (data.noAppealFiled) return { ok: true };
      if (facts.appealDue === null || facts.today <= facts.appealDue) {
        return {
          ok: false,
          status: 409,
          field: 'noAppealFiled',
          message: `De beroepstermijn loopt nog${facts.appealDue ? ` tot en met ${facts.appealDue}` : ''}; het besluit is pas daarna onherroepelijk, of geef aan dat er geen beroep is ingesteld.`,
        };
      }
      return { ok: true };
    case 'remedy:court:final':
      if (!data.finalOn) return missing('finalOn', 'Geef de datum van de uitspraak die de zaak beëindigt.');
      return future('finalOn', data.finalOn, 'De datum') ?? { ok: true };
    default:
      return { ok: true };
  }
}
