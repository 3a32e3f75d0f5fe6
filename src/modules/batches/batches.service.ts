import type { BatchStatus } from './batches.tables.js';
import { batchWrongStatus } from './batches.errors.js';

/** The standard's monthly collection window (Malinau 004: received on days 1–20, delivered on the 20th). */
export interface IntakeWindow {
  receiveFromDay: number;
  receiveToDay: number;
  deliverOnDay: number;
}

export const periodOf = (isoDate: string): string => isoDate.slice(0, 7);

export function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function daysInMonth(period: string): number {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The batch period an event belongs to. With a window, a file taken in after the last receiving day
 * (Malinau: the 21st onwards) waits for next month's delivery; without one, the month it came in.
 */
export function intakePeriod(isoDate: string, window: IntakeWindow | null): string {
  const period = periodOf(isoDate);
  if (!window) return period;
  const day = Number(isoDate.slice(8, 10));
  return day > window.receiveToDay ? nextPeriod(period) : period;
}

/** Delivery date of a period (clamped: a window saying 31 delivers on the 30th in November). */
export function closesAtFor(period: string, window: IntakeWindow | null): string | null {
  if (!window) return null;
  const day = Math.min(window.deliverOnDay, daysInMonth(period));
  return `${period}-${String(day).padStart(2, '0')}`;
}

export type BatchAction = 'close' | 'export' | 'submit' | 'import_results' | 'reconcile';

/**
 * Which states an action may start from. Export may be repeated (one file per change type, and a lost
 * file must be downloadable again) until BPJS has it; results may be imported again (a second, corrected
 * answer from the branch) until reconciled. Nothing goes back to open: a closed batch never changes.
 */
const FROM: Record<BatchAction, readonly BatchStatus[]> = {
  close: ['open'],
  export: ['closed', 'exported', 'submitted', 'results_imported', 'reconciled'],
  submit: ['exported'],
  import_results: ['submitted', 'results_imported'],
  reconcile: ['results_imported'],
};

const TO: Record<BatchAction, BatchStatus | null> = {
  close: 'closed',
  export: null,
  submit: 'submitted',
  import_results: 'results_imported',
  reconcile: 'reconciled',
};

/** The status after the action, or a 409 naming the current status. */
export function transition(status: BatchStatus, action: BatchAction): BatchStatus {
  if (!FROM[action].includes(status)) throw batchWrongStatus(status, action);
  if (action === 'export') return status === 'closed' ? 'exported' : status;
  return TO[action] ?? status;
}
