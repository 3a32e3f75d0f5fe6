import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.js';
import { buildOffice } from '../../platform/testing/factories.js';
import { FIVE_OFFICES } from '../offices/five-offices.js';
import { seedStandards } from '../standards/seeds/index.js';
import { insertStandardVersion } from '../standards/standards.repository.js';
import { officePage } from './pages/office-page.js';
import { standardFromDatabase } from './portal-standard.js';
import { checkTrackInput, emptyTrackInput, trackPage } from './pages/track-page.js';
import { verifyPage } from './pages/verify-page.js';

describe('citizen portal pages', () => {
  let t: TestApp;
  let karangasem: Awaited<ReturnType<typeof buildOffice>>;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await createTestApp();
    karangasem = await buildOffice(t.database, FIVE_OFFICES.find((o) => o.slug === 'kab-karangasem')!);
    await insertStandardVersion(t.database.db, { officeId: karangasem.id, effectiveDate: '2024-01-02', standard: seedStandards['kab-karangasem'] });
    await buildOffice(t.database, { slug: 'kota-tanpa-standar', name: 'Dinas <script>alert(1)</script> Uji' });
  });
  afterAll(async () => t?.close());

  it('lists the offices as HTML in Bahasa Indonesia, escaping what comes from the database', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="id">');
    expect(res.body).toContain('href="/kab-karangasem"');
    expect(res.body).toContain('Dinas &lt;script&gt;alert(1)&lt;/script&gt; Uji');
    expect(res.body).not.toContain('<script>alert');
    // The CSP allows no inline script: every script tag loads a file.
    for (const tag of res.body.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="\/ui\//);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers English with ?lang=en and keeps the choice in its links', async () => {
    const res = await get('/?lang=en');
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('href="/kab-karangasem?lang=en"');
    expect(res.body).toContain('href="/lacak?lang=en"');
  });

  it('serves its stylesheet compressed and cacheable for a year', async () => {
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec((await get('/')).body)![1]!;
    const br = await get(href, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toContain('immutable');
    const plain = await get(href);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('.button');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
  });

  it('renders an office page from the standard in force', async () => {
    const res = await get('/kab-karangasem');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Pelayanan Emergency PBI JKN-KIS');
    expect(res.body).toContain('Fotocopy KK');
    expect(res.body).toContain('10 - 15 menit');
    expect(res.body).toContain('09.00–12.00 WITA');
    expect(res.body).toContain('href="/kab-karangasem/standar-pelayanan"');
    // Sent compressed to a browser that accepts it: a phone on 1.6 Mbps waits for every byte.
    const br = await get('/kab-karangasem', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(res.rawPayload.length / 3);
  });

  it('says so when an office has no standard, and 404s unknown offices with a page', async () => {
    const none = await get('/kota-tanpa-standar');
    expect(none.statusCode).toBe(200);
    expect(none.body).toContain('data-standard="missing"');
    const unknown = await get('/kota-tidak-ada');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Halaman tidak ditemukan');
    expect((await get('/favicon.ico')).statusCode).toBe(404);
  });

  it('"open now" follows the office clock, its hours and the national holidays', async () => {
    const source = standardFromDatabase(t.database);
    // Monday 2 March 2026, 10:00 WITA.
    const monday = await source(karangasem, new Date('2026-03-02T02:00:00Z'));
    expect(monday?.open).toMatchObject({ open: true, closesAt: '2026-03-02T15:00:00+08:00' });
    // Thursday 19 March 2026 is Nyepi; then cuti bersama and Idulfitri: next opening Wednesday 25 March.
    const nyepi = await source(karangasem, new Date('2026-03-19T02:00:00Z'));
    expect(nyepi?.open?.open).toBe(false);
    expect(nyepi?.open?.nextOpening).toBe('2026-03-25T08:00:00+08:00');
    const html = officePage({ slug: 'kab-karangasem', name: 'X', regionCode: '51.07', timeZone: 'Asia/Makassar' }, monday, new Date('2026-03-02T02:00:00Z'), 'id').body.value;
    expect(html).toContain('Buka sekarang');
    expect(html).toContain('tutup pukul 15.00 WITA');
  });

  it('does not show "open now" where the standard states no hours', async () => {
    const pasuruan = await buildOffice(t.database, FIVE_OFFICES.find((o) => o.slug === 'kota-pasuruan')!);
    await insertStandardVersion(t.database.db, { officeId: pasuruan.id, effectiveDate: '2024-01-02', standard: seedStandards['kota-pasuruan'] });
    const res = await get('/kota-pasuruan');
    expect(res.body).toContain('tidak menyatakan jam layanan');
    expect(res.body).not.toContain('class="badge');
  });

  it('checks the tracking form before any lookup', () => {
    const today = new Date('2026-06-01T00:00:00Z');
    expect(checkTrackInput({ receiptNumber: ' kra-2026-000123 ', birthDay: '7', birthMonth: '3', birthYear: '1980' }, today)).toEqual({
      body: { receiptNumber: 'KRA-2026-000123', birthDate: '1980-03-07' },
      errors: {},
    });
    expect(checkTrackInput({ receiptNumber: '', birthDay: '31', birthMonth: '2', birthYear: '1980' }, today).errors).toEqual({
      receiptNumber: 'errReceiptRequired',
      birthDate: 'errBirthDate',
    });
    expect(checkTrackInput({ receiptNumber: 'A<B', birthDay: '1', birthMonth: '1', birthYear: '2027' }, today).errors).toEqual({
      receiptNumber: 'errReceiptFormat',
      birthDate: 'errBirthDate',
    });
  });

  it('renders a tracking answer: status, next step, what is missing, history', () => {
    const html = trackPage('id', emptyTrackInput, {}, {
      kind: 'found',
      result: {
        receiptNumber: 'KRA-2026-000123',
        status: 'returned',
        statusLabel: 'Dikembalikan: berkas belum lengkap',
        officeName: 'Dinas Sosial Karangasem',
        serviceName: 'Reaktivasi PBI JKN-KIS',
        receivedAt: '2 Maret 2026 10.00 WITA',
        dueAt: '3 Maret 2026 10.00 WITA',
        timeline: [{ at: '2 Maret 2026 10.00 WITA', status: 'submitted', label: 'Diterima' }],
        missing: [{ label: 'Fotocopy KTP', reason: 'Tidak terbaca' }],
        nextStep: 'Lengkapi berkas di loket.',
      },
    }).body.value;
    expect(html).toContain('data-outcome="found"');
    expect(html).toContain('Dikembalikan: berkas belum lengkap');
    expect(html).toContain('Lengkapi berkas di loket.');
    expect(html).toContain('Fotocopy KTP');
    expect(html).toContain('Tidak terbaca');
  });

  it('renders a letter check: the message, the letter and initials only', () => {
    const html = verifyPage('id', {
      kind: 'answer',
      result: {
        valid: true,
        status: 'genuine',
        message: 'Surat asli dan tidak berubah.',
        letter: { number: '400/12/2026', issuedAt: '2 Maret 2026', kind: 'activation_cover_letter', subject: 'Pengantar aktivasi', officeName: 'Dinas Sosial', personInitials: ['B. S.'] },
      },
    }).body.value;
    expect(html).toContain('data-outcome="genuine"');
    expect(html).toContain('400/12/2026');
    expect(html).toContain('B. S.');
  });

  it('answers a tracking POST with the form again and the outcome below it', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/lacak', payload: 'receiptNumber=&birthDay=&birthMonth=&birthYear=', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('error-summary');
    expect(bad.body).toContain('aria-invalid="true"');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/lacak?lang=en',
      payload: 'receiptNumber=KRA-2026-000123&birthDay=7&birthMonth=3&birthYear=1980',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(ok.body).toContain('value="KRA-2026-000123"');
    if (!t.app.hasRoute({ method: 'POST', url: '/api/v1/track' })) {
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('data-outcome="unavailable"');
      expect(ok.body).toContain('Application tracking is not available yet');
    } else {
      expect(ok.body).toContain('data-outcome="not_found"');
    }
  });

  it('checks a letter token before asking the letters module', async () => {
    expect((await get('/verify/not-a-token')).body).toContain('data-outcome="malformed"');
    const res = await get('/verify/dGVzdC10b2tlbi1wYXlsb2Fk.c2lnbmF0dXJlLXNpZ25hdHVyZQ');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('data-outcome="malformed"');
  });
});
