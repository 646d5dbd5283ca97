import { describe, expect, it } from 'vitest';
import { isSmall, partOf, showCount, suppress, suppressRow } from './figures.js';
import { SMALL_NUMBER } from './vocabulary.js';

const H = { value: null, suppressed: true };
const v = (n: number) => ({ value: n, suppressed: false });

describe('suppress', () => {
  it('hides 1 to 4 and gives 0 and 5 or more as they are', () => {
    expect(SMALL_NUMBER).toBe(5);
    expect(suppress(0)).toEqual(v(0));
    for (const n of [1, 2, 3, 4]) expect(suppress(n)).toEqual(H);
    expect(suppress(5)).toEqual(v(5));
    expect(suppress(20_000)).toEqual(v(20_000));
    expect(isSmall(0)).toBe(false);
    expect(isSmall(4)).toBe(true);
    expect(isSmall(5)).toBe(false);
    expect(showCount(H)).toBe('< 5');
    expect(showCount(v(0))).toBe('0');
    expect(showCount(v(12))).toBe('12');
  });
});

describe('suppressRow', () => {
  it('leaves a row without small cells alone', () => {
    expect(suppressRow([5, 0, 12])).toEqual({ cells: [v(5), v(0), v(12)], total: v(17) });
  });

  it('with one suppressed cell and a shown total, also hides the smallest other non-zero cell', () => {
    expect(suppressRow([3, 9, 7, 0])).toEqual({ cells: [H, v(9), H, v(0)], total: v(19) });
  });

  it('hides the total when no other cell can be hidden', () => {
    // 4 + 0 + 0: the total is 4 itself and falls under the primary rule
    expect(suppressRow([4, 0, 0])).toEqual({ cells: [H, v(0), v(0)], total: H });
    // a total larger than the cells (an unknown column left out): 2 + 0 of 10
    expect(suppressRow([2, 0], 10)).toEqual({ cells: [H, v(0)], total: H });
  });

  it('leaves two or more suppressed cells as they are', () => {
    expect(suppressRow([1, 2, 30])).toEqual({ cells: [H, H, v(30)], total: v(33) });
  });

  it('hides a small total even without small cells', () => {
    expect(suppressRow([0, 0], 3)).toEqual({ cells: [v(0), v(0)], total: H });
  });
});

describe('partOf', () => {
  it('gives part, whole and rate when nothing is small', () => {
    expect(partOf(5, 10)).toEqual({ part: v(5), whole: v(10), rate: 0.5 });
    expect(partOf(0, 7)).toEqual({ part: v(0), whole: v(7), rate: 0 });
    expect(partOf(8, 8)).toEqual({ part: v(8), whole: v(8), rate: 1 });
    expect(partOf(0, 0)).toEqual({ part: v(0), whole: v(0), rate: null });
  });

  it('hides the part when it or the rest is 1–4, and the rate with it', () => {
    expect(partOf(4, 20)).toEqual({ part: H, whole: v(20), rate: null });
    expect(partOf(16, 20)).toEqual({ part: H, whole: v(20), rate: null });
    expect(partOf(15, 20)).toEqual({ part: v(15), whole: v(20), rate: 0.75 });
    expect(partOf(0, 3)).toEqual({ part: H, whole: H, rate: null });
  });
});
