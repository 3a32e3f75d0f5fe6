import { describe, expect, it } from 'vitest';
import { closesAtFor, intakePeriod, nextPeriod, transition } from './batches.service.js';

const MALINAU = { receiveFromDay: 1, receiveToDay: 20, deliverOnDay: 20 };

describe('batch periods', () => {
  it('keeps days 1–20 in the month and moves the 21st onwards to the next (Malinau 004)', () => {
    expect(intakePeriod('2026-11-01', MALINAU)).toBe('2026-11');
    expect(intakePeriod('2026-11-20', MALINAU)).toBe('2026-11');
    expect(intakePeriod('2026-11-21', MALINAU)).toBe('2026-12');
    expect(intakePeriod('2026-12-31', MALINAU)).toBe('2027-01');
  });

  it('uses the calendar month for offices without a window', () => {
    expect(intakePeriod('2026-11-30', null)).toBe('2026-11');
    expect(closesAtFor('2026-11', null)).toBeNull();
  });

  it('delivers on the window day, clamped to the month', () => {
    expect(closesAtFor('2026-11', MALINAU)).toBe('2026-11-20');
    expect(closesAtFor('2027-02', { ...MALINAU, deliverOnDay: 31 })).toBe('2027-02-28');
    expect(nextPeriod('2026-12')).toBe('2027-01');
  });
});

describe('batch lifecycle', () => {
  it('walks open → closed → exported → submitted → results_imported → reconciled', () => {
    expect(transition('open', 'close')).toBe('closed');
    expect(transition('closed', 'export')).toBe('exported');
    expect(transition('exported', 'export')).toBe('exported');
    expect(transition('exported', 'submit')).toBe('submitted');
    expect(transition('submitted', 'import_results')).toBe('results_imported');
    expect(transition('results_imported', 'import_results')).toBe('results_imported');
    expect(transition('results_imported', 'reconcile')).toBe('reconciled');
  });

  it('refuses steps out of order with 409: a closed batch never reopens', () => {
    for (const [status, action] of [['closed', 'close'], ['open', 'export'], ['closed', 'submit'], ['exported', 'import_results'], ['submitted', 'reconcile'], ['reconciled', 'import_results']] as const) {
      expect(() => transition(status, action)).toThrow(expect.objectContaining({ status: 409, code: 'BATCH_WRONG_STATUS' }));
    }
  });
});
