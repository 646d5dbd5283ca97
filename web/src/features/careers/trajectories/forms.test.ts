import { describe, expect, it } from 'vitest';
import type { TrajectoryDetail } from './api';
import {
  ageOn,
  emptyReferral,
  emptyReview,
  intakePayload,
  intakeValues,
  isIsoDate,
  phaseSteps,
  referralPayload,
  reviewExitReasons,
  reviewPayload,
  validateIntake,
  validateReferral,
  validateReview,
} from './forms';
import { en, nl } from './messages';

const today = '2026-12-02';

describe('the referral form', () => {
  const filled = {
    ...emptyReferral(today),
    givenNames: ' Daan ',
    surnamePrefix: 'de ',
    surname: 'Vries',
    dateOfBirth: '2010-04-12',
    wijkCode: 'wk034401',
    referralReason: ' Verzuimt vaak. ',
    legalBasisCode: 'zvh_covenant',
  };

  it('turns the form into the API payload: trimmed, wijk code upper case, empty wijk as null', () => {
    expect(referralPayload(filled)).toEqual({
      person: { givenNames: 'Daan', surnamePrefix: 'de', surname: 'Vries', dateOfBirth: '2010-04-12', wijkCode: 'WK034401' },
      referralReason: 'Verzuimt vaak.',
      legalBasisCode: 'zvh_covenant',
      referredOn: today,
    });
    expect(referralPayload({ ...filled, wijkCode: ' ', referredOn: '' }).person.wijkCode).toBeNull();
    expect(referralPayload({ ...filled, referredOn: '' })).not.toHaveProperty('referredOn');
  });

  it('leaves out a missing legal basis, so the server refuses it on body.legalBasisCode', () => {
    expect(referralPayload({ ...filled, legalBasisCode: '' })).not.toHaveProperty('legalBasisCode');
    expect(validateReferral({ ...filled, legalBasisCode: '' }, today)).toEqual({ legalBasisCode: 'required' });
  });

  it('checks required fields and dates in order, keyed by the API path', () => {
    expect(validateReferral(filled, today)).toEqual({});
    expect(validateReferral(emptyReferral(today), today)).toEqual({
      'person.givenNames': 'required',
      'person.surname': 'required',
      'person.dateOfBirth': 'required',
      referralReason: 'required',
      legalBasisCode: 'required',
    });
    expect(validateReferral({ ...filled, referredOn: '2026-12-03' }, today)).toEqual({ referredOn: 'future' });
    expect(validateReferral({ ...filled, referredOn: '2009-01-01' }, today)).toEqual({ referredOn: 'beforeBirth' });
    expect(validateReferral({ ...filled, dateOfBirth: '2027-01-01', referredOn: '' }, today)).toEqual({ 'person.dateOfBirth': 'future' });
    expect(validateReferral({ ...filled, dateOfBirth: '2010-02-30' }, today)).toEqual({ 'person.dateOfBirth': 'date' });
    expect(validateReferral({ ...filled, wijkCode: 'Overvecht' }, today)).toEqual({ 'person.wijkCode': 'wijkCode' });
  });
});

const detail = {
  intake: { targetGroup: null, familyContext: false, informed: null, informedException: '', criteria: [{ code: 'age', met: true, note: '16 jaar' }] },
  referral: { legalBasis: { code: 'zvh_covenant', name: 'Convenant' } },
} as unknown as TrajectoryDetail;
const reference = {
  criteria: [
    { code: 'age', textNl: 'Leeftijd', textEn: 'Age', active: true },
    { code: 'involvement', textNl: 'Betrokken', textEn: 'Involved', active: true },
    { code: 'old', textNl: 'Oud', textEn: 'Old', active: false },
  ],
};

