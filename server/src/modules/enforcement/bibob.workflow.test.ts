import { describe, expect, it } from 'vitest';
import { bibobStatuses } from './vocabulary.js';
import {
  checkTransition,
  daysBetween,
  lengthenPeriod,
  outOfOrderMessage,
  suspensionOf,
  type BibobStatus,
  type TransitionFacts,
  type TransitionRequest,
} from './bibob.workflow.js';

/**
 * Every pair of statuses, allowed or refused, written out independently of the code's table:
 * questionnaire → own investigation → (LBB requested → LBB advised →) decision → closed.
 */
const expected: Record<BibobStatus, BibobStatus[]> = {
  questionnaire: ['own_investigation'],
  own_investigation: ['lbb_requested', 'decision'],
  lbb_requested: ['lbb_advised'],
  lbb_advised: ['decision'],
  decision: ['closed'],
  closed: [],
};

const facts: TransitionFacts = {
  today: '2026-06-30',
  applicationReceivedOn: '2026-03-02',
  questionnaireDone: true,
  storedFindings: 'Open bronnen en register nagelopen.',
  lbbRequestedOn: '2026-04-01',
  lbbAdvice: 'lesser',
  lbbAdviceOn: '2026-05-20',
};

/** A complete request for a step: each target with what it needs. */
function complete(from: BibobStatus, to: BibobStatus): TransitionRequest {
  switch (to) {
    case 'lbb_requested':
      return { from, to, requestedOn: '2026-04-01' };
    case 'lbb_advised':
      return { from, to, advice: 'lesser', adviceOn: '2026-05-20', adviceSummary: 'Zakelijk samenwerkingsverband met een veroordeelde.' };
    case 'decision':
      return { from, to, decision: 'grant_with_conditions', decisionOn: '2026-06-01', conditions: 'Geen wijziging in leidinggevenden zonder toestemming.' };
    case 'questionnaire':
    case 'own_investigation':
    case 'closed':
      return { from, to, note: 'Toelichting' };
  }
}

const problemFields = (r: ReturnType<typeof checkTransition>) => (r.ok || r.kind !== 'invalid' ? [] : r.problems.map((p) => p.field));

