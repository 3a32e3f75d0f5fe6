import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../platform/testing/test-app.js';
import { toLocalDate } from '../../calendar/index.js';
import { api, familyBody, seedOfficeWorld, type SeedOfficeWorld } from '../../applications/testing/fixtures.js';
import type { OfficeStandard } from '../../standards/standard.schema.js';
import { insertStandardVersion } from '../../standards/standards.repository.js';
import { MAX_RESUME_FAILURES } from './draft.service.js';

/**
 * The online application pages, as a browser without script drives them: form posts, redirects, cookies.
 * No seed accepts the web channel, so Pasuruan's new registration and family-member services are opened
 * to it here (as its admin would); Karangasem stays counter-only.
 */

type Jar = Map<string, string>;

function multipart(fields: Record<string, string>, files: { field: string; name: string; type: string; bytes: Buffer }[]) {
  const boundary = `----pbi${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('online application (portal /{slug}/ajukan)', () => {
  let t: TestApp;
  let w: SeedOfficeWorld;
  let png: Buffer;

  const client = (ip: string) => {
    const jar: Jar = new Map();
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const keep = (res: Awaited<ReturnType<TestApp['app']['inject']>>) => {
      for (const c of res.cookies as { name: string; value: string; maxAge?: number }[]) {
        if (c.value === '' || c.maxAge === 0) jar.delete(c.name);
        else jar.set(c.name, c.value);
      }
      return res;
    };
    return {
      jar,
      get: async (url: string) => keep(await t.app.inject({ method: 'GET', url, remoteAddress: ip, headers: { cookie: cookie() } })),
      post: async (url: string, form: Record<string, string>) =>
        keep(await t.app.inject({ method: 'POST', url, remoteAddress: ip, payload: new URLSearchParams(form).toString(), headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' } })),
      upload: async (url: string, fields: Record<string, string>, files: Parameters<typeof multipart>[1]) => {
        const body = multipart(fields, files);
        return keep(await t.app.inject({ method: 'POST', url, remoteAddress: ip, payload: body.payload, headers: { cookie: cookie(), 'content-type': body.contentType } }));
      },
    };
  };

  const applicantForm = () => {
    const body = familyBody(w.population.family());
    const m = body.members[0]!;
    const [y, mo, d] = m.birthDate.split('-');
    return {
      kkNumber: body.family.kkNumber, nik: m.nik, name: m.name, birthDay: String(Number(d)), birthMonth: String(Number(mo)), birthYear: y!,
      sex: m.sex, relation: 'kepala_keluarga', address: body.family.address, rt: body.family.rt, rw: body.family.rw, villageCode: body.family.villageCode,
      phone: '081234567890',
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await seedOfficeWorld(t, 'kota-pasuruan', 31);
    await seedOfficeWorld(t, 'kab-karangasem', 32);
    const rows = await t.database.query<{ standard: OfficeStandard }>('SELECT standard FROM office_standards WHERE office_id = $1', [w.office.id]);
    const seed = rows[0]!.standard;
    const withWeb: OfficeStandard = {
      ...seed,
      services: seed.services.map((s) => (['new_registration', 'add_family_member'].includes(s.code) ? { ...s, channels: [...s.channels, 'web'] } : s)),
    };
    await insertStandardVersion(t.database.db, { officeId: w.office.id, effectiveDate: toLocalDate(new Date(), 'Asia/Jakarta'), standard: withWeb });
    png = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#e8e4da' } }).png().toBuffer();
  });
  afterAll(async () => t?.close());

  it('offers only the services open to the web, and says so where none is', async () => {
    const c = client('10.1.0.1');
    const res = await c.get('/kota-pasuruan/ajukan');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('value="new_registration"');
    expect(res.body).toContain('value="add_family_member"');
    expect(res.body).not.toContain('value="reactivation"');
    const none = await c.get('/kab-karangasem/ajukan');
    expect(none.body).toContain('data-apply="no-web"');
    expect(none.body).toContain('belum menerima permohonan secara daring');
    const en = await c.get('/kab-karangasem/ajukan?lang=en');
    expect(en.body).toContain('does not take applications online yet');
    expect((await c.get('/tidak-ada/ajukan')).statusCode).toBe(404);
    expect((await c.post('/tidak-ada/ajukan', { service: 'new_registration' })).statusCode).toBe(404);
    expect(c.jar.size).toBe(0);
    const office = await c.get('/kota-pasuruan');
    expect(office.body).toContain('href="/kota-pasuruan/ajukan"');
  });

  it('refuses a service outside the web channel, and a step without a draft', async () => {
    const c = client('10.1.0.2');
    const bad = await c.post('/kota-pasuruan/ajukan', { service: 'reactivation' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Layanan: pilih salah satu layanan.');
    const noDraft = await c.get('/kota-pasuruan/ajukan/pemohon');
    expect(noDraft.statusCode).toBe(404);
    expect(noDraft.body).toContain('data-outcome="no-draft"');
  });

  it('checks the applicant page field by field with the identity rules, in Bahasa Indonesia and English', async () => {
    const c = client('10.1.0.3');
    const start = await c.post('/kota-pasuruan/ajukan', { service: 'new_registration' });
    expect(start.statusCode).toBe(303);
    expect(start.headers.location).toBe('/kota-pasuruan/ajukan/pemohon');
    expect(c.jar.has('pbi_ajukan')).toBe(true);
    const page = await c.get('/kota-pasuruan/ajukan/pemohon');
    expect(page.body).toContain('<optgroup');
    const form = { ...applicantForm(), kkNumber: '35750112', nik: '3575014A01800001', name: '', birthDay: '31', birthMonth: '2', phone: '12', villageCode: '35.71.01.1001' };
    const res = await c.post('/kota-pasuruan/ajukan/pemohon', form);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Nomor KK harus 16 digit angka; yang dimasukkan 8 digit.');
    expect(res.body).toContain('NIK hanya boleh berisi angka; ada huruf &quot;A&quot; pada posisi ke-8.');
    expect(res.body).toContain('Nama lengkap: wajib diisi');
    expect(res.body).toContain('Tanggal lahir: isi tanggal, bulan dan tahun yang benar');
    expect(res.body).toContain('Kelurahan/desa: pilih kelurahan di wilayah kantor ini.');
    expect(res.body).toContain('Nomor HP: 8 sampai 15 digit angka');
    expect(res.body).toContain('href="#kkNumber"');
    expect(res.body).toContain('aria-invalid="true"');
    // What was typed comes back, so nothing is typed twice.
    expect(res.body).toContain('value="35750112"');
    const en = await c.post('/kota-pasuruan/ajukan/pemohon?lang=en', form);
    expect(en.body).toContain('KK number must be 16 digits; 8 digits were entered.');
    expect(en.body).toContain('Mobile number: 8 to 15 digits');
  });

  let savedCode = '';
  let birth = { birthDay: '', birthMonth: '', birthYear: '' };

  it('goes through the steps, saves with a resume code, and resumes elsewhere to submit', async () => {
    const c = client('10.1.0.4');
    await c.post('/kota-pasuruan/ajukan', { service: 'new_registration' });
    const a = applicantForm();
    birth = { birthDay: a.birthDay, birthMonth: a.birthMonth, birthYear: a.birthYear };
    const next = await c.post('/kota-pasuruan/ajukan/pemohon', { ...a, action: 'continue' });
    expect(next.statusCode, next.body).toBe(303);
    expect(next.headers.location).toBe('/kota-pasuruan/ajukan/anggota');
    // Skipping ahead is sent back to the first step still open.
    expect((await c.get('/kota-pasuruan/ajukan/periksa')).headers.location).toBe('/kota-pasuruan/ajukan/anggota');

    const member = familyBody(w.population.family()).members[0]!;
    const [y, mo, d] = member.birthDate.split('-');
    const repeated = await c.post('/kota-pasuruan/ajukan/anggota', { action: 'add', m_nik: a.nik, m_name: 'Anak Satu', m_birthDay: a.birthDay, m_birthMonth: a.birthMonth, m_birthYear: a.birthYear, m_sex: a.sex, m_relation: 'anak' });
    expect(repeated.statusCode).toBe(400);
    expect(repeated.body).toContain('NIK: sudah dimasukkan untuk orang lain');
    const added = await c.post('/kota-pasuruan/ajukan/anggota', { action: 'add', m_nik: member.nik, m_name: member.name, m_birthDay: d!, m_birthMonth: mo!, m_birthYear: y!, m_sex: member.sex, m_relation: 'anak' });
    expect(added.statusCode, added.body).toBe(303);
    expect((await c.get('/kota-pasuruan/ajukan/anggota')).body).toContain(member.name);
    expect((await c.post('/kota-pasuruan/ajukan/anggota', { action: 'continue' })).headers.location).toBe('/kota-pasuruan/ajukan/berkas');

    const missing = await c.upload('/kota-pasuruan/ajukan/berkas', { action: 'continue' }, [{ field: 'file_kk_copy', name: 'kk.png', type: 'image/png', bytes: png }]);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toMatch(/unggah fotonya/);
    const notImage = await c.upload('/kota-pasuruan/ajukan/berkas', { action: 'continue' }, [{ field: 'file_identity_copy', name: 'ktp.txt', type: 'text/plain', bytes: Buffer.from('bukan foto') }]);
    expect(notImage.statusCode).toBe(400);
    expect(notImage.body).toContain('Jenis berkas tidak diterima');
    // KK is kept from the first try; now the KTP, and "save and continue later".
    const saved = await c.upload('/kota-pasuruan/ajukan/berkas', { action: 'save' }, [{ field: 'file_identity_copy', name: 'ktp.png', type: 'image/png', bytes: png }]);
    expect(saved.statusCode, saved.body).toBe(303);
    expect(saved.headers.location).toBe('/kota-pasuruan/ajukan/simpan');
    const codePage = await c.get('/kota-pasuruan/ajukan/simpan');
    savedCode = /data-resume-code="([A-Z0-9]{8})"/.exec(codePage.body)![1]!;
    expect(codePage.body).toContain(`${savedCode.slice(0, 4)}-${savedCode.slice(4)}`);

    // Another phone: the code and the birth date open the draft where it stopped.
    const other = client('10.1.0.5');
    const resumed = await other.post('/kota-pasuruan/ajukan/lanjutkan', { code: `${savedCode.slice(0, 4).toLowerCase()} ${savedCode.slice(4)}`, ...birth });
    expect(resumed.statusCode, resumed.body).toBe(303);
    expect(resumed.headers.location).toBe('/kota-pasuruan/ajukan/berkas');
    const files = await other.get('/kota-pasuruan/ajukan/berkas');
    expect(files.body).toContain('ktp.png');
    expect(files.body).toContain('kk.png');
    expect((await other.upload('/kota-pasuruan/ajukan/berkas', { action: 'continue' }, [])).headers.location).toBe('/kota-pasuruan/ajukan/periksa');

    const review = await other.get('/kota-pasuruan/ajukan/periksa');
    expect(review.body).toContain('Periksa kembali');
    expect(review.body).toContain(a.name.replace(/'/g, '&#39;'));
    expect(review.body).toContain('href="/kota-pasuruan/ajukan/pemohon"');
    const noConsent = await other.post('/kota-pasuruan/ajukan/periksa', {});
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.body).toContain('Persetujuan: centang');
    const sent = await other.post('/kota-pasuruan/ajukan/periksa', { consent: 'yes' });
    expect(sent.statusCode, sent.body).toBe(303);
    expect(sent.headers.location).toBe('/kota-pasuruan/ajukan/selesai');
    const done = await other.get('/kota-pasuruan/ajukan/selesai');
    const receipt = /data-receipt="([^"]+)"/.exec(done.body)![1]!;
    expect(receipt).toMatch(/^PSR-\d{4}-\d{6}$/);
    const proof = /href="(\/api\/v1\/receipts\/[^"]+)"/.exec(done.body)![1]!;
    const pdf = await other.get(proof);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    // The application is the office's, on the web channel, with both photos on their requirements.
    const http = api(t);
    const list = await http.get('/api/v1/applications?status=submitted', w.as.front);
    const item = list.body.items.find((i: { receiptNumber: string }) => i.receiptNumber === receipt);
    expect(item).toMatchObject({ channel: 'web' });
    const docs = await http.get(`/api/v1/applications/${item.id}/documents`, w.as.front);
    expect(docs.body.documents.map((d: { requirementCode: string }) => d.requirementCode).sort()).toEqual(['identity_copy', 'kk_copy']);
    // The draft and its photos are gone; the code opens nothing any more.
    expect((await t.database.query('SELECT 1 FROM portal_drafts')).length).toBeLessThanOrEqual(2);
    const again = await client('10.1.0.6').post('/kota-pasuruan/ajukan/lanjutkan', { code: savedCode, ...birth });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('Kode lanjutkan tidak ditemukan');
  });

  it('sending again after the photos failed to attach finishes the same application, never a second one', async () => {
    const c = client('10.1.0.9');
    await c.post('/kota-pasuruan/ajukan', { service: 'new_registration' });
    const a = applicantForm();
    expect((await c.post('/kota-pasuruan/ajukan/pemohon', { ...a, action: 'continue' })).statusCode).toBe(303);
    await c.post('/kota-pasuruan/ajukan/anggota', { action: 'continue' });
    const up = await c.upload('/kota-pasuruan/ajukan/berkas', { action: 'continue' }, [
      { field: 'file_kk_copy', name: 'kk.png', type: 'image/png', bytes: png },
      { field: 'file_identity_copy', name: 'ktp.png', type: 'image/png', bytes: png },
    ]);
    expect(up.headers.location).toBe('/kota-pasuruan/ajukan/periksa');
    // The state a failed first send leaves: the application exists, its receipt is in the draft, no photos yet.
    const created = await t.app.inject({
      method: 'POST', url: '/api/v1/offices/kota-pasuruan/applications', remoteAddress: '10.1.0.9',
      payload: {
        serviceCode: 'new_registration', consent: true, applicantIndex: 0,
        family: { kkNumber: a.kkNumber, address: a.address, villageCode: a.villageCode, rt: a.rt, rw: a.rw },
        members: [{ nik: a.nik, name: a.name, birthDate: `${a.birthYear}-${a.birthMonth.padStart(2, '0')}-${a.birthDay.padStart(2, '0')}`, sex: a.sex, relation: 'kepala_keluarga', phone: a.phone }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const receipt = created.json().receiptNumber as string;
    await t.database.query(
      `UPDATE portal_drafts SET data = data || jsonb_build_object('submitted', jsonb_build_object('receiptNumber', $1::text))
        WHERE id = (SELECT id FROM portal_drafts WHERE office_id = $2 ORDER BY updated_at DESC LIMIT 1)`, [receipt, w.office.id]);

    const sent = await c.post('/kota-pasuruan/ajukan/periksa', { consent: 'yes' });
    expect(sent.statusCode, sent.body).toBe(303);
    expect(/data-receipt="([^"]+)"/.exec((await c.get('/kota-pasuruan/ajukan/selesai')).body)![1]).toBe(receipt);
    const rows = await t.database.query<{ id: string; n: number }>(
      `SELECT a.id, (SELECT count(*) FROM documents d WHERE d.application_id = a.id)::int AS n
         FROM applications a JOIN application_members m ON m.application_id = a.id WHERE m.nik = $1`, [a.nik]);
    expect(rows).toEqual([{ id: expect.any(String), n: 2 }]);
  });

  it('does not resume a draft of one office at another, nor with an unknown or expired code', async () => {
    const c = client('10.1.0.7');
    await c.post('/kota-pasuruan/ajukan', { service: 'add_family_member' });
    const a = applicantForm();
    await c.post('/kota-pasuruan/ajukan/pemohon', { ...a, action: 'save' });
    const code = /data-resume-code="([A-Z0-9]{8})"/.exec((await c.get('/kota-pasuruan/ajukan/simpan')).body)![1]!;
    const b = { birthDay: a.birthDay, birthMonth: a.birthMonth, birthYear: a.birthYear };

    const elsewhere = await client('10.1.0.8').post('/kab-karangasem/ajukan/lanjutkan', { code, ...b });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.body).toContain('Kode lanjutkan tidak ditemukan');
    // The cookie of one office's draft opens nothing at another office either.
    const token = c.jar.get('pbi_ajukan')!;
    const cross = await t.app.inject({ method: 'GET', url: '/kab-karangasem/ajukan/pemohon', headers: { cookie: `pbi_ajukan=${token}` } });
    expect(cross.statusCode).toBe(404);
    expect(cross.body).not.toContain(a.nik);

    expect((await client('10.1.0.9').post('/kota-pasuruan/ajukan/lanjutkan', { code: 'ACDE-FGHJ', ...b })).statusCode).toBe(400);
    const malformed = await client('10.1.0.9').post('/kota-pasuruan/ajukan/lanjutkan', { code: 'x', birthDay: '', birthMonth: '', birthYear: '' });
    expect(malformed.body).toContain('Kode lanjutkan: 8 huruf dan angka');

    await t.database.query("UPDATE portal_drafts SET expires_at = now() - interval '1 minute' WHERE office_id = $1", [w.office.id]);
    const expired = await client('10.1.0.10').post('/kota-pasuruan/ajukan/lanjutkan', { code, ...b });
    expect(expired.statusCode).toBe(400);
    // A new draft sweeps the expired ones away, photos included.
    await client('10.1.0.10').post('/kota-pasuruan/ajukan', { service: 'new_registration' });
    expect(await t.database.query("SELECT 1 FROM portal_drafts WHERE expires_at < now()")).toEqual([]);
    expect(await t.database.query('SELECT 1 FROM portal_draft_uploads')).toEqual([]);
  });

  it('locks a draft after repeated wrong birth dates, and throttles guessing from one address', async () => {
    const c = client('10.1.0.11');
    await c.post('/kota-pasuruan/ajukan', { service: 'new_registration' });
    const a = applicantForm();
    await c.post('/kota-pasuruan/ajukan/pemohon', { ...a, action: 'save' });
    const code = /data-resume-code="([A-Z0-9]{8})"/.exec((await c.get('/kota-pasuruan/ajukan/simpan')).body)![1]!;
    const wrong = { birthDay: '1', birthMonth: '1', birthYear: '1901' };
    const statuses: number[] = [];
    for (let i = 0; i < MAX_RESUME_FAILURES; i++) statuses.push((await client(`10.2.0.${i}`).post('/kota-pasuruan/ajukan/lanjutkan', { code, ...wrong })).statusCode);
    expect(statuses).toEqual([400, 400, 400, 400, 429]);
    const right = await client('10.2.1.1').post('/kota-pasuruan/ajukan/lanjutkan', { code, birthDay: a.birthDay, birthMonth: a.birthMonth, birthYear: a.birthYear });
    expect(right.statusCode).toBe(429);
    expect(right.body).toContain('Terlalu banyak percobaan yang salah');

    const guesser = client('10.3.0.1');
    const answers: number[] = [];
    for (let i = 0; i < 12; i++) answers.push((await guesser.post('/kota-pasuruan/ajukan/lanjutkan', { code: 'ACDE-FGH' + 'ACDEFGHJKMNP'[i], ...wrong })).statusCode);
    expect(answers.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(answers.slice(10)).toEqual([429, 429]);
  });
});
