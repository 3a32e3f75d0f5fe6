/**
 * Due-time computation at scale: a worklist screen or a nightly SLA sweep recomputes due dates for
 * every open application, so computeDue must stay cheap. 1,000,000 calls over mixed units and the
 * seed offices' hours against the 2025–2026 national calendar, next to a baseline of 1,000,000
 * plain `new Date(start.getTime() + n)` in the same run (the floor for "returns a Date").
 *
 * Run alone: npx tsx bench/due-time.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { computeDue } from '../src/modules/calendar/due-time.js';
import { createNationalCalendar } from '../src/modules/calendar/working-calendar.js';
import type { OfficeHours, TimeLimit } from '../src/modules/calendar/calendar.schema.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  ratio?: number;
  target?: string;
}

const CALLS = 1_000_000;
const TARGET_MS = 2_000;

const monThu = (opens: string, closes: string) => ([1, 2, 3, 4] as const).map((weekday) => ({ weekday, opens, closes }));
// The seed offices' stated hours (Karangasem, Palembang, Malinau) plus a plain Mon–Fri office.
const HOURS: OfficeHours[] = [
  { timeZone: 'Asia/Makassar', weekly: [...monThu('08:00', '15:00'), { weekday: 5, opens: '09:00', closes: '12:00' }] },
  { timeZone: 'Asia/Jakarta', weekly: [...monThu('08:00', '15:00'), { weekday: 5, opens: '08:30', closes: '15:30' }] },
  { timeZone: 'Asia/Makassar', weekly: [...monThu('08:00', '15:00'), { weekday: 5, opens: '08:00', closes: '11:00' }] },
  { timeZone: 'Asia/Jayapura', weekly: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, opens: '07:30', closes: '16:00' })) },
];

// The limits the seeds actually state: 10–15 min, 1–2 h (emergency 24 h), 1 / 7 / 20 days, 1 month.
const LIMITS: TimeLimit[] = [
  { amount: 10, unit: 'minutes' },
  { amount: 15, unit: 'minutes' },
  { amount: 1, unit: 'hours' },
  { amount: 2, unit: 'hours', aroundTheClock: true },
  { amount: 1, unit: 'working_days' },
  { amount: 7, unit: 'working_days' },
  { amount: 20, unit: 'working_days' },
  { amount: 7, unit: 'calendar_days' },
  { amount: 1, unit: 'months' },
];

/** Deterministic pseudo-random starts over 2026, so runs are comparable. */
function makeStarts(count: number): Date[] {
  let seed = 0x2026;
  const from = Date.UTC(2025, 11, 31, 17);
  const span = 350 * 86_400_000;
  return Array.from({ length: count }, () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return new Date(from + (seed % span));
  });
}

function timeIt(fn: () => number): { ms: number; sink: number } {
  const t0 = performance.now();
  const sink = fn();
  return { ms: performance.now() - t0, sink };
}

export async function run(): Promise<BenchResult[]> {
  const calendar = createNationalCalendar();
  const starts = makeStarts(4096);
  const mask = starts.length - 1;
  const nL = LIMITS.length;
  const nH = HOURS.length;

  const dueLoop = (calls: number) => {
    let sink = 0;
    for (let i = 0; i < calls; i++) {
      const r = computeDue(starts[i & mask] as Date, LIMITS[i % nL] as TimeLimit, HOURS[i % nH] as OfficeHours, calendar);
      sink += r.due.getTime() & 1;
    }
    return sink;
  };
  const baselineLoop = (calls: number) => {
    let sink = 0;
    for (let i = 0; i < calls; i++) {
      const d = new Date((starts[i & mask] as Date).getTime() + (i % 7_200_000));
      sink += d.getTime() & 1;
    }
    return sink;
  };

  // Warm up both so the JIT has compiled them before timing.
  dueLoop(50_000);
  baselineLoop(50_000);

  const baseline = timeIt(() => baselineLoop(CALLS));
  const due = timeIt(() => dueLoop(CALLS));
  const ratio = due.ms / baseline.ms;

  return [
    {
      name: `computeDue ×${CALLS.toLocaleString('en')} (mixed units, 2025–2026 holidays)`,
      value: Math.round(due.ms),
      unit: 'ms',
      baseline: { name: `new Date(start + n) ×${CALLS.toLocaleString('en')}`, value: Math.round(baseline.ms * 10) / 10 },
      ratio: Math.round(ratio * 10) / 10,
      target: `< ${TARGET_MS} ms`,
    },
    {
      name: 'computeDue per call',
      value: Math.round((due.ms * 1e6) / CALLS),
      unit: 'ns',
      target: `< ${(TARGET_MS * 1e6) / CALLS} ns`,
    },
  ];
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  for (const r of await run()) {
    const base = r.baseline ? `  baseline ${r.baseline.name}: ${r.baseline.value} ms  ratio ×${r.ratio}` : '';
    console.log(`${r.name}: ${r.value} ${r.unit} (target ${r.target})${base}`);
  }
}
