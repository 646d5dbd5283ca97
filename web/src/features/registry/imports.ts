import type { ImportStatus } from '../../domain/vocabulary';
import type { ImportView } from './api';

/** Whether the import is still under way (poll again). */
export function isRunning(status: ImportStatus): boolean {
  return status === 'queued' || status === 'validating' || status === 'importing';
}

export interface ImportProgress {
  /** Rows processed so far (valid + invalid). */
  processed: number;
  /** Rows in the file; 0 until the validation counted them. */
  total: number;
  /** False while the total is unknown: show an indeterminate progress bar. */
  known: boolean;
}

export function importProgress(view: Pick<ImportView, 'rowsTotal' | 'rowsValid' | 'rowsInvalid'>): ImportProgress {
  const total = Math.max(0, view.rowsTotal);
  const processed = Math.min(Math.max(0, view.rowsValid + view.rowsInvalid), total);
  return { processed, total, known: total > 0 };
}

export interface RowErrorLine {
  line: number;
  field: string;
  message: string;
}

/** The per-row error report as one table row per message, in file order. */
export function rowErrorLines(view: Pick<ImportView, 'rowErrors'>): RowErrorLine[] {
  return [...view.rowErrors]
    .sort((a, b) => a.line - b.line)
    .flatMap((row) => row.errors.map((error) => ({ line: row.line, field: error.field, message: error.message })));
}

/** How often to ask for the state of a running import. */
export const POLL_INTERVAL_MS = 1000;
