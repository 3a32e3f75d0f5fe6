import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/client.js';
import type { App } from '../../platform/http/app-context.js';
import { loginAs, type LoggedIn } from '../../platform/testing/factories.js';
import { FIVE_OFFICES } from '../offices/five-offices.js';
import { SyntheticPopulation } from '../identity/index.js';
import { familyBody } from '../applications/testing/household.js';
import { multipartBody } from '../applications/testing/multipart.js';
import { seedStandards, type SeedSlug } from '../standards/seeds/index.js';
import { BPS_CRITERIA } from '../applications/assessment/assessment-form.js';
import { DEMO_PASSWORD, demoTotpSecret } from './demo.seed.js';

/**
 * Demo cases, so that a fresh `npm start` shows every worklist with work in it rather than empty
 * screens. They are made through the HTTP API as the demo officers (the same rules, audit trail and
 * receipt numbers as real work), and each is left at a different point of its office's procedure:
 * waiting at the counter, returned as incomplete, and one, two, three… actions further on.
 * Runs once per office: an office that already has applications is left alone.
 */
type Session = LoggedIn;
type Inject = FastifyInstance['inject'];

/** The demo officer's own login, second factor included (the same path the console takes). */
const login = (app: FastifyInstance, username: string) => loginAs(app as App, { username, password: DEMO_PASSWORD, totpSecret: demoTotpSecret(username) });

let scanCache: Buffer | null = null;
async function scan(): Promise<Buffer> {
  scanCache ??= await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#f4f1ea' } })
    .composite([{ input: Buffer.from('<svg width="900" height="160"><text x="30" y="100" font-size="48">CONTOH DOKUMEN DEMO</text></svg>'), top: 80, left: 0 }])
    .jpeg()
    .toBuffer();
  return scanCache;
}

async function upload(inject: Inject, as: Session, id: string, fields: Record<string, string>) {
  const { payload, contentType } = multipartBody(fields, { name: 'contoh.jpg', type: 'image/jpeg', bytes: await scan() });
  await inject({ method: 'POST', url: `/api/v1/applications/${id}/documents`, headers: { ...as.headers, 'content-type': contentType }, payload });
}

interface Detail {
  status: string;
  version: number;
  currentRole: string | null;
  nextAction: { action: string; stepCode: string | null } | null;
  checklist: { code: string; required: boolean; materai: boolean; documents: number; alternatives: string[] | null }[];
  letters: { id: string; status: string; nextApproval: { action: string } | null }[];
}

type Officers = Record<'loket' | 'bo' | 'asesor' | 'kepala' | 'kadis' | 'kelurahan', Session>;

/** One action of the office on the case, as the officer holding the role; false when it cannot go on. */
async function act(inject: Inject, as: Officers, id: string, opts: { returnIncomplete?: boolean } = {}): Promise<boolean> {
  const res = await inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: { cookie: as.loket.headers.cookie! } });
  if (res.statusCode !== 200) return false;
  const d = res.json() as Detail;
  const next = d.nextAction;
  if (!next) return false;
  const who = (role: string | null): Session =>
    role === 'back_office' ? as.bo : role === 'field_assessor' ? as.asesor : role === 'approver' || role === 'committee' ? as.kadis : role === 'kelurahan_operator' ? as.kelurahan : as.loket;
  const base = `/api/v1/applications/${id}`;
  const post = (url: string, s: Session, payload: object) => inject({ method: 'POST', url, headers: s.headers, payload });
  let out;
  switch (next.action) {
    case 'check': {
      const required = d.checklist.filter((c) => c.required);
      if (!opts.returnIncomplete) for (const c of required) if (c.materai && c.documents === 0) await upload(inject, as.loket, id, { requirementCode: c.code });
      const items = required.map((c, i) =>
        opts.returnIncomplete && i === required.length - 1
          ? { code: c.code, state: 'missing', reason: 'Belum dibawa pemohon' }
          : { code: c.code, state: 'present', ...(c.alternatives ? { alternative: c.alternatives[0] } : {}) },
      );
      out = await post(`${base}/check`, who(d.currentRole), { version: d.version, items });
      break;
    }
    case 'complete_step':
      out = await post(`${base}/steps/${next.stepCode}/complete`, who(d.currentRole), { version: d.version });
      break;
    case 'schedule_assessment': {
      const assessor = await inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: as.asesor.headers.cookie! } });
      const assessorUserId = (assessor.json() as { user: { id: string } }).user.id;
      out = await post(`${base}/assessment/schedule`, as.bo, { version: d.version, scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), assessorUserId });
      break;
    }
    case 'record_assessment':
      await upload(inject, as.asesor, id, { purpose: 'assessment_photo' });
      out = await post(`${base}/assessment`, as.asesor, { version: d.version, answers: BPS_CRITERIA.map((c, i) => ({ code: c.code, met: i < 11 })), notes: 'Rumah semi permanen, dinding papan (data demo).' });
      break;
    case 'decide':
      out = await post(`${base}/decision`, as.kadis, {
        version: d.version,
        eligible: true,
        ...(d.currentRole === 'committee' ? { committee: [{ name: 'Analis Jaminan Sosial', title: 'Anggota tim' }, { name: 'Pekerja Sosial', title: 'Anggota tim' }] } : {}),
      });
      break;
    case 'draft_letter':
      out = await post(`${base}/letters`, who(d.currentRole), { version: d.version });
      break;
    case 'approve_letter': {
      const letter = d.letters.find((l) => l.status !== 'signed' && l.nextApproval);
      if (!letter) return false;
      out = await post(`${base}/letters/${letter.id}/approvals`, letter.nextApproval!.action === 'initial' ? as.kepala : as.kadis, { version: d.version, action: letter.nextApproval!.action });
      break;
    }
    default:
      return false;
  }
  return out.statusCode === 200;
}

