import type { OfficeStandard, Requirement, Service, Step } from '../standard.schema.js';
import { karangasemComponents } from './kab-karangasem.components.js';
import { calendarDays, doc, hours, minutes, monThuFri, months, step } from './seed-helpers.js';

/**
 * Kab. Karangasem, Dinas Sosial, PPPA, PPKB — seed 001 (docs/seeds/001_1f3a06ae336a5f92.txt), WITA.
 * Five PBI JKN-KIS services at the counter; emergencies are promised 1–2 hours, 24 hours a day.
 * The seed has no letterhead, address or decree number: those stay null.
 */

const FEE = { amount: 0, text: 'Tidak Dipungut Biaya (Gratis)' };

const kk = doc('kk_copy', 'Fotocopy KK', { original: false });
const ktp = doc('ktp_copy', 'Fotocopy KTP', { original: false });
// "KTP (yang sudah ber KTP)": children and others without a KTP are not turned away.
const ktpIfAny: Requirement = { ...ktp, condition: { text: 'yang sudah ber KTP', when: 'has_ktp' } };

// The seed does not tell front and back office apart: every "Petugas" step is the counter officer.
const officer = { actor: 'Petugas' };
const arrive = step('arrive', 'Pemohon datang membawa kelengkapan berkas', 'citizen', 'intake');
const check = step('check_file', 'Petugas menerima dan meneliti kelengkapan berkas', 'front_office', 'check', officer);

const completeFile = { code: 'complete_file', name: 'Kelengkapan berkas', kind: 'batch_entry', letterKind: null, signers: null } as const;

function service(s: Omit<Service, 'channels' | 'fee' | 'representativeAllowed' | 'aroundTheClock' | 'variants'> & Partial<Service>): Service {
  return { channels: ['counter'], fee: FEE, representativeAllowed: null, aroundTheClock: false, variants: [], ...s };
}

const emergencySteps: Step[] = [
  arrive,
  step('register', 'Pemohon melakukan registrasi dan menyerahkan berkas pengajuan', 'citizen', 'intake'),
  check,
  step('enter_emergency', 'Setelah kelengkapan berkas benar petugas menginputkan data emergency', 'front_office', 'entry', officer),
  step('bpjs_process', 'Setelah penginputan data, BPJS Kesehatan yang akan proses data', 'bpjs', 'external', { actor: 'BPJS Kesehatan' }),
];

