import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ComponentItem, OfficeStandard } from './standard.schema.js';
import { validateStandard } from './standard.validate.js';
import { SEED_SLUGS, seedSourceFiles, seedStandards, type SeedSlug } from './seeds/index.js';

/**
 * The five seeds are the specification. For each, a list of phrases the seed names (services,
 * requirements, time limits, contacts): each must occur in the seed text (so the list is honest) AND
 * in the right part of the encoded standard (so nothing was silently dropped).
 */

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const seedText = (slug: SeedSlug) => readFileSync(repoRoot + seedSourceFiles[slug], 'utf8');

// Seeds differ from our labels only in spacing, dash style and case ("Struk/ Bukti", "09.00 – 12.00").
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();

const flatten = (items: ComponentItem[]): string[] =>
  items.flatMap((i) => (typeof i === 'string' ? [i] : [i.text, ...flatten(i.items)]));

type Where = 'services' | 'requirements' | 'time' | 'complaints' | 'components' | 'any';

function texts(std: OfficeStandard, where: Where): string[] {
  const s = std.services;
  switch (where) {
    case 'services':
      return s.flatMap((x) => [x.name, ...x.variants.map((v) => v.name), ...x.steps.map((st) => st.label), ...x.products.map((p) => p.name)]);
    case 'requirements':
      return s.flatMap((x) => x.requirements.flatMap((r) => [r.label, ...(r.alternatives ?? []), r.condition?.text ?? '']));
    case 'time':
      return [
        ...s.map((x) => x.completionTime?.text ?? ''),
        std.officeHours?.text ?? '',
        std.emergency?.text ?? '',
        std.intakeWindow?.text ?? '',
      ];
    case 'complaints':
      return [...std.complaints.channels.flatMap((c) => [c.label, c.value ?? '']), std.complaints.followUpBy ?? ''];
    case 'components':
      return std.components.flatMap((c) => [c.title, ...flatten(c.items)]);
    case 'any':
      return [JSON.stringify(std)];
  }
}

