import { describe, expect, it } from 'vitest';
import { officeTimeToIso } from './applications.api.js';

describe('officeTimeToIso', () => {
  it('reads a datetime-local value on the office clock', () => {
    expect(officeTimeToIso('2026-11-28T09:30', 'Asia/Makassar')).toBe('2026-11-28T09:30:00+08:00');
    expect(officeTimeToIso('2026-11-28T09:30', 'Asia/Jayapura')).toBe('2026-11-28T09:30:00+09:00');
    expect(officeTimeToIso('2026-11-28T09:30:15', 'Asia/Jakarta')).toBe('2026-11-28T09:30:15+07:00');
    expect(new Date(officeTimeToIso('2026-11-28T09:30', 'Asia/Makassar')).toISOString()).toBe('2026-11-28T01:30:00.000Z');
  });

  it('falls back to WIB and leaves an empty value empty', () => {
    expect(officeTimeToIso('2026-11-28T09:30', undefined)).toBe('2026-11-28T09:30:00+07:00');
    expect(officeTimeToIso('', 'Asia/Jakarta')).toBe('');
  });
});
