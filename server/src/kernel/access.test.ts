import { describe, expect, it } from 'vitest';
import { confidentialityLevels, decideRecord, levelsUpTo, permissions, rolePermissions, roles, type Confidentiality, type Role } from './access.js';

/**
 * The policy as a matrix: every role × permission, and every role × team membership ×
 * confidentiality × action. Expected outcomes are written out independently of the code.
 */
const expectedPermissions: Record<Role, string[]> = {
  admin: ['users:manage', 'reference:manage', 'enforcement:manage', 'tasks:use'],
  analyst: ['records:read', 'records:write', 'records:read_all', 'aggregates:read', 'tasks:use', 'files:use', 'signals:report', 'prevention:write'],
  pga_director: ['records:read', 'records:write', 'aggregates:read', 'tasks:use', 'files:use', 'signals:report', 'careers:refer', 'prevention:write'],
  inspector: ['records:read', 'records:write', 'tasks:use', 'files:use', 'signals:report'],
  lawyer: ['records:read', 'records:write', 'tasks:use', 'files:use', 'signals:report', 'enforcement:manage'],
  partner: ['records:read', 'tasks:use', 'files:use', 'signals:report', 'careers:refer', 'prevention:write'],
  management: ['aggregates:read', 'tasks:use'],
  privacy_officer: ['audit:read', 'tasks:use'],
};

describe('role permissions', () => {
  for (const role of roles) {
    for (const permission of permissions) {
      const expected = expectedPermissions[role].includes(permission);
      it(`${role} ${expected ? 'has' : 'lacks'} ${permission}`, () => {
        expect(rolePermissions[role].includes(permission)).toBe(expected);
      });
    }
  }

  it('gives the beheerder, management and the privacy officer no case content', () => {
    for (const role of ['admin', 'management', 'privacy_officer'] as const) {
      expect(rolePermissions[role]).not.toContain('records:read');
    }
  });
});

describe('record decisions', () => {
  const readsCases = new Set<Role>(['analyst', 'pga_director', 'inspector', 'lawyer', 'partner']);
  const writesCases = new Set<Role>(['analyst', 'pga_director', 'inspector', 'lawyer']);
  const readsAll = new Set<Role>(['analyst']);
  const maxLevels: Confidentiality[] = ['intern', 'vertrouwelijk', 'zeer_geheim'];

  for (const role of roles) {
    for (const max of maxLevels) {
      for (const onTeam of [true, false]) {
        for (const level of confidentialityLevels) {
          for (const action of ['read', 'write'] as const) {
            const aboveMax = confidentialityLevels.indexOf(level) > confidentialityLevels.indexOf(max);
            for (const teamOnly of [false, true]) {
              let expected: string;
              if (!readsCases.has(role) || aboveMax || (!onTeam && (teamOnly || !readsAll.has(role)))) expected = 'hidden';
              else if (action === 'write' && !writesCases.has(role)) expected = 'forbidden';
              else expected = 'allow';
              it(`${role} (max ${max}) ${onTeam ? 'on' : 'off'} team, ${level}, ${action}${teamOnly ? ', team-only type' : ''} → ${expected}`, () => {
                expect(decideRecord({ role, maxConfidentiality: max }, { confidentiality: level, onTeam, teamOnly }, action)).toBe(expected);
              });
            }
          }
        }
      }
    }
  }
});

describe('levelsUpTo', () => {
  it('includes the maximum and everything below it, nothing above', () => {
    expect(levelsUpTo('intern')).toEqual(['openbaar', 'beperkt_openbaar', 'intern']);
    expect(levelsUpTo('zeer_geheim')).toHaveLength(8);
    expect(levelsUpTo('openbaar')).toEqual(['openbaar']);
  });
});
