import type { Config } from '../../platform/config.js';
import type { Database, Executor } from '../../platform/db/client.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { officeTime, type OfficeTime } from '../calendar/calendar.service.js';
import type { DocumentStore } from '../documents/document-store.js';
import type { Notifier } from '../notifications/notifier.js';
import { findOfficeById } from '../offices/offices.repository.js';
import type { Service } from '../standards/standard-service.schema.js';
import { findService, standardVersion, type CurrentStandard } from '../standards/standards.service.js';
import { applicationNotFound } from './applications.errors.js';
import { findApplication, type ApplicationRow } from './applications.repository.js';
import { planFor, type WorkflowPlan } from './workflow/plan.js';

/** What the applications module's services need besides the scope; built once per app. */
export interface ApplicationServices {
  database: Database;
  config: Config;
  notifier: Notifier;
  store: DocumentStore;
  /** Key of the letter verification tokens (derived from the app secret for this purpose only). */
  letterKey: Buffer;
}

export type OfficeRow = NonNullable<Awaited<ReturnType<typeof findOfficeById>>>;

// A published standard version never changes (standards.tables.ts), so caching it by id is always right.
const standards = new WeakMap<Database, Map<number, Promise<CurrentStandard>>>();
const officeRows = new WeakMap<Database, Map<number, Promise<OfficeRow>>>();

export function cachedStandard(database: Database, officeId: number, standardId: number): Promise<CurrentStandard> {
  let byId = standards.get(database);
  if (!byId) standards.set(database, (byId = new Map()));
  let hit = byId.get(standardId);
  if (!hit) {
    hit = standardVersion(database.db, officeId, standardId);
    hit.catch(() => byId!.delete(standardId));
    byId.set(standardId, hit);
  }
  return hit;
}

/** Office rows change rarely (name, prefix); a short-lived cache keeps one query off every request. */
export function cachedOffice(database: Database, officeId: number): Promise<OfficeRow> {
  let byId = officeRows.get(database);
  if (!byId) officeRows.set(database, (byId = new Map()));
  let hit = byId.get(officeId);
  if (!hit) {
    hit = findOfficeById(database.db, officeId).then((o) => {
      if (!o) throw new Error(`office ${officeId} vanished`);
      return o;
    });
    byId.set(officeId, hit);
    setTimeout(() => byId!.delete(officeId), 60_000).unref();
  }
  return hit;
}

/** An application with everything its workflow is judged by: its standard version, service and plan. */
export interface CaseContext {
  row: ApplicationRow;
  office: OfficeRow;
  standard: CurrentStandard;
  service: Service;
  plan: WorkflowPlan;
  time: OfficeTime;
}

// Keyed by the service object of a cached standard version, so two databases never share an entry.
const plans = new WeakMap<Service, Map<string, WorkflowPlan>>();

/** Plans are pure functions of (standard version, service, channel, variant): computed once. */
export function cachedPlan(service: Service, channel: WorkflowPlan['channel'], variant: string | null): WorkflowPlan {
  let byKey = plans.get(service);
  if (!byKey) plans.set(service, (byKey = new Map()));
  const key = `${channel}|${variant ?? ''}`;
  let plan = byKey.get(key);
  if (!plan) byKey.set(key, (plan = planFor(service, channel, variant)));
  return plan;
}

export async function caseOf(database: Database, row: ApplicationRow, db: Executor = database.db): Promise<CaseContext> {
  const [standard, office] = await Promise.all([cachedStandard(database, row.officeId, row.standardId), cachedOffice(database, row.officeId)]);
  const service = findService(standard.standard, row.serviceCode);
  const plan = cachedPlan(service, row.channel, row.variantCode);
  const time = await officeTime(db, row.officeId, standard);
  return { row, office, standard, service, plan, time };
}

export async function loadCase(scope: OfficeScope, id: string): Promise<CaseContext> {
  const row = await findApplication(scope, scope.db, id);
  if (!row) throw applicationNotFound();
  return caseOf(scope.database, row);
}
