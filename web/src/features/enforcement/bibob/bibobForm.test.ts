import { describe, expect, it } from 'vitest';
import type { Questionnaire } from './api';
import {
  EMPTY_CREATE,
  EMPTY_STEP,
  emptyFinancier,
  emptyPerson,
  isPeriod,
  needsMotivation,
  parseEuros,
  periodParts,
  questionnaireValues,
  stepFields,
  stepProgress,
  suspensionKey,
  toCreateInput,
  toQuestionnaireInput,
  toTransitionInput,
  validateCreate,
  validateQuestionnaire,
  validateStep,
  type StepFacts,
} from './bibobForm';

const msg = (key: string) => key;
const today = '2026-06-30';

const stored: Questionnaire = {
  applicantKind: 'legal_person',
  kvkNumber: '12345678',
  legalForm: 'bv',
  tradeName: 'De Gouden Kraan',
  address: 'Oudegracht 300',
  bsnChecked: true,
  financiers: [{ name: 'Rabobank', amount: 1500.5, kind: 'bank_loan' }],
  control: [{ name: 'J. Jansen', role: 'aandeelhouder', since: '2024-01-01' }],
  management: [{ name: 'P. de Boer', role: 'bestuurder', since: null }],
  financing: [{ source: 'Lening', amount: 150000 }],
  receivedOn: '2026-03-05',
  incomplete: null,
};

describe('amounts and terms', () => {
  it('reads euros as a Dutch reader writes them', () => {
    expect(parseEuros('150000')).toBe(150000);
    expect(parseEuros('150.000')).toBe(150000);
    expect(parseEuros('1.500,50')).toBe(1500.5);
    expect(parseEuros('1500.5')).toBe(1500.5);
    expect(parseEuros('€ 250')).toBe(250);
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('veel')).toBeNull();
    expect(parseEuros('')).toBeNull();
  });

  it('knows an ISO 8601 term and says its parts', () => {
    expect(isPeriod('P8W')).toBe(true);
    expect(isPeriod('P8W28D')).toBe(true);
    expect(isPeriod('P')).toBe(false);
    expect(isPeriod('8 weken')).toBe(false);
    expect(isPeriod('PT8H')).toBe(false);
    expect(periodParts('P8W28D')).toEqual({ years: 0, months: 0, weeks: 8, days: 28 });
    expect(periodParts('x')).toBeNull();
  });
});

describe('new screening', () => {
  const complete = {
    ...EMPTY_CREATE,
    permitType: 'exploitatievergunning' as const,
    applicantName: ' Café ',
    establishmentLabel: 'Oudegracht 300',
    applicationReceivedOn: '2026-03-02',
    responsibleUserId: 'u1',
  };

  it('wants every field, a real date not in the future and an ISO term', () => {
    expect(validateCreate(EMPTY_CREATE, today, msg)).toEqual({
      permitType: 'choose',
      applicantName: 'required',
      establishmentLabel: 'required',
      applicationReceivedOn: 'date',
      responsibleUserId: 'choose',
    });
    expect(validateCreate(complete, today, msg)).toEqual({});
    expect(validateCreate({ ...complete, applicationReceivedOn: '2026-07-01' }, today, msg)).toEqual({ applicationReceivedOn: 'future' });
    expect(validateCreate({ ...complete, applicationReceivedOn: '2026-02-30' }, today, msg)).toEqual({ applicationReceivedOn: 'date' });
    expect(validateCreate({ ...complete, decisionTerm: 'acht weken' }, today, msg)).toEqual({ decisionTerm: 'period' });
  });

  it('sends trimmed values and no wijk when none was chosen', () => {
    expect(toCreateInput(complete, null)).toEqual({
      permitType: 'exploitatievergunning',
      applicantName: 'Café',
      subjectId: null,
      establishmentLabel: 'Oudegracht 300',
      wijkCode: null,
      applicationReceivedOn: '2026-03-02',
      decisionTerm: 'P8W',
      responsibleUserId: 'u1',
    });
  });
});

describe('questionnaire', () => {
  it('round-trips what is stored, amounts written the Dutch way', () => {
    const values = questionnaireValues(stored);
    expect(values.financiers[0]).toMatchObject({ name: 'Rabobank', amount: '1500,50', kind: 'bank_loan' });
    expect(values.management[0]!.since).toBe('');
    expect(toQuestionnaireInput(values)).toEqual(stored);
  });

  it('checks rows by their server paths', () => {
    const values = questionnaireValues(stored);
    values.financiers = [...values.financiers, { ...emptyFinancier(), name: 'X', amount: 'veel' }];
    values.control = [...values.control, { ...emptyPerson(), name: 'A', since: '2026-02-31' }];
    values.financing = [{ rowId: 'f', source: '', amount: '10' }];
    expect(validateQuestionnaire(values, '2026-03-02', today, msg)).toEqual({
      'financiers.1.amount': 'amount',
      'financiers.1.kind': 'choose',
      'control.1.role': 'required',
      'control.1.since': 'date',
      'financing.0.source': 'required',
    });
  });

  it('wants KvK number and legal form of a legal person, and a receipt date or a refusal', () => {
    const values = { ...questionnaireValues(stored), kvkNumber: '', legalForm: '' as const, receivedOn: '' };
    expect(validateQuestionnaire(values, '2026-03-02', today, msg)).toEqual({ kvkNumber: 'kvk', legalForm: 'legalForm', receivedOn: 'receivedOrIncomplete' });
    const refused = { ...values, applicantKind: 'natural_person' as const, incompleteReason: 'refused' as const, incompleteNote: ' weigert ' };
    expect(validateQuestionnaire(refused, '2026-03-02', today, msg)).toEqual({});
    expect(toQuestionnaireInput(refused).incomplete).toEqual({ reason: 'refused', note: 'weigert' });
    expect(validateQuestionnaire({ ...questionnaireValues(stored), receivedOn: '2026-03-01' }, '2026-03-02', today, msg)).toEqual({
      receivedOn: 'beforeReceipt',
    });
  });
});

