import { describe, expect, it } from 'vitest';
import {
  assessmentErrorKeys,
  emptyAssessment,
  isCalendarDate,
  responsibleCandidates,
  toActionInput,
  toAssessmentInput,
  toDaytimeInput,
  toGoalInput,
  validateAction,
  validateAssessment,
  validateDaytime,
  validateEnd,
  validateGoal,
  type DaytimeValues,
} from './forms';

const t = (key: string) => key.replace(/^careerPlan\.\w+\./, '');
const order = ['school', 'family', 'housing'];

describe('assessment form', () => {
  it('sends only the domains with a score, trimmed, in the domain order', () => {
    const values = emptyAssessment('2026-06-01', order);
    values.scores.housing = { score: '4', riskFactors: ' ', protectiveFactors: ' Eigen kamer ' };
    values.scores.school = { score: '2', riskFactors: 'Verzuim', protectiveFactors: '' };
    values.scores.family = { score: '', riskFactors: 'niet verstuurd', protectiveFactors: '' };
    values.note = ' Eerste ';
    expect(toAssessmentInput(values, order)).toEqual({
      codes: ['school', 'housing'],
      input: {
        assessedOn: '2026-06-01',
        note: 'Eerste',
        scores: [
          { domainCode: 'school', score: 2, riskFactors: 'Verzuim', protectiveFactors: '' },
          { domainCode: 'housing', score: 4, riskFactors: '', protectiveFactors: 'Eigen kamer' },
        ],
      },
    });
  });

  it('needs a real date and at least one score', () => {
    const values = emptyAssessment('', order);
    expect(validateAssessment(t, values, order)).toEqual({ assessedOn: 'needDate', scores: 'needScore' });
    values.assessedOn = '2026-02-30';
    values.scores.family!.score = '3';
    expect(validateAssessment(t, values, order)).toEqual({ assessedOn: 'badDate' });
  });

  it('maps the server’s scores.N paths back to the domain fields', () => {
    expect(assessmentErrorKeys({ 'scores.1.score': 'Te hoog', 'scores.0.domainCode': 'Dubbel', assessedOn: 'Toekomst' }, ['school', 'housing'])).toEqual({
      'scores.housing.score': 'Te hoog',
      'scores.school.score': 'Dubbel',
      assessedOn: 'Toekomst',
    });
  });
});

describe('goal and action forms', () => {
  it('sends an empty target date as null and checks domain and text', () => {
    expect(toGoalInput({ domainCode: 'school', description: ' Diploma halen ', targetDate: '' })).toEqual({
      domainCode: 'school',
      description: 'Diploma halen',
      targetDate: null,
    });
    expect(validateGoal(t, { domainCode: '', description: ' ', targetDate: '2026-13-01' })).toEqual({
      domainCode: 'needDomain',
      description: 'needDescription',
      targetDate: 'badDate',
    });
  });

  it('offers only people who may see a restricted goal’s domain', () => {
    const team = [
      { userId: 'pim', organisationKind: 'gemeente' },
      { userId: 'sanne', organisationKind: 'school' },
      { userId: 'zeynep', organisationKind: 'zorg' },
    ];
    expect(responsibleCandidates(team, []).map((m) => m.userId)).toEqual(['pim', 'sanne', 'zeynep']);
    expect(responsibleCandidates(team, ['zorg']).map((m) => m.userId)).toEqual(['pim', 'zeynep']);
  });

  it('sends no goal as null and needs a responsible person and a due date', () => {
    expect(toActionInput({ goalId: '', description: ' Bellen ', responsibleUserId: 'u1', dueDate: '2026-07-01' })).toEqual({
      goalId: null,
      description: 'Bellen',
      responsibleUserId: 'u1',
      dueDate: '2026-07-01',
    });
    expect(validateAction(t, { goalId: 'g', description: '', responsibleUserId: '', dueDate: '' })).toEqual({
      description: 'needDescription',
      responsibleUserId: 'needResponsible',
      dueDate: 'needDate',
    });
  });
});

describe('daytime form', () => {
  const base: DaytimeValues = { kind: 'job', withStatus: true, place: ' Garage ', startedOn: '2026-03-01', endedOn: '', note: '' };
  it('keeps "met status" only for a job or internship and sends no end as null', () => {
    expect(toDaytimeInput(base)).toEqual({ kind: 'job', withStatus: true, place: 'Garage', startedOn: '2026-03-01', endedOn: null, note: '' });
    expect(toDaytimeInput({ ...base, kind: 'school' }).withStatus).toBe(false);
  });
  it('refuses an end before the start, an unknown kind and missing fields', () => {
    expect(validateDaytime(t, { ...base, endedOn: '2026-02-01' })).toEqual({ endedOn: 'endBeforeStart' });
    expect(validateDaytime(t, { ...base, kind: 'gaming', place: '', startedOn: '' })).toEqual({ kind: 'needKind', place: 'needPlace', startedOn: 'needStart' });
    expect(validateDaytime(t, { ...base, endedOn: '2026-03-01' })).toEqual({});
    expect(validateEnd(t, '2026-03-01', '2026-02-28')).toEqual({ endedOn: 'endBeforeStart' });
    expect(validateEnd(t, '2026-03-01', '')).toEqual({ endedOn: 'needEnd' });
    expect(validateEnd(t, '2026-03-01', '2026-04-01')).toEqual({});
  });
});

describe('isCalendarDate', () => {
  it('accepts only dates that exist', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
  });
});
