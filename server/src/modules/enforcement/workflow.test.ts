import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../kernel/access.js';
import { procedureStatuses, remedyStatuses, type ProcedureStatus, type RemedyStatus } from './vocabulary.js';
import { blockedReason, checkTransition, type MeasureFacts, type TransitionData } from './workflow.js';

/**
 * Every pair of statuses on both tracks, allowed or refused, written out independently of the code's
 * table (issue 5 part 3 and the brief: the Awb procedure of a closure under Opiumwet 13b).
 */
const procedureExpected: Record<ProcedureStatus, ProcedureStatus[]> = {
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

/** none → objection_period exists but is never a manual step: it happens on announcement. */
const remedyExpected: Record<RemedyStatus, RemedyStatus[]> = {
  none: [],
  objection_period: ['objection', 'final'],
  objection: ['objection_decided'],
  objection_decided: ['court', 'final'],
  court: ['final'],
  final: [],
};

const today = '2026-06-01';

function facts(over: Partial<MeasureFacts> = {}): MeasureFacts {
  return {
    procedure: 'intake',
    remedy: 'none',
    kind: 'closure',
    requiresOpinion: true,
    urgent: false,
    proportionalityComplete: true,
    today,
    opinionDue: '2026-05-01',
    graceEnd: '2026-05-10',
    announcedOn: '2026-04-20',
    objectionDue: '2026-05-20',
    objectionReceivedOn: '2026-05-02',
    executionStart: '2026-05-11',
    appealDue: '2026-05-25',
    objectionDecidedOn: '2026-05-12',
    ...over,
  };
}

/** Complete data for any move. */
const data: TransitionData = {
  sentOn: '2026-04-01',
  opinionResponse: 'De bewoner zegt niets van de handel te weten.',
  opinionReceivedOn: '2026-04-10',
  urgencyMotivation: 'Acuut gevaar voor de omgeving.',
  decisionOn: '2026-04-18',
  announcedOn: '2026-04-20',
  graceDays: 14,
  executionStart: '2026-05-11',
  liftedOn: '2026-05-30',
  motivation: 'Nieuwe feiten: de bewoner is verhuisd.',
  receivedOn: '2026-05-02',
  committee: false,
  decidedOn: '2026-05-12',
  outcome: 'unfounded',
  filedOn: '2026-05-20',
  finalOn: '2026-05-30',
};

describe('procedure track: every pair', () => {
  for (const from of procedureStatuses) {
    for (const to of procedureStatuses) {
      const allowed = procedureExpected[from].includes(to);
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        // A warning has no execution; a closure has one: pick the kind that has the step.
        const kind = from === 'announced' && to === 'follow_up' ? 'warning' : 'closure';
        const result = checkTransition(facts({ procedure: from, kind }), 'procedure', to, 'lawyer', data);
        if (allowed) {
          expect(result).toEqual({ ok: true });
        } else {
          expect(result).toMatchObject({ ok: false, status: 409, field: 'to' });
          if (!result.ok) expect(result.message).toMatch(from === to ? /heeft de status .* al/ : /kan de maatregel niet naar/);
        }
      });
    }
  }
});

describe('remedy track: every pair', () => {
  for (const from of remedyStatuses) {
    for (const to of remedyStatuses) {
      const allowed = remedyExpected[from].includes(to);
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        const result = checkTransition(facts({ procedure: 'execution', remedy: from }), 'remedy', to, 'lawyer', data);
        if (allowed) expect(result).toEqual({ ok: true });
        else expect(result).toMatchObject({ ok: false, status: 409, field: 'to' });
      });
    }
  }
});

