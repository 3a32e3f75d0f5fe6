import { api } from '../../lib/api.js';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextBeforeSeq: number | null;
}

export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  /** Office-local days (YYYY-MM-DD), as typed in the filter. */
  from?: string;
  to?: string;
}

export const FILTER_KEYS = ['action', 'entityType', 'entityId', 'actor', 'from', 'to'] as const;

// A day in the filter is a day on the office's clock, whatever the browser's zone is.
const OFFSETS: Record<string, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };

export function auditQuery(f: AuditFilter, timeZone: string | undefined, beforeSeq?: number) {
  const offset = OFFSETS[timeZone ?? ''] ?? '+07:00';
  return {
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    actor: f.actor,
    from: f.from ? `${f.from}T00:00:00${offset}` : undefined,
    to: f.to ? `${f.to}T23:59:59.999${offset}` : undefined,
    beforeSeq,
    limit: 50,
  };
}

export const listAudit = (query: ReturnType<typeof auditQuery>) => api<AuditPage>('/audit', { query });
