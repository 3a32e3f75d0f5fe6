import type { Database } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import { isOpen, type OpenStatus } from '../calendar/index.js';
import { officeTime } from '../calendar/calendar.service.js';
import type { OfficeStandard } from '../standards/standard.schema.js';
import { currentStandard } from '../standards/standards.service.js';

/** What the office page shows from the standards and calendar modules. */
export interface OfficeStandardView {
  standard: OfficeStandard;
  version: number;
  effectiveDate: string;
  /** null when the standard states no hours: the calendar's default hours are not the office's promise. */
  open: OpenStatus | null;
}

export type StandardSource = (office: { id: number; slug: string; timeZone: string }, now: Date) => Promise<OfficeStandardView | null>;

/**
 * The standard in force today on the office's clock, and "open now" from its hours and working
 * calendar (national holidays, cuti bersama and the office's own regional days). An office without
 * a published standard gets null and its page says so.
 */
export const standardFromDatabase = (database: Database): StandardSource => async (office, now) => {
  let current;
  try {
    current = await currentStandard(database.db, office, now);
  } catch (err) {
    if (err instanceof DomainError && err.status === 404) return null;
    throw err;
  }
  const time = await officeTime(database.db, office.id, current);
  return {
    standard: current.standard,
    version: current.version,
    effectiveDate: current.effectiveDate,
    open: time.hoursStated ? isOpen(now, time.hours, time.calendar) : null,
  };
};
