import { describe, expect, it } from 'vitest';
import type { RelationTypeRule, RelationView } from './api';
import { newestFirst, relationChoices, relationEnds, sortRelations, todayInAmsterdam } from './relations';

const rules: RelationTypeRule[] = [
  { type: 'resides_at', from: ['person'], to: ['address'] },
  { type: 'owns', from: ['person', 'organisation'], to: ['address', 'organisation', 'vehicle'] },
  { type: 'family_of', from: ['person'], to: ['person'] },
  { type: 'associate_of', from: ['person', 'organisation'], to: ['person', 'organisation'] },
];

describe('relationChoices', () => {
  it('offers each type from the subject’s own side', () => {
    expect(relationChoices(rules, 'address').map((choice) => choice.value)).toEqual(['resides_at:incoming', 'owns:incoming']);
    expect(relationChoices(rules, 'address')[0]?.otherKinds).toEqual(['person']);
  });

  it('offers both directions when the kind fits both ends', () => {
    expect(relationChoices(rules, 'organisation').map((choice) => choice.value)).toEqual(['owns:outgoing', 'owns:incoming', 'associate_of:outgoing']);
  });

  it('offers a symmetric type once', () => {
    expect(relationChoices(rules, 'person').map((choice) => choice.value)).toEqual([
      'resides_at:outgoing',
      'owns:outgoing',
      'family_of:outgoing',
      'associate_of:outgoing',
    ]);
  });

  it('offers nothing to a kind no rule mentions', () => {
    expect(relationChoices(rules, 'bank_account')).toEqual([]);
  });
});

describe('relationEnds', () => {
  it('puts the profile’s subject at the from end of an outgoing relation and the to end of an incoming one', () => {
    const [resides] = relationChoices(rules, 'person');
    const [resident] = relationChoices(rules, 'address');
    expect(relationEnds(resides!, 'me', 'other')).toEqual({ fromSubjectId: 'me', toSubjectId: 'other' });
    expect(relationEnds(resident!, 'me', 'other')).toEqual({ fromSubjectId: 'other', toSubjectId: 'me' });
  });
});

describe('sortRelations', () => {
  const relation = (id: string, current: boolean, validFrom: string | null, label = id): RelationView =>
    ({ id, current, validFrom, other: { label } }) as unknown as RelationView;

  it('lists current relations first, then the newest start', () => {
    const sorted = sortRelations([
      relation('old', false, '2026-01-01'),
      relation('a', true, '2020-01-01'),
      relation('b', true, '2024-01-01'),
      relation('c', true, null),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['b', 'a', 'c', 'old']);
  });
});

describe('newestFirst', () => {
  it('orders dates and timestamps together, newest first', () => {
    const entries = [{ at: '2025-03-01' }, { at: '2026-01-02T10:00:00Z' }, { at: '2026-01-02' }];
    expect(newestFirst(entries).map((entry) => entry.at)).toEqual(['2026-01-02T10:00:00Z', '2026-01-02', '2025-03-01']);
  });
});

describe('todayInAmsterdam', () => {
  it('uses the Dutch calendar date, not UTC', () => {
    expect(todayInAmsterdam(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(todayInAmsterdam(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