/** How far each demo case of an office goes: 0 = waiting at the counter; -1 = returned incomplete. */
const PROGRESS = [0, 0, -1, 1, 2, 3, 4, 6, 99];

export async function seedDemoApplications(app: FastifyInstance, database: Database, onStart?: () => void): Promise<number> {
  // Hundreds of demo requests would bury the address and the demo logins printed after them.
  const level = app.log.level;
  app.log.level = 'warn';
  try {
    return await seedOffices(app, database, onStart);
  } finally {
    app.log.level = level;
  }
}

async function seedOffices(app: FastifyInstance, database: Database, onStart?: () => void): Promise<number> {
  const inject = app.inject.bind(app);
  let made = 0;
  let started = false;
  for (const input of FIVE_OFFICES) {
    const office = (await database.query<{ id: number; n: number }>(`SELECT o.id, (SELECT count(*) FROM applications a WHERE a.office_id = o.id)::int AS n FROM offices o WHERE o.slug = $1`, [input.slug]))[0];
    if (!office || office.n > 0) continue;
    if (!started) onStart?.();
    started = true;
    const prefix = input.receiptPrefix.toLowerCase();
    const as = Object.fromEntries(
      await Promise.all((['loket', 'bo', 'asesor', 'kepala', 'kadis', 'kelurahan'] as const).map(async (s) => [s, await login(app, `${prefix}.${s}`)] as const)),
    ) as Officers;
    const standard = seedStandards[input.slug as SeedSlug];
    // Every (service, variant) pair the counter takes: a service with variants needs one chosen.
    const choices = standard.services
      .filter((s) => s.channels.includes('counter'))
      .flatMap((s) => (s.variants.length > 0 ? s.variants.map((v) => ({ serviceCode: s.code, variantCode: v.code as string | undefined })) : [{ serviceCode: s.code, variantCode: undefined }]));
    const population = new SyntheticPopulation({ regencyCode: input.regionCode, seed: 20261127 });
    for (const [i, steps] of PROGRESS.entries()) {
      // Cycle through the office's counter services; a service that needs facts the demo does not
      // invent (an emergency's hospital letter, a transfer's origin) is skipped for the next one.
      let id: string | null = null;
      for (let k = 0; k < choices.length && !id; k++) {
        const { serviceCode, variantCode } = choices[(i + k) % choices.length]!;
        const payload = { serviceCode, ...(variantCode ? { variantCode } : {}), channel: 'counter', ...familyBody(population.family(), 1 + (i % 3)) };
        const res = await inject({ method: 'POST', url: '/api/v1/applications', headers: as.loket.headers, payload });
        if (res.statusCode === 201) id = (res.json() as { application: { id: string } }).application.id;
      }
      if (!id) continue;
      made++;
      if (steps < 0) await act(inject, as, id, { returnIncomplete: true });
      for (let s = 0; s < steps; s++) if (!(await act(inject, as, id))) break;
    }
  }
  return made;
}
