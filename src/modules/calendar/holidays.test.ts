import { describe, expect, it } from 'vitest';
import { holidaySchema } from './calendar.schema.js';
import { HOLIDAYS_2025, HOLIDAYS_2026, NATIONAL_HOLIDAYS } from './holidays.js';
import { isoWeekday, parseLocalDate } from './local-time.js';

const datesOf = (year: typeof HOLIDAYS_2025, kind: 'national' | 'cuti_bersama') =>
  year.holidays.filter((h) => h.kind === kind).map((h) => h.date);

const weekday = (date: string) => isoWeekday(parseLocalDate(date) as number);

describe('national holiday table', () => {
  it('2026 matches shared/reference/README.md exactly', () => {
    expect(datesOf(HOLIDAYS_2026, 'national')).toEqual([
      '2026-01-01', '2026-01-16', '2026-02-17', '2026-03-19', '2026-03-21', '2026-03-22', '2026-04-03',
      '2026-04-05', '2026-05-01', '2026-05-14', '2026-05-27', '2026-05-31', '2026-06-01', '2026-06-16',
      '2026-08-17', '2026-08-25', '2026-12-25',
    ]);
    expect(datesOf(HOLIDAYS_2026, 'cuti_bersama')).toEqual([
      '2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24',
    ]);
    // The trap the reference warns about: 16 January is Isra Mikraj, not Maulid.
    expect(HOLIDAYS_2026.holidays.find((h) => h.date === '2026-01-16')?.name).toMatch(/Isra Mikraj/);
  });

  it('2025 has the 17 national days and 10 + 1 cuti bersama of SKB 1017/2024 as amended', () => {
    expect(datesOf(HOLIDAYS_2025, 'national')).toEqual([
      '2025-01-01', '2025-01-27', '2025-01-29', '2025-03-29', '2025-03-31', '2025-04-01', '2025-04-18',
      '2025-04-20', '2025-05-01', '2025-05-12', '2025-05-29', '2025-06-01', '2025-06-06', '2025-06-27',
      '2025-08-17', '2025-09-05', '2025-12-25',
    ]);
    expect(datesOf(HOLIDAYS_2025, 'cuti_bersama')).toEqual([
      '2025-01-28', '2025-03-28', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07', '2025-05-13',
      '2025-05-30', '2025-06-09', '2025-08-18', '2025-12-26',
    ]);
    expect(HOLIDAYS_2025.source).toMatch(/1017 Tahun 2024/);
    expect(HOLIDAYS_2025.source).toMatch(/933 Tahun 2025/);
  });

  it('weekdays agree with the published lists (a typo in a date would show here)', () => {
    // Weekday names as printed next to the dates in the published SKB lists.
    expect(weekday('2025-03-29')).toBe(6); // Nyepi, Sabtu
    expect(weekday('2025-04-07')).toBe(1); // cuti Idulfitri, Senin
    expect(weekday('2025-08-18')).toBe(1); // cuti HUT RI ke-80, Senin
    expect(weekday('2025-12-26')).toBe(5); // cuti Natal, Jumat
    expect(weekday('2026-01-16')).toBe(5); // Isra Mikraj, Jumat
    expect(weekday('2026-03-19')).toBe(4); // Nyepi, Kamis
    expect(weekday('2026-03-21')).toBe(6); // Idulfitri, Sabtu
    expect(weekday('2026-05-28')).toBe(4); // cuti Iduladha, Kamis
    expect(weekday('2026-12-24')).toBe(4); // cuti Natal, Kamis
  });

  it('every entry is valid, in its own year, unique, in date order, with a source', () => {
    for (const year of [HOLIDAYS_2025, HOLIDAYS_2026]) {
      expect(year.source.length).toBeGreaterThan(40);
      const dates = year.holidays.map((h) => h.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      for (const h of year.holidays) {
        expect(holidaySchema.safeParse(h).success).toBe(true);
        expect(h.date.startsWith(`${year.year}-`)).toBe(true);
      }
    }
    expect(NATIONAL_HOLIDAYS).toHaveLength(28 + 25);
  });
});
