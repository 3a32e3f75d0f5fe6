import type { Lang } from '../../platform/errors.js';
import type { Database } from '../../platform/db/client.js';
import { findService } from '../standards/standards.service.js';
import type { ApplicationSummary } from './applications.schema.js';
import type { ApplicationRow, EventRow } from './applications.repository.js';
import { cachedPlan, cachedStandard } from './case-context.js';
import { dueFlags } from './time/due.js';
import { isClosed, STATUS_LABELS, type ApplicationStatus } from './workflow/statuses.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A row as a list item: no NIK, only what a worklist needs. */
export async function summaryOf(database: Database, row: ApplicationRow, lang: Lang, now = new Date()): Promise<ApplicationSummary> {
  const standard = await cachedStandard(database, row.officeId, row.standardId);
  const service = findService(standard.standard, row.serviceCode);
  const plan = cachedPlan(service, row.channel, row.variantCode);
  const step = row.currentStep ? plan.steps.find((s) => s.code === row.currentStep) : undefined;
  const status = row.status as ApplicationStatus;
  const flags = dueFlags(now, { clockStartedAt: row.clockStartedAt, dueAt: row.dueAt, stepDueAt: row.stepDueAt, closed: isClosed(status) });
  return {
    id: row.id,
    receiptNumber: row.receiptNumber,
    serviceCode: row.serviceCode,
    serviceName: lang === 'en' && service.nameEn ? service.nameEn : service.name,
    variantCode: row.variantCode,
    channel: row.channel,
    kelurahanBatchId: row.kelurahanBatchId,
    status,
    statusLabel: STATUS_LABELS[status]?.[lang] ?? status,
    version: row.version,
    currentStep: row.currentStep,
    currentStepLabel: step?.label ?? null,
    currentRole: row.currentRole,
    priority: row.priority,
    applicantName: row.applicantName,
    villageCode: row.villageCode,
    receivedAt: row.receivedAt.toISOString(),
    dueAt: iso(row.dueAt),
    stepDueAt: iso(row.stepDueAt),
    ...flags,
  };
}

export function eventView(e: EventRow) {
  return {
    version: e.version,
    ordinal: e.ordinal,
    action: e.action,
    stepCode: e.stepCode,
    stepKind: e.stepKind,
    stepRole: e.stepRole,
    outcome: e.outcome,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorLabel: e.actorLabel,
    at: e.at.toISOString(),
    durationMs: e.durationMs === null ? null : Number(e.durationMs),
    mutuBaku: e.mutuBaku,
    stepElapsed: e.stepElapsed,
    withinMutuBaku: e.withinMutuBaku,
    note: e.note,
    data: e.data,
  };
}