describe('guards', () => {
  it('the objection period starts by itself, never by hand', () => {
    const r = checkTransition(facts({ procedure: 'decision' }), 'remedy', 'objection_period', 'lawyer', {});
    expect(r).toMatchObject({ ok: false, status: 409 });
    if (!r.ok) expect(r.message).toContain('begint vanzelf bij de bekendmaking');
  });

  it('a 409 names the steps possible now', () => {
    const r = checkTransition(facts({ procedure: 'intake' }), 'procedure', 'announced', 'lawyer', data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('Mogelijk is nu: "Onderzoek", "Ingetrokken"');
  });

  it('investigation → decision only with urgency, or when the basis asks no opinion (warning)', () => {
    const f = facts({ procedure: 'investigation' });
    expect(checkTransition(f, 'procedure', 'decision', 'lawyer', {})).toMatchObject({ ok: false, status: 400, field: 'urgencyMotivation' });
    expect(checkTransition(f, 'procedure', 'decision', 'lawyer', { urgencyMotivation: '  ' })).toMatchObject({ ok: false, field: 'urgencyMotivation' });
    expect(checkTransition({ ...f, kind: 'warning', requiresOpinion: false }, 'procedure', 'decision', 'lawyer', {})).toEqual({ ok: true });
    expect(checkTransition({ ...f, kind: 'warning', requiresOpinion: false }, 'procedure', 'intention', 'lawyer', {})).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it('proportionality: no announcement before the three-step test is complete', () => {
    const r = checkTransition(facts({ procedure: 'decision', proportionalityComplete: false }), 'procedure', 'announced', 'lawyer', data);
    expect(r).toMatchObject({ ok: false, status: 409 });
    if (!r.ok) expect(r.message).toContain('driestappentoets');
    // A warning is not a besluit: it is sent without the test.
    expect(
      checkTransition(facts({ procedure: 'decision', kind: 'warning', proportionalityComplete: false }), 'procedure', 'announced', 'lawyer', data),
    ).toEqual({ ok: true });
  });

  it('announcement: dates present and in order', () => {
    const f = facts({ procedure: 'decision' });
    expect(checkTransition(f, 'procedure', 'announced', 'lawyer', { ...data, decisionOn: undefined })).toMatchObject({ field: 'decisionOn', status: 400 });
    expect(checkTransition(f, 'procedure', 'announced', 'lawyer', { ...data, graceDays: undefined })).toMatchObject({ field: 'graceDays' });
    expect(checkTransition(f, 'procedure', 'announced', 'lawyer', { ...data, announcedOn: '2026-04-17' })).toMatchObject({ field: 'announcedOn' });
    expect(checkTransition(f, 'procedure', 'announced', 'lawyer', { ...data, announcedOn: '2026-02-30' })).toMatchObject({ field: 'announcedOn' });
    expect(checkTransition(f, 'procedure', 'announced', 'lawyer', { ...data, decisionOn: '2026-06-02', announcedOn: '2026-06-02' })).toMatchObject({
      field: 'decisionOn',
    });
  });

  it('no opinion received: only after the opinion deadline; not together with a response', () => {
    const f = facts({ procedure: 'opinion_period', opinionDue: '2026-06-01' });
    expect(checkTransition(f, 'procedure', 'decision', 'lawyer', { noOpinionReceived: true })).toMatchObject({
      ok: false,
      status: 409,
      field: 'noOpinionReceived',
    });
    expect(checkTransition({ ...f, opinionDue: '2026-05-31' }, 'procedure', 'decision', 'lawyer', { noOpinionReceived: true })).toEqual({ ok: true });
    expect(
      checkTransition({ ...f, opinionDue: '2026-05-31' }, 'procedure', 'decision', 'lawyer', { noOpinionReceived: true, opinionResponse: 'x' }),
    ).toMatchObject({ status: 400 });
    expect(checkTransition(f, 'procedure', 'decision', 'lawyer', {})).toMatchObject({ status: 400, field: 'opinionResponse' });
    expect(checkTransition(f, 'procedure', 'decision', 'lawyer', { opinionResponse: 'Niet eens.' })).toMatchObject({ status: 400, field: 'opinionReceivedOn' });
  });

  it('execution: not within the grace period unless urgent; not before announcement', () => {
    const f = facts({ procedure: 'announced', graceEnd: '2026-05-10' });
    expect(checkTransition(f, 'procedure', 'execution', 'inspector', { executionStart: '2026-05-10' })).toMatchObject({
      ok: false,
      status: 409,
      field: 'executionStart',
    });
    expect(checkTransition(f, 'procedure', 'execution', 'inspector', { executionStart: '2026-05-11' })).toEqual({ ok: true });
    expect(checkTransition({ ...f, urgent: true }, 'procedure', 'execution', 'inspector', { executionStart: '2026-04-20' })).toEqual({ ok: true });
    expect(checkTransition({ ...f, urgent: true }, 'procedure', 'execution', 'inspector', { executionStart: '2026-04-19' })).toMatchObject({ status: 400 });
  });

  it('announced → execution only for kinds with execution, → follow-up only for the others', () => {
    expect(checkTransition(facts({ procedure: 'announced', kind: 'warning' }), 'procedure', 'execution', 'lawyer', data)).toMatchObject({ status: 409 });
    expect(checkTransition(facts({ procedure: 'announced', kind: 'administrative_fine' }), 'procedure', 'follow_up', 'lawyer', data)).toEqual({ ok: true });
    expect(checkTransition(facts({ procedure: 'announced', kind: 'closure' }), 'procedure', 'follow_up', 'lawyer', data)).toMatchObject({ status: 409 });
  });

  it('withdrawing needs a motivation', () => {
    expect(checkTransition(facts({ procedure: 'decision' }), 'procedure', 'withdrawn', 'lawyer', {})).toMatchObject({ status: 400, field: 'motivation' });
  });

  it('objection period → final only after the objection deadline', () => {
    const f = facts({ procedure: 'announced', remedy: 'objection_period', objectionDue: '2026-06-01' });
    expect(checkTransition(f, 'remedy', 'final', 'lawyer', {})).toMatchObject({ ok: false, status: 409 });
    expect(checkTransition({ ...f, objectionDue: '2026-05-31' }, 'remedy', 'final', 'lawyer', {})).toEqual({ ok: true });
  });

  it('objection decided → final after the appeal term, or explicitly without appeal', () => {
    const f = facts({ remedy: 'objection_decided', appealDue: '2026-06-10' });
    expect(checkTransition(f, 'remedy', 'final', 'lawyer', {})).toMatchObject({ ok: false, status: 409, field: 'noAppealFiled' });
    expect(checkTransition(f, 'remedy', 'final', 'lawyer', { noAppealFiled: true })).toEqual({ ok: true });
    expect(checkTransition({ ...f, appealDue: '2026-05-31' }, 'remedy', 'final', 'lawyer', {})).toEqual({ ok: true });
  });

  it('objection: received date and committee required', () => {
    const f = facts({ procedure: 'announced', remedy: 'objection_period' });
    expect(checkTransition(f, 'remedy', 'objection', 'lawyer', { receivedOn: '2026-05-02' })).toMatchObject({ status: 400, field: 'committee' });
    expect(checkTransition(f, 'remedy', 'objection', 'lawyer', { committee: true })).toMatchObject({ status: 400, field: 'receivedOn' });
    expect(checkTransition(f, 'remedy', 'objection', 'lawyer', { committee: true, receivedOn: '2026-04-19' })).toMatchObject({ field: 'receivedOn' });
  });

  it('no remedy steps on a withdrawn measure', () => {
    expect(blockedReason(facts({ procedure: 'withdrawn', remedy: 'objection_period' }), 'remedy', 'objection')).toContain('ingetrokken');
  });
});

describe('responsible roles', () => {
  const steps: [ProcedureStatus, ProcedureStatus, Role[]][] = [
    ['intake', 'investigation', ['analyst', 'inspector', 'lawyer']],
    ['investigation', 'intention', ['lawyer']],
    ['intention', 'opinion_period', ['lawyer']],
    ['opinion_period', 'decision', ['lawyer']],
    ['decision', 'announced', ['lawyer']],
    ['announced', 'execution', ['inspector', 'lawyer']],
    ['execution', 'follow_up', ['inspector', 'lawyer']],
    ['follow_up', 'closed', ['inspector', 'lawyer']],
    ['decision', 'withdrawn', ['lawyer']],
  ];
  for (const [from, to, allowedRoles] of steps) {
    it(`${from} → ${to}: ${allowedRoles.join(', ')}`, () => {
      for (const role of roles) {
        const r = checkTransition(facts({ procedure: from }), 'procedure', to, role, data);
        if (allowedRoles.includes(role)) expect(r).toEqual({ ok: true });
        else expect(r).toMatchObject({ ok: false, status: 403 });
      }
    });
  }

  it('a wrong role hears which role takes the step', () => {
    const r = checkTransition(facts({ procedure: 'decision' }), 'procedure', 'announced', 'inspector', data);
    expect(r).toEqual({ ok: false, status: 403, field: null, message: 'De stap naar "Bekendgemaakt" zet een jurist.' });
    const s = checkTransition(facts({ procedure: 'announced' }), 'procedure', 'execution', 'analyst', data);
    if (!s.ok) expect(s.message).toBe('De stap naar "Uitvoering" zet een toezichthouder of een jurist.');
  });

  it('remedy steps are for the jurist', () => {
    for (const role of roles) {
      const r = checkTransition(facts({ procedure: 'announced', remedy: 'objection_period' }), 'remedy', 'objection', role, data);
      expect(r.ok).toBe(role === 'lawyer');
    }
  });
});