export const kabKarangasem: OfficeStandard = {
  version: 1,
  // Only "Pada tanggal : 22 Mei 2023" (the signing date) is stated; no effective date.
  effectiveDate: null,
  office: {
    slug: 'kab-karangasem',
    agencyName:
      'Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak dan Pengendalian Penduduk dan Keluarga Berencana Kab. Karangasem',
    agencyShortName: 'DINSOS, PPPA, PPKB Kabupaten Karangasem',
    governmentName: null,
    letterheadName: null,
    division: null,
    address: null,
    postalCode: null,
    // Contacts the seed gives as the office's own ("Nomor Telepon Dinas Sosial", website, email).
    phone: '(0363) 21154',
    fax: null,
    email: 'disospppappkbkab.karangasem@gmail.com',
    website: 'http://disosp3ppkb.karangasemkab.go.id/',
    regionCode: '51.07',
    timeZone: 'Asia/Makassar',
  },
  decree: {
    number: null,
    title: null,
    place: 'Amlapura',
    date: '2023-05-22',
    effectiveDate: null,
    revision: null,
    signedBy: {
      name: 'I Komang Daging, S.Sos., M.Si',
      title:
        'Kepala Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak dan Pengendalian Penduduk dan Keluarga Berencana Kab. Karangasem',
      rank: 'Pembina Utama Muda',
      nip: '19651023 198602 1 002',
    },
  },
  document: {
    title: 'PEMBERIAN AKSES KE LAYANAN PENDIDIKAN DAN KESEHATAN DASAR (PELAYANAN PBI JKN-KIS)',
    layout: 'two_parts',
    partTitles: {
      service_delivery: 'A. PROSES PENYAMPAIAN LAYANAN (SERVICE DELIVERY)',
      manufacturing: 'B. PENGELOLAAN PELAYANAN (MANUFACTURING)',
    },
  },
  components: karangasemComponents,
  services: [
    service({
      code: 'emergency',
      name: 'Pelayanan Emergency PBI JKN-KIS (Layanan Kedaruratan)',
      nameEn: 'Emergency PBI JKN-KIS service',
      requirements: [
        kk,
        ktpIfAny,
        doc('medical_letter', 'Surat keterangan rawat inap/ rawat jalan/ surat keterangan sakit/ surat kontrol', {
          alternatives: ['Surat keterangan rawat inap', 'Surat keterangan rawat jalan', 'Surat keterangan sakit', 'Surat kontrol'],
        }),
      ],
      steps: emergencySteps,
      // "Waktu Tanggapan 1 - 2 jam" together with "Waktu Pelayanan Darurat: 24 Jam": the clock runs at night too.
      completionTime: {
        min: { ...hours(1), aroundTheClock: true },
        max: { ...hours(2), aroundTheClock: true },
        text: '1 - 2 jam',
      },
      aroundTheClock: true,
      products: [completeFile],
      outcomes: ['bpjs_batch'],
    }),
    service({
      code: 'new_registration',
      name: 'Pengusulan baru PBI JKN-KIS',
      nameEn: 'New PBI JKN-KIS proposal',
      requirements: [kk, ktpIfAny],
      steps: [arrive, check, step('send_to_bpjs', 'Petugas mengirimkan data usulan ke BPJS Kesehatan', 'front_office', 'batch', officer)],
      completionTime: { max: months(1), text: '1 bulan' },
      products: [completeFile],
      outcomes: ['bpjs_batch'],
    }),
    service({
      code: 'segment_transfer',
      name: 'Mutasi/Peralihan PBI JKN-KIS',
      nameEn: 'Transfer into PBI JKN-KIS',
      variants: [
        { code: 'pbpu', name: 'Mutasi Pekerja Mandiri', nameEn: 'From self-paying worker (PBPU)' },
        {
          code: 'ppu',
          name: 'Mutasi Pekerja Penerima Upah (PPU)/tanggungans dari tempat kerja non aktif',
          nameEn: 'From wage earner (PPU) or dependant whose employer membership ended',
        },
      ],
      requirements: [
        kk,
        ktp,
        doc('payment_receipt', 'Struk/ Bukti pembayaran bulan pengajuan', {
          condition: { text: 'Mutasi Pekerja Mandiri', variants: ['pbpu'] },
        }),
        doc('employment_end_letter', 'Surat Keterangan berhenti bekerja', {
          condition: { text: 'Mutasi Pekerja Penerima Upah (PPU)/tanggungans dari tempat kerja non aktif', variants: ['ppu'] },
        }),
      ],
      steps: [
        arrive,
        check,
        step('send_to_bpjs', 'Petugas mengirimkan data usulan mutasi/peralihan ke BPJS Kesehatan', 'front_office', 'batch', officer),
      ],
      completionTime: { max: months(1), text: '1 bulan' },
      products: [completeFile],
      outcomes: ['bpjs_batch'],
    }),
    service({
      code: 'reactivation',
      name: 'Reaktivasi PBI JKN-KIS',
      nameEn: 'PBI JKN-KIS reactivation',
      requirements: [kk, ktp],
      steps: [
        arrive,
        check,
        step('write_letter', 'Petugas membuat surat pengantar aktivasi', 'front_office', 'letter', officer),
        step('hand_over', 'Berkas diserahkan ke pemohon untuk dilanjutkan ke BPJS Kesehatan', 'front_office', 'handover', officer),
      ],
      // "1 hari" without "kerja": the seeds say "hari kerja" when they mean it (000, 004), so a bare
      // "hari" is read as a calendar day, the stricter promise.
      completionTime: { max: calendarDays(1), text: '1 hari' },
      // Signatory of the letter is not stated.
      products: [{ code: 'activation_letter', name: 'Surat aktivasi', kind: 'letter', letterKind: 'activation_cover_letter', signers: null }],
      outcomes: ['letter_to_citizen'],
    }),
    service({
      code: 'termination',
      name: 'Pemutusan Peserta PBI JKN-KIS',
      nameEn: 'Ending PBI JKN-KIS membership',
      requirements: [
        kk,
        ktp,
        // "Fotocopy KK, KTP, dan ber materai 10.000 (1)": one document on Rp 10.000 stamp duty.
        doc('materai_statement', 'Ber materai 10.000 (1)', { materai: true, count: 1 }),
      ],
      steps: [
        arrive,
        check,
        step('write_letter', 'Petugas membuat surat pemutusan peserta PBI JKN-KIS', 'front_office', 'letter', officer),
        step('hand_over', 'Berkas diserahkan ke pemohon untuk dilanjutkan penonaktifan ke BPJS Kesehatan', 'front_office', 'handover', officer),
      ],
      completionTime: { min: minutes(10), max: minutes(15), text: '10 - 15 menit' },
      products: [{ code: 'termination_letter', name: 'Surat pemutusan peserta', kind: 'letter', letterKind: 'termination_letter', signers: null }],
      outcomes: ['letter_to_citizen'],
    }),
  ],
  officeHours: {
    timeZone: 'Asia/Makassar',
    weekly: monThuFri(['08:00', '15:00'], ['09:00', '12:00']),
    text: 'Senin – Kamis : Pukul 08.00-15.00 WITA; Jumat : 09.00 – 12.00 WITA',
  },
  emergency: { aroundTheClock: true, text: 'Waktu Pelayanan Darurat: 24 Jam' },
  intakeWindow: null,
  channelPoints: [],
  complaints: {
    channels: [
      { kind: 'phone', label: 'Nomor Telepon Dinas Sosial', value: '(0363) 21154' },
      { kind: 'phone', label: 'Nomor Telepon MPP', value: '(0363) 21158' },
      { kind: 'facebook', label: 'Facebook', value: 'Dinas Sosial, PPPA, PPKB Kab. Karangasem' },
      { kind: 'suggestion_box', label: 'Kotak Saran di MPP Karangasem dan Kantor Dinas Sosial, PPPA, PPKB Kab. Karangasem', value: null },
      { kind: 'website', label: 'Website', value: 'http://disosp3ppkb.karangasemkab.go.id/' },
      { kind: 'email', label: 'Email', value: 'disospppappkbkab.karangasem@gmail.com' },
      { kind: 'sp4n_lapor', label: 'SP4N Lapor', value: 'https://www.Lapor.go.id' },
    ],
    followUpBy: null,
  },
  staff: { count: 4, countIs: 'exact', text: 'Jumlah Pelaksana berjumlah 4 orang', roles: [] },
  letterNumbering: null,
};
