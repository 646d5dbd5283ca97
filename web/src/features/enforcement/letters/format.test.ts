import { describe, expect, it } from 'vitest';
import type { LetterView } from './api';
import { groupByKind } from './format';

const letter = (kind: string, version: number): LetterView => ({
  id: `${kind}-${version}`,
  recordType: 'measure',
  recordId: 'm',
  kind,
  version,
  subject: `${kind} ${version}`,
  templateId: 't',
  templateCode: 'c',
  templateName: { nl: 'n', en: 'n' },
  templateVersion: 1,
  fileId: 'f',
  fileName: 'f.pdf',
  createdBy: 'Jurist',
  createdAt: '2026-12-02T10:00:00Z',
});

describe('groupByKind', () => {
  it('groups letters by kind in order of first appearance, newest version first', () => {
    const groups = groupByKind([letter('decision', 1), letter('intention', 1), letter('decision', 3), letter('decision', 2)]);
    expect(groups.map((group) => [group.kind, group.letters.map((l) => l.version)])).toEqual([
      ['decision', [3, 2, 1]],
      ['intention', [1]],
    ]);
    expect(groupByKind([])).toEqual([]);
  });
});
