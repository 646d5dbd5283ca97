import { describe, expect, it } from 'vitest';
import type { NextStep } from './api';
import { initialStepValues, toTransitionInput, validateStep, visibleFields, type StepValues } from './stepForm';

const t = (key: string) => key.replace('measures.fields.errors.', '');
const step = (track: NextStep['track'], to: string, fields: string[]): NextStep => ({
  track,
  to,
  fields,
  roles: ['lawyer'],
  allowedForMe: true,
  blockedReason: null,
});
const empty = initialStepValues({ legalBasis: { graceDays: 14 } as never });
const values = (overrides: Partial<StepValues>): StepValues => ({ ...empty, ...overrides });

describe('initialStepValues', () => {
  it('starts with the legal basis’s begunstigingstermijn', () => {
    expect(empty.graceDays).toBe('14');
    expect(initialStepValues({ legalBasis: { graceDays: null } as never }).graceDays).toBe('');
  });
});

describe('the zienswijze step', () => {
  const opinion = step('procedure', 'decision', ['opinionResponse', 'opinionReceivedOn', 'noOpinionReceived']);

  it('asks whether there was one first, and shows response and date only when there was', () => {
    expect(validateStep(t, opinion, empty)).toEqual({ noOpinionReceived: 'opinionChoice' });
    expect(visibleFields(opinion, { opinionChoice: '' })).toEqual([]);
    expect(visibleFields(opinion, { opinionChoice: 'none' })).toEqual([]);
    expect(visibleFields(opinion, { opinionChoice: 'given' })).toEqual(['opinionResponse', 'opinionReceivedOn']);
  });

  it('sends the response with its date, or only that there was none', () => {
    const given = values({ opinionChoice: 'given', opinionResponse: ' Betrokkene ontkent. ', opinionReceivedOn: '2026-05-01', note: ' ' });
    expect(toTransitionInput(opinion, given)).toEqual({
      track: 'procedure',
      to: 'decision',
      opinionResponse: 'Betrokkene ontkent.',
      opinionReceivedOn: '2026-05-01',
    });
    const none = values({ opinionChoice: 'none', opinionResponse: 'left over', opinionReceivedOn: '2026-05-01' });
    expect(toTransitionInput(opinion, none)).toEqual({ track: 'procedure', to: 'decision', noOpinionReceived: true });
  });

  it('checks the date of a given response', () => {
    expect(validateStep(t, opinion, values({ opinionChoice: 'given', opinionReceivedOn: '01-05-2026' }))).toEqual({ opinionReceivedOn: 'date' });
  });
});

describe('other steps', () => {
  it('sends the announcement with dates and the grace period as a number', () => {
    const announce = step('procedure', 'announced', ['decisionOn', 'announcedOn', 'graceDays']);
    const input = toTransitionInput(
      announce,
      values({ decisionOn: '2026-05-10', announcedOn: '2026-05-11', graceDays: ' 7 ', note: 'Per aangetekende post.' }),
    );
    expect(input).toEqual({
      track: 'procedure',
      to: 'announced',
      decisionOn: '2026-05-10',
      announcedOn: '2026-05-11',
      graceDays: 7,
      note: 'Per aangetekende post.',
    });
  });

  it('leaves out empty fields so the server can name what is missing', () => {
    const sent = step('procedure', 'opinion_period', ['sentOn', 'opinionDays']);
    expect(toTransitionInput(sent, empty)).toEqual({ track: 'procedure', to: 'opinion_period' });
    const withdraw = step('procedure', 'withdrawn', ['motivation']);
    expect(toTransitionInput(withdraw, values({ motivation: '  ' }))).toEqual({ track: 'procedure', to: 'withdrawn' });
  });

  it('refuses dates that do not exist and days that are not whole numbers', () => {
    const sent = step('procedure', 'opinion_period', ['sentOn', 'opinionDays']);
    expect(validateStep(t, sent, values({ sentOn: '2026-13-01', opinionDays: '2 weken' }))).toEqual({ sentOn: 'date', opinionDays: 'number' });
    expect(validateStep(t, sent, values({ sentOn: '2026-04-01', opinionDays: '' }))).toEqual({});
  });

  it('sends the committee choice always, "no appeal" only when ticked, and a known objection outcome', () => {
    const objection = step('remedy', 'objection', ['receivedOn', 'committee']);
    expect(toTransitionInput(objection, values({ receivedOn: '2026-06-01' }))).toEqual({
      track: 'remedy',
      to: 'objection',
      receivedOn: '2026-06-01',
      committee: false,
    });
    const final = step('remedy', 'final', ['noAppealFiled']);
    expect(toTransitionInput(final, empty)).toEqual({ track: 'remedy', to: 'final' });
    expect(toTransitionInput(final, values({ noAppealFiled: true }))).toEqual({ track: 'remedy', to: 'final', noAppealFiled: true });
    const decided = step('remedy', 'objection_decided', ['decidedOn', 'outcome']);
    expect(toTransitionInput(decided, values({ decidedOn: '2026-07-01', outcome: 'unfounded' }))).toEqual({
      track: 'remedy',
      to: 'objection_decided',
      decidedOn: '2026-07-01',
      outcome: 'unfounded',
    });
    expect(toTransitionInput(decided, values({ decidedOn: '2026-07-01', outcome: 'maybe' }))).toEqual({
      track: 'remedy',
      to: 'objection_decided',
      decidedOn: '2026-07-01',
    });
    const court = step('remedy', 'court', ['filedOn', 'court', 'caseNumber']);
    expect(toTransitionInput(court, values({ filedOn: '2026-08-01', court: ' Rechtbank Midden-Nederland ', caseNumber: 'UTR 26/123' }))).toEqual({
      track: 'remedy',
      to: 'court',
      filedOn: '2026-08-01',
      court: 'Rechtbank Midden-Nederland',
      caseNumber: 'UTR 26/123',
    });
  });
});
