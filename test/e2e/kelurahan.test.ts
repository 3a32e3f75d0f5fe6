import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVillagesOf, SyntheticPopulation, type SyntheticFamily } from '../../src/modules/identity/index.js';
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
 * Kota Palembang's KIS proposals through the kelurahan (seed 002) in Chromium: the kelurahan operator
 * enters two residents in the proposal form (a bad NIK is named), sees them in the village's open batch,
 * hands the batch to the office, and the office's front desk finds them in its worklist.
 */
const DESKTOP = { viewport: { width: 1280, height: 900 } };

describe.skipIf(!hasChromium)('kelurahan proposals in Chromium', () => {
  let app: E2EApp;
  let browser: Browser;
  let operator: TestUser;
  let front: TestUser;
  let families: SyntheticFamily[];
  let villageNames: Map<string, string>;

  beforeAll(async () => {
    app = await startApp();
    const office = await seedOfficeWithStandard(app.t, 'kota-palembang');
    // The operator acts for two villages of the city, as the demo's kelurahan account does.
    const villages = loadVillagesOf(office.regionCode).slice(0, 2);
    villageNames = new Map(villages.map((v) => [v.code, v.name]));
    operator = await buildStaff(app.t.database, app.t.config.sessionSecret, { officeId: office.id, roles: ['kelurahan_operator'], kelurahanCodes: villages.map((v) => v.code) });
    front = await buildStaff(app.t.database, app.t.config.sessionSecret, { officeId: office.id, roles: ['front_office'] });
    // Two residents of the operator's first village, so both proposals join one batch.
    const population = new SyntheticPopulation({ regencyCode: office.regionCode, seed: 17 });
    families = [];
    for (let i = 0; i < 20_000 && families.length < 2; i++) {
      const f = population.family();
      if (f.address.villageCode === villages[0]!.code) families.push(f);
    }
    expect(families).toHaveLength(2);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function propose(page: Page, f: SyntheticFamily, variant: 'urgent' | 'ordinary', badNik?: string) {
    const person = f.members[0]!;
    await page.locator('#f-serviceCode').waitFor();
    expect(await page.locator('#f-serviceCode').inputValue()).toBe('kis_proposal');
    await page.locator('#f-variantCode').selectOption(variant);
    await page.locator('#f-members-0-nik').fill(person.nik);
    // The NIK fills birth date and sex, as at the counter.
    await page.getByTestId('nik-facts-0').waitFor();
    await expect.poll(() => page.locator('#f-members-0-birthDate').inputValue()).toBe(person.birthDate);
    await page.locator('#f-members-0-name').fill(person.name);
    await page.locator('#f-family-kkNumber').fill(f.kk);
    await page.getByTestId('kk-facts').waitFor();
    await page.locator('#f-family-address').fill(f.address.street);
    await page.locator('#f-family-rt').fill(f.address.rt.replace(/^0+/, '') || '1');
    await page.locator('#f-family-rw').fill(f.address.rw.replace(/^0+/, '') || '1');
    await page.locator(`#f-family-villageCode option[value="${f.address.villageCode}"]`).waitFor({ state: 'attached' });
    await page.locator('#f-family-villageCode').selectOption(f.address.villageCode);
    if (badNik) {
      // A NIK that breaks the rules is named next to its field in Bahasa Indonesia while typing...
      await page.locator('#f-members-0-nik').fill(badNik);
      const nikError = await waitForText(page.locator('#f-members-0-nik-error'), 'NIK tidak valid');
      expect(nikError).toMatch(/^NIK tidak valid: .*bulan 13/);
      expect(await page.locator('#f-members-0-nik').getAttribute('aria-invalid')).toBe('true');
      // ...and, sent anyway, the server refuses it and the summary links the field by its name.
      await page.getByRole('button', { name: 'Simpan usulan' }).click();
      const summary = await waitForText(page.locator('.error-summary'), 'Pemohon — NIK');
      expect(summary).toContain('Ada yang perlu diperbaiki');
      await screenshot(page, 'kelurahan-nik-invalid');
      await expectNoSeriousViolations(page);
      await page.locator('.error-summary a', { hasText: 'Pemohon — NIK' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-members-0-nik');
      await page.locator('#f-members-0-nik').fill(person.nik);
      await page.getByTestId('nik-facts-0').waitFor();
    }
    await page.getByRole('button', { name: 'Simpan usulan' }).click();
    const saved = await waitForText(page.getByTestId('proposal-saved'), 'Usulan disimpan', 15_000);
    const receipt = /[A-Z]+-\d{4}-\d{6}/.exec(saved)?.[0];
    expect(receipt, saved).toBeTruthy();
    return receipt!;
  }

  it('the kelurahan operator adds two proposals and hands the batch to the office; the front office sees them', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, operator);
    await menu(page, 'Usulan kelurahan').click();
    await waitForText(page.locator('h1'), 'Usulan kelurahan');
    await waitForText(page.locator('main'), 'Belum ada kumpulan usulan');

    await page.getByRole('link', { name: 'Tambah usulan' }).click();
    await waitForText(page.locator('h1'), 'Tambah usulan');
    // Only the operator's own villages are offered.
    await page.locator('#f-family-villageCode option').first().waitFor({ state: 'attached' });
    const offered = await page.locator('#f-family-villageCode option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered.sort()).toEqual([...villageNames.keys()].sort());
    await expect.poll(() => page.locator('#f-family-villageCode option', { hasText: villageNames.get(families[0]!.address.villageCode)! }).count()).toBe(1);

    // A NIK with month 13 is tried first.
    const first = await propose(page, families[0]!, 'urgent', '1671012213990001');
    await screenshot(page, 'kelurahan-proposal-saved');
    await page.getByRole('button', { name: 'Tambah usulan lagi' }).click();
    await expect.poll(() => page.locator('#f-members-0-nik').inputValue()).toBe('');
    const second = await propose(page, families[1]!, 'ordinary');
    expect(second).not.toBe(first);

    // The open batch of the village holds both proposals.
    await page.getByRole('link', { name: 'Lihat kumpulan usulan' }).click();
    await waitForText(page.locator('h1'), 'Usulan kelurahan');
    const village = villageNames.get(families[0]!.address.villageCode)!;
    const batches = page.getByTestId('batches');
    await waitForText(batches, village);
    const row = batches.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').nth(0).textContent()).toBe('Terbuka');
    expect(await row.locator('td').nth(1).textContent()).toBe('2');
    const open = page.getByTestId('open-batch');
    await waitForText(open.locator('h2'), `Kumpulan terbuka: ${village}`);
    await waitForText(open, first);
    const openText = await open.textContent();
    for (const r of [first, second]) expect(openText).toContain(r);
    for (const f of families) expect(openText).toContain(f.members[0]!.name);
    expect(openText).toContain('Mendesak');
    await screenshot(page, 'kelurahan-open-batch');
    await expectNoSeriousViolations(page);

    // Hand-over, after a confirmation in the page.
    await page.getByLabel('Nomor surat pengantar kelurahan').fill('470/31/KL/2026');
    await page.getByRole('button', { name: 'Serahkan ke Dinas' }).click();
    await waitForText(page.locator('.confirm'), `Serahkan 2 usulan Kelurahan ${village} ke Dinas?`);
    expect(await page.evaluate(() => document.activeElement?.closest('.confirm') !== null)).toBe(true);
    await screenshot(page, 'kelurahan-confirm');
    await page.getByRole('button', { name: 'Ya, serahkan' }).click();
    const handed = await waitForText(page.getByTestId('handed-over'), 'diserahkan ke Dinas', 15_000);
    expect(handed).toContain(first);
    expect(handed).toContain(second);
    await waitForText(row.locator('td').nth(0), 'Sudah diserahkan');
    expect(await row.locator('td').nth(4).textContent()).toContain('470/31/KL/2026');
    expect(await page.getByTestId('open-batch').count()).toBe(0);
    // Each proposal is now a submitted application with its receipt number.
    const submitted = page.getByTestId('submitted-proposals');
    await waitForText(submitted, first);
    const submittedText = await submitted.textContent();
    expect(submittedText).toContain(second);
    expect(submittedText).toContain('menunggu pemeriksaan berkas');
    await screenshot(page, 'kelurahan-submitted');
    await expectNoSeriousViolations(page);
    expect(cspViolations).toEqual([]);
    await context.close();

    // The front office finds the proposals in its worklist, and sees the batches without acting on them.
    const fo = await newContext(browser, DESKTOP);
    const foPage = await fo.context.newPage();
    await login(foPage, app.url, front);
    await menu(foPage, 'Daftar kerja').click();
    const work = foPage.locator('main');
    await waitForText(work, first, 15_000);
    const workText = await work.textContent();
    expect(workText).toContain(second);
    for (const f of families) expect(workText).toContain(f.members[0]!.name);
    await screenshot(foPage, 'kelurahan-front-worklist');
    await menu(foPage, 'Usulan kelurahan').click();
    await waitForText(foPage.locator('h1'), 'Usulan kelurahan');
    await waitForText(foPage.getByTestId('batches'), 'Sudah diserahkan');
    expect(await foPage.getByRole('link', { name: 'Tambah usulan' }).count()).toBe(0);
    expect(await foPage.getByRole('button', { name: 'Serahkan ke Dinas' }).count()).toBe(0);
    await screenshot(foPage, 'kelurahan-front-readonly');
    await expectNoSeriousViolations(foPage);
    expect(fo.cspViolations).toEqual([]);
    await fo.context.close();
  });
});