describe('steps', () => {
  const facts: StepFacts = {
    allowed: ['lbb_requested', 'decision'],
    today,
    applicationReceivedOn: '2026-03-02',
    lbbRequestedOn: null,
    lbbAdvice: null,
    lbbAdviceOn: null,
    hasFindings: true,
  };

  it('shows and sends only the fields of the chosen step', () => {
    expect(stepFields('lbb_requested', '')).toEqual(['requestedOn', 'note']);
    expect(stepFields('decision', 'grant')).toEqual(['decision', 'decisionOn', 'motivation', 'measureId', 'note']);
    expect(stepFields('decision', 'grant_with_conditions')).toContain('conditions');
    expect(toTransitionInput({ ...EMPTY_STEP, to: 'lbb_requested', requestedOn: '2026-03-16', motivation: 'not sent', note: ' ' })).toEqual({
      to: 'lbb_requested',
      requestedOn: '2026-03-16',
    });
  });

  it('wants an allowed step and findings before leaving the own investigation', () => {
    expect(validateStep(EMPTY_STEP, facts, msg)).toEqual({ to: 'choose' });
    expect(validateStep({ ...EMPTY_STEP, to: 'closed' }, facts, msg)).toEqual({ to: 'choose' });
    expect(validateStep({ ...EMPTY_STEP, to: 'lbb_requested', requestedOn: '2026-03-16' }, { ...facts, hasFindings: false }, msg)).toEqual({
      findings: 'findings',
    });
    expect(validateStep({ ...EMPTY_STEP, to: 'lbb_requested', requestedOn: '2026-03-01' }, facts, msg)).toEqual({ requestedOn: 'beforeReceipt' });
  });

  it('checks the advice against the request', () => {
    const advised = { ...facts, allowed: ['lbb_advised' as const], lbbRequestedOn: '2026-03-16' };
    expect(validateStep({ ...EMPTY_STEP, to: 'lbb_advised', adviceOn: '2026-03-15' }, advised, msg)).toEqual({
      advice: 'choose',
      adviceOn: 'beforeRequest',
      adviceSummary: 'required',
    });
  });

  it('wants conditions when granting with conditions and 50 characters of motivation when refusing', () => {
    const deciding = { ...facts, allowed: ['decision' as const], lbbRequestedOn: '2026-03-16', lbbAdvice: 'lesser' as const, lbbAdviceOn: '2026-04-13' };
    const base = { ...EMPTY_STEP, to: 'decision' as const, decisionOn: '2026-05-01' };
    expect(validateStep({ ...base, decision: 'grant_with_conditions' }, deciding, msg)).toEqual({ conditions: 'conditions' });
    expect(validateStep({ ...base, decision: 'refuse', motivation: 'x'.repeat(49) }, deciding, msg)).toEqual({ motivation: 'motivation' });
    expect(validateStep({ ...base, decision: 'refuse', motivation: 'x'.repeat(50) }, deciding, msg)).toEqual({});
    expect(validateStep({ ...base, decision: 'grant', decisionOn: '2026-04-12' }, deciding, msg)).toEqual({ decisionOn: 'beforeAdvice' });
    expect(needsMotivation('grant', 'serious')).toBe(true);
    expect(needsMotivation('grant', 'lesser')).toBe(false);
    expect(needsMotivation('revoke', null)).toBe(true);
  });
});

describe('what the page says', () => {
  it('marks the LBB steps skipped when the decision came without advice', () => {
    expect(stepProgress('decision', false).map((s) => s.state)).toEqual(['done', 'done', 'skipped', 'skipped', 'current', 'todo']);
    expect(stepProgress('lbb_requested', true).map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo', 'todo', 'todo']);
    expect(stepProgress('own_investigation', false).map((s) => s.state)).toEqual(['done', 'current', 'todo', 'todo', 'todo', 'todo']);
    expect(stepProgress('closed', true).every((s) => s.state === 'done')).toBe(true);
  });

  it('says whether the suspension runs, ended, or hit the maximum', () => {
    expect(suspensionKey({ from: '2026-03-16', until: null, days: 10, capped: false })).toBe('running');
    expect(suspensionKey({ from: '2026-03-16', until: '2026-04-13', days: 28, capped: false })).toBe('ended');
    expect(suspensionKey({ from: '2026-01-05', until: '2026-04-20', days: 84, capped: true })).toBe('capped');
  });
});
