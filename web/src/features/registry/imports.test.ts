import { describe, expect, it } from 'vitest';
import { importProgress, isRunning, rowErrorLines } from './imports';

describe('isRunning', () => {
  it('polls while queued, validating or importing', () => {
    expect(['queued', 'validating', 'importing'].every((status) => isRunning(status as 'queued'))).toBe(true);
    expect(['done', 'refused', 'failed'].some((status) => isRunning(status as 'done'))).toBe(false);
  });
});

describe('importProgress', () => {
  it('counts valid and invalid rows as processed', () => {
    expect(importProgress({ rowsTotal: 10, rowsValid: 6, rowsInvalid: 1 })).toEqual({ processed: 7, total: 10, known: true });
  });

  it('is indeterminate until the total is known', () => {
    expect(importProgress({ rowsTotal: 0, rowsValid: 0, rowsInvalid: 0 })).toEqual({ processed: 0, total: 0, known: false });
  });

  it('never goes past the total', () => {
    expect(importProgress({ rowsTotal: 5, rowsValid: 5, rowsInvalid: 2 }).processed).toBe(5);
  });
});

describe('rowErrorLines', () => {
  it('gives one line per message, in file order', () => {
    const view = {
      rowErrors: [
        { line: 7, errors: [{ field: 'kvknummer', message: 'Een KvK-nummer bestaat uit 8 cijfers.' }] },
        {
          line: 3,
          errors: [
            { field: 'postcode', message: 'Fout.' },
            { field: 'huisnummer', message: 'Ontbreekt.' },
          ],
        },
      ],
    };
    expect(rowErrorLines(view)).toEqual([
      { line: 3, field: 'postcode', message: 'Fout.' },
      { line: 3, field: 'huisnummer', message: 'Ontbreekt.' },
      { line: 7, field: 'kvknummer', message: 'Een KvK-nummer bestaat uit 8 cijfers.' },
    ]);
  });
});
