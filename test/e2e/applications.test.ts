import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyntheticPopulation } from '../../src/modules/identity/index.js';
import { familyBody } from '../../src/modules/applications/testing/fixtures.js';
import { buildOffice, buildStaff, loginAs, type LoggedIn, type TestUser } from '../../src/platform/testing/factories.js';
import {
  expectNoSeriousViolations,
  hasChromium,
  launchBrowser,
  login,
  menu,
  newContext,
  screenshot,
  seedOfficeWithStandard,
  startApp,
  waitForText,
  type Browser,
  type E2EApp,
  type Page,
} from './harness.js';

/**
 * The staff console's worklist and application page in Chromium, on the real statuses and steps of
 * the seed offices' plans:
 * - Kota Pasuruan (seed 000): file_check → process → give_proof, all by the front office; and the
 *   returned-incomplete path of a WhatsApp application.
 * - Kabupaten Karangasem reactivation: the letter the front office drafted is signed by the approver.
 * - Kota Tarakan: the committee decision (approver) and the back office's transfer step.
 */

const DESKTOP = { viewport: { width: 1280, height: 900 } };




const status = (page: Page) => page.getByTestId('app-status');

// Several logins and page loads per test: more than the default 30 s on a busy two-core machine.
describe.skipIf(!hasChromium)('worklists and the application page in Chromium', { timeout: 90_000 }, () => {
  let app: E2EApp;
  let browser: Browser;

  // An API client acting as one officer (cookie + CSRF), for the steps the browser does not test.
  const apiAs = (login: LoggedIn) => ({
    async post(url: string, body: unknown) {
      const res = await app.t.app.inject({ method: 'POST', url, headers: login.headers, payload: body as object });
      expect(res.statusCode, res.body.slice(0, 500)).toBeLessThan(300);
      return res.json();
    },
    async get(url: string) {
      const res = await app.t.app.inject({ method: 'GET', url, headers: { cookie: login.cookie } });
      expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
      return res.json();
    },
  });

  // A stuck locator fails with its name after 10 s instead of the whole test timing out.
  const open = async () => {
    const c = await newContext(browser, DESKTOP);
    c.context.setDefaultTimeout(10_000);
    return c;
  };

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const staff = (officeId: number, roles: Parameters<typeof buildStaff>[2]['roles']) => buildStaff(app.t.database, app.t.config.sessionSecret, { officeId, roles });

  describe('Kota Pasuruan', () => {
    let fo: TestUser;
    let bo: TestUser;
    let admin: TestUser;
    let counterApp: { id: string; receiptNumber: string };
    let waApp: { id: string; receiptNumber: string };

    beforeAll(async () => {
      const office = await seedOfficeWithStandard(app.t, 'kota-pasuruan');
      fo = await staff(office.id, ['front_office']);
      bo = await staff(office.id, ['back_office']);
      admin = await staff(office.id, ['office_admin']);
      const population = new SyntheticPopulation({ regencyCode: office.regionCode, seed: 7 });
      const http = apiAs(await loginAs(app.t.app, fo));
      counterApp = (await http.post('/api/v1/applications', { serviceCode: 'new_registration', channel: 'counter', ...familyBody(population.family(), 2) })).application;
      waApp = (await http.post('/api/v1/applications', { serviceCode: 'new_registration', channel: 'whatsapp', ...familyBody(population.family()) })).application;
      // The counter application ran past its time limit: the worklist must say so.
      await app.t.database.query(`UPDATE applications SET due_at = now() - interval '2 hours' WHERE id = $1`, [counterApp.id]);
    });

    it('the front office finds the application in its worklist (overdue badge, search), checks it complete and finishes its steps', async () => {
      const { context, cspViolations } = await open();
      const page = await context.newPage();
      await login(page, app.url, fo);
      await menu(page, 'Daftar kerja').click();
      await waitForText(page.locator('h1'), 'Daftar kerja');
      await waitForText(page.locator('.wl-showing'), 'Menampilkan 2 dari 2');
      const overdueRow = page.getByTestId('worklist-row').filter({ hasText: counterApp.receiptNumber });
      await waitForText(overdueRow, 'Lewat batas waktu');
      // Overdue first: the API's order (emergencies, then the earliest due) is the default sort.
      expect(await page.getByTestId('worklist-row').first().textContent()).toContain(counterApp.receiptNumber);
      expect(await page.getByRole('link', { name: /Pemeriksaan berkas \(loket\) 2/ }).getAttribute('aria-current')).toBe('page');
      await expectNoSeriousViolations(page);
      await screenshot(page, 'applications-worklist-front-office');

      // Search by receipt number, then a filter that matches nothing.
      await page.getByLabel('Cari nomor pendaftaran atau nama').fill(waApp.receiptNumber.slice(-4));
      await waitForText(page.locator('.wl-showing'), 'Menampilkan 1 dari 2');
      await page.getByLabel('Kanal').selectOption('counter');
      await waitForText(page.locator('.wl-showing'), 'Tidak ada permohonan yang cocok');
      await page.getByRole('button', { name: 'Hapus saringan' }).click();
      await waitForText(page.locator('.wl-showing'), 'Menampilkan 2 dari 2');
      await page.getByLabel('Batas waktu', { exact: true }).selectOption('overdue');
      await waitForText(page.locator('.wl-showing'), 'Menampilkan 1 dari 2');
      await screenshot(page, 'applications-worklist-filtered');

      await page.getByRole('link', { name: counterApp.receiptNumber }).click();
      await waitForText(page.locator('h1'), counterApp.receiptNumber);
      await waitForText(status(page), 'Diterima, menunggu pemeriksaan berkas');
      await waitForText(page.locator('.app-badges'), 'Lewat batas waktu');
      await expectNoSeriousViolations(page);
      await screenshot(page, 'applications-page-submitted');

      // A scan for the KK, shown inline.
      const jpeg = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#f4f1ea' } })
        .composite([{ input: Buffer.from('<svg width="600" height="100"><text x="20" y="60" font-size="40">KARTU KELUARGA</text></svg>'), top: 40, left: 0 }])
        .jpeg()
        .toBuffer();
      await page.getByLabel('Dokumen untuk').selectOption('kk_copy');
      await page.getByLabel('Berkas', { exact: true }).setInputFiles({ name: 'kk.jpg', mimeType: 'image/jpeg', buffer: jpeg });
      await page.getByRole('button', { name: 'Unggah', exact: true }).click();
      await waitForText(page.locator('.app-upload'), 'Dokumen kk.jpg diunggah');
      await page.getByRole('button', { name: /^Lihat/ }).click();
      // The image is served by GET /documents/:id/content with the session: it must actually decode.
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('.app-preview img');
        return img !== null && img.complete && img.naturalWidth > 0;
      });

      // The check: nothing marked yet is refused, naming the requirements to look at.
      await page.getByRole('button', { name: 'Simpan hasil pemeriksaan' }).click();
      await waitForText(page.locator('.error-summary'), 'Tandai dulu setiap persyaratan wajib: Fotokopi KK Kota Pasuruan');
      await page.locator('.error-summary').getByRole('link', { name: /^Fotokopi KK Kota Pasuruan:/ }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-items-0-state');
      await screenshot(page, 'applications-check-error');
      await page.getByRole('button', { name: 'Tandai semua ada dan sah' }).click();
      await waitForText(page.locator('.app-outcome'), 'berkas lengkap');
      await page.getByRole('button', { name: 'Simpan hasil pemeriksaan' }).click();
      await waitForText(page.locator('.notice.success'), 'Berkas lengkap');
      // The form sent is gone: the focus is on the outcome, not lost on the page.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('app-notice'))).toBe(true);
      await waitForText(status(page), 'Berkas lengkap');

      // Pasuruan's officer processes the data and hands over the proof (plan: process → give_proof).
      await page.getByRole('button', { name: /^Tandai selesai:/ }).click();
      await waitForText(status(page), 'Data sudah dicatat');
      await page.getByRole('button', { name: /^Tandai selesai:/ }).click();
      await waitForText(status(page), 'Selesai');
      await waitForText(page.locator('.app-actions'), 'Permohonan sudah ditutup');
      await waitForText(page.locator('.app-timeline'), 'Pemeriksaan berkas');
      await screenshot(page, 'applications-page-completed');

      // The proof of registration opens as a PDF with the session.
      const href = await page.getByRole('link', { name: /Unduh bukti pendaftaran/ }).getAttribute('href');
      const pdf = await page.request.get(`${app.url}${href}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect(cspViolations).toEqual([]);
      await context.close();
    });

    it('returned-incomplete: the front office returns the WhatsApp file with a reason, and takes it back when completed', async () => {
      const { context } = await open();
      const page = await context.newPage();
      await login(page, app.url, fo);
      await page.goto(`${app.url}/console/applications/${waApp.id}`);
      await waitForText(status(page), 'Diterima, menunggu pemeriksaan berkas');
      const kk = page.getByRole('group', { name: /^Fotokopi KK Kota Pasuruan/ });
      await kk.getByLabel('Tidak sah').check();
      await page.getByRole('group', { name: /^Fotokopi KTP elektronik/ }).getByLabel('Ada dan sah').check();
      // Without a reason the browser refuses before sending.
      await page.getByRole('button', { name: 'Simpan hasil pemeriksaan' }).click();
      await waitForText(page.locator('.error-summary'), 'Tulis alasan');
      await page.getByLabel(/^Alasan:/).fill('Foto KK buram, tidak terbaca');
      await waitForText(page.locator('.app-outcome'), 'dikembalikan');
      await page.getByRole('button', { name: 'Simpan hasil pemeriksaan' }).click();
      await waitForText(status(page), 'Dikembalikan: berkas belum lengkap');
      await waitForText(page.locator('.notice.warning'), 'Foto KK buram, tidak terbaca');
      await expectNoSeriousViolations(page);
      await screenshot(page, 'applications-page-returned');

      await page.getByRole('button', { name: 'Terima berkas yang sudah dilengkapi' }).click();
      await waitForText(status(page), 'Diterima, menunggu pemeriksaan berkas');
      await waitForText(page.locator('.summary'), 'Dikembalikan');

      // The server's refusal names the field: a withdrawal reason too short.
      await page.locator('.app-withdraw summary').click();
      await page.getByLabel('Alasan pembatalan').fill('x');
      await page.getByRole('button', { name: 'Batalkan permohonan', exact: true }).click();
      await page.getByRole('button', { name: 'Ya, batalkan' }).click();
      await waitForText(page.locator('.app-withdraw .error-summary'), 'Alasan pembatalan');
      expect(await page.getByLabel('Alasan pembatalan').getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'applications-withdraw-error');
      await waitForText(status(page), 'Diterima, menunggu pemeriksaan berkas');
      await context.close();
    });

    it('the back office sees the file read-only (Pasuruan has no back-office step) and the office admin sees its audit log', async () => {
      const { context } = await open();
      const page = await context.newPage();
      await login(page, app.url, bo);
      await menu(page, 'Daftar kerja').click();
      await waitForText(page.locator('.wl-showing'), 'Tidak ada permohonan yang menunggu');
      // Every application of the office, open or closed, newest first.
      await page.getByRole('link', { name: 'Semua permohonan' }).click();
      await waitForText(page.locator('.wl-showing'), 'Menampilkan 2 dari 2');
      expect(await page.getByTestId('worklist-row').first().textContent()).toContain(waApp.receiptNumber);
      await waitForText(page.getByTestId('worklist-row').filter({ hasText: counterApp.receiptNumber }), 'Selesai');
      await page.goto(`${app.url}/console/applications/${waApp.id}`);
      await waitForText(page.locator('.app-actions'), 'Peran Anda tidak mencakup langkah ini');
      await context.close();

      const adminCtx = await open();
      const adminPage = await adminCtx.context.newPage();
      await login(adminPage, app.url, admin);
      await adminPage.goto(`${app.url}/console/applications/${waApp.id}`);
      await waitForText(adminPage.locator('#app-audit-h + *, section[aria-labelledby="app-audit-h"]'), 'application.');
      await screenshot(adminPage, 'applications-page-admin-audit');
      await adminCtx.context.close();
    });
  });

  it('Karangasem: the approver signs the activation letter from the worklist and the letter PDF opens', async () => {
    const office = await seedOfficeWithStandard(app.t, 'kab-karangasem');
    const fo = await staff(office.id, ['front_office']);
    const approver = await staff(office.id, ['approver']);
    const population = new SyntheticPopulation({ regencyCode: office.regionCode, seed: 11 });
    const http = apiAs(await loginAs(app.t.app, fo));
    const created = (await http.post('/api/v1/applications', { serviceCode: 'reactivation', ...familyBody(population.family()) })).application;
    const base = `/api/v1/applications/${created.id}`;
    const d = await http.get(base);
    let s = await http.post(`${base}/check`, { version: d.version, items: d.checklist.filter((c: { required: boolean }) => c.required).map((c: { code: string }) => ({ code: c.code, state: 'present' })) });
    s = await http.post(`${base}/letters`, { version: s.version });
    expect(s.status).toBe('letter_drafted');

    const { context, cspViolations } = await open();
    const page = await context.newPage();
    await login(page, app.url, approver);
    await menu(page, 'Daftar kerja').click();
    await page.getByRole('link', { name: /Surat untuk ditandatangani 1/ }).click();
    await waitForText(page.locator('.wl-showing'), 'Menampilkan 1 dari 1');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'applications-worklist-letters');
    await page.getByRole('link', { name: created.receiptNumber }).click();
    await waitForText(status(page), 'Surat sedang disiapkan');
    await page.getByRole('button', { name: /^Tanda tangani sebagai/ }).click();
    await screenshot(page, 'applications-sign-confirm');
    await page.getByRole('button', { name: 'Ya, bubuhkan' }).click();
    await waitForText(status(page), 'Surat sudah ditandatangani');
    await waitForText(page.locator('section[aria-labelledby="letters-h"]'), 'Ditandatangani');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'applications-page-letter-signed');
    const href = await page.getByRole('link', { name: /Buka PDF surat/ }).first().getAttribute('href');
    const pdf = await page.request.get(`${app.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // In English the page and the API's status words switch together.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForText(page.locator('h1'), 'Application');
    await waitForText(status(page), 'Letter signed');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('Tarakan: the assessor schedules and records the visit, the approver records the committee decision, the back office completes the transfer', async () => {
    const office = await seedOfficeWithStandard(app.t, 'kota-tarakan');
    const fo = await staff(office.id, ['front_office']);
    const bo = await staff(office.id, ['back_office']);
    const assessor = await staff(office.id, ['field_assessor']);
    // The colleague who makes the visit, picked from a list; an assessor of another office is never offered.
    const colleague = await staff(office.id, ['field_assessor']);
    const elsewhere = await staff((await buildOffice(app.t.database)).id, ['field_assessor']);
    const approver = await staff(office.id, ['approver']);
    const population = new SyntheticPopulation({ regencyCode: office.regionCode, seed: 13 });
    const front = apiAs(await loginAs(app.t.app, fo));
    const created = (await front.post('/api/v1/applications', { serviceCode: 'pbi_pemda_transfer', ...familyBody(population.family()) })).application;
    const base = `/api/v1/applications/${created.id}`;
    const d = await front.get(base);
    const items = d.checklist
      .filter((c: { required: boolean }) => c.required)
      .map((c: { code: string; alternatives: string[] | null }) => ({ code: c.code, state: 'present', ...(c.alternatives ? { alternative: c.alternatives[0] } : {}) }));
    const s = await front.post(`${base}/check`, { version: d.version, items });
    expect(s.status).toBe('checked');

    // The field assessor: visits list → schedule (a colleague, from the list) → record the 14 BPS criteria → forward.
    const fieldCtx = await open();
    const fieldPage = await fieldCtx.context.newPage();
    await login(fieldPage, app.url, assessor);
    await menu(fieldPage, 'Daftar kerja').click();
    await fieldPage.getByRole('link', { name: /Kunjungan asesmen 1/ }).waitFor();
    await fieldPage.getByRole('link', { name: created.receiptNumber }).click();
    await waitForText(fieldPage.locator('.app-actions'), 'Jadwalkan asesmen lapangan');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await fieldPage.getByLabel('Tanggal dan jam kunjungan').fill(`${tomorrow}T09:30`);
    await fieldPage.getByLabel('Petugas lain').check();
    // Saving without a choice names the missing field instead of sending an empty id.
    await fieldPage.getByRole('button', { name: 'Simpan jadwal' }).click();
    await waitForText(fieldPage.locator('.error-summary'), 'Pilih petugas asesmen yang akan berkunjung.');
    const picker = fieldPage.getByLabel('Petugas asesmen yang berkunjung');
    const offered = await picker.locator('option').allTextContents();
    expect(offered).toContain(`Petugas ${colleague.username}`);
    expect(offered).not.toContain(`Petugas ${elsewhere.username}`);
    // "Saya sendiri" already stands for the officer.
    expect(offered).not.toContain(`Petugas ${assessor.username}`);
    await picker.selectOption({ label: `Petugas ${colleague.username}` });
    await expectNoSeriousViolations(fieldPage);
    await screenshot(fieldPage, 'applications-schedule-assessor');
    await fieldPage.getByRole('button', { name: 'Simpan jadwal' }).click();
    await waitForText(status(fieldPage), 'Menunggu kunjungan asesmen');
    expect((await front.get(base)).assessment.assessorUserId).toBe(colleague.id);
    // Typed on the office's clock (WITA), whatever zone the browser has.
    await waitForText(fieldPage.locator('section[aria-labelledby="assessment-h"]'), '09.30');
    await waitForText(fieldPage.locator('.app-actions'), 'Hasil asesmen lapangan');
    const boxes = fieldPage.locator('.app-actions input[type="checkbox"]');
    expect(await boxes.count()).toBe(14);
    for (let i = 0; i < 11; i++) await boxes.nth(i).check();
    await waitForText(fieldPage.locator('.app-actions'), 'Terpenuhi 11 dari 14 kriteria');
    await fieldPage.getByLabel('Catatan kunjungan').fill('Rumah semi permanen, dinding papan.');
    await expectNoSeriousViolations(fieldPage);
    await screenshot(fieldPage, 'applications-assessment-form');
    await fieldPage.getByRole('button', { name: 'Simpan hasil asesmen' }).click();
    await waitForText(status(fieldPage), 'Asesmen lapangan selesai');
    await fieldPage.getByRole('button', { name: /^Tandai selesai:/ }).click();
    await waitForText(status(fieldPage), 'Diteruskan untuk diproses');
    await fieldCtx.context.close();

    const { context } = await open();
    const page = await context.newPage();
    await login(page, app.url, approver);
    await menu(page, 'Daftar kerja').click();
    await page.getByRole('link', { name: /Keputusan 1/ }).click();
    await page.getByRole('link', { name: created.receiptNumber }).click();
    await waitForText(page.locator('.app-actions'), 'Keputusan kelayakan');
    // "Not eligible" needs a reason: the browser says so before sending.
    await page.getByLabel('Tidak layak').check();
    await page.getByRole('button', { name: 'Simpan keputusan' }).click();
    await waitForText(page.locator('.error-summary'), 'Tulis alasan');
    await page.getByLabel('Layak', { exact: true }).check();
    await page.getByLabel(/Anggota tim/).fill('Ani Lestari, Pekerja Sosial\nBudi Santoso, Analis Jaminan Sosial');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'applications-decision-form');
    await page.getByRole('button', { name: 'Simpan keputusan' }).click();
    await waitForText(status(page), 'Dinyatakan layak');
    await waitForText(page.locator('section[aria-labelledby="decision-h"]'), 'Ani Lestari (Pekerja Sosial)');
    await context.close();

    const boCtx = await open();
    const boPage = await boCtx.context.newPage();
    await login(boPage, app.url, bo);
    await menu(boPage, 'Daftar kerja').click();
    await waitForText(boPage.locator('.wl-showing'), 'Menampilkan 1 dari 1');
    await boPage.getByRole('link', { name: created.receiptNumber }).click();
    await boPage.getByRole('button', { name: /^Tandai selesai:/ }).click();
    await waitForText(status(boPage), 'Selesai');
    await screenshot(boPage, 'applications-page-tarakan-completed');
    await boCtx.context.close();
  });
});