describe('the intake form', () => {
  it('starts from what is stored with every active criterion, and becomes the payload', () => {
    const values = intakeValues(detail, reference);
    expect(values.criteria).toEqual({ age: { met: 'yes', note: '16 jaar' }, involvement: { met: '', note: '' } });
    expect(validateIntake(values)).toEqual({ criteria: 'criteria' });
    const done = {
      ...values,
      targetGroup: 'doorgroeier' as const,
      informed: 'no' as const,
      informedException: 'Gevaar voor de jongere.',
      criteria: { ...values.criteria, involvement: { met: 'no' as const, note: ' ' } },
    };
    expect(validateIntake(done)).toEqual({});
    expect(intakePayload(done, 4)).toEqual({
      targetGroup: 'doorgroeier',
      familyContext: false,
      informed: false,
      informedException: 'Gevaar voor de jongere.',
      criteria: [
        { code: 'age', met: true, note: '16 jaar' },
        { code: 'involvement', met: false, note: '' },
      ],
      legalBasisCode: 'zvh_covenant',
      expectedVersion: 4,
    });
  });

  it('asks for a motivated exception when the young person is not informed', () => {
    const values = { ...intakeValues(detail, reference), informed: 'no' as const, informedException: 'kort' };
    expect(validateIntake(values).informedException).toBe('exception');
    expect(intakePayload({ ...values, informed: 'yes' }).informedException).toBe('');
    expect(intakePayload({ ...values, informed: '' }).informed).toBeNull();
  });
});

describe('the review form', () => {
  it('refuses a review without a decision and sends no decision field then', () => {
    const values = { ...emptyReview(today), criteriaStillHold: 'yes' as const, motivation: '3', resilience: '4' };
    expect(validateReview(values, today)).toEqual({ decision: 'required' });
    expect(reviewPayload(values)).not.toHaveProperty('decision');
  });

  it('needs an exit reason to leave, scores 1–5 and no future date', () => {
    const values = {
      ...emptyReview(today),
      criteriaStillHold: 'no' as const,
      decision: 'exit' as const,
      motivation: '6',
      resilience: '',
      reviewedOn: '2026-12-05',
    };
    expect(validateReview(values, today)).toEqual({ exitReason: 'required', motivation: 'score', resilience: 'score', reviewedOn: 'future' });
    expect(reviewPayload({ ...values, exitReason: 'criteria_no_longer_met', motivation: '2', resilience: '1', reviewedOn: today, note: ' x ' })).toEqual({
      kind: 'proportionality',
      reviewedOn: today,
      criteriaStillHold: false,
      decision: 'exit',
      exitReason: 'criteria_no_longer_met',
      motivation: 2,
      resilience: 1,
      note: 'x',
    });
    expect(
      reviewPayload({ ...values, kind: 'progress', criteriaStillHold: '', decision: 'continue', exitReason: 'other', motivation: '3', resilience: '3' }),
    ).toEqual({
      kind: 'progress',
      reviewedOn: '2026-12-05',
      decision: 'continue',
      motivation: 3,
      resilience: 3,
      note: '',
    });
  });

  it('offers the exit reasons that fit the phase', () => {
    expect(reviewExitReasons('uitvoering', 'continue')).toEqual([]);
    expect(reviewExitReasons('nazorg', 'exit')[0]).toBe('aftercare_completed');
    expect(reviewExitReasons('uitvoering', 'to_aftercare')).not.toContain('aftercare_completed');
    expect(reviewExitReasons('uitvoering', 'exit')).not.toContain('not_accepted');
  });
});

describe('helpers and labels', () => {
  it('marks the steps of the phase indicator', () => {
    expect(phaseSteps('plan').map((s) => s.state)).toEqual(['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming']);
    expect(phaseSteps('uitstroom').at(-1)).toEqual({ phase: 'uitstroom', state: 'current' });
  });

  it('computes ages and checks dates', () => {
    expect(ageOn('2010-12-03', today)).toBe(15);
    expect(ageOn('2010-12-02', today)).toBe(16);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  it('has a Dutch and English label for every phase, exit reason and team role', () => {
    expect(Object.keys(nl.phase)).toEqual(Object.keys(en.phase));
    expect(Object.keys(nl.exitReason)).toHaveLength(10);
    expect(nl.phase.nazorg).toBe('Nazorg');
    expect(Object.keys(en.teamRole)).toEqual(Object.keys(nl.teamRole));
  });
});
