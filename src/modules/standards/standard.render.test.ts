import { describe, expect, it } from 'vitest';
import type { OfficeStandard } from './standard.schema.js';
import { escapeHtml, renderStandardHtml } from './standard.html.js';
import { buildStandardDocDefinition, renderStandardPdf } from './standard.pdf.js';
import { SEED_SLUGS, seedStandards } from './seeds/index.js';

const clone = (std: OfficeStandard): OfficeStandard => JSON.parse(JSON.stringify(std));

describe('renderStandardHtml', () => {
  it('renders the two parts with PermenPANRB headings and NO / KOMPONEN / URAIAN columns', () => {
    const std = clone(seedStandards['kab-karangasem']);
    std.document.partTitles = { service_delivery: null, manufacturing: null };
    const html = renderStandardHtml(std, 'id');
    expect(html).toContain('<caption>A. PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)</caption>');
    expect(html).toContain('<caption>B. PENGELOLAAN PELAYANAN (MANUFACTURING)</caption>');
    expect(html).toContain('<th scope="col">NO</th><th scope="col">KOMPONEN</th><th scope="col">URAIAN</th>');
    expect(html.match(/<table/g)).toHaveLength(2);
    expect(html).toContain('STANDAR PELAYANAN<br>PEMBERIAN AKSES');
  });

  it("uses the seed's own part headings when it has them", () => {
    const html = renderStandardHtml(seedStandards['kota-palembang'], 'id');
    expect(html).toContain('<caption>PROSES PENYAMPAIAN PELAYANAN (SERVICE POINT)</caption>');
    expect(html).toContain('<caption>PROSES PELAKSANA (MANUFACTURING)</caption>');
  });

  it('keeps a single-table seed as one table in its own row order and numbering', () => {
    const html = renderStandardHtml(seedStandards['kota-pasuruan'], 'id');
    expect(html.match(/<table/g)).toHaveLength(1);
    const numbers = [...html.matchAll(/<td class="std-no">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    expect(html).toContain('<h1 class="std-title">STANDAR PELAYANAN PENDAFTARAN PESERTA');
    expect(html).toContain('<p class="std-government">PEMERINTAH KOTA PASURUAN</p><p class="std-agency">DINAS KESEHATAN</p>');
  });

  it('numbers items as the seed does', () => {
    const html = renderStandardHtml(seedStandards['kab-malinau'], 'id');
    expect(html).toContain('<span class="std-marker">a.</span> Fotocopy Kartu Keluarga (KK)');
    expect(html).toContain('<span class="std-marker">1)</span> Olia Sari');
    expect(html).toContain('<span class="std-marker">-</span> Petugas informasi');
  });

  it('shows what the seed does not state as "tidak dinyatakan", and omits an unknown signature', () => {
    const html = renderStandardHtml(seedStandards['kota-palembang'], 'id');
    expect(html).toContain('<dt>Nomor</dt><dd><em>tidak dinyatakan</em></dd>');
    expect(html).not.toContain('std-signature');
  });

  it('prints the signature block when the signatory is known', () => {
    const html = renderStandardHtml(seedStandards['kota-pasuruan'], 'id');
    expect(html).toContain('<p>Ditetapkan di : Pasuruan</p><p>Pada tanggal : 02 Januari 2024</p>');
    expect(html).toContain('<p>NIP. 19730715 200604 2 023</p>');
  });

  it('escapes every piece of text', () => {
    const std = clone(seedStandards['kota-tarakan']);
    std.document.title = 'STANDAR <script>alert(1)</script>';
    std.components[0]!.items = ['a & b "c" \'d\' <img src=x onerror=alert(1)>'];
    std.components[1]!.title = '<b>Persyaratan</b>';
    const html = renderStandardHtml(std, 'id');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('a &amp; b &quot;c&quot; &#39;d&#39; &lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('labels the document in English on request, keeping the office text as written', () => {
    const html = renderStandardHtml(seedStandards['kota-palembang'], 'en');
    expect(html).toContain('lang="en"');
    expect(html).toContain('<th scope="col">COMPONENT</th><th scope="col">DESCRIPTION</th>');
    expect(html).toContain('<em>not stated</em>');
    expect(html).toContain('Surat keterangan tidak mampu dari kelurahan (Asli)');
  });
});

describe('renderStandardPdf', () => {
  it('builds an A4 document with letterhead, title, tables and signature', () => {
    const def = buildStandardDocDefinition(seedStandards['kota-pasuruan']);
    expect(def.pageSize).toBe('A4');
    const json = JSON.stringify(def.content);
    expect(json).toContain('"text":"PEMERINTAH KOTA PASURUAN","style":"government"');
    expect(json).toContain('"text":"DINAS KESEHATAN","style":"agency"');
    expect(json).toContain('"text":"URAIAN","style":"tableHeader"');
    expect(json).toContain('"text":"dr. SHIERLY MARLENA.MM"');
    expect(json).not.toContain('PROSES PENYAMPAIAN'); // single published table, no part headings
  });

  it('has part headings for two-part seeds and no signature where none is stated', () => {
    const json = JSON.stringify(buildStandardDocDefinition(seedStandards['kota-palembang']).content);
    expect(json).toContain('"text":"PROSES PENYAMPAIAN PELAYANAN (SERVICE POINT)","style":"part"');
    expect(json).toContain('"text":"PROSES PELAKSANA (MANUFACTURING)","style":"part"');
    expect(json).not.toContain('Ditetapkan di');
    expect(json).toContain('tidak dinyatakan');
  });

  it.each(SEED_SLUGS)('renders %s to a PDF', async (slug) => {
    const pdf = await renderStandardPdf(seedStandards[slug]);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });
});
