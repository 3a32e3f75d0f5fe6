import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOffice } from '../../src/platform/testing/factories.js';
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

describe.skipIf(!hasChromium)('citizen portal in Chromium', () => {
  let app: E2EApp;
  let browser: Browser;
  const otherOffice = { name: 'Dinas Sosial Kota Uji Coba', slug: 'kota-uji-coba' };

  beforeAll(async () => {
    app = await startApp();
    await seedOfficeWithStandard(app.t, 'kab-karangasem');
    await buildOffice(app.t.database, { ...otherOffice, regionCode: '35.75' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists the offices at 360 px without sideways scrolling, and passes axe', async () => {
    const { context, cspViolations } = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    const links = await page.locator('main .card-link').allTextContents();
    expect(links).toContain('Dinas Sosial, PPPA dan PPKB Kabupaten Karangasem');
    expect(links).toContain(otherOffice.name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await screenshot(page, 'portal-home-360');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(cspViolations).toEqual([]);

    await page.getByRole('link', { name: 'English' }).click();
    await waitForText(page.locator('h1'), 'PBI Daerah enrolment');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('shows an office page from its published standard at 360 px, and passes axe', async () => {
    const { context, cspViolations } = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Dinas Sosial, PPPA dan PPKB Kabupaten Karangasem' }).click();
    await waitForText(page.locator('h1'), 'Karangasem');
    const main = (await page.locator('main').textContent()) ?? '';
    // From the seed: five services, their requirements and times, the WITA hours, the complaint channels.
    expect(main).toContain('Pelayanan Emergency PBI JKN-KIS');
    expect(main).toContain('Fotocopy KK');
    expect(main).toContain('1 - 2 jam');
    expect(main).toMatch(/Jumat\s*09\.00–12\.00 WITA/);
    expect(main).toContain('SP4N');
    expect(await page.locator('.badge').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByText('Alur pelayanan').first().click();
    await screenshot(page, 'portal-office-360');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('says plainly when an office has no standard loaded yet', async () => {
    const { context } = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(`${app.url}/${otherOffice.slug}`);
    await waitForText(page.locator('[data-standard="missing"]'), 'belum dimuat');
    await screenshot(page, 'portal-office-without-standard-360');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const res = await page.goto(`${app.url}/kantor-yang-tidak-ada`);
    expect(res?.status()).toBe(404);
    await waitForText(page.locator('h1'), 'Halaman tidak ditemukan');
    await context.close();
  });

  it('tracks: checks the form, answers "not available yet", and keeps typed values when the network drops', async () => {
    const { context, cspViolations } = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(`${app.url}/lacak`);
    await page.getByRole('button', { name: 'Lacak' }).click();
    await waitForText(page.locator('.error-summary'), 'Isi nomor tanda terima');
    // The summary takes the focus and links to the field.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await screenshot(page, 'portal-track-errors-360');

    await page.getByLabel('Nomor tanda terima').fill('KRA-2026-000123');
    await page.getByLabel('Tanggal', { exact: true }).fill('7');
    await page.getByLabel('Bulan').fill('3');
    await page.getByLabel('Tahun').fill('1980');
    await page.getByRole('button', { name: 'Lacak' }).click();
    // With the tracking API an unknown receipt is "not found"; without it the page says tracking is not available yet.
    const trackingApi = app.t.app.hasRoute({ method: 'POST', url: '/api/v1/track' });
    await waitForText(page.locator('#result'), trackingApi ? 'Permohonan tidak ditemukan' : 'Layanan pelacakan belum tersedia');
    await screenshot(page, 'portal-track-answer-360');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Offline: the submission fails in the page, the values stay, and a reload restores them.
    await page.goto(`${app.url}/lacak`);
    await page.getByLabel('Nomor tanda terima').fill('KRA-2026-000999');
    await page.getByLabel('Tahun').fill('1975');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Lacak' }).click();
    await waitForText(page.locator('[data-draft-notice]'), 'Koneksi terputus');
    expect(await page.getByLabel('Nomor tanda terima').inputValue()).toBe('KRA-2026-000999');
    await screenshot(page, 'portal-track-offline-360');
    await context.setOffline(false);
    await page.reload();
    await waitForText(page.locator('[data-draft-notice]'), 'dipulihkan');
    expect(await page.getByLabel('Nomor tanda terima').inputValue()).toBe('KRA-2026-000999');
    expect(await page.getByLabel('Tahun').inputValue()).toBe('1975');
    await page.getByRole('button', { name: 'Hapus isian tersimpan' }).click();
    expect(await page.getByLabel('Nomor tanda terima').inputValue()).toBe('');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('works without JavaScript: the form posts and the server answers', async () => {
    const { context } = await newContext(browser, { ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/lacak?lang=en`);
    await page.getByLabel('Receipt number').fill('KRA-2026-000123');
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('1980');
    await page.getByRole('button', { name: 'Track' }).click();
    await waitForText(page.locator('.error-summary'), 'Enter a real birth date');
    expect(await page.getByLabel('Receipt number').inputValue()).toBe('KRA-2026-000123');
    await context.close();
  });

  it('shows the letter verification page', async () => {
    const { context } = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(`${app.url}/verify/dGVzdC10b2tlbi1wYXlsb2Fk.c2lnbmF0dXJlLXNpZ25hdHVyZQ`);
    const verifyApi = app.t.app.hasRoute({ method: 'GET', url: '/api/v1/letters/verify/:token' });
    // A well-formed token the server never signed: the letters module says it cannot be confirmed.
    await waitForText(page.locator('#result'), verifyApi ? 'tidak dapat dipastikan' : 'Layanan verifikasi surat belum tersedia');
    await screenshot(page, 'portal-verify-360');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});
