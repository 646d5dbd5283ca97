import { describe, expect, it } from 'vitest';
import { currentItem, type NavItem } from './MainNavigation';

const items: NavItem[] = [
  { to: '/', label: 'nav.myWork', end: true },
  { to: '/signals', label: 'nav.signals' },
  { to: '/enforcement', label: 'nav.enforcement' },
  { to: '/enforcement/policy', label: 'nav.enforcementPolicy' },
  { to: '/audit', label: 'nav.auditTrail', end: true },
  { to: '/audit/processing-log', label: 'nav.processingLog' },
];

describe('currentItem', () => {
  it('marks the longest matching item only', () => {
    expect(currentItem(items, '/enforcement/policy/matrix')?.label).toBe('nav.enforcementPolicy');
    expect(currentItem(items, '/enforcement/measures/1')?.label).toBe('nav.enforcement');
    expect(currentItem(items, '/enforcement')?.label).toBe('nav.enforcement');
  });

  it('keeps exact items exact and does not match a mere prefix of a word', () => {
    expect(currentItem(items, '/')?.label).toBe('nav.myWork');
    expect(currentItem(items, '/audit')?.label).toBe('nav.auditTrail');
    expect(currentItem(items, '/audit/processing-log')?.label).toBe('nav.processingLog');
    expect(currentItem(items, '/signalsx')).toBeUndefined();
    expect(currentItem(items, '/registry')).toBeUndefined();
  });
});
