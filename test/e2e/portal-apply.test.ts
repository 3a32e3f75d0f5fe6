import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { familyBody } from '../../src/modules/applications/testing/fixtures.js';
import { toLocalDate } from '../../src/modules/calendar/index.js';
import { SyntheticPopulation } from '../../src/modules/identity/index.js';
import type { OfficeStandard } from '../../src/modules/standards/standard.schema.js';
import { insertStandardVersion } from '../../src/modules/standards/standards.repository.js';
import {
  describeViolations,
  hasChromium,
  launchBrowser,
  newContext,
  screenshot,
  seedOfficeWithStandard,
  seriousViolations,
  startApp,
  waitForText,
  type Browser,
  type E2EApp,
} from './harness.js';

// A cheap Android phone: 360 CSS pixels wide.
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const BUDGET_BYTES = 60 * 1024;

/**
 * A citizen applies online at Pasuruan (its admin opened new registrations to the web channel: no seed
 * does), saves half-way, continues on another phone with the resume code, sends, and tracks the receipt.
 */
describe.skipIf(!hasChromium)('online application in Chromium', () => {
  let app: E2EApp;
  let browser: Browser;
  let png: Buffer;
  let person: ReturnType<typeof familyBody>;

  beforeAll(async () => {
    app = await startApp();
    const office = await seedOfficeWithStandard(app.t, 'kota-pasuruan');
    const rows = await app.t.database.query<{ standard: OfficeStandard }>('SELECT standard FROM office_standards WHERE office_id = $1', [office.id]);
    const seed = rows[0]!.standard;
    const withWeb = { ...seed, services: seed.services.map((s) => (s.code === 'new_registration' ? { ...s, channels: [...s.channels, 'web' as const] } : s)) };
    await insertStandardVersion(app.t.database.db, { officeId: office.id, effectiveDate: toLocalDate(new Date(), 'Asia/Jakarta'), standard: withWeb });
    // A household of at least two: the applicant and one member enrolled with them.
    const population = new SyntheticPopulation({ regencyCode: office.regionCode, seed: 77 });
    do person = familyBody(population.family(), 2);
    while (person.members.length < 2);
    // A photo of a card as a phone camera would give it (PNG, a few hundred pixels).
    png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#dfe7f1' } })
      .composite([{ input: Buffer.from('<svg width="900" height="600"><rect x="40" y="40" width="820" height="520" fill="none" stroke="#335" stroke-width="8"/><text x="80" y="140" font-size="56" fill="#335">KARTU KELUARGA</text></svg>'), top: 0, left: 0 }])
      .png().toBuffer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Bytes of script and style as sent over the wire (compressed), counted per page load. */
  function countAssets(page: Page) {
    const sizes: Promise<number>[] = [];
    page.on('response', (res: Response) => {
      if (/\.(js|css)(\?|$)/.test(res.url())) sizes.push(res.request().sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  }

  async function check(page: Page, name: string) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, name);
    const violations = await seriousViolations(page);
    expect(violations, `${name}\n${describeViolations(violations)}`).toEqual([]);
  }

  it('fills the steps, saves, resumes with the code on another phone, submits, and tracks the receipt', async () => {
    const applicant = person.members[0]!;
    const [year, month, day] = applicant.birthDate.split('-');
    const birth = { day: String(Number(day)), month: String(Number(month)), year: year! };

    const first = await newContext(browser, PHONE);
    const page = await first.context.newPage();
    const assetBytes = countAssets(page);
    await page.goto(`${app.url}/kota-pasuruan`);
    await page.getByRole('link', { name: 'Ajukan permohonan secara daring' }).click();
    await waitForText(page.locator('h1'), 'Ajukan permohonan secara daring');
    expect(await assetBytes()).toBeLessThan(BUDGET_BYTES);
    expect(await assetBytes()).toBeGreaterThan(0);
    await check(page, 'apply-1-service-360');

    // Only the web service is offered; choosing nothing is an error naming the field.
    expect(await page.getByRole('radio').count()).toBe(1);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await waitForText(page.locator('.error-summary'), 'Layanan: pilih salah satu layanan');
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await waitForText(page.locator('h1'), 'Data pemohon dan keluarga');

    // Errors first: per field, in Bahasa Indonesia, naming the field and the rule.
    await page.getByLabel('Nomor KK', { exact: true }).fill('3575');
    await page.getByLabel('NIK', { exact: true }).fill(applicant.nik);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await waitForText(page.locator('.error-summary'), 'Nomor KK harus 16 digit angka; yang dimasukkan 4 digit.');
    const summary = (await page.locator('.error-summary').textContent()) ?? '';
    expect(summary).toContain('Nama lengkap: wajib diisi');
    expect(summary).toContain('Nomor HP: 8 sampai 15 digit angka');
    await check(page, 'apply-2-applicant-errors-360');

    await page.getByLabel('Nomor KK', { exact: true }).fill(person.family.kkNumber);
    await page.getByLabel('Nama lengkap', { exact: true }).fill(applicant.name);
    await page.getByLabel('Tanggal', { exact: true }).fill(birth.day);
    await page.getByLabel('Bulan', { exact: true }).fill(birth.month);
    await page.getByLabel('Tahun', { exact: true }).fill(birth.year);
    await page.getByLabel(applicant.sex === 'F' ? 'Perempuan' : 'Laki-laki', { exact: true }).check();
    await page.getByLabel('Hubungan dalam keluarga (sesuai KK)').selectOption('kepala_keluarga');
    await page.getByLabel('Alamat (sesuai KK)').fill(person.family.address);
    await page.getByLabel('RT', { exact: true }).fill(person.family.rt);
    await page.getByLabel('RW', { exact: true }).fill(person.family.rw);
    await page.getByLabel('Kelurahan/desa').selectOption(person.family.villageCode);
    await page.getByLabel('Nomor HP untuk pemberitahuan').fill('0812 3456 7890');

    // The signal drops: the form is not lost, the page says so, and the answers come back on the next visit.
    await first.context.setOffline(true);
    await waitForText(page.locator('.offline-banner'), 'Anda sedang luring');
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await waitForText(page.locator('[data-draft-notice]'), 'luring');
    await screenshot(page, 'apply-2-applicant-offline-360');
    await first.context.setOffline(false);
    // Coming back to the page later (the same phone): the answers kept on the device fill the form again.
    await page.goto(`${app.url}/kota-pasuruan/ajukan/pemohon`);
    await waitForText(page.locator('[data-draft-notice]'), 'dipulihkan');
    expect(await page.getByLabel('Nama lengkap', { exact: true }).inputValue()).toBe(applicant.name);
    expect(await page.getByLabel('Kelurahan/desa').inputValue()).toBe(person.family.villageCode);
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();

    await waitForText(page.locator('h1'), 'Anggota keluarga yang didaftarkan');
    const member = person.members[1]!;
    const [my, mm, md] = member.birthDate.split('-');
    const add = page.locator('form.panel');
    await add.getByLabel('NIK', { exact: true }).fill(member.nik);
    await add.getByLabel('Nama lengkap', { exact: true }).fill(member.name);
    await add.getByLabel('Tanggal', { exact: true }).fill(String(Number(md)));
    await add.getByLabel('Bulan', { exact: true }).fill(String(Number(mm)));
    await add.getByLabel('Tahun', { exact: true }).fill(my!);
    await add.getByLabel(member.sex === 'F' ? 'Perempuan' : 'Laki-laki', { exact: true }).check();
    await add.getByLabel('Hubungan dalam keluarga (sesuai KK)').selectOption(member.relation === 'kepala_keluarga' ? 'lainnya' : member.relation);
    await add.getByRole('button', { name: 'Tambahkan' }).click();
    await waitForText(page.locator('.people'), member.name);
    // The server took the member: the add form starts empty again (its kept copy was dropped).
    expect(await page.locator('form.panel').getByLabel('NIK', { exact: true }).inputValue()).toBe('');
    expect(await page.locator('[data-draft-notice]').first().isHidden()).toBe(true);
    await check(page, 'apply-3-members-360');
    await page.locator('form').last().getByRole('button', { name: 'Lanjut', exact: true }).click();

    await waitForText(page.locator('h1'), 'Unggah foto dokumen');
    const inputs = page.locator('input[type="file"]');
    expect(await inputs.count()).toBe(2);
    expect(await inputs.first().getAttribute('capture')).toBe('environment');
    expect(await inputs.first().getAttribute('accept')).toContain('image/*');
    await inputs.nth(0).setInputFiles({ name: 'kk.png', mimeType: 'image/png', buffer: png });
    await inputs.nth(1).setInputFiles({ name: 'ktp.png', mimeType: 'image/png', buffer: png });
    await check(page, 'apply-4-uploads-360');
    await page.getByRole('button', { name: 'Simpan dan lanjutkan nanti' }).click();

    await waitForText(page.locator('h1'), 'Isian Anda tersimpan');
    const code = (await page.locator('[data-resume-code]').getAttribute('data-resume-code'))!;
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    await check(page, 'apply-5-saved-code-360');
    expect(first.cspViolations).toEqual([]);
    await first.context.close();

    // Another day, another phone: no cookie, no local copy; the code and the birth date open the draft.
    const second = await newContext(browser, PHONE);
    const p2 = await second.context.newPage();
    await p2.goto(`${app.url}/kota-pasuruan/ajukan/lanjutkan`);
    await check(p2, 'apply-6-resume-360');
    await p2.getByLabel('Kode lanjutkan').fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
    await p2.getByLabel('Tanggal', { exact: true }).fill(birth.day);
    await p2.getByLabel('Bulan', { exact: true }).fill(birth.month);
    await p2.getByLabel('Tahun', { exact: true }).fill(String(Number(birth.year) + 1));
    await p2.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
    await waitForText(p2.locator('.error-summary'), 'Kode lanjutkan tidak ditemukan');
    await p2.getByLabel('Tahun', { exact: true }).fill(birth.year);
    await p2.getByRole('button', { name: 'Lanjutkan', exact: true }).click();

    await waitForText(p2.locator('h1'), 'Unggah foto dokumen');
    expect(await p2.locator('.upload-done').count()).toBe(2);
    await p2.getByRole('button', { name: 'Unggah dan lanjut' }).click();

    await waitForText(p2.locator('h1'), 'Periksa kembali');
    const review = (await p2.locator('main').textContent()) ?? '';
    expect(review).toContain(applicant.name);
    expect(review).toContain(person.family.kkNumber);
    expect(review).toContain('kk.png');
    expect(review).toContain(person.members[1]!.name);
    expect(await p2.getByRole('link', { name: /Ubah/ }).count()).toBeGreaterThan(5);
    await check(p2, 'apply-7-review-360');
    await p2.getByRole('button', { name: 'Kirim permohonan' }).click();
    await waitForText(p2.locator('.error-summary'), 'Persetujuan: centang');
    await p2.getByRole('checkbox').check();
    await p2.getByRole('button', { name: 'Kirim permohonan' }).click();

    await waitForText(p2.locator('h1'), 'Permohonan terkirim');
    const receipt = (await p2.locator('[data-receipt]').getAttribute('data-receipt'))!;
    expect(receipt).toMatch(/^PSR-\d{4}-\d{6}$/);
    expect(await p2.getByRole('link', { name: 'Unduh bukti pendaftaran (PDF)' }).getAttribute('href')).toMatch(/^\/api\/v1\/receipts\//);
    await check(p2, 'apply-8-done-360');

    // The receipt is trackable with the birth date.
    await p2.getByRole('link', { name: 'Lacak permohonan' }).first().click();
    await p2.getByLabel('Nomor tanda terima').fill(receipt);
    await p2.getByLabel('Tanggal', { exact: true }).fill(birth.day);
    await p2.getByLabel('Bulan', { exact: true }).fill(birth.month);
    await p2.getByLabel('Tahun', { exact: true }).fill(birth.year);
    await p2.getByRole('button', { name: 'Lacak' }).click();
    await waitForText(p2.locator('#result'), receipt);
    expect(await p2.locator('[data-outcome="found"]').count()).toBe(1);
    await check(p2, 'apply-9-tracked-360');
    expect(second.cspViolations).toEqual([]);
    await second.context.close();
  });

  it('works without JavaScript, and in English', async () => {
    const { context } = await newContext(browser, { ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/kota-pasuruan/ajukan?lang=en`);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForText(page.locator('h1'), 'Applicant and family details');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForText(page.locator('.error-summary'), 'KK number is required: 16 digits.');
    expect(new URL(page.url()).search).toBe('?lang=en');
    await screenshot(page, 'apply-applicant-errors-nojs-en-360');
    await context.close();
  });
});
