import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff, loginAs, type TestUser } from '../../src/platform/testing/factories.js';
import { maskNik, SyntheticPopulation, type SyntheticFamily } from '../../src/modules/identity/index.js';
import { parseRelation } from '../../src/modules/registry/registry.codes.js';
import {
  describeViolations,
  hasChromium,
  launchBrowser,
  login,
  newContext,
  screenshot,
  SCREENSHOTS,
  seedOfficeWithStandard,
  seriousViolations,
  startApp,
  tabTo,
  waitForText,
  type Browser,
  type E2EApp,
  type Page,
} from './harness.js';

/**
 * The counter of Kota Pasuruan in Chromium: a front-office officer registers a new participant with the
 * keyboard only (the NIK fills birth date and sex, a bad NIK is named, the checklist follows the
 * service, a photo of the identity document goes with it), gets the receipt number, and then finds a
 * registry member by NIK: masked in the results, in full on the person's page.
 */
const DESKTOP = { viewport: { width: 1280, height: 900 } };


const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe.skipIf(!hasChromium)('counter intake and registry in Chromium', () => {
  let app: E2EApp;
  let browser: Browser;
  let front: TestUser;
  let newcomer: SyntheticFamily;
  let member: SyntheticFamily;
  let memberPersonId: string;
  let back: TestUser;
  let imported: SyntheticFamily;

  beforeAll(async () => {
    app = await startApp();
    const office = await seedOfficeWithStandard(app.t, 'kota-pasuruan');
    front = await buildStaff(app.t.database, app.t.config.sessionSecret, { officeId: office.id, roles: ['front_office'] });
    const population = new SyntheticPopulation({ regencyCode: office.regionCode, seed: 11 });
    newcomer = population.family();
    // A family of two or more: the back office adds the second person later.
    do member = population.family();
    while (member.members.length < 2);
    // Someone already in the registry as an active PBI Daerah member, recorded through the API.
    const as = await loginAs(app.t.app, front);
    const head = member.members[0]!;
    const res = await app.t.app.inject({
      method: 'POST',
      url: '/api/v1/registry/families',
      headers: as.headers,
      payload: {
        kkNumber: member.kk,
        address: member.address.street,
        villageCode: member.address.villageCode,
        members: [{ nik: head.nik, name: head.name, birthDate: head.birthDate, sex: head.sex, relation: parseRelation(head.relation) ?? 'kepala_keluarga', membership: { segment: 'PBI_DAERAH', status: 'active' } }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    memberPersonId = res.json().family.members[0].id;
    back = await buildStaff(app.t.database, app.t.config.sessionSecret, { officeId: office.id, roles: ['back_office'] });
    const bo = await loginAs(app.t.app, back);
    const faskes = await app.t.app.inject({
      method: 'POST',
      url: '/api/v1/faskes/imports',
      headers: { ...bo.headers, 'content-type': 'text/csv' },
      payload: 'kode;nama;jenis;alamat\n13170101;Puskesmas Bugul Kidul;PUSKESMAS;Jl. Hasanuddin\n13170102;Puskesmas Gadingrejo;PUSKESMAS;\n',
    });
    expect(faskes.statusCode, faskes.body).toBe(200);
    imported = population.family();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a front-office officer registers a new participant with the keyboard only and gets the receipt', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, front);
    await page.goto(`${app.url}/console/intake`);
    await waitForText(page.locator('h1'), 'Pendaftaran di loket');
    // The officer starts at the service.
    await page.locator('#f-serviceCode option', { hasText: 'Pendaftaran Peserta baru' }).waitFor({ state: 'attached' });
    await expect.poll(() => focusedId(page)).toBe('f-serviceCode');
    await page.keyboard.type('Pendaftaran Peserta');
    expect(await page.locator('#f-serviceCode').inputValue()).toBe('new_registration');
    // The checklist of the service appears.
    await page.locator('#req-kk_copy').waitFor();

    // Pasuruan also takes this service by WhatsApp: the officer says where it came from (counter by default).
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('f-channel');
    expect(await page.locator('#f-channel').inputValue()).toBe('counter');
    // A NIK that breaks the rules (month 13) is named in Bahasa Indonesia next to the field.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('f-members-0-nik');
    await page.keyboard.type('3575012213990001');
    const nikError = await waitForText(page.locator('#f-members-0-nik-error'), 'NIK tidak valid');
    expect(nikError).toMatch(/NIK/);
    await screenshot(page, 'intake-nik-invalid');

    // An active member's NIK: the registry warns before anything else is typed.
    const head = member.members[0]!;
    await page.keyboard.press('Control+A');
    await page.keyboard.type(head.nik);
    await page.getByTestId('nik-facts-0').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type(head.name);
    await page.keyboard.press('Tab');
    await waitForText(page.getByTestId('dup-0'), 'sudah menjadi peserta PBI Daerah yang aktif');
    // BPJS's own view is asked too (here the shipped simulator, which knows no card for this member yet).
    await waitForText(page.getByTestId('bpjs-0'), 'Di BPJS: belum terdaftar sebagai peserta JKN.');

    // The newcomer: the NIK fills birth date and sex.
    const person = newcomer.members[0]!;
    await tabTo(page, '#f-members-0-nik');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(person.nik);
    const facts = await waitForText(page.getByTestId('nik-facts-0'), 'Dari NIK');
    expect(facts).toContain(`${person.birthDate.slice(8, 10)}-${person.birthDate.slice(5, 7)}-${person.birthDate.slice(0, 4)}`);
    expect(facts).toContain(person.sex === 'M' ? 'Laki-laki' : 'Perempuan');
    await expect.poll(() => page.locator('#f-members-0-birthDate').inputValue()).toBe(person.birthDate);
    expect(await page.locator('#f-members-0-sex').inputValue()).toBe(person.sex);
    await expect.poll(async () => page.getByTestId('dup-0').count()).toBe(0);
    await screenshot(page, 'intake-nik-hints');

    const filledFrom = Date.now();
    await tabTo(page, '#f-members-0-name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(person.name);
    await tabTo(page, '#f-members-0-birthPlace');
    await page.keyboard.type(person.birthPlace);
    if (person.phone) {
      await tabTo(page, '#f-members-0-phone');
      await page.keyboard.type(person.phone);
    }
    await tabTo(page, '#f-family-kkNumber');
    await page.keyboard.type(newcomer.kk);
    await page.getByTestId('kk-facts').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type(newcomer.address.street);
    await page.keyboard.press('Tab');
    await page.keyboard.type(newcomer.address.rt.replace(/^0+/, '') || '1');
    await page.keyboard.press('Tab');
    await page.keyboard.type(newcomer.address.rw.replace(/^0+/, '') || '1');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('f-family-villageCode');
    await page.locator('#f-family-villageCode option', { hasText: newcomer.address.villageName }).first().waitFor({ state: 'attached' });
    await page.keyboard.type(newcomer.address.villageName);
    expect(await page.locator('#f-family-villageCode').inputValue()).toBe(newcomer.address.villageCode);

    // The checklist: the KK copy is ticked with the space bar; the identity document is photographed.
    await tabTo(page, '#req-kk_copy');
    await page.keyboard.press('Space');
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#e8e4d8' } }).png().toBuffer();
    await page.setInputFiles('#file-identity_copy', { name: 'ktp.png', mimeType: 'image/png', buffer: png });
    expect(await page.locator('#req-identity_copy').isChecked()).toBe(true);
    await tabTo(page, '#f-alt-identity_copy');
    await page.keyboard.type('KTP');
    expect(await page.locator('#f-alt-identity_copy').inputValue()).toBe('KTP elektronik');
    const typing = Date.now() - filledFrom;
    await screenshot(page, 'intake-filled');
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await tabTo(page, 'button[type="submit"]');
    const submitted = Date.now();
    await page.keyboard.press('Enter');
    const receipt = await waitForText(page.getByTestId('receipt-number'), /PSR-\d{4}-\d{6}|[A-Z]+-\d{4}-\d{6}/, 20_000);
    const submitMs = Date.now() - submitted;
    console.log(`intake: typing took ${typing} ms in the browser, submit to receipt ${submitMs} ms (create, upload, check)`);
    // Create, one upload and the file check together: a counter officer does not wait on them.
    expect(submitMs).toBeLessThan(8_000);
    expect(receipt.trim()).toMatch(/^[A-Z]+-\d{4}-\d{6}$/);
    await waitForText(page.locator('main'), '1 berkas terunggah');
    await waitForText(page.locator('main'), 'Pemeriksaan berkas tercatat');
    // The receipt panel has the focus, so the number is read out at once.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('receipt-title');
    const pdfHref = await page.getByTestId('receipt-pdf').getAttribute('href');
    const pdf = await page.request.get(`${app.url}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const openLink = page.getByRole('link', { name: 'Buka permohonan' });
    expect(await openLink.getAttribute('href')).toMatch(/^\/console\/applications\/[0-9a-f-]{36}$/);
    await screenshot(page, 'intake-receipt');
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // "Next registration" clears the form and puts the officer back on the service.
    await tabTo(page, 'button.button.secondary');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('f-serviceCode');
    expect(await page.locator('#f-members-0-nik').inputValue()).toBe('');

    // The same person again: the counter is told at once that an application is already open.
    await page.keyboard.type('Pendaftaran Peserta');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.nik);
    await waitForText(page.getByTestId('open-applications'), receipt.trim());
    await screenshot(page, 'intake-open-application');
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 120_000);

  it('the server refuses a form with missing fields and names them next to the fields', async () => {
    const { context } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, front);
    await page.goto(`${app.url}/console/intake`);
    await page.locator('#f-serviceCode option', { hasText: 'Pendaftaran Peserta baru' }).waitFor({ state: 'attached' });
    await expect.poll(() => focusedId(page)).toBe('f-serviceCode');
    await page.keyboard.type('Pendaftaran Peserta');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(newcomer.members[1]?.nik ?? newcomer.members[0]!.nik);
    await page.getByTestId('nik-facts-0').waitFor();
    await page.keyboard.press('Enter');
    const summary = await waitForText(page.locator('.error-summary'), 'Ada yang perlu diperbaiki');
    expect(summary).toMatch(/Nama lengkap/);
    expect(await page.locator('#f-members-0-name-error').textContent()).toBeTruthy();
    expect(await page.locator('#f-members-0-name').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'intake-server-errors');
    await context.close();
  }, 60_000);

  it('on a phone the checklist offers the camera; on a desk computer only the file picker', async () => {
    const { context } = await newContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await login(page, app.url, front);
    await page.goto(`${app.url}/console/intake`);
    await page.locator('#f-serviceCode option', { hasText: 'Pendaftaran Peserta baru' }).waitFor({ state: 'attached' });
    await page.locator('#f-serviceCode').selectOption('new_registration');
    const camera = page.locator('#camera-kk_copy');
    await camera.waitFor();
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await page.locator('#file-kk_copy').getAttribute('accept')).toBe('image/*,application/pdf');
    await screenshot(page, 'intake-phone');
    // A full-page capture drops the touch emulation (the camera input hides again): the checklist alone shows it.
    await camera.scrollIntoViewIfNeeded();
    await page.getByTestId('checklist').screenshot({ path: join(SCREENSHOTS, 'intake-phone-checklist.png') });
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
    // The desktop form of the first test has no camera input in view.
    const desk = await newContext(browser, DESKTOP);
    const deskPage = await desk.context.newPage();
    await login(deskPage, app.url, front);
    await deskPage.goto(`${app.url}/console/intake`);
    await deskPage.locator('#f-serviceCode option', { hasText: 'Pendaftaran Peserta baru' }).waitFor({ state: 'attached' });
    await deskPage.locator('#f-serviceCode').selectOption('new_registration');
    await deskPage.locator('#file-kk_copy').waitFor();
    expect(await deskPage.locator('#camera-kk_copy').isVisible()).toBe(false);
    await desk.context.close();
  }, 60_000);

  it('the registry finds a member by NIK with the NIK masked; the person page shows it in full', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, front);
    const head = member.members[0]!;
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Registri', exact: true }).click();
    await waitForText(page.locator('h1'), 'Registri warga');
    await tabTo(page, '#f-q');
    await page.keyboard.type(head.nik);
    await page.keyboard.press('Enter');
    const table = page.getByTestId('registry-results');
    await waitForText(table, head.name);
    const text = (await table.textContent()) ?? '';
    expect(text).not.toContain(head.nik);
    expect(text).toContain(maskNik(head.nik));
    await screenshot(page, 'registry-search');
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await table.getByRole('link', { name: head.name, exact: true }).click();
    await waitForText(page.locator('h1'), head.name);
    expect(page.url()).toContain(`/registry/persons/${memberPersonId}`);
    expect((await page.getByTestId('person-nik').textContent())?.trim()).toBe(head.nik);
    await waitForText(page.locator('main'), 'PBI Daerah');
    await screenshot(page, 'registry-person');
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Back to the same results with the browser's back button.
    await page.goBack();
    await waitForText(page.getByTestId('registry-results'), head.name);

    // Everyone of the member's kelurahan/desa, from the server.
    await page.getByLabel('Cari menurut').selectOption('village');
    await page.locator('#f-q option[value="' + member.address.villageCode + '"]').waitFor({ state: 'attached' });
    await page.locator('#f-q').selectOption(member.address.villageCode);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await waitForText(page.getByTestId('registry-results'), head.name);
    expect(page.url()).toContain('by=village');
    await screenshot(page, 'registry-search-village');
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 60_000);

  it('the back office adds a newborn to a family, changes the facility, and records a move', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, back);
    await page.goto(`${app.url}/console/registry/persons/${memberPersonId}`);
    await waitForText(page.locator('h1'), member.members[0]!.name);

    // The facility: typed search, chosen with the keyboard, saved.
    await tabTo(page, '#f-faskesQ');
    await page.keyboard.type('Bugul');
    await page.locator('#f-faskesId option', { hasText: 'Puskesmas Bugul Kidul' }).waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('#f-faskesId option').count()).toBe(2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#f-faskesId option:checked').textContent()).toContain('Bugul Kidul');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForText(page.locator('.notice.success'), 'Faskes diganti menjadi Puskesmas Bugul Kidul');
    await waitForText(page.getByTestId('person-faskes'), 'Puskesmas Bugul Kidul (13170101)');

    // The family: a second person joins with a birth certificate.
    await page.getByRole('link', { name: member.kk }).click();
    await waitForText(page.locator('h1'), `Keluarga KK ${member.kk}`);
    const child = member.members[1]!;
    await tabTo(page, '[id="f-person-nik"]');
    await page.keyboard.type(child.nik);
    await page.keyboard.press('Tab');
    await page.keyboard.type(child.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(child.birthPlace);
    await page.locator('[id="f-person-birthDate"]').fill(child.birthDate);
    await page.locator('[id="f-person-sex"]').selectOption(child.sex);
    await page.locator('[id="f-person-relation"]').selectOption(parseRelation(child.relation) ?? 'lainnya');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await waitForText(page.locator('.notice.success'), `${child.name} ditambahkan ke keluarga`);
    await waitForText(page.getByTestId('family-members'), child.nik);
    await screenshot(page, 'registry-family');
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // The new member moves away: recorded from their own page.
    await page.getByTestId('family-members').getByRole('link', { name: child.name, exact: true }).click();
    await waitForText(page.locator('h1'), child.name);
    const today = new Date().toISOString().slice(0, 10);
    await page.locator('#f-date').fill(today);
    await page.getByRole('button', { name: 'Catat keluar' }).click();
    await waitForText(page.locator('.notice.success'), `Keluarnya ${child.name} dari keluarga tercatat`);
    await waitForText(page.locator('main'), 'Pindah, keluar dari KK');
    await screenshot(page, 'registry-person-left');
    violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 90_000);

  it('the back office imports a member list and sees it finish, with the rejected rows report', async () => {
    const { context, cspViolations } = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await login(page, app.url, back);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Registri', exact: true }).click();
    await page.getByRole('link', { name: 'Impor daftar peserta' }).click();
    await waitForText(page.locator('h1'), 'Impor daftar peserta');
    const header = 'NIK,NO_KK,NAMA,TEMPAT_LAHIR,TGL_LAHIR,JENIS_KELAMIN,STATUS_KAWIN,HUBUNGAN,ALAMAT,RT,RW,KODE_DESA,NO_KARTU,KODE_FASKES,STATUS';
    const lines = imported.members.map((m, i) => {
      const [y, mo, d] = m.birthDate.split('-');
      return [m.nik, imported.kk, m.name, m.birthPlace, `${d}-${mo}-${y}`, m.sex === 'M' ? 'L' : 'P', m.maritalStatus, m.relation,
        `"${imported.address.street}"`, imported.address.rt, imported.address.rw, imported.address.villageCode.replaceAll('.', ''), String(1_000_000_000_100 + i), '', 'AKTIF'].join(',');
    });
    // One row with a 15-digit NIK, to be rejected with its reason.
    const bad = lines[0]!.replace(/^\d{16}/, (n) => n.slice(0, 15));
    const csv = [header, ...lines, bad].join('\n');
    await page.setInputFiles('#f-file', { name: 'daftar-pbid.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await waitForText(page.locator('h1'), 'Impor daftar-pbid.csv');
    await waitForText(page.getByTestId('import-progress'), `${lines.length + 1} dari ${lines.length + 1} baris`);
    await waitForText(page.locator('main'), 'selesai');
    const report = page.getByRole('link', { name: 'Unduh laporan baris yang ditolak (CSV)' });
    const res = await page.request.get(`${app.url}${await report.getAttribute('href')}`);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('NIK');
    await screenshot(page, 'registry-import');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // The list shows it too.
    await page.getByRole('link', { name: 'Kembali ke daftar impor' }).click();
    await waitForText(page.locator('table'), 'daftar-pbid.csv');
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 90_000);
});
