import type { TenancyFixture, TenancyWorld } from '../../platform/testing/tenancy-fixtures.js';
import { SyntheticPopulation } from '../identity/index.js';
import { parseRelation } from '../registry/registry.codes.js';
import { seedStandards } from '../standards/seeds/index.js';
import type { OfficeStandard } from '../standards/standard.schema.js';
import { insertStandardVersion } from '../standards/standards.repository.js';

/**
 * Office A of the cross-office walk (region 35.75) gets a standard with one service of each workflow shape
 * (Pasuruan's intake, Tarakan's assessment and decision, Karangasem's letter, Palembang's kelurahan batch),
 * and one application per route, each in the state its route acts on: office B must see none of it.
 */
type World = TenancyWorld;

const json = (res: { statusCode: number; body: string }, what: string) => {
  if (res.statusCode >= 300) throw new Error(`tenancy fixture: ${what} failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return JSON.parse(res.body);
};

let prepared: Promise<SyntheticPopulation> | undefined;
function prepareOfficeA(w: World): Promise<SyntheticPopulation> {
  prepared ??= (async () => {
    const pick = (std: OfficeStandard, code: string) => std.services.find((s) => s.code === code)!;
    const { 'kota-pasuruan': kotaPasuruan, 'kota-tarakan': kotaTarakan, 'kota-palembang': kotaPalembang } = seedStandards;
    await insertStandardVersion(w.database.db, {
      officeId: w.officeA.id,
      effectiveDate: '2024-01-01',
      standard: {
        ...kotaPasuruan,
        services: [...kotaPasuruan.services, pick(kotaTarakan, 'pbi_pemda_transfer'), pick(kotaPalembang, 'data_change_recommendation'), pick(kotaPalembang, 'kis_proposal')],
      },
    });
    return new SyntheticPopulation({ regencyCode: '35.75', seed: 'tenancy' });
  })();
  return prepared;
}

const call = (w: World, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  w.app.inject({ method, url, headers: w.asA.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function newApplication(w: World, serviceCode: string, extra: Record<string, unknown> = {}) {
  const population = await prepareOfficeA(w);
  const f = population.family();
  const m = f.members[0]!;
  const body = {
    serviceCode,
    family: { kkNumber: f.kk, address: 'Jl. Rahasia Kantor A No. 1', villageCode: f.address.villageCode },
    members: [{ nik: m.nik, name: m.name, birthDate: m.birthDate, sex: m.sex, relation: parseRelation(m.relation) ?? 'lainnya' }],
    ...extra,
  };
  return json(await call(w, 'POST', '/api/v1/applications', body), `create ${serviceCode}`).application as { id: string; receiptNumber: string; version: number; applicantName: string };
}

async function detail(w: World, id: string) {
  return json(await call(w, 'GET', `/api/v1/applications/${id}`), 'detail');
}

async function act(w: World, id: string, path: string, body: Record<string, unknown>) {
  const d = await detail(w, id);
  return json(await call(w, 'POST', `/api/v1/applications/${id}/${path}`, { version: d.version, ...body }), path);
}

const presentAll = async (w: World, id: string) => {
  const d = await detail(w, id);
  return act(w, id, 'check', { items: d.checklist.filter((c: { required: boolean }) => c.required).map((c: { code: string }) => ({ code: c.code, state: 'present' })) });
};

/** Every criterion of the form the visit was scheduled on, answered "holds". */
async function answersFor(w: World, id: string) {
  return (await detail(w, id)).assessment.criteria.map((c: { code: string }) => ({ code: c.code, met: true }));
}

/** A Tarakan-shaped application advanced to the step a route acts on. */
async function transferAt(w: World, stop: 'schedule' | 'record' | 'decide') {
  const app = await newApplication(w, 'pbi_pemda_transfer');
  await presentAll(w, app.id);
  if (stop === 'schedule') return app;
  await act(w, app.id, 'assessment/schedule', { scheduledAt: '2026-03-03T09:00:00+07:00', assessorUserId: w.userA.id });
  if (stop === 'record') return app;
  await act(w, app.id, 'assessment', { answers: await answersFor(w, app.id) });
  await act(w, app.id, 'steps/forward/complete', {});
  return app;
}

async function letterAtSign(w: World) {
  const app = await newApplication(w, 'data_change_recommendation');
  await presentAll(w, app.id);
  await act(w, app.id, 'letters', {});
  const d = await detail(w, app.id);
  return { app, letterId: d.letters[0].id as string, version: d.version as number };
}

const once = <T>(make: (w: World) => Promise<T>) => {
  let p: Promise<T> | undefined;
  return (w: World) => (p ??= make(w));
};

const listed = once((w) => newApplication(w, 'new_registration'));
const forCheck = once((w) => newApplication(w, 'new_registration'));
const forResubmit = once(async (w) => {
  const app = await newApplication(w, 'new_registration');
  await act(w, app.id, 'check', { items: [{ code: 'kk_copy', state: 'missing', reason: 'Belum dibawa' }, { code: 'identity_copy', state: 'present' }] });
  return app;
});
const forStep = once(async (w) => {
  const app = await newApplication(w, 'new_registration');
  await presentAll(w, app.id);
  return app;
});
const forWithdraw = once((w) => newApplication(w, 'new_registration'));
const forSchedule = once((w) => transferAt(w, 'schedule'));
const forRecord = once((w) => transferAt(w, 'record'));
const forDecide = once((w) => transferAt(w, 'decide'));
const forDraft = once(async (w) => {
  const app = await newApplication(w, 'data_change_recommendation');
  await presentAll(w, app.id);
  return app;
});
const forApproval = once(letterAtSign);
const signedLetter = once(async (w) => {
  const { app, letterId } = await letterAtSign(w);
  await act(w, app.id, `letters/${letterId}/approvals`, { action: 'sign' });
  return letterId;
});
const kelurahanBatch = once(async (w) => {
  await newApplication(w, 'kis_proposal', { channel: 'kelurahan_batch', variantCode: 'ordinary' });
  const batches = json(await call(w, 'GET', '/api/v1/kelurahan-batches'), 'batches');
  return batches.batches[0].id as string;
});
/** A scan of office A (for the documents module's fixtures). */
export const documentOfA = once(async (w: World) => {
  const app = await listed(w);
  const { default: sharp } = await import('sharp');
  const bytes = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#808080' } }).png().toBuffer();
  const boundary = '----tenancyA';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="requirementCode"\r\n\r\nkk_copy\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="kk-rahasia-a.png"\r\nContent-Type: image/png\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await w.app.inject({ method: 'POST', url: `/api/v1/applications/${app.id}/documents`, headers: { ...w.asA.headers, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
  return json(res, 'upload').id as string;
});

const formName = 'Formulir Rahasia Kantor A';
const officeForm = once(async (w) => {
  json(await call(w, 'PUT', '/api/v1/assessment-form', { name: formName, threshold: 1, criteria: [{ code: 'satu', label: 'Kriteria kantor A' }] }), 'form');
  return formName;
});

const version = async (w: World, id: string) => (await detail(w, id)).version as number;

export const publicRoutes = ['POST /api/v1/offices/:slug/applications', 'GET /api/v1/receipts/:token', 'GET /api/v1/letters/verify/:token'];

export const tenancyFixtures: TenancyFixture[] = [
  {
    route: 'POST /api/v1/applications',
    request: async (w) => {
      const app = await listed(w);
      void app;
      return { body: { serviceCode: 'new_registration', family: { kkNumber: '3575010101120045', address: 'Jl. B', villageCode: '35.75.01.1001' }, members: [{ nik: '3575016502850003', name: 'Orang Kantor B', birthDate: '1985-02-25', sex: 'F', relation: 'kepala_keluarga' }] } };
    },
  },
  {
    // B asks about A's applicant: the answer must not reveal A's application.
    route: 'POST /api/v1/applications/open-check',
    request: async (w) => ({ body: { serviceCode: 'new_registration', niks: [(await detail(w, (await listed(w)).id)).members[0].nik] } }),
    markers: async (w) => [(await listed(w)).receiptNumber, (await listed(w)).id],
  },
  { route: 'GET /api/v1/applications', request: async () => ({}), markers: async (w) => [(await listed(w)).receiptNumber, (await listed(w)).applicantName] },
  { route: 'GET /api/v1/worklist', request: async () => ({ query: { role: 'front_office' } }), markers: async (w) => [(await listed(w)).receiptNumber] },
  { route: 'GET /api/v1/applications/:id', request: async (w) => ({ params: { id: (await listed(w)).id } }) },
  { route: 'GET /api/v1/applications/:id/receipt.pdf', request: async (w) => ({ params: { id: (await listed(w)).id } }) },
  { route: 'GET /api/v1/applications/:id/documents', request: async (w) => ({ params: { id: (await listed(w)).id } }) },
  // JSON is not a file: office A hears 415 (the application exists), office B 404 before the body is read.
  { route: 'POST /api/v1/applications/:id/documents', request: async (w) => ({ params: { id: (await listed(w)).id }, body: { file: 'x' } }), ownStatus: 415 },
  {
    route: 'POST /api/v1/applications/:id/check',
    request: async (w) => ({ params: { id: (await forCheck(w)).id }, body: { version: 1, items: [{ code: 'kk_copy', state: 'present' }, { code: 'identity_copy', state: 'present' }] } }),
  },
  { route: 'POST /api/v1/applications/:id/resubmit', request: async (w) => { const a = await forResubmit(w); return { params: { id: a.id }, body: { version: await version(w, a.id) } }; } },
  { route: 'POST /api/v1/applications/:id/steps/:stepCode/complete', request: async (w) => { const a = await forStep(w); return { params: { id: a.id, stepCode: 'process' }, body: { version: await version(w, a.id) } }; } },
  { route: 'POST /api/v1/applications/:id/withdraw', request: async (w) => ({ params: { id: (await forWithdraw(w)).id }, body: { version: 1, reason: 'Pemohon membatalkan' } }) },
  {
    route: 'POST /api/v1/applications/:id/assessment/schedule',
    request: async (w) => { const a = await forSchedule(w); return { params: { id: a.id }, body: { version: await version(w, a.id), scheduledAt: '2026-03-03T09:00:00+07:00', assessorUserId: w.userA.id } }; },
  },
  {
    route: 'POST /api/v1/applications/:id/assessment',
    request: async (w) => {
      const a = await forRecord(w);
      return { params: { id: a.id }, body: { version: await version(w, a.id), answers: await answersFor(w, a.id) } };
    },
  },
  {
    route: 'POST /api/v1/applications/:id/decision',
    request: async (w) => { const a = await forDecide(w); return { params: { id: a.id }, body: { version: await version(w, a.id), eligible: true, committee: [{ name: 'Tim A' }] } }; },
  },
  { route: 'POST /api/v1/applications/:id/letters', request: async (w) => { const a = await forDraft(w); return { params: { id: a.id }, body: { version: await version(w, a.id) } }; } },
  {
    route: 'POST /api/v1/applications/:id/letters/:letterId/approvals',
    request: async (w) => { const l = await forApproval(w); return { params: { id: l.app.id, letterId: l.letterId }, body: { version: l.version, action: 'sign' } }; },
  },
  { route: 'GET /api/v1/letters/:id/pdf', request: async (w) => ({ params: { id: await signedLetter(w) } }) },
  { route: 'GET /api/v1/kelurahan-batches', request: async () => ({}), markers: async (w) => [await kelurahanBatch(w)] },
  { route: 'POST /api/v1/kelurahan-batches/:id/submit', request: async (w) => ({ params: { id: await kelurahanBatch(w) }, body: {} }) },
  { route: 'GET /api/v1/assessment-form', request: async () => ({}), markers: async (w) => [await officeForm(w)] },
  { route: 'PUT /api/v1/assessment-form', request: async () => ({ body: { name: 'Formulir B', threshold: 1, criteria: [{ code: 'b', label: 'Kriteria kantor B' }] } }) },
];
