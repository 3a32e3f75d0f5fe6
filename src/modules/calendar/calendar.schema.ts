import { z } from 'zod';
import { TIME_ZONES, parseHhMm, parseLocalDate } from './local-time.js';

export const HOLIDAY_KINDS = ['national', 'cuti_bersama', 'regional'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const localDate = z
  .string()
  .refine((s) => parseLocalDate(s) !== undefined, {
    message: 'Tanggal harus berbentuk YYYY-MM-DD dan ada di kalender // Date must be a real YYYY-MM-DD date',
  });

export const holidaySchema = z.strictObject({
  date: localDate,
  /** Indonesian name as written in the decree (SKB) or the regional decision. */
  name: z.string().trim().min(1).max(200),
  kind: z.enum(HOLIDAY_KINDS),
});
export type Holiday = z.infer<typeof holidaySchema>;

/**
 * Regional holidays are what an office adds itself (e.g. Galungan/Kuningan decided by a Bali
 * regent, a regency anniversary): always kind 'regional', so they are never mistaken for the
 * national table when it is replaced by next year's SKB.
 */
export const regionalHolidaySchema = holidaySchema.extend({ kind: z.literal('regional') });
export type RegionalHoliday = z.infer<typeof regionalHolidaySchema>;

export const hhMm = z
  .string()
  .refine((s) => parseHhMm(s) !== undefined, { message: 'Jam berbentuk HH:MM (00:00–24:00) // Time must be HH:MM (00:00–24:00)' });

export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

export const openingSchema = z
  .strictObject({
    weekday: z.literal(ISO_WEEKDAYS),
    opens: hhMm,
    closes: hhMm,
  })
  .refine((o) => (parseHhMm(o.opens) ?? 0) < (parseHhMm(o.closes) ?? 0), {
    message: 'Jam buka harus sebelum jam tutup // Opening time must be before closing time',
    path: ['closes'],
  });

/**
 * Office hours as the Standar Pelayanan states them (e.g. Karangasem: Mon–Thu 08.00–15.00, Fri
 * 09.00–12.00 WITA). A weekday that is absent is closed, so Saturday and Sunday are closed unless
 * an office lists them. One interval per weekday: none of the seeds has a lunch break, and a
 * single interval keeps the due-time loop simple.
 */
export const officeHoursSchema = z.strictObject({
  timeZone: z.enum(TIME_ZONES),
  weekly: z
    .array(openingSchema)
    .min(1)
    .max(7)
    .refine((w) => new Set(w.map((o) => o.weekday)).size === w.length, {
      message: 'Setiap hari hanya boleh muncul sekali // Each weekday may appear only once',
    }),
});
export type OfficeHours = z.infer<typeof officeHoursSchema>;

export const TIME_LIMIT_UNITS = ['minutes', 'hours', 'working_days', 'calendar_days', 'months'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/** Upper bounds keep every computation to at most a few thousand day steps. */
export const TIME_LIMIT_MAX: Readonly<Record<TimeLimitUnit, number>> = {
  minutes: 100_000,
  hours: 2_000,
  working_days: 500,
  calendar_days: 1_000,
  months: 36,
};

export const timeLimitSchema = z
  .strictObject({
    amount: z.number().positive(),
    unit: z.enum(TIME_LIMIT_UNITS),
    /** Emergency services (Karangasem: "Waktu Pelayanan Darurat: 24 Jam") run on plain elapsed time. */
    aroundTheClock: z.boolean().optional(),
  })
  .superRefine((limit, ctx) => {
    if (limit.amount > TIME_LIMIT_MAX[limit.unit]) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `Paling banyak ${TIME_LIMIT_MAX[limit.unit]} // At most ${TIME_LIMIT_MAX[limit.unit]}`,
      });
    }
    // Days and months are counted whole in every Standar Pelayanan; "1,5 hari kerja" has no agreed meaning.
    if (limit.unit !== 'minutes' && limit.unit !== 'hours' && !Number.isInteger(limit.amount)) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Harus bilangan bulat // Must be a whole number' });
    }
    if (limit.aroundTheClock && limit.unit !== 'minutes' && limit.unit !== 'hours') {
      ctx.addIssue({
        code: 'custom',
        path: ['aroundTheClock'],
        message: 'Hanya untuk satuan menit/jam // Only for minutes or hours',
      });
    }
  });
export type TimeLimit = z.infer<typeof timeLimitSchema>;

/** What the portal's "open now?" badge needs. */
export const openStatusSchema = z.object({
  open: z.boolean(),
  nextOpening: z.string().nullable(),
  closesAt: z.string().optional(),
});
export type OpenStatus = z.infer<typeof openStatusSchema>;

export const dueResultSchema = z.object({
  due: z.date(),
  dueLocal: z.string(),
  workingDaysCounted: z.array(z.string()),
  provisional: z.boolean(),
});
export type DueResult = z.infer<typeof dueResultSchema>;

export const timeUsedSchema = z.object({
  unit: z.enum(TIME_LIMIT_UNITS),
  amount: z.number(),
  elapsed: z.number(),
  fraction: z.number(),
  overdue: z.boolean(),
  due: z.date(),
  dueLocal: z.string(),
  provisional: z.boolean(),
});
export type TimeUsed = z.infer<typeof timeUsedSchema>;

export const nonWorkingDaySchema = z.object({
  date: z.string(),
  kind: z.enum([...HOLIDAY_KINDS, 'weekend']),
  names: z.array(z.string()),
});
export type NonWorkingDay = z.infer<typeof nonWorkingDaySchema>;
