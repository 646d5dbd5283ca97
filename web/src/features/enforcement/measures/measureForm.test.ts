import { describe, expect, it } from 'vitest';
import type { InspectionSummary, LegalBasisView, ProposalView } from './api';
import {
  applyProposal,
  deviatesFromProposal,
  EMPTY_MEASURE_FORM,
  parseMonths,
  proposalRequestOf,
  toMeasureCreate,
  validateMeasureForm,
  valuesFromInspection,
  type MeasureFormValues,
} from './measureForm';

const t = (key: string, options?: { max: number }) => key.replace('measures.form.errors.', '') + (options ? `:${options.max}` : '');

const basis = (code: string, maxDurationMonths: number | null): LegalBasisView => ({
  code,
  measureKind: 'closure',
  name: { nl: code, en: code },
  article: 'Opiumwet art. 13b',
  authority: 'burgemeester',
  premisesTypes: ['woning'],
  isClosure: true,
  requiresOpinion: true,
  opinionDays: 14,
  graceDays: 14,
  maxDurationMonths,
  explanation: { nl: '', en: '' },
  active: true,
  sortOrder: 0,
  updatedBy: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const bases = [basis('opiumwet_13b_woning', 12), basis('warning', null)];

const proposal = (overrides: Partial<ProposalView> = {}): ProposalView => ({
  applicable: true,
  offenceNumber: 1,
  matrixRowId: '00000000-0000-4000-8000-000000000001',
  row: null,
  legalBasisCode: 'opiumwet_13b_woning',
  legalBasisName: 'Sluiting woning',
  durationMonths: 3,
  lookbackMonths: 36,
  earlierMeasures: [],
  reason: 'Eerste feit',
  computedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const filled: MeasureFormValues = {
  ...EMPTY_MEASURE_FORM,
  origin: 'police_report',
  addressLabel: ' Oudegracht 1, Utrecht ',
  premisesType: 'woning',
  drugClass: 'list_i',
  quantityBand: 'trade',
  offenceOn: '2026-03-01',
  legalBasisCode: 'opiumwet_13b_woning',
  durationMonths: '3',
  responsibleUserId: '00000000-0000-4000-8000-0000000000aa',
};
const today = '2026-06-01';

describe('parseMonths', () => {
  it('takes whole months 1–120, empty as no duration', () => {
    expect(parseMonths('')).toBeNull();
    expect(parseMonths(' 6 ')).toBe(6);
    expect(parseMonths('0')).toBeUndefined();
    expect(parseMonths('121')).toBeUndefined();
    expect(parseMonths('2.5')).toBeUndefined();
    expect(parseMonths('drie')).toBeUndefined();
  });
});

describe('the matrix proposal', () => {
  it('is asked for only when premises, drug class, quantity and a real date are known', () => {
    expect(proposalRequestOf(EMPTY_MEASURE_FORM)).toBeNull();
    expect(proposalRequestOf({ ...filled, quantityBand: '' })).toBeNull();
    expect(proposalRequestOf({ ...filled, offenceOn: '2026-3-1' })).toBeNull();
    expect(proposalRequestOf(filled)).toEqual({
      premisesType: 'woning',
      drugClass: 'list_i',
      quantityBand: 'trade',
      offenceOn: '2026-03-01',
      addressLabel: 'Oudegracht 1, Utrecht',
    });
    expect(proposalRequestOf({ ...filled, subjectId: 'abc' })?.subjectId).toBe('abc');
  });

  it('fills in legal basis and duration when a row applied, and leaves them when none did', () => {
    const empty = { ...filled, legalBasisCode: '', durationMonths: '' };
    expect(applyProposal(empty, proposal())).toMatchObject({ legalBasisCode: 'opiumwet_13b_woning', durationMonths: '3' });
    expect(applyProposal(empty, proposal({ legalBasisCode: 'warning', durationMonths: null }))).toMatchObject({
      legalBasisCode: 'warning',
      durationMonths: '',
    });
    expect(applyProposal(empty, proposal({ applicable: false, legalBasisCode: null }))).toBe(empty);
  });

  it('counts another legal basis or another duration as a deviation, not the same choice', () => {
    expect(deviatesFromProposal(filled, proposal())).toBe(false);
    expect(deviatesFromProposal({ ...filled, durationMonths: '6' }, proposal())).toBe(true);
    expect(deviatesFromProposal({ ...filled, legalBasisCode: 'warning' }, proposal())).toBe(true);
    expect(deviatesFromProposal({ ...filled, durationMonths: '' }, proposal())).toBe(true);
    expect(deviatesFromProposal({ ...filled, durationMonths: '6' }, null)).toBe(false);
    expect(deviatesFromProposal({ ...filled, durationMonths: '6' }, proposal({ applicable: false, legalBasisCode: null }))).toBe(false);
  });
});

describe('validateMeasureForm', () => {
  it('accepts a complete form that follows the proposal', () => {
    expect(validateMeasureForm(t, filled, { proposal: proposal(), legalBases: bases, today })).toEqual({});
  });

  it('explains each missing or wrong field', () => {
    const errors = validateMeasureForm(
      t,
      { ...filled, addressLabel: ' ', offenceOn: '2026-07-01', legalBasisCode: 'unknown', durationMonths: 'x', responsibleUserId: '' },
      { proposal: null, legalBases: bases, today },
    );
    expect(errors).toEqual({
      addressLabel: 'address',
      offenceOn: 'offenceOn',
      legalBasisCode: 'legalBasis',
      durationMonths: 'duration',
      responsibleUserId: 'responsible',
    });
  });

  it('keeps the duration within the legal basis’s maximum', () => {
    expect(validateMeasureForm(t, { ...filled, durationMonths: '24' }, { proposal: null, legalBases: bases, today })).toEqual({
      durationMonths: 'durationMax:12',
    });
  });

  it('wants a motivation when deviating from the proposal', () => {
    const deviating = { ...filled, durationMonths: '6' };
    expect(validateMeasureForm(t, deviating, { proposal: proposal(), legalBases: bases, today })).toEqual({ deviationMotivation: 'deviation' });
    expect(
      validateMeasureForm(t, { ...deviating, deviationMotivation: 'Tweede woning van dezelfde eigenaar.' }, { proposal: proposal(), legalBases: bases, today }),
    ).toEqual({});
  });

  it('takes the address from the inspection when the measure comes from one', () => {
    expect(validateMeasureForm(t, { ...filled, origin: 'inspection', addressLabel: '' }, { proposal: proposal(), legalBases: bases, today })).toEqual({});
  });
});

describe('toMeasureCreate', () => {
  it('sends the filled-in fields, trimmed, and the motivation only when deviating', () => {
    expect(toMeasureCreate({ ...filled, deviationMotivation: 'ignored' }, proposal())).toEqual({
      origin: 'police_report',
      legalBasisCode: 'opiumwet_13b_woning',
      responsibleUserId: '00000000-0000-4000-8000-0000000000aa',
      durationMonths: 3,
      facts: '',
      addresseeName: '',
      addresseeAddress: '',
      addressLabel: 'Oudegracht 1, Utrecht',
      premisesType: 'woning',
      drugClass: 'list_i',
      quantityBand: 'trade',
      offenceOn: '2026-03-01',
    });
    const body = toMeasureCreate({ ...filled, durationMonths: '', deviationMotivation: ' Geen duur bij een last. ' }, proposal());
    expect(body.durationMonths).toBeNull();
    expect(body.deviationMotivation).toBe('Geen duur bij een last.');
  });

  it('sends the inspection it comes from', () => {
    const inspection: InspectionSummary = {
      id: '00000000-0000-4000-8000-0000000000c1',
      number: 'C-2026-0001',
      addressLabel: 'Kanaalstraat 10, Utrecht',
      wijkCode: 'WK034406',
      wijkName: 'West',
      subject: { id: '00000000-0000-4000-8000-0000000000d1', kind: 'address', label: 'Kanaalstraat 10' },
      objectType: 'woning',
      performedOn: '2026-05-20',
      plannedOn: '2026-05-20',
      outcome: 'measure_proposed',
      outcomeNote: 'Hennepkwekerij aangetroffen.',
    };
    const values = valuesFromInspection(inspection);
    expect(values).toMatchObject({
      origin: 'inspection',
      inspectionId: inspection.id,
      subjectId: inspection.subject?.id,
      addressLabel: 'Kanaalstraat 10, Utrecht',
      wijkCode: 'WK034406',
      premisesType: 'woning',
      offenceOn: '2026-05-20',
      facts: 'Hennepkwekerij aangetroffen.',
    });
    expect(valuesFromInspection({ ...inspection, objectType: 'bedrijfspand_x' }).premisesType).toBe('');
    const body = toMeasureCreate({ ...values, legalBasisCode: 'warning', responsibleUserId: 'u' }, null);
    expect(body).toMatchObject({ origin: 'inspection', inspectionId: inspection.id, subjectId: inspection.subject?.id, wijkCode: 'WK034406' });
  });

  it('refuses to build a body without an origin', () => {
    expect(() => toMeasureCreate({ ...filled, origin: '' }, null)).toThrow();
  });
});