describe('Bibob status machine', () => {
  for (const from of bibobStatuses) {
    for (const to of bibobStatuses) {
      const allowed = expected[from].includes(to);
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        const result = checkTransition(complete(from, to), facts);
        if (allowed) {
          expect(result).toEqual({ ok: true });
        } else {
          expect(result).toMatchObject({ ok: false, kind: 'conflict' });
          if (!result.ok && result.kind === 'conflict') {
            expect(result.message).toMatch(from === 'closed' ? /geen stappen meer mogelijk/ : from === to ? /staat al op/ : /kan de screening niet naar/);
          }
        }
      });
    }
  }

  it('says which steps are possible, in Dutch', () => {
    expect(outOfOrderMessage('own_investigation', 'closed')).toBe(
      'Van "Eigen onderzoek" kan de screening niet naar "Afgesloten"; mogelijk is alleen "Advies LBB gevraagd" of "Besluit genomen".',
    );
    expect(outOfOrderMessage('questionnaire', 'decision')).toBe(
      'Van "Vragenlijst" kan de screening niet naar "Besluit genomen"; mogelijk is alleen "Eigen onderzoek".',
    );
  });

  it('starts the own investigation only once the questionnaire is received or its refusal recorded', () => {
    expect(checkTransition({ from: 'questionnaire', to: 'own_investigation' }, { ...facts, questionnaireDone: false })).toMatchObject({
      ok: false,
      kind: 'conflict',
      message: expect.stringContaining('Wet Bibob art. 4'),
    });
  });

  it('leaves the own investigation only with findings, given now or earlier', () => {
    const none = { ...facts, storedFindings: ' ' };
    expect(problemFields(checkTransition({ from: 'own_investigation', to: 'lbb_requested', requestedOn: '2026-04-01' }, none))).toEqual(['findings']);
    expect(checkTransition({ from: 'own_investigation', to: 'lbb_requested', requestedOn: '2026-04-01', findings: 'Politie-informatie.' }, none)).toEqual({
      ok: true,
    });
    expect(problemFields(checkTransition({ ...complete('own_investigation', 'decision') }, none))).toEqual(['findings']);
    // After the advice the investigation is behind us: no findings asked again.
    expect(checkTransition(complete('lbb_advised', 'decision'), none)).toEqual({ ok: true });
  });

  it('checks the dates of request, advice and decision: existing, not in the future, in order', () => {
    const req = (requestedOn: string) => problemFields(checkTransition({ from: 'own_investigation', to: 'lbb_requested', requestedOn }, facts));
    expect(req('2026-02-30')).toEqual(['requestedOn']);
    expect(req('2026-07-01')).toEqual(['requestedOn']);
    expect(req('2026-03-01')).toEqual(['requestedOn']);
    expect(req('2026-03-02')).toEqual([]);
    const advice = (adviceOn: string) => problemFields(checkTransition({ ...complete('lbb_requested', 'lbb_advised'), adviceOn }, facts));
    expect(advice('2026-03-31')).toEqual(['adviceOn']);
    expect(advice('2026-04-01')).toEqual([]);
    const decided = (decisionOn: string) => problemFields(checkTransition({ ...complete('lbb_advised', 'decision'), decisionOn }, facts));
    expect(decided('2026-05-19')).toEqual(['decisionOn']);
    expect(decided('2026-05-20')).toEqual([]);
    expect(decided('')).toEqual(['decisionOn']);
  });

  it('needs the advice, its date and a summary', () => {
    expect(problemFields(checkTransition({ from: 'lbb_requested', to: 'lbb_advised' }, facts))).toEqual(['advice', 'adviceOn', 'adviceSummary']);
  });

  it('grants with conditions only with conditions, and conditions only there', () => {
    const base = complete('lbb_advised', 'decision');
    expect(problemFields(checkTransition({ ...base, conditions: '  ' }, facts))).toEqual(['conditions']);
    expect(problemFields(checkTransition({ ...base, decision: 'grant' }, facts))).toEqual(['conditions']);
    expect(checkTransition({ ...base, decision: 'grant', conditions: null }, facts)).toEqual({ ok: true });
  });

  it('refuses or revokes only with a motivation of at least 50 characters', () => {
    const base = { ...complete('lbb_advised', 'decision'), conditions: null };
    for (const decision of ['refuse', 'revoke'] as const) {
      expect(problemFields(checkTransition({ ...base, decision }, facts))).toEqual(['motivation']);
      expect(problemFields(checkTransition({ ...base, decision, motivation: 'x'.repeat(49) }, facts))).toEqual(['motivation']);
      expect(problemFields(checkTransition({ ...base, decision, motivation: `${'x'.repeat(49)}    ` }, facts))).toEqual(['motivation']);
      expect(checkTransition({ ...base, decision, motivation: 'x'.repeat(50) }, facts)).toEqual({ ok: true });
    }
  });

  it('asks why when granting against advice of serious danger (the advice does not bind)', () => {
    const serious = { ...facts, lbbAdvice: 'serious' as const };
    const base = { ...complete('lbb_advised', 'decision'), decision: 'grant' as const, conditions: null };
    expect(problemFields(checkTransition(base, serious))).toEqual(['motivation']);
    expect(checkTransition({ ...base, motivation: 'Eigen onderzoek weerlegt het gevaar: de financier is sinds 2025 uit beeld.' }, serious)).toEqual({
      ok: true,
    });
  });

  it('refuses fields that do not belong to the step, naming them', () => {
    expect(problemFields(checkTransition({ ...complete('own_investigation', 'lbb_requested'), decision: 'grant' }, facts))).toEqual(['decision']);
    expect(problemFields(checkTransition({ from: 'decision', to: 'closed', advice: 'none' }, facts))).toEqual(['advice']);
  });
});

describe('suspension of the decision term', () => {
  it('counts from the day of the request up to the day of the advice', () => {
    expect(daysBetween('2026-04-01', '2026-04-01')).toBe(0);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(suspensionOf('2026-04-01', '2026-05-27')).toEqual({ from: '2026-04-01', until: '2026-05-27', days: 56, capped: false });
  });

  it('lasts at most twelve weeks', () => {
    expect(suspensionOf('2026-01-05', '2026-03-30')).toMatchObject({ days: 84, capped: false });
    expect(suspensionOf('2026-01-05', '2026-04-20')).toMatchObject({ days: 84, capped: true });
  });

  it('lengthens a term as one ISO 8601 duration', () => {
    expect(lengthenPeriod('P8W', { days: 21 })).toBe('P8W21D');
    expect(lengthenPeriod('P8W', { weeks: 4 })).toBe('P12W');
    expect(lengthenPeriod('P56D', { days: 10 })).toBe('P66D');
    expect(lengthenPeriod('P3M', { days: 1 })).toBe('P3M1D');
    expect(lengthenPeriod('P1Y2M', {})).toBe('P1Y2M');
    expect(lengthenPeriod('PT8H', { days: 1 })).toBeNull();
    expect(lengthenPeriod('P', { days: 1 })).toBeNull();
  });
});