const PHRASES: Record<SeedSlug, Array<[string, Where]>> = {
  'kota-pasuruan': [
    ['Pendaftaran Peserta baru', 'services'],
    ['Penambahan Anggota Keluarga', 'services'],
    ['Pengaktifan Kembali Status Kepesertaan', 'services'],
    ['Pemindahan Jenis Kepesertaan', 'services'],
    ['Aktivasi JKN/KIS PBID Kota Pasuruan', 'services'],
    ['bukti pendaftaran', 'services'],
    ['Unggah KK dan KTP', 'services'],
    ['Klik Kirim Data', 'services'],
    ['Pelangi Istimewa', 'services'],
    ['fotokopi KK Kota Pasuruan', 'requirements'],
    ['KTP elektronik', 'requirements'],
    ['KIA', 'requirements'],
    ['Akta kelahiran', 'requirements'],
    ['1 hari kerja', 'time'],
    ['081138909119', 'complaints'],
    ['082141074217', 'complaints'],
    ['dinkes@pasuruankota.go.id', 'complaints'],
    ['@dinaskesehatankotapasuruan', 'complaints'],
    ['E-Sambat', 'complaints'],
    ['E-Sukma', 'complaints'],
    ['Jl. Cakraningrat No. 2', 'complaints'],
    ['Aplikasi Padu Padan', 'components'],
    ['Aplikasi Edabu', 'components'],
    ['Maksimal 3 (tiga) orang', 'components'],
    ['Pendidikan minimal D3 Kesehatan', 'components'],
    ['100.3.3.6/904/423.104/2024', 'any'],
    ['19730715 200604 2 023', 'any'],
  ],
  'kab-karangasem': [
    ['Pelayanan Emergency PBI JKN-KIS', 'services'],
    ['Pengusulan baru PBI JKN-KIS', 'services'],
    ['Mutasi/Peralihan PBI JKN-KIS', 'services'],
    ['Mutasi Pekerja Mandiri', 'services'],
    ['Mutasi Pekerja Penerima Upah (PPU)', 'services'],
    ['Reaktivasi PBI JKN-KIS', 'services'],
    ['Pemutusan Peserta PBI JKN-KIS', 'services'],
    ['menginputkan data emergency', 'services'],
    ['surat pengantar aktivasi', 'services'],
    ['surat pemutusan peserta', 'services'],
    ['Kelengkapan berkas', 'services'],
    ['Fotocopy KK', 'requirements'],
    ['yang sudah ber KTP', 'requirements'],
    ['surat keterangan rawat inap', 'requirements'],
    ['rawat jalan', 'requirements'],
    ['surat keterangan sakit', 'requirements'],
    ['surat kontrol', 'requirements'],
    ['Struk/ Bukti pembayaran bulan pengajuan', 'requirements'],
    ['Surat Keterangan berhenti bekerja', 'requirements'],
    ['materai 10.000', 'requirements'],
    ['1 - 2 jam', 'time'],
    ['1 bulan', 'time'],
    ['1 hari', 'time'],
    ['10 - 15 menit', 'time'],
    ['24 Jam', 'time'],
    ['08.00-15.00', 'time'],
    ['09.00 – 12.00', 'time'],
    ['(0363) 21154', 'complaints'],
    ['(0363) 21158', 'complaints'],
    ['disospppappkbkab.karangasem@gmail.com', 'complaints'],
    ['Lapor.go.id', 'complaints'],
    ['Kotak Saran di MPP Karangasem', 'complaints'],
    ['Sistem antrean otomatis', 'components'],
    ['Jumlah Pelaksana berjumlah 4 orang', 'components'],
    ['Peraturan Gubernur Bali Nomor 31 Tahun 2021', 'components'],
    ['I Komang Daging', 'any'],
  ],
  'kota-palembang': [
    ['Pengusulan KIS', 'services'],
    ['Surat Rekomendasi perubahan data pada Kartu Indonesia Sehat', 'services'],
    ['Surat Rekomendasi Penonaktifan dari PBI KIS', 'services'],
    ['Usulan KIS', 'services'],
    ['Surat keterangan Penonaktifan KIS', 'services'],
    ['Surat keterangan perubahan data pada KIS', 'services'],
    ['form usulan', 'services'],
    ['operator pelayanan KIS', 'services'],
    ['BAGI WARGA YANG SAKIT', 'services'],
    ['PENGUSULAN BIASA/BUKAN URGENT', 'services'],
    ['Foto kopi KK', 'requirements'],
    ['Surat keterangan tidak mampu dari kelurahan (Asli)', 'requirements'],
    ['Surat rujukan dari puskesmas', 'requirements'],
    ['RSUD PALEMBANG BARI', 'requirements'],
    ['Foto rumah tampak depan, belakang, ruang tamu, ruang tengah, dapur, kamar mandi', 'requirements'],
    ['rekening listrik', 'requirements'],
    ['Foto copy KIS', 'requirements'],
    ['diberi materai', 'requirements'],
    ['di berikan oleh operator pelayanan KIS', 'requirements'],
    ['Surat dari kelurahan tentang perubahan data peserta penerima bantuan iuran KIS', 'requirements'],
    ['Surat dari kelurahan untuk keluar dari penerima bantuan iuran KIS', 'requirements'],
    ['08.00 wib - 15.00 wib', 'time'],
    ['08.30 wib - 15.30 wib', 'time'],
    ['0821-7906-4442', 'complaints'],
    ['e-lapor', 'complaints'],
    ['Kepala Bidang Rehabilitasi Sosial', 'components'],
    ['5 Orang', 'components'],
  ],
  'kota-tarakan': [
    ['PERALIHAN PESERTA BPJS PBI PEMDA TARAKAN', 'services'],
    ['menerima & memeriksa kelengkapan dokumen', 'services'],
    ['pembahasan bersama tim', 'services'],
    ['berkas diarsipkan', 'services'],
    ['Peralihan menjadi peserta BPJS PBI Pemda Tarakan', 'services'],
    ['Fotokopi KTP/KK', 'requirements'],
    ['Pengusulan KIS PBI Pemda Tarakan', 'requirements'],
    ['Surat keterangan sakit', 'requirements'],
    ['Kontrol Kesehatan Rutin', 'requirements'],
    ['Surat Keterangan Rawat Inap', 'requirements'],
    ['menunggu jadwal petugas lapangan', 'requirements'],
    ['Kurang dari 7 Hari', 'time'],
    ['www.lapor.go.id', 'complaints'],
    ['0822 5560 0445', 'complaints'],
    ['dinsospmkotatarakan@gmail.com', 'complaints'],
    ['https://www.instagram.com/dinsospm/', 'complaints'],
    ['Seksi Linjamsos', 'complaints'],
    ['Ceklis serah terima berkas administrasi', 'components'],
    ['Analis Jaminan Sosial', 'components'],
    ['000.8.3.2/03.6/DINSOSPM', 'any'],
    ['196803181994031007', 'any'],
  ],
  'kab-malinau': [
    ['Pendaftaran Kartu BPJS/KIS PBI Daerah', 'services'],
    ['EDABU', 'services'],
    ['buku agenda pengambilan kartu peserta', 'services'],
    ['kantor cabang BPJS Kabupaten Malinau', 'services'],
    ['pasien emergency', 'services'],
    ['Fotocopy Kartu Keluarga (KK)', 'requirements'],
    ['Surat Rawat Inap', 'requirements'],
    ['domisili Kabupaten Malinau', 'requirements'],
    ['setiap tanggal 1 s.d 20 setiap bulannya', 'requirements'],
    ['20 Hari Kerja', 'time'],
    ['1 Bulan', 'time'],
    ['08.00 s/d 15.00 WITA', 'time'],
    ['08.00 s/d 11.00 WITA', 'time'],
    ['tanggal 20 ke kantor', 'time'],
    ['082251933122', 'complaints'],
    ['082350467825', 'complaints'],
    ['Olia Sari', 'complaints'],
    ['dinkesmalinau', 'complaints'],
    ['Bilik laktasi', 'components'],
    ['Kepala Seksi Pelayanan Kesehatan Rujukan', 'components'],
    ['Rundupadang', 'any'],
  ],
};

