import type { ApplicationSummary } from '../applications/applications.api.js';

/**
 * The worklist's search, filters and sort, done in the browser: GET /worklist filters by role only,
 * and a role's list is read whole (see WorklistPage), so every item is here to filter.
 */
export const FILTERS = ['q', 'status', 'service', 'channel', 'village', 'due', 'sort'] as const;
export type Filters = Record<(typeof FILTERS)[number], string>;
export const NO_FILTERS: Filters = { q: '', status: '', service: '', channel: '', village: '', due: '', sort: 'due' };

export const SORTS: Record<string, (a: ApplicationSummary, b: ApplicationSummary) => number> = {
  newest: (a, b) => b.receivedAt.localeCompare(a.receivedAt),
  oldest: (a, b) => a.receivedAt.localeCompare(b.receivedAt),
  receipt: (a, b) => a.receiptNumber.localeCompare(b.receiptNumber),
  name: (a, b) => a.applicantName.localeCompare(b.applicantName, 'id'),
};

export function matches(a: ApplicationSummary, f: Filters): boolean {
  const q = f.q.trim().toLowerCase();
  if (q && !a.receiptNumber.toLowerCase().includes(q) && !a.applicantName.toLowerCase().includes(q)) return false;
  if (f.status && a.status !== f.status) return false;
  if (f.service && a.serviceCode !== f.service) return false;
  if (f.channel && a.channel !== f.channel) return false;
  if (f.village && a.villageCode !== f.village) return false;
  if (f.due === 'overdue' && !a.overdue) return false;
  if (f.due === 'soon' && !a.dueSoon) return false;
  if (f.due === 'fine' && (a.overdue || a.dueSoon)) return false;
  return true;
}

