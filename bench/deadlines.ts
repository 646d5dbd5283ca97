/**
 * `npm run bench:deadlines`: computations per second of the deadline engine, in-process, on varied
 * inputs (dates 1980–2090, days, weeks, months, years, working days), with the reasons built.
 * Prints the rate of three runs of COUNT computations and the heap growth. No database.
 */
import { parseArgs } from 'node:util';
import { formatIso, parseIso } from '../server/src/modules/legal/calendar.js';
import { computeDeadline, TermCalendar } from '../server/src/modules/legal/index.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '2000000' } } });
const count = Number(values.count);
const calendar = new TermCalendar([
  { date: '2025-05-30', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2026-05-15', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2027-05-07', name: 'Vrijdag na Hemelvaartsdag' },
]);
// 10,000 distinct inputs, cycled: the mix of a busy municipality (mostly six weeks and two weeks).
const first = parseIso('1980-01-01')!;
const inputs = Array.from({ length: 10_000 }, (_, i) => {
  const from = formatIso(first + ((i * 7919) % 40_000));
  const kind = i % 10;
  if (kind < 5) return { from, period: 'P6W', unit: 'calendar' as const };
  if (kind < 7) return { from, period: 'P14D', unit: 'calendar' as const };
  if (kind === 7) return { from, period: `P${1 + (i % 12)}M`, unit: 'calendar' as const };
  if (kind === 8) return { from, period: `P${1 + (i % 20)}D`, unit: 'working' as const };
  return { from, period: 'P1Y', unit: 'calendar' as const };
});

let sink = 0;
const run = () => {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const input = inputs[i % inputs.length]!;
    const r = computeDeadline(calendar, input.from, input.period, { unit: input.unit });
    if ('end' in r) sink += r.end.length;
  }
  return performance.now() - t0;
};
run(); // warm-up: JIT and the per-year holiday cache
const heapBefore = process.memoryUsage().heapUsed;
const rates = [run(), run(), run()].map((ms) => Math.round((count / ms) * 1000));
const heapAfter = process.memoryUsage().heapUsed;
process.stdout.write(
  `deadline engine: ${count.toLocaleString('en')} computations per run; ${rates.map((r) => r.toLocaleString('en')).join(', ')} computations/s ` +
    `(best ${Math.max(...rates).toLocaleString('en')}); heap ${Math.round(heapBefore / 1e6)} → ${Math.round(heapAfter / 1e6)} MB; checksum ${sink}\n`,
);
