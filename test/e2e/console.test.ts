import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOffice, buildStaff, type TestUser } from '../../src/platform/testing/factories.js';
import { currentTotp } from '../../src/platform/auth/totp.js';
import {
  describeViolations,
  hasChromium,
  launchBrowser,
  login,
  menu,
  newContext,
  screenshot,
  seriousViolations,
  startApp,
  tabTo,
  waitForText,
  type Browser,
  type E2EApp,
} from './harness.js';

const DESKTOP = { viewport: { width: 1280, height: 800 } };



describe.skipIf(!hasChromium)('staff console in Chromium', () => {
  let app: E2EApp;
  let browser: Browser;
  let officeA: Awaited<ReturnType<typeof buildOffice>>;
  let officeB: Awaited<ReturnType<typeof buildOffice>>;
  let adminA: TestUser;
  let adminB: TestUser;
  let created: { id: string; username: string; password: string };

  beforeAll(async () => {
    app = await startApp();
    officeA = await buildOffice(app.t.database, { name: 'Dinas Kesehatan Kota Uji A', slug: 'kota-uji-a' });
    officeB = await buildOffice(app.t.database, { name: 'Dinas Sosial Kabupaten Uji B', slug: 'kab-uji-b', timeZone: 'Asia/Makassar' });
    adminA = await buildStaff(app.t.database, app.t.config.sessionSecret, { officeId: officeA.id, roles: ['office_admin'] });
    adminB = await buildStaff(app.t.database, app.t.config.sessionSecret, { officeId: officeB.id, roles: ['office_admin'] });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('login page passes axe and switches to English', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(`${app.url}/console/`);
    await waitForText(page.locator('h1'), 'Masuk ke Konsol Layanan PBI');
    await screenshot(page, 'console-login');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // A wrong password: the server's message is shown, in the chosen language.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForText(page.locator('h1'), 'Log in to the Layanan PBI Console');
    await page.getByLabel('Username').fill(adminA.username);
    await page.getByLabel('Password').fill('wrong-password-here');
    await page.getByRole('button', { name: 'Log in' }).click();
    await waitForText(page.locator('.error-summary'), /wrong|incorrect|invalid/i);
    await screenshot(page, 'console-login-error-en');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('an office admin logs in with TOTP using only the keyboard, and sees the office and the menu', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(`${app.url}/console/`);
    await page.locator('h1').waitFor();
    await tabTo(page, 'input[name="username"]');
    await page.keyboard.type(adminA.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(adminA.password);
    await page.keyboard.press('Enter');
    await waitForText(page.locator('h1'), 'Verifikasi dua langkah');
    // The code field has the focus at once.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('code');
    await screenshot(page, 'console-mfa');
    await page.keyboard.type(currentTotp(adminA.totpSecret!));
    await page.keyboard.press('Enter');
    await waitForText(page.getByTestId('office-name'), officeA.name);
    const nav = await page.getByRole('navigation', { name: 'Menu utama' }).textContent();
    expect(nav).toContain('Petugas');
    expect(nav).toContain('Log audit');
    await screenshot(page, 'console-home-admin');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('the office admin creates a staff account (errors shown by the field, one-time password shown once)', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, adminA);
    await menu(page, 'Petugas').click();
    await waitForText(page.locator('h1'), 'Akun petugas');
    await page.getByRole('link', { name: 'Tambah petugas' }).click();
    await waitForText(page.locator('h1'), 'Tambah petugas');
    // In-app navigation moves the focus to the new screen's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // By keyboard: a bad NIP and no role first, to see the server's errors next to the fields.
    await tabTo(page, 'input[name="username"]');
    await page.keyboard.type('siti.loket');
    await tabTo(page, 'input[name="fullName"]');
    await page.keyboard.type('Siti Rahmawati');
    await tabTo(page, 'input[name="nip"]');
    await page.keyboard.type('12345');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await waitForText(page.locator('.error-summary'), 'NIP');
    expect(await page.locator('.field.has-error').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#f-nip-error').textContent()).toContain('18');
    expect(await page.getByLabel('NIP').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'console-staff-new-errors');

    await page.getByLabel('NIP').fill('');
    await tabTo(page, 'input[value="front_office"]');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await waitForText(page.locator('h1'), 'Akun siti.loket dibuat');
    const password = (await page.getByTestId('one-time-secret').textContent())!.trim();
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await screenshot(page, 'console-staff-created');

    // The same username again: the conflict is shown next to the username field.
    await page.getByRole('link', { name: 'Kembali ke daftar petugas' }).click();
    await waitForText(page.locator('tbody'), 'siti.loket');
    await screenshot(page, 'console-staff-list');
    await page.getByRole('link', { name: 'Tambah petugas' }).click();
    await page.getByLabel('Nama pengguna').fill('siti.loket');
    await page.getByLabel('Nama lengkap').fill('Siti Lain');
    await page.getByLabel('Back office').check();
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await waitForText(page.locator('#f-username-error'), 'sudah dipakai');

    await page.getByRole('link', { name: '← Kembali ke daftar petugas' }).click();
    await page.getByRole('link', { name: 'Siti Rahmawati' }).click();
    await waitForText(page.locator('h1'), 'Ubah akun siti.loket');
    const id = page.url().split('/').pop()!;
    created = { id, username: 'siti.loket', password };
    await screenshot(page, 'console-staff-edit');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await menu(page, 'Log audit').click();
    await waitForText(page.locator('tbody'), 'Akun petugas dibuat');
    await page.getByLabel('Tindakan').fill('staff.created');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/action=staff\.created/);
    await waitForText(page.locator('[role="status"]'), '1 entri');
    await screenshot(page, 'console-audit');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it("staff of another office cannot see the account, not even by its address", async () => {
    const { context } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, adminB);
    await waitForText(page.getByTestId('office-name'), officeB.name);
    await menu(page, 'Petugas').click();
    await waitForText(page.locator('main'), adminB.username);
    expect(await page.locator('main').textContent()).not.toContain('siti.loket');
    await screenshot(page, 'console-other-office-staff');
    await page.goto(`${app.url}/console/staff/${created.id}`);
    await waitForText(page.locator('.error-summary'), 'tidak ditemukan');
    await screenshot(page, 'console-other-office-not-found');
    await context.close();
  });

  it('the new account must change its temporary password, then sees only what its role allows', async () => {
    const { context } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(`${app.url}/console/`);
    await page.getByLabel('Nama pengguna').fill(created.username);
    await page.getByLabel('Kata sandi').fill(created.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await waitForText(page.locator('h1'), 'Ganti kata sandi');
    await page.getByLabel('Kata sandi sementara').fill(created.password);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('pendek');
    await page.getByLabel('Ulangi kata sandi baru').fill('pendek');
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await waitForText(page.locator('#f-newPassword-error'), 'minimal 10 karakter');
    await screenshot(page, 'console-forced-password-error');
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('loket pagi di kantor kota');
    await page.getByLabel('Ulangi kata sandi baru').fill('loket pagi di kantor kota');
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await waitForText(page.getByTestId('office-name'), officeA.name);
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).textContent()).not.toContain('Petugas');
    await screenshot(page, 'console-home-front-office');
    await page.goto(`${app.url}/console/staff`);
    await waitForText(page.locator('h1'), 'Tidak berwenang');

    // Logout everywhere ends this session too.
    await menu(page, 'Akun saya').click();
    await page.getByRole('button', { name: 'Keluar dari semua perangkat' }).click();
    await screenshot(page, 'console-account-confirm');
    await page.getByRole('button', { name: 'Ya, keluar dari semua' }).click();
    await waitForText(page.locator('h1'), 'Masuk ke Konsol');
    await context.close();
  });

  it('an approver without a second factor is made to enrol one with the QR code', async () => {
    const approver = await buildStaff(app.t.database, app.t.config.sessionSecret, { officeId: officeA.id, roles: ['approver'], totp: false });
    const { context } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(`${app.url}/console/`);
    await page.getByLabel('Nama pengguna').fill(approver.username);
    await page.getByLabel('Kata sandi').fill(approver.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await waitForText(page.locator('h1'), 'Aktifkan verifikasi dua langkah');
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    expect(await page.getByRole('img', { name: /Kode QR/ }).isVisible()).toBe(true);
    await screenshot(page, 'console-mfa-setup');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByLabel('Kode 6 angka').fill(currentTotp(secret));
    await page.getByRole('button', { name: 'Aktifkan' }).click();
    await waitForText(page.getByTestId('office-name'), officeA.name);
    await context.close();
  });

  it('works on a narrow screen (360 px): no sideways scrolling of the page', async () => {
    const { context } = await newContext(browser, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await login(page, app.url, adminA);
    await screenshot(page, 'console-home-360');
    await menu(page, 'Petugas').click();
    await waitForText(page.locator('tbody'), adminA.username);
    // Wide tables scroll inside their own box; the page itself stays 360 px wide.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'console-staff-list-360');
    await context.close();
  });

  it('a disabled account is thrown out at its next request', async () => {
    const { context: staffCtx } = await newContext(browser, DESKTOP);
    const staffPage = await staffCtx.newPage();
    const victim = await buildStaff(app.t.database, app.t.config.sessionSecret, { officeId: officeA.id, roles: ['back_office'] });
    await login(staffPage, app.url, victim);

    const { context } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, adminA);
    await page.goto(`${app.url}/console/staff`);
    await page.getByRole('link', { name: `Petugas ${victim.username}` }).click();
    await page.getByRole('button', { name: 'Nonaktifkan akun' }).click();
    await page.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
    await waitForText(page.locator('main'), 'Akun ini nonaktif');
    await screenshot(page, 'console-staff-disabled');

    await menu(staffPage, 'Akun saya').click();
    await staffPage.getByLabel('Kata sandi saat ini').fill('x');
    await staffPage.getByLabel('Kata sandi baru', { exact: true }).fill('sesuatu yang panjang sekali');
    await staffPage.getByLabel('Ulangi kata sandi baru').fill('sesuatu yang panjang sekali');
    await staffPage.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await waitForText(staffPage.locator('h1'), 'Masuk ke Konsol');
    await staffCtx.close();
    await context.close();
  });
});
