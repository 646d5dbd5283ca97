import { SMALL_NUMBER } from './vocabulary.js';

/**
 * Small-number suppression for the figures of the person-centred approach (issue 6 part 9). Nobody gets case
 * content from the overview, and every count in it goes through these helpers, for every actor:
 *
 * 1. Primary rule: a count of 1 to SMALL_NUMBER - 1 (1–4) is given as `{ value: null, suppressed: true }` and shown
 *    as "< 5". Zero and SMALL_NUMBER or more are given as they are.
 * 2. Rows with a total (`suppressRow`): when the total is shown and exactly one cell of the row is suppressed, that
 *    cell would follow from the total minus the others. Then the smallest other non-zero cell that is still shown is
 *    suppressed as well (ties: the first); when there is none, the total is suppressed instead.
 * 3. Part of a whole (`partOf`, e.g. goals reached of goals decided): the part is also suppressed when the rest
 *    (whole − part) is 1–4, since "all but 2" identifies those 2 as well as "2" does; the whole follows the
 *    primary rule; a rate is only given when both part and whole are shown.
 *
 * Suppression across different tables (e.g. a wijk total against the sum of a regisseur's caseload) is not
 * guarded: the tables count different things (per wijk, per regisseur, per phase) and no table gives a grand total
 * that another table's cells add up to.
 */

export interface Count {
  value: number | null;
  suppressed: boolean;
}

/** Whether a count falls under the primary rule (1 to SMALL_NUMBER - 1). */
export function isSmall(n: number): boolean {
  return n > 0 && n < SMALL_NUMBER;
}

/** A count after the primary rule. */
export function suppress(n: number): Count {
  return isSmall(n) ? { value: null, suppressed: true } : { value: n, suppressed: false };
}

const hidden: Count = { value: null, suppressed: true };

/**
 * Cells of a row and its total after rules 1 and 2. `total` defaults to the sum of the cells (pass it when the
 * row total counts more than the cells, e.g. with an "unknown" column left out).
 */
export function suppressRow(cells: readonly number[], total = cells.reduce((a, b) => a + b, 0)): { cells: Count[]; total: Count } {
  const out = cells.map(suppress);
  let totalOut = suppress(total);
  const suppressedCount = out.filter((c) => c.suppressed).length;
  if (suppressedCount === 1 && !totalOut.suppressed) {
    let pick = -1;
    cells.forEach((n, i) => {
      if (n > 0 && !out[i]!.suppressed && (pick === -1 || n < cells[pick]!)) pick = i;
    });
    if (pick === -1) totalOut = hidden;
    else out[pick] = hidden;
  }
  return { cells: out, total: totalOut };
}

/** A part of a whole after rule 3, with the rate (0–1, three decimals) when both are shown. */
export function partOf(part: number, whole: number): { part: Count; whole: Count; rate: number | null } {
  const wholeOut = suppress(whole);
  const partOut = isSmall(part) || isSmall(whole - part) || wholeOut.suppressed ? hidden : suppress(part);
  const rate = !partOut.suppressed && !wholeOut.suppressed && whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
  return { part: partOut, whole: wholeOut, rate };
}

/** How a count is shown in text: the number, or "< 5". */
export function showCount(count: Count): string {
  return count.suppressed || count.value === null ? `< ${SMALL_NUMBER}` : String(count.value);
}
