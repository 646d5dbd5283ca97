import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidentialityLevels, confidentialityRank, decideRecord, roles, type RecordAction } from './access.js';

const role = fc.constantFrom(...roles);
const level = fc.constantFrom(...confidentialityLevels);
const action = fc.constantFrom<RecordAction>('read', 'write');
const rank = { hidden: 0, forbidden: 1, allow: 2 } as const;

describe('policy properties', () => {
  it('never gives more access to a record with a higher confidentiality level', () => {
    fc.assert(
      fc.property(role, level, level, level, (r, max, a, b) => {
        const [low, high] = confidentialityRank(a) <= confidentialityRank(b) ? [a, b] : [b, a];
        const onLow = decideRecord({ role: r, maxConfidentiality: max }, { confidentiality: low, onTeam: true }, 'read');
        const onHigh = decideRecord({ role: r, maxConfidentiality: max }, { confidentiality: high, onTeam: true }, 'read');
        expect(rank[onHigh]).toBeLessThanOrEqual(rank[onLow]);
      }),
    );
  });

  it('never takes access away when the user joins the team', () => {
    fc.assert(
      fc.property(role, level, level, action, (r, max, l, act) => {
        const off = decideRecord({ role: r, maxConfidentiality: max }, { confidentiality: l, onTeam: false }, act);
        const on = decideRecord({ role: r, maxConfidentiality: max }, { confidentiality: l, onTeam: true }, act);
        expect(rank[on]).toBeGreaterThanOrEqual(rank[off]);
      }),
    );
  });

  it('never lets anyone see a record above their maximum, on the team or not', () => {
    fc.assert(
      fc.property(role, level, level, fc.boolean(), action, (r, max, l, onTeam, act) => {
        fc.pre(confidentialityRank(l) > confidentialityRank(max));
        expect(decideRecord({ role: r, maxConfidentiality: max }, { confidentiality: l, onTeam }, act)).toBe('hidden');
      }),
    );
  });

  it('allows writing only where reading is allowed', () => {
    fc.assert(
      fc.property(role, level, level, fc.boolean(), (r, max, l, onTeam) => {
        const write = decideRecord({ role: r, maxConfidentiality: max }, { confidentiality: l, onTeam }, 'write');
        const read = decideRecord({ role: r, maxConfidentiality: max }, { confidentiality: l, onTeam }, 'read');
        if (write === 'allow') expect(read).toBe('allow');
      }),
    );
  });
});
