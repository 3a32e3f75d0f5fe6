import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execRows } from '../../src/platform/db/client.js';
import { buildStaff, loginAs, type TestUser } from '../../src/platform/testing/factories.js';
import { SyntheticPopulation } from '../../src/modules/identity/index.js';
import { approvedFamily, type BatchWorld, type EnrolledPerson } from '../../src/modules/batches/batches.test-helpers.js';
import { simulateBpjsAnswer, writeAnswerFile, type AnswerRow } from '../../src/modules/batches/edabu/index.js';
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
} from './harness.js';

const DESKTOP = { viewport: { width: 1280, height: 800 } };




describe.skipIf(!hasChromium)('office admin and back office screens in Chromium', () => {
  let app: E2EApp;
  let browser: Browser;
  let admin: TestUser;
  let back: TestUser;
  let batchId: string;
  let people: number;
  let enrolled: EnrolledPerson[];

  beforeAll(async () => {
    app = await startApp();
    const t = app.t;
    const office = await seedOfficeWithStandard(t, 'kota-pasuruan');
    admin = await buildStaff(t.database, t.config.sessionSecret, { officeId: office.id, roles: ['office_admin'] });
    back = await buildStaff(t.database, t.config.sessionSecret, { officeId: office.id, roles: ['back_office'] });

    // A batch with one approved family, built as src/modules/batches/*.test.ts build theirs: the family
    // through the registry API, its membership and BPJS change as the applications module leaves them.
    const [faskes] = await execRows<{ id: string }>(t.database.db, sql`
      INSERT INTO faskes (office_id, code, name, kind) VALUES (${office.id}, '13280101', 'PUSKESMAS BUGUL KIDUL', 'PUSKESMAS') RETURNING id`);
    await t.database.db.execute(sql`
      INSERT INTO bpjs_office_settings (office_id, satker_code, satker_name, membership_type, kc_code, dati2_code)
      VALUES (${office.id}, '35750001', 'DINKES KOTA PASURUAN', 'PBI APBD', '1328', '0196')`);
    const backApi = await loginAs(t.app, back);
    const world = { officeId: office.id, back: backApi, faskesId: faskes!.id, population: new SyntheticPopulation({ regencyCode: office.regionCode, seed: 41 }) } as unknown as BatchWorld;
    enrolled = await approvedFamily(t, world, backApi, new Date().toISOString());
    people = enrolled.length;
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/batches', headers: backApi.headers });
    batchId = list.json().batches[0].id;

    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the admin adds a regional holiday and sees it in the list and in the calendar', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, admin);
    await menu(page, 'Pengaturan').click();
    await waitForText(page.locator('h1'), 'Pengaturan kantor');
    await screenshot(page, 'admin-settings-index');
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: 'Hari libur' }).click();
    await waitForText(page.locator('h1'), 'Hari libur');
    await waitForText(page.locator('main'), 'Belum ada libur daerah');
    const year = new Date().getUTCFullYear();
    const date = `${year}-07-21`;
    await page.getByLabel('Tanggal', { exact: true }).fill(date);
    await page.getByLabel('Nama hari libur').fill('Hari Jadi Kota Pasuruan');
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await waitForText(page.locator('.notice.success'), 'Hari Jadi Kota Pasuruan');
    await waitForText(page.getByTestId('regional-holidays'), '21 Juli');
    // The working calendar uses it at once: it is listed among the year's non-working days.
    await waitForText(page.locator('main'), 'Libur daerah');
    expect(await page.locator('table').last().textContent()).toContain('Hari Jadi Kota Pasuruan');

    // The same date again is refused next to the date field.
    await page.getByLabel('Tanggal', { exact: true }).fill(date);
    await page.getByLabel('Nama hari libur').fill('Dua kali');
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await waitForText(page.locator('#f-date-error'), 'sudah ada');
    await screenshot(page, 'admin-holidays');
    await expectNoSeriousViolations(page);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('the admin publishes a new standard version with a new time limit; an invalid value names its field', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, admin);
    await page.goto(`${app.url}/console/settings/standard`);
    await waitForText(page.locator('h1'), 'Standar pelayanan');
    await waitForText(page.getByTestId('standard-history'), '1');
    const amount = page.getByLabel('Pendaftaran Peserta baru: Jangka waktu paling lama');
    expect(await amount.inputValue()).toBe('1');
    await screenshot(page, 'admin-standard-editor');
    await expectNoSeriousViolations(page);

    // A value the schema refuses: the server's message lands next to that very input.
    await amount.fill('0');
    await page.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await waitForText(page.locator('.error-summary'), 'Pendaftaran Peserta baru: Jangka waktu paling lama');
    const fieldErr = await waitForText(page.locator('#f-services-0-completionTime-max-amount-error'), 'lebih dari nol');
    expect(fieldErr).toContain('services.0.completionTime.max.amount');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'admin-standard-invalid');
    await expectNoSeriousViolations(page);

    await amount.fill('3');
    await page.getByLabel('Pendaftaran Peserta baru: Jangka waktu seperti dicetak').fill('Kartu aktif paling lama 3 hari kerja');
    await page.getByLabel('Catatan perubahan').fill('Jangka waktu pendaftaran baru 3 hari kerja');
    await page.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await waitForText(page.locator('.notice.success'), 'Versi 2 diterbitkan');
    await waitForText(page.getByTestId('standard-history'), 'Jangka waktu pendaftaran baru 3 hari kerja');
    const rows = await page.getByTestId('standard-history').locator('tbody tr').count();
    expect(rows).toBe(2);
    // The editor now starts from version 2.
    await waitForText(page.locator('main'), 'Versi 2, berlaku sejak');
    expect(await page.getByLabel('Pendaftaran Peserta baru: Jangka waktu paling lama').inputValue()).toBe('3');

    // The API serves the new version to every screen.
    const api = await loginAs(app.t.app, admin);
    const std = (await app.t.app.inject({ method: 'GET', url: '/api/v1/standard', headers: api.headers })).json();
    expect(std.version).toBe(2);
    expect(std.standard.services[0].completionTime.max).toEqual({ amount: 3, unit: 'working_days' });
    await screenshot(page, 'admin-standard-published');

    // The advanced editor shows the whole document.
    await page.getByRole('button', { name: 'JSON lengkap (lanjutan)' }).click();
    const json = await page.getByLabel('Dokumen standar (JSON)').inputValue();
    const doc = JSON.parse(json);
    expect(doc.services[0].completionTime.max.amount).toBe(3);
    await page.getByLabel('Dokumen standar (JSON)').fill('{ "services": ');
    await page.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await waitForText(page.locator('.error-summary'), 'JSON tidak dapat dibaca');
    // In the advanced editor every refusal is listed with the path of its field.
    doc.services[1].fee.amount = -5;
    await page.getByLabel('Dokumen standar (JSON)').fill(JSON.stringify(doc, null, 2));
    await page.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await waitForText(page.getByTestId('standard-problems'), 'services.1.fee.amount');
    await screenshot(page, 'admin-standard-json');
    await expectNoSeriousViolations(page);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('the back office sees the batch, closes it and downloads the e-Dabu file', async () => {
    const { context, cspViolations } = await newContext(browser, { ...DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await login(page, app.url, back);
    await menu(page, 'Pendaftaran BPJS').click();
    await waitForText(page.locator('h1'), 'Batch pendaftaran BPJS');
    await waitForText(page.locator('tbody'), 'Terbuka');
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody').textContent()).toContain(String(people));
    await screenshot(page, 'back-batches-list');
    await expectNoSeriousViolations(page);

    await page.locator('tbody a').first().click();
    await waitForText(page.locator('h1'), 'Batch ');
    await waitForText(page.locator('main'), 'Peserta baru');
    await page.getByRole('button', { name: 'Tutup batch' }).click();
    await page.getByRole('button', { name: 'Ya, tutup' }).click();
    await waitForText(page.locator('.summary'), 'Ditutup');
    await screenshot(page, 'back-batch-closed');
    await expectNoSeriousViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX: Peserta baru' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^edabu-\d{4}-\d{2}-1-new\.xlsx$/);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    await waitForText(page.locator('.notice.success'), 'diunduh');
    await waitForText(page.locator('.summary').first(), 'Berkas diunduh');
    // The next step is offered: marking the batch as handed to BPJS.
    await page.getByRole('button', { name: 'Tandai sudah diserahkan' }).waitFor();
    await screenshot(page, 'back-batch-exported');
    await expectNoSeriousViolations(page);
    const detail = await (await loginAs(app.t.app, back)).headers;
    const status = (await app.t.app.inject({ method: 'GET', url: `/api/v1/batches/${batchId}`, headers: detail })).json().status;
    expect(status).toBe('exported');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('the reports page renders the monthly report with its download links', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, admin);
    await menu(page, 'Laporan').click();
    await waitForText(page.locator('h1'), 'Laporan');
    await waitForText(page.locator('main'), 'Jumlah perubahan kepesertaan');
    // The family's members are this month's new members.
    await waitForText(page.locator('main'), 'Menurut kelurahan/desa');
    const href = await page.getByRole('link', { name: /Laporan kepesertaan .* \(XLSX\)/ }).getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/reports\/membership\?month=\d{4}-\d{2}&format=xlsx$/);
    const res = await page.request.get(`${app.url}${href}`);
    expect(res.status()).toBe(200);
    await screenshot(page, 'admin-reports');
    await expectNoSeriousViolations(page);
    // The same screen in English.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForText(page.locator('h1'), 'Reports');
    await waitForText(page.locator('main'), 'By village');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
  it('the back office submits the batch, imports the BPJS answer, resolves a rejection, reconciles and records the cards', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, back);
    await page.goto(`${app.url}/console/batches/${batchId}`);
    await waitForText(page.locator('.summary').first(), 'Berkas diunduh');
    await page.getByRole('button', { name: 'Tandai sudah diserahkan' }).click();
    await page.getByRole('button', { name: 'Ya, sudah diserahkan' }).click();
    await waitForText(page.locator('.summary').first(), 'Diserahkan ke BPJS');

    // The branch's answer: everyone accepted but the first member, whom Dukcapil does not know.
    const answers: AnswerRow[] = [];
    for await (const a of simulateBpjsAnswer(enrolled.map((p) => ({ nik: p.nik, name: 'X' })), { rejectRate: 0, rejectNiks: [enrolled[0]!.nik] })) answers.push(a);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeAnswerFile(out, answers, 'csv');
    // Without a file the form says so next to the file field.
    await page.getByRole('button', { name: 'Impor jawaban' }).click();
    await waitForText(page.locator('#f-results-error'), 'Pilih berkas');
    await page.getByLabel('Berkas jawaban BPJS').setInputFiles({ name: 'jawaban-bpjs.csv', mimeType: 'text/csv', buffer: Buffer.concat(chunks) });
    await page.getByRole('button', { name: 'Impor jawaban' }).click();
    await waitForText(page.locator('main'), 'Hasil impor');
    await waitForText(page.locator('.summary').first(), 'Jawaban BPJS diimpor');
    await waitForText(page.locator('#rejections-h'), 'Penolakan BPJS');
    await waitForText(page.locator('main'), 'NIK tidak ditemukan di Dukcapil');
    await screenshot(page, 'back-batch-results');
    await expectNoSeriousViolations(page);

    await page.getByRole('textbox', { name: /^Catatan tindak lanjut/ }).fill('NIK diperbaiki sesuai KK terbaru');
    await page.getByRole('button', { name: 'Tandai selesai' }).click();
    await waitForText(page.locator('main'), 'ditandai selesai');
    await waitForText(page.locator('main'), 'Tidak ada penolakan yang perlu ditindaklanjuti');

    await page.getByRole('button', { name: 'Rekonsiliasi', exact: true }).click();
    await page.getByRole('button', { name: 'Ya, rekonsiliasi' }).click();
    await waitForText(page.locator('.summary').first(), 'Direkonsiliasi');
    await page.getByRole('button', { name: 'Catat kartu datang dari batch ini' }).click();
    await page.getByRole('button', { name: 'Ya, catat' }).click();
    await waitForText(page.locator('main'), `${people - 1} kartu dicatat`);
    await screenshot(page, 'back-batch-reconciled');
    await expectNoSeriousViolations(page);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('the back office hands a card over: identity must be checked and the receiver must sign', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, back);
    await menu(page, 'Kartu').click();
    await waitForText(page.locator('h1'), 'Kartu peserta');
    await waitForText(page.locator('tbody'), 'Belum diambil');
    expect(await page.locator('tbody tr').count()).toBe(people - 1);
    // Lists mask the NIK.
    expect(await page.locator('tbody td.mono').first().textContent()).toMatch(/[•*]/);
    await screenshot(page, 'back-cards-list');
    await expectNoSeriousViolations(page);

    await page.locator('tbody a').first().click();
    await waitForText(page.locator('h1'), 'Kartu ');
    await page.getByRole('button', { name: 'Serahkan kartu' }).click();
    await waitForText(page.locator('.error-summary'), 'identitas');
    await page.getByLabel('Diwakili orang lain').check();
    await page.getByLabel('Nama penerima').fill('Siti Aminah');
    await page.getByLabel('Hubungan penerima dengan peserta').fill('istri');
    await page.getByLabel('Identitas penerima sudah diperiksa').check();
    // A signature drawn on the pad.
    const pad = page.getByRole('img', { name: 'Kotak tanda tangan' });
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 40, { steps: 5 });
    await page.mouse.move(box.x + 220, box.y + 110, { steps: 5 });
    await page.mouse.up();
    await screenshot(page, 'back-card-handover');
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Serahkan kartu' }).click();
    await waitForText(page.locator('.notice.success'), 'Kartu diserahkan kepada Siti Aminah');
    await waitForText(page.locator('.summary'), 'istri');
    expect(await page.locator('.summary').textContent()).toContain('Tanda tanganYa');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('the admin searches the faskes list, publishes an assessment form and saves BPJS codes without seeing secrets', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, admin);
    await page.goto(`${app.url}/console/settings/faskes`);
    await waitForText(page.locator('tbody'), 'PUSKESMAS BUGUL KIDUL');
    await page.getByLabel('Cari kode atau nama').fill('tidak-ada');
    await page.getByRole('button', { name: 'Cari' }).click();
    await waitForText(page.locator('main'), 'Tidak ada faskes yang cocok');
    const csv = 'kode,nama,jenis,alamat\n13280102,PUSKESMAS KEBONSARI,PUSKESMAS,Jl. Pahlawan\n';
    await page.getByLabel('Berkas daftar faskes').setInputFiles({ name: 'faskes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Impor' }).click();
    await waitForText(page.locator('.notice'), '1 baru');
    await page.getByLabel('Cari kode atau nama').fill('kebonsari');
    await page.getByRole('button', { name: 'Cari' }).click();
    await waitForText(page.locator('tbody'), 'PUSKESMAS KEBONSARI');
    await screenshot(page, 'admin-faskes');
    await expectNoSeriousViolations(page);

    await page.goto(`${app.url}/console/settings/assessment-form`);
    await waitForText(page.locator('main'), 'formulir bawaan');
    await page.getByLabel('Ambang kelayakan').fill('99');
    await page.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await waitForText(page.locator('#f-threshold-error'), /Ambang|60/);
    await page.getByLabel('Ambang kelayakan').fill('8');
    await page.getByRole('button', { name: 'Terbitkan versi baru' }).click();
    await waitForText(page.locator('.notice.success'), 'Formulir versi 1 diterbitkan');
    await screenshot(page, 'admin-assessment-form');
    await expectNoSeriousViolations(page);

    await page.goto(`${app.url}/console/settings/bpjs`);
    await waitForText(page.locator('main'), 'Kode kantor e-Dabu');
    expect(await page.getByLabel('Kode satker').inputValue()).toBe('35750001');
    await page.getByLabel('Alamat web service').fill('https://bpjs.example.test/vclaim');
    await page.getByLabel('Cons ID').fill('12345');
    await page.getByLabel('Secret key').fill('rahasia-sekali');
    await page.getByLabel('User key').fill('kunci-pengguna');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await waitForText(page.locator('.notice.success'), 'Pengaturan BPJS disimpan');
    await waitForText(page.getByTestId('ws-status'), 'Secret dan user key tersimpan');
    const html = await page.content();
    expect(html).not.toContain('rahasia-sekali');
    expect(html).not.toContain('kunci-pengguna');
    await screenshot(page, 'admin-bpjs-settings');
    await expectNoSeriousViolations(page);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
