import { z } from 'zod';

/**
 * Building blocks shared by the office standard schema: time limits, component text, dates.
 * Messages are Bahasa Indonesia (the default UI language); `params.rule` gives a stable code
 * that `validateStandard` reports next to the field path.
 */

/** Attaches a stable rule code to a refinement so callers can react to it without parsing text. */
export const rule = (code: string, message: string) => ({ error: message, params: { rule: code } });

export const nonEmptyText = z.string().trim().min(1, { error: 'Wajib diisi, tidak boleh kosong' });

/** Stable machine codes (service, requirement, step, product, variant): snake_case ASCII. */
export const codeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'Kode hanya huruf kecil, angka dan garis bawah, diawali huruf' });

// Kept in the exact shape the calendar module consumes (written in parallel): a due time is computed
// from `amount` + `unit`; `aroundTheClock` marks emergency promises that also run outside office hours
// (Karangasem seed: "Waktu Pelayanan Darurat: 24 Jam").
export const TIME_UNITS = ['minutes', 'hours', 'working_days', 'calendar_days', 'months'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const timeLimitSchema = z.strictObject({
  amount: z
    .number({ error: 'Jumlah waktu harus berupa angka' })
    .refine((n) => Number.isFinite(n) && n > 0, rule('TIME_LIMIT_NOT_POSITIVE', 'Jumlah waktu harus lebih dari nol')),
  unit: z.enum(TIME_UNITS, {
    error: 'Satuan waktu tidak dikenal (minutes, hours, working_days, calendar_days, months)',
  }),
  aroundTheClock: z.boolean().optional(),
});
export interface TimeLimit {
  amount: number;
  unit: TimeUnit;
  aroundTheClock?: boolean;
}
// Compile-time guard: the schema and the shared TimeLimit type must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _timeLimitMatches: Same<z.infer<typeof timeLimitSchema>, TimeLimit> = true;
void _timeLimitMatches;

/**
 * Rough length of a time limit in minutes, only to check that a range's minimum is not above its
 * maximum ("20 Hari Kerja — 1 Bulan", Malinau). A working day counts as 7/5 calendar days and a
 * month as 30 days; the calendar module does the real arithmetic.
 */
export function approxMinutes(limit: TimeLimit): number {
  const perUnit: Record<TimeUnit, number> = {
    minutes: 1,
    hours: 60,
    working_days: (1440 * 7) / 5,
    calendar_days: 1440,
    months: 1440 * 30,
  };
  return limit.amount * perUnit[limit.unit];
}

/** Calendar date as `YYYY-MM-DD` that exists in the calendar (no 31 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat YYYY-MM-DD' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, rule('DATE_INVALID', 'Tanggal tidak ada di kalender'));

/**
 * How a list is numbered in the seed. Markers are generated when rendering, so that the stored text
 * stays clean; the seeds use "1.", "a.", "A.", "1)" (Malinau complaint contacts), "-" (Karangasem hours)
 * and unnumbered lines (`none`).
 */
export const ITEM_STYLES = ['decimal', 'lower-alpha', 'upper-alpha', 'paren-decimal', 'dash', 'none'] as const;
export type ItemStyle = (typeof ITEM_STYLES)[number];
export const itemStyleSchema = z.enum(ITEM_STYLES, { error: 'Gaya penomoran tidak dikenal' });

/** One line of a component's description, or a heading line with its own sub-list. */
export type ComponentItem = string | ComponentGroup;
export interface ComponentGroup {
  text: string;
  itemStyle: ItemStyle;
  items: ComponentItem[];
}

export const componentItemSchema: z.ZodType<ComponentItem> = z.lazy(() =>
  z.union([
    nonEmptyText,
    z.strictObject({
      text: nonEmptyText,
      itemStyle: itemStyleSchema,
      items: z.array(componentItemSchema).min(1, { error: 'Sub-daftar harus berisi paling sedikit satu butir' }),
    }),
  ]),
);

/** Reports every duplicate value of `key` in `list` as a custom issue on `path[i].field`. */
export function checkUnique<T>(
  ctx: z.RefinementCtx,
  list: readonly T[],
  key: (item: T) => string,
  path: (index: number) => PropertyKey[],
  code: string,
  message: (value: string) => string,
): void {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: path(index), message: message(value), params: { rule: code } });
    seen.add(value);
  });
}
