import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './api';
import { historyNewestFirst } from './history';
import { stepKey } from './labels';
import {
  amsterdamToday,
  isOverdue,
  measureApiQuery,
  measureFiltersFromParams,
  measureFiltersToParams,
  measureSearch,
  DEFAULT_MEASURE_FILTERS,
} from './listQuery';
import {
  canExtendExecution,
  canExtendObjection,
  canRecordCourtStep,
  courtStepValues,
  toCourtStepInput,
  toCourtStepUpdate,
  validateCourtStep,
  validateExecutionExtension,
} from './extraForms';
import { canTestNow, proportionalityValues, toProportionalityInput, validateProportionality } from './proportionality';

const t = (key: string) => key.split('.').at(-1) ?? key;

describe('stepKey', () => {
  const step = (track: 'procedure' | 'remedy', to: string, fields: string[] = []) => ({ track, to, fields });
  it('names the same target differently by where it comes from', () => {
    expect(stepKey(step('procedure', 'decision', ['opinionResponse']), 'opinion_period')).toBe('decision');
    expect(stepKey(step('procedure', 'decision', ['urgencyMotivation']), 'investigation')).toBe('decisionUrgent');
    expect(stepKey(step('procedure', 'decision'), 'investigation')).toBe('decisionDirect');
    expect(stepKey(step('procedure', 'follow_up', ['liftedOn']), 'execution')).toBe('followUpLifted');
    expect(stepKey(step('procedure', 'follow_up'), 'announced')).toBe('follow_up');
    expect(stepKey(step('remedy', 'final'), 'objection_period')).toBe('finalNoObjection');
    expect(stepKey(step('remedy', 'final', ['finalOn']), 'court')).toBe('final');
    expect(stepKey(step('procedure', 'withdrawn', ['motivation']), 'decision')).toBe('withdrawn');
    expect(stepKey(step('procedure', 'somewhere'), 'intake')).toBeNull();
  });
});