describe.each(SEED_SLUGS)('seed %s', (slug) => {
  const std = seedStandards[slug];
  const source = norm(seedText(slug));

  it('passes validateStandard', () => {
    const result = validateStandard(std);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(PHRASES[slug])('"%s" is in the seed text and in the encoded %s', (phrase, where) => {
    expect(source, 'phrase list must quote the seed').toContain(norm(phrase));
    expect(texts(std, where).map(norm).join('\n')).toContain(norm(phrase));
  });

  it('is the office the seed file belongs to', () => {
    expect(std.office.slug).toBe(slug);
    expect(std.services.every((s) => s.fee.amount === 0)).toBe(true); // every seed: free of charge
  });
});

describe('office identity and time zones (GLOSSARY.md table)', () => {
  it.each([
    ['kota-pasuruan', '35.75', 'Asia/Jakarta'],
    ['kab-karangasem', '51.07', 'Asia/Makassar'],
    ['kota-palembang', '16.71', 'Asia/Jakarta'],
    ['kota-tarakan', '65.71', 'Asia/Makassar'],
    ['kab-malinau', '65.02', 'Asia/Makassar'],
  ] as const)('%s is %s in %s', (slug, region, tz) => {
    expect(seedStandards[slug].office.regionCode).toBe(region);
    expect(seedStandards[slug].office.timeZone).toBe(tz);
  });
});
