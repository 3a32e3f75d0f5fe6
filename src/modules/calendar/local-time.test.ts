import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  civilFromDays, daysFromCivil, formatDayNumber, isoWeekday, parseHhMm, parseLocalDate, toLocalDate, toLocalIso, TIME_ZONES,
} from './local-time.js';

// Intl is the independent oracle here; the module itself avoids it for speed.
const intlParts = (date: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
};

const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) });

describe('local-time', () => {
  it('day numbers round-trip through civil dates and agree with Date.UTC', () => {
    fc.assert(fc.property(fc.integer({ min: -50_000, max: 100_000 }), (day) => {
      const { year, month, day: d } = civilFromDays(day);
      expect(daysFromCivil(year, month, d)).toBe(day);
      expect(Date.UTC(year, month - 1, d) / 86_400_000).toBe(day);
      expect(isoWeekday(day)).toBe(((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1);
    }));
  });

  it('toLocalIso agrees with Intl in all three zones', () => {
    fc.assert(fc.property(instant, fc.constantFrom(...TIME_ZONES), (ms, zone) => {
      const iso = toLocalIso(ms - (ms % 1000), zone);
      expect(iso.slice(0, 19)).toBe(intlParts(new Date(ms), zone));
      expect(new Date(iso).getTime()).toBe(ms - (ms % 1000));
      expect(toLocalDate(ms, zone)).toBe(iso.slice(0, 10));
    }));
  });

  it('parses only real dates and times', () => {
    expect(parseLocalDate('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
    expect(parseLocalDate('2025-02-29')).toBeUndefined();
    expect(parseLocalDate('2025-13-01')).toBeUndefined();
    expect(parseLocalDate('25-01-01')).toBeUndefined();
    expect(formatDayNumber(daysFromCivil(2026, 3, 5))).toBe('2026-03-05');
    expect(parseHhMm('08:30')).toBe(510);
    expect(parseHhMm('24:00')).toBe(1440);
    expect(parseHhMm('24:01')).toBeUndefined();
    expect(parseHhMm('8:30')).toBeUndefined();
  });
});