describe('the list filters', () => {
  it('read the URL, falling back to the defaults for unknown values', () => {
    expect(measureFiltersFromParams(new URLSearchParams(''))).toEqual(DEFAULT_MEASURE_FILTERS);
    expect(measureFiltersFromParams(new URLSearchParams('status=bogus&kind=nope&remedyStatus=x'))).toEqual(DEFAULT_MEASURE_FILTERS);
    expect(measureFiltersFromParams(new URLSearchParams('status=decision&remedyStatus=objection&kind=closure&wijk=WK01&mine=true&after=c1'))).toEqual({
      status: 'decision',
      remedyStatus: 'objection',
      kind: 'closure',
      wijk: 'WK01',
      mine: true,
      after: 'c1',
    });
  });

  it('leave the defaults out of the URL and send the API what it knows', () => {
    expect(measureFiltersToParams(DEFAULT_MEASURE_FILTERS)).toEqual({});
    expect(measureSearch(DEFAULT_MEASURE_FILTERS)).toBe('');
    const filters = { ...DEFAULT_MEASURE_FILTERS, status: 'all' as const, kind: 'warning' as const, mine: true };
    expect(measureSearch(filters)).toBe('?status=all&kind=warning&mine=true');
    expect(measureApiQuery(filters)).toEqual({
      status: 'all',
      remedyStatus: undefined,
      kind: 'warning',
      wijk: undefined,
      mine: 'true',
      after: undefined,
      limit: 50,
    });
  });

  it('count a deadline as overdue only after its last day, in Amsterdam', () => {
    expect(isOverdue('2026-05-01', '2026-05-01')).toBe(false);
    expect(isOverdue('2026-05-01', '2026-05-02')).toBe(true);
    expect(amsterdamToday(new Date('2026-05-01T22:30:00Z'))).toBe('2026-05-02');
    expect(amsterdamToday(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });
});

describe('history', () => {
  const entry = (id: number, changedAt: string): HistoryEntry => ({
    id,
    track: 'procedure',
    fromStatus: null,
    toStatus: 'intake',
    note: '',
    data: {},
    changedBy: null,
    changedAt,
  });
  it('lists both tracks newest first, the later written first at the same moment', () => {
    const list = [entry(1, '2026-01-01T10:00:00Z'), entry(3, '2026-01-02T10:00:00Z'), entry(2, '2026-01-02T10:00:00Z')];
    expect(historyNewestFirst(list).map((e) => e.id)).toEqual([3, 2, 1]);
  });
});

describe('the three-step test', () => {
  it('needs a motivation of at least 30 characters and sends the three answers', () => {
    const values = { suitable: true, necessary: true, proportionate: false, motivation: ' te kort ' };
    expect(validateProportionality(t, values)).toEqual({ motivation: 'motivation' });
    const long = { ...values, motivation: '  Een lichter middel heeft eerder niet gewerkt.  ' };
    expect(validateProportionality(t, long)).toEqual({});
    expect(toProportionalityInput(long)).toEqual({
      suitable: true,
      necessary: true,
      proportionate: false,
      motivation: 'Een lichter middel heeft eerder niet gewerkt.',
    });
  });

  it('starts from what was recorded, and can be recorded only before the announcement', () => {
    expect(proportionalityValues({ proportionality: null })).toEqual({ suitable: false, necessary: false, proportionate: false, motivation: '' });
    expect(canTestNow({ status: 'decision' })).toBe(true);
    expect(canTestNow({ status: 'announced' })).toBe(false);
  });
});

describe('extensions and court steps', () => {
  it('are offered where the procedure allows them', () => {
    expect(canExtendObjection({ remedyStatus: 'objection', objectionExtended: false })).toBe(true);
    expect(canExtendObjection({ remedyStatus: 'objection', objectionExtended: true })).toBe(false);
    expect(canExtendExecution({ status: 'execution' })).toBe(true);
    expect(canExtendExecution({ status: 'announced' })).toBe(false);
    expect(canRecordCourtStep({ remedyStatus: 'none' })).toBe(false);
    expect(canRecordCourtStep({ remedyStatus: 'objection' })).toBe(true);
  });

  it('check the dates and motivation before sending', () => {
    expect(validateExecutionExtension(t, { newEnd: '2026-02-30x', motivation: 'kort' })).toEqual({ motivation: 'motivation', newEnd: 'newEnd' });
    expect(validateCourtStep(t, { kind: '', court: '', caseNumber: '', filedOn: '', hearingOn: '2026-1-1', rulingOn: '', outcome: '', note: '' })).toEqual({
      kind: 'kind',
      filedOn: 'date',
      hearingOn: 'date',
    });
    expect(
      toCourtStepInput({
        kind: 'provisional_relief',
        court: ' Rb. Midden-Nederland ',
        caseNumber: '',
        filedOn: '2026-06-01',
        hearingOn: '',
        rulingOn: '',
        outcome: 'rejected',
        note: '',
      }),
    ).toEqual({
      kind: 'provisional_relief',
      court: 'Rb. Midden-Nederland',
      caseNumber: '',
      filedOn: '2026-06-01',
      hearingOn: null,
      rulingOn: null,
      outcome: 'rejected',
      note: '',
    });
  });

  it('keep what was filed when the hearing and ruling are added later', () => {
    const values = courtStepValues({
      id: 's1',
      kind: 'appeal',
      court: 'Rechtbank Midden-Nederland',
      caseNumber: 'UTR 26/1',
      filedOn: '2026-06-01',
      hearingOn: null,
      rulingOn: null,
      outcome: null,
      note: 'Ingediend door advocaat.',
      recordedBy: 'Joost Jurist',
      recordedAt: '2026-06-01T10:00:00.000Z',
    });
    expect(values.hearingOn).toBe('');
    expect(toCourtStepUpdate({ ...values, rulingOn: '2026-09-01', outcome: 'rejected' })).toEqual({
      court: 'Rechtbank Midden-Nederland',
      caseNumber: 'UTR 26/1',
      filedOn: '2026-06-01',
      hearingOn: null,
      rulingOn: '2026-09-01',
      outcome: 'rejected',
      note: 'Ingediend door advocaat.',
    });
  });
});
