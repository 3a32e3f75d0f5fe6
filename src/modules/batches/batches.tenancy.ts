import { sql } from 'drizzle-orm';
import { execRows } from '../../platform/db/client.js';
import type { TenancyFixture, TenancyWorld } from '../../platform/testing/tenancy-fixtures.js';

/** Batches of office A, one per lifecycle state a fixture needs (the walk may call each route as A once). */
const made = new Map<string, Promise<string>>();
function batchOfA(w: TenancyWorld, key: string, status: string): Promise<string> {
  let p = made.get(`${w.officeA.id}:${key}`);
  if (!p) {
    // Periods far in the future so they never collide with periods the assignment creates.
    const period = `2090-${String(made.size + 1).padStart(2, '0')}`;
    p = execRows<{ id: string }>(w.database.db, sql`
      INSERT INTO batches (office_id, period, sequence, status) VALUES (${w.officeA.id}, ${period}, 1, ${status}) RETURNING id`).then((r) => r[0]!.id);
    made.set(`${w.officeA.id}:${key}`, p);
  }
  return p;
}

export const tenancyFixtures: TenancyFixture[] = [
  { route: 'GET /api/v1/batches', request: async () => ({}), markers: async (w) => [await batchOfA(w, 'list', 'closed')] },
  { route: 'GET /api/v1/batches/:id', request: async (w) => ({ params: { id: await batchOfA(w, 'get', 'closed') } }) },
  { route: 'POST /api/v1/batches/:id/close', request: async (w) => ({ params: { id: await batchOfA(w, 'close', 'open') } }) },
  // Office A has no e-Dabu codes in the walk, so its own export is refused with 409 (after the ownership check).
  { route: 'GET /api/v1/batches/:id/export', request: async (w) => ({ params: { id: await batchOfA(w, 'export', 'closed') }, query: { changeType: 'new' } }), ownStatus: 409 },
  { route: 'POST /api/v1/batches/:id/submit', request: async (w) => ({ params: { id: await batchOfA(w, 'submit', 'exported') } }) },
  // A JSON body is not an answer file: A gets 400 FILE_REQUIRED, B must get 404 before the body is read.
  { route: 'POST /api/v1/batches/:id/results', request: async (w) => ({ params: { id: await batchOfA(w, 'results', 'submitted') }, body: {} }), ownStatus: 400 },
  { route: 'GET /api/v1/batches/:id/rejections', request: async (w) => ({ params: { id: await batchOfA(w, 'rejections', 'results_imported') } }) },
  { route: 'POST /api/v1/batches/:id/rejections/:itemId/resolve', request: async (w) => ({ params: { id: await batchOfA(w, 'resolve', 'results_imported'), itemId: '1' }, body: { note: 'NIK diperbaiki' } }), ownStatus: 404 },
  { route: 'POST /api/v1/batches/:id/reconcile', request: async (w) => ({ params: { id: await batchOfA(w, 'reconcile', 'results_imported') } }) },
  { route: 'GET /api/v1/bpjs/settings', request: async () => ({}), markers: async () => ['SATKER-RAHASIA-A'] },
  { route: 'PUT /api/v1/bpjs/settings', request: async () => ({ body: { satkerName: 'SATKER-RAHASIA-A' } }) },
  { route: 'POST /api/v1/bpjs/participant', request: async () => ({ body: { nik: '6502014101900001' } }) },
];
