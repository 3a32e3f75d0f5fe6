import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familyBody } from '../../src/modules/applications/testing/fixtures.js';
import { toLocalDate } from '../../src/modules/calendar/index.js';
import { SyntheticPopulation } from '../../src/modules/identity/index.js';
import type { OfficeStandard } from '../../src/modules/standards/standard.schema.js';
import { insertStandardVersion } from '../../src/modules/standards/standards.repository.js';
import { buildStaff, type TestUser } from '../../src/platform/testing/factories.js';
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
 * The whole journey in one browser, the way the product is used: a citizen of Kabupaten Malinau applies
 * online from a phone for an emergency registration (a family member in hospital), the front office
 * checks the file and forwards it, the back office records it and delivers it to BPJS and prepares the
 * temporary-card letter, the head of division initials it, the head of office signs it, the back office
 * enters it in e-Dabu; the citizen tracks the application and verifies the letter from its QR address.
 * Then the returned-incomplete path, and an officer of another office refused.
 *
 * Malinau's seed takes applications at the counter only; its admin opened new registrations to the web
 * channel (a new standard version), as any office may.
 */
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const status = (page: Page) => page.getByTestId('app-status');

describe.skipIf(!hasChromium)('the journey of an application, in Chromium', () => {
  let app: E2EApp;
  let browser: Browser;
  let png: Buffer;
  let population: SyntheticPopulation;
  const as = {} as Record<'fo' | 'bo' | 'kabid' | 'kadis' | 'otherFo', TestUser>;

  beforeAll(async () => {
    app = await startApp();
    const office = await seedOfficeWithStandard(app.t, 'kab-malinau');
    const other = await seedOfficeWithStandard(app.t, 'kota-tarakan');
    const seed = (await app.t.database.query<{ standard: OfficeStandard }>('SELECT standard FROM office_standards WHERE office_id = $1', [office.id]))[0]!.standard;
    const withWeb = { ...seed, services: seed.services.map((s) => (s.code === 'new_registration' ? { ...s, channels: [...s.channels, 'web' as const] } : s)) };
    await insertStandardVersion(app.t.database.db, { officeId: office.id, effectiveDate: toLocalDate(new Date(), 'Asia/Makassar'), standard: withWeb });
    const staff = (officeId: number, roles: Parameters<typeof buildStaff>[2]['roles']) => buildStaff(app.t.database, app.t.config.sessionSecret, { officeId, roles });
    as.fo = await staff(office.id, ['front_office']);
    as.bo = await staff(office.id, ['back_office']);
    as.kabid = await staff(office.id, ['approver']);
    as.kadis = await staff(office.id, ['approver']);
    as.otherFo = await staff(other.id, ['front_office']);
    population = new SyntheticPopulation({ regencyCode: office.regionCode, seed: 2026 });
    png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#dfe7f1' } })
      .composite([{ input: Buffer.from('<svg width="900" height="600"><text x="60" y="140" font-size="56" fill="#335">KARTU KELUARGA</text></svg>'), top: 0, left: 0 }])
      .png()
      .toBuffer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The citizen's side: the online form from the office page to the receipt number. */
  async function applyOnline(page: Page, person: ReturnType<typeof familyBody>, variant: RegExp): Promise<string> {
    const applicant = person.members[0]!;
    const [year, month, day] = applicant.birthDate.split('-');
    await page.goto(`${app.url}/kab-malinau`);
    await page.getByRole('link', { name: 'Ajukan permohonan secara daring' }).click();
    await page.getByRole('radio', { name: variant }).check();
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await waitForText(page.locator('h1'), 'Data pemohon dan keluarga');
    await page.getByLabel('Nomor KK', { exact: true }).fill(person.family.kkNumber);
    await page.getByLabel('NIK', { exact: true }).fill(applicant.nik);
    await page.getByLabel('Nama lengkap', { exact: true }).fill(applicant.name);
    await page.getByLabel('Tanggal', { exact: true }).fill(String(Number(day)));
    await page.getByLabel('Bulan', { exact: true }).fill(String(Number(month)));
    await page.getByLabel('Tahun', { exact: true }).fill(year!);
    await page.getByLabel(applicant.sex === 'F' ? 'Perempuan' : 'Laki-laki', { exact: true }).check();
    await page.getByLabel('Hubungan dalam keluarga (sesuai KK)').selectOption('kepala_keluarga');
    await page.getByLabel('Alamat (sesuai KK)').fill(person.family.address);
    await page.getByLabel('RT', { exact: true }).fill(person.family.rt);
    await page.getByLabel('RW', { exact: true }).fill(person.family.rw);
    await page.getByLabel('Kelurahan/desa').selectOption(person.family.villageCode);
    await page.getByLabel('Nomor HP untuk pemberitahuan').fill('0812 3456 7890');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await waitForText(page.locator('h1'), 'Anggota keluarga yang didaftarkan');
    await page.locator('form').last().getByRole('button', { name: 'Lanjut', exact: true }).click();
    await waitForText(page.locator('h1'), 'Unggah foto dokumen');
    const inputs = page.locator('input[type="file"]');
    for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).setInputFiles({ name: `foto-${i + 1}.png`, mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Unggah dan lanjut' }).click();
    await waitForText(page.locator('h1'), 'Periksa kembali');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await waitForText(page.locator('h1'), 'Permohonan terkirim');
    return (await page.locator('[data-receipt]').getAttribute('data-receipt'))!;
  }

  async function track(page: Page, receipt: string, birthDate: string) {
    const [year, month, day] = birthDate.split('-');
    await page.goto(`${app.url}/lacak`);
    await page.getByLabel('Nomor tanda terima').fill(receipt);
    await page.getByLabel('Tanggal', { exact: true }).fill(String(Number(day)));
    await page.getByLabel('Bulan', { exact: true }).fill(String(Number(month)));
    await page.getByLabel('Tahun', { exact: true }).fill(year!);
    await page.getByRole('button', { name: 'Lacak' }).click();
    await waitForText(page.locator('#result'), receipt);
  }

  /** An officer opens the application from the worklist (all applications tab) by its receipt number. */
  async function openFromWorklist(page: Page, user: TestUser, receipt: string) {
    await login(page, app.url, user);
    await menu(page, 'Daftar kerja').click();
    await waitForText(page.locator('h1'), 'Daftar kerja');
    await page.getByRole('link', { name: receipt }).click();
    await waitForText(page.locator('h1'), receipt);
  }

  async function officer(user: TestUser) {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    context.setDefaultTimeout(15_000);
    return { page: await context.newPage(), context, cspViolations, user };
  }

  const markDone = async (page: Page, statusText: string) => {
    await page.getByRole('button', { name: /^Tandai selesai/ }).click().catch(async (err: unknown) => {
      await screenshot(page, 'journey-failed-mark-done');
      throw err;
    });
    await waitForText(status(page), statusText);
  };

  it('citizen applies online → front office checks → back office records → letter initialled and signed → citizen tracks and verifies it', async () => {
    let person: ReturnType<typeof familyBody>;
    do person = familyBody(population.family(), 2);
    while (person.members.length < 2);
    const applicant = person.members[0]!;

    // The citizen, on a phone.
    const citizen = await newContext(browser, PHONE);
    citizen.context.setDefaultTimeout(15_000);
    const phone = await citizen.context.newPage();
    const receipt = await applyOnline(phone, person, /Pasien emergency/);
    expect(receipt).toMatch(/^[A-Z]+-\d{4}-\d{6}$/);
    await screenshot(phone, 'journey-1-citizen-receipt');
    await track(phone, receipt, applicant.birthDate);
    expect(await phone.locator('[data-outcome="found"]').getAttribute('data-status')).toBe('submitted');

    // The front office: the online application waits in its worklist; it checks the file and forwards it.
    const fo = await officer(as.fo);
    await openFromWorklist(fo.page, as.fo, receipt);
    await waitForText(status(fo.page), 'Diterima, menunggu pemeriksaan berkas');
    await expectNoSeriousViolations(fo.page);
    await screenshot(fo.page, 'journey-2-front-office-submitted');
    await fo.page.getByRole('button', { name: 'Tandai semua ada dan sah' }).click();
    await fo.page.getByRole('button', { name: 'Simpan hasil pemeriksaan' }).click();
    await waitForText(status(fo.page), 'Berkas lengkap');
    await markDone(fo.page, 'Diteruskan');
    await screenshot(fo.page, 'journey-3-front-office-forwarded');
    expect(fo.cspViolations).toEqual([]);
    await fo.context.close();

    // The back office: records the entry, delivers to BPJS, makes the temporary-card letter.
    const bo = await officer(as.bo);
    await openFromWorklist(bo.page, as.bo, receipt);
    await markDone(bo.page, 'Data sudah dicatat');
    await markDone(bo.page, 'Diserahkan ke BPJS');
    await bo.page.getByRole('button', { name: 'Buat surat' }).click();
    await waitForText(status(bo.page), 'Surat sedang disiapkan');
    await expectNoSeriousViolations(bo.page);
    await screenshot(bo.page, 'journey-4-back-office-letter-drafted');

    // Initials by the head of division, then the signature of the head of office (two people).
    for (const [user, button] of [[as.kabid, /^Paraf sebagai/], [as.kadis, /^Tanda tangani sebagai/]] as const) {
      const head = await officer(user);
      await login(head.page, app.url, user);
      await menu(head.page, 'Daftar kerja').click();
      await head.page.getByRole('link', { name: /Surat untuk ditandatangani 1/ }).click();
      await head.page.getByRole('link', { name: receipt }).click();
      await waitForText(head.page.locator('h1'), receipt);
      await head.page.getByRole('button', { name: button }).click();
      await head.page.getByRole('button', { name: 'Ya, bubuhkan' }).click();
      await waitForText(head.page.locator('section[aria-labelledby="letters-h"]'), user === as.kadis ? 'Ditandatangani' : 'Sudah diparaf');
      await screenshot(head.page, `journey-5-letter-${user === as.kadis ? 'signed' : 'initialled'}`);
      expect(head.cspViolations).toEqual([]);
      await head.context.close();
    }

    // The back office opens the signed letter's PDF and finishes the e-Dabu entry.
    await bo.page.reload();
    await waitForText(status(bo.page), 'Surat sudah ditandatangani');
    const href = await bo.page.getByRole('link', { name: /Buka PDF surat/ }).first().getAttribute('href');
    const pdf = await bo.page.request.get(`${app.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await markDone(bo.page, 'Selesai');
    await screenshot(bo.page, 'journey-6-back-office-completed');
    await bo.context.close();

    // The citizen tracks it: done; and verifies the letter at the address its QR code carries.
    await track(phone, receipt, applicant.birthDate);
    expect(await phone.locator('[data-outcome="found"]').getAttribute('data-status')).toBe('completed');
    await screenshot(phone, 'journey-7-citizen-tracks-completed');
    const token = (await app.t.database.query<{ token: string }>(`SELECT l.token FROM letters l JOIN applications a ON a.id = l.application_id WHERE a.receipt_number = $1`, [receipt]))[0]!.token;
    await phone.goto(`${app.url}/verify/${token}`);
    await waitForText(phone.locator('#result'), 'Kabupaten Malinau');
    expect(await phone.locator('[data-outcome]').getAttribute('data-outcome')).toBe('genuine');
    await expectNoSeriousViolations(phone);
    await screenshot(phone, 'journey-8-citizen-verifies-letter');
    expect(citizen.cspViolations).toEqual([]);
    await citizen.context.close();
  }, 240_000);

  it('returned incomplete: the front office returns it with a reason, the citizen sees what to bring, the resubmitted file goes on', async () => {
    let person: ReturnType<typeof familyBody>;
    do person = familyBody(population.family(), 1);
    while (person.members.length < 1);
    const citizen = await newContext(browser, PHONE);
    citizen.context.setDefaultTimeout(15_000);
    const phone = await citizen.context.newPage();
    const receipt = await applyOnline(phone, person, /— Pendaftaran peserta PBI Daerah/);

    const fo = await officer(as.fo);
    await openFromWorklist(fo.page, as.fo, receipt);
    const kk = fo.page.getByRole('group', { name: /^Fotocopy Kartu Keluarga/ });
    await kk.getByLabel('Tidak sah').check();
    await fo.page.getByLabel(/^Alasan: Fotocopy Kartu Keluarga/).fill('KK bukan domisili Kabupaten Malinau');
    for (const group of await fo.page.getByRole('group').all()) {
      const valid = group.getByLabel('Ada dan sah');
      if ((await valid.count()) > 0 && !(await group.getByLabel('Tidak sah').isChecked())) await valid.check();
    }
    await fo.page.getByRole('button', { name: 'Simpan hasil pemeriksaan' }).click();
    await waitForText(status(fo.page), 'Dikembalikan');
    await screenshot(fo.page, 'journey-returned-front-office');

    await track(phone, receipt, person.members[0]!.birthDate);
    expect(await phone.locator('[data-outcome="found"]').getAttribute('data-status')).toBe('returned');
    await waitForText(phone.locator('#result'), 'KK bukan domisili Kabupaten Malinau');
    await screenshot(phone, 'journey-returned-citizen-tracks');

    // The citizen brings the right KK to the counter: the front office takes the completed file.
    await fo.page.getByRole('button', { name: 'Terima berkas yang sudah dilengkapi' }).click();
    await waitForText(status(fo.page), 'Diterima, menunggu pemeriksaan berkas');
    await fo.context.close();
    await citizen.context.close();
  }, 180_000);

  it('an officer of another office cannot open the application, from the screen or the API', async () => {
    const id = (await app.t.database.query<{ id: string }>(`SELECT a.id FROM applications a JOIN offices o ON o.id = a.office_id WHERE o.slug = 'kab-malinau' LIMIT 1`))[0]!.id;
    const other = await officer(as.otherFo);
    await login(other.page, app.url, as.otherFo);
    await waitForText(other.page.getByTestId('office-name'), 'Tarakan');
    await other.page.goto(`${app.url}/console/applications/${id}`);
    await waitForText(other.page.locator('main'), /tidak ditemukan/i);
    const api = await other.page.request.get(`${app.url}/api/v1/applications/${id}`);
    expect(api.status()).toBe(404);
    expect((await api.json()).error.code).toEqual(expect.any(String));
    await menu(other.page, 'Daftar kerja').click();
    await waitForText(other.page.locator('h1'), 'Daftar kerja');
    expect(await other.page.locator('main').textContent()).not.toContain('MLN-');
    await screenshot(other.page, 'journey-other-office-refused');
    await other.context.close();
  }, 60_000);
});
