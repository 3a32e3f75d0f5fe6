import type { OfficeStandard, Service, ServiceCode } from '../standard.schema.js';
import { pasuruanComponents } from './kota-pasuruan.components.js';
import { doc, step, workingDays } from './seed-helpers.js';

/**
 * Kota Pasuruan, Dinas Kesehatan — seed 000 (docs/seeds/000_3217b9178dc2a0a5.txt), WIB.
 * One "Jenis Pelayanan" (Pengaktifan Kepesertaan JKN/KIS PBID) offered as four services, each at the
 * MPP counter or through WhatsApp "Pelangi Istimewa"; all share requirements, steps and promise.
 */

// Channels: the seed names the MPP counter (A) and WhatsApp (B) only. The product's web form is not
// switched on for Pasuruan: nothing in the seed offers it, so an admin enables it deliberately.
const channels: Service['channels'] = ['counter', 'whatsapp'];

const requirements: Service['requirements'] = [
  // "fotokopi KK Kota Pasuruan": a KK issued by this city, a photocopy.
  doc('kk_copy', 'Fotokopi KK Kota Pasuruan', { original: false, localDomicile: true }),
  // "fotokopi KTP elektronik /KIA/Akta kelahiran": any one of three, so children without KTP can enrol.
  doc('identity_copy', 'Fotokopi KTP elektronik/KIA/Akta kelahiran', {
    original: false,
    alternatives: ['KTP elektronik', 'KIA', 'Akta kelahiran'],
  }),
];

const steps: Service['steps'] = [
  step('visit_mpp', 'Masyarakat datang sendiri atau diwakili ke MPP Konter Dinas Kesehatan Kota Pasuruan', 'citizen', 'intake', {
    channels: ['counter'],
  }),
  step(
    'state_service',
    'Masyarakat menyampaikan ke petugas pelayanan yang dibutuhkan dengan melampirkan fotokopi KK Kota/KTP/KIA/Akta Kelahiran',
    'citizen',
    'intake',
    { channels: ['counter'] },
  ),
  step('wa_info', 'Masyarakat mengetik "info" dan mengirim ke nomor WhatsApp Pelangi Istimewa "0821-4107-4217"', 'citizen', 'intake', {
    channels: ['whatsapp'],
  }),
  step('wa_choose_service', 'Pilih layanan sesuai kebutuhan', 'citizen', 'intake', { channels: ['whatsapp'] }),
  step('wa_upload', 'Unggah KK dan KTP', 'citizen', 'intake', { channels: ['whatsapp'] }),
  step('wa_fill_form', 'Isi form', 'citizen', 'intake', { channels: ['whatsapp'] }),
  step('wa_submit', 'Klik Kirim Data', 'citizen', 'intake', { channels: ['whatsapp'] }),
  // Officers match the person in Padu Padan and register them in Edabu (Sarana dan Prasarana 5–6).
  step('process', 'Petugas memproses pengajuan', 'front_office', 'entry', { actor: 'Petugas' }),
  step('give_proof', 'Petugas memberikan bukti pendaftaran', 'front_office', 'handover', {
    actor: 'Petugas',
    channels: ['counter'],
  }),
  step('send_proof', 'Petugas mengirim bukti pendaftaran kepada peserta', 'front_office', 'handover', {
    actor: 'Petugas',
    channels: ['whatsapp'],
  }),
];

function pasuruanService(code: ServiceCode, name: string, nameEn: string): Service {
  return {
    code,
    name,
    nameEn,
    channels,
    variants: [],
    representativeAllowed: true, // "datang sendiri atau diwakili"
    requirements,
    steps,
    completionTime: { max: workingDays(1), text: 'Kartu Langsung aktif dalam 1 hari kerja' },
    aroundTheClock: false,
    fee: { amount: 0, text: 'Tidak ada biaya/tarif' },
    products: [
      { code: 'pbid_activation', name: 'Aktivasi JKN/KIS PBID Kota Pasuruan', kind: 'batch_entry', letterKind: null, signers: null },
      // Signatory of the proof is not stated; row 14 only says letters carry a signature and wet stamp.
      { code: 'proof_of_registration', name: 'Bukti pendaftaran', kind: 'receipt', letterKind: 'proof_of_registration', signers: null },
    ],
    outcomes: ['membership_active'], // "Kepesertaan langsung aktif"
  };
}

export const kotaPasuruan: OfficeStandard = {
  version: 1,
  effectiveDate: '2024-01-02', // "Keputusan ini berlaku sejak tanggal 02 Januari 2024"
  office: {
    slug: 'kota-pasuruan',
    agencyName: 'Dinas Kesehatan Kota Pasuruan',
    agencyShortName: null,
    governmentName: 'PEMERINTAH KOTA PASURUAN',
    letterheadName: 'DINAS KESEHATAN',
    division: null,
    address: 'Jl. Cakraningrat No. 2',
    postalCode: '67129',
    phone: '0343 423453',
    fax: '0343 422563',
    email: 'dinkes@pasuruankota.go.id',
    website: 'https://dinkes.pasuruankota.go.id',
    regionCode: '35.75',
    timeZone: 'Asia/Jakarta',
  },
  decree: {
    number: '100.3.3.6/904/423.104/2024',
    title:
      'KEPUTUSAN KEPALA DINAS KESEHATAN KOTA PASURUAN TENTANG STANDAR PELAYANAN PENDAFTARAN PESERTA BANTUAN IURAN DAERAH (PBID) JAMINAN KESEHATAN NASIONAL (JKN)/KARTU INDONESIA SEHAT (KIS) KOTA PASURUAN',
    place: 'Pasuruan',
    date: '2024-01-02',
    effectiveDate: '2024-01-02',
    revision: null,
    signedBy: {
      // The decree writes "dr. SHIERLY MARLENA.MM", the annex "dr. SHIERLY MARLENA"; the decree is the act.
      name: 'dr. SHIERLY MARLENA.MM',
      title: 'KEPALA DINAS KESEHATAN KOTA PASURUAN',
      rank: null,
      nip: '19730715 200604 2 023',
    },
  },
  document: {
    title:
      'STANDAR PELAYANAN PENDAFTARAN PESERTA BANTUAN IURAN DAERAH (PBID) JAMINAN KESEHATAN NASIONAL (JKN)/KARTU INDONESIA SEHAT (KIS) KOTA PASURUAN',
    layout: 'single_table',
    partTitles: { service_delivery: null, manufacturing: null },
  },
  components: pasuruanComponents,
  // The four kinds listed in Prosedur A.2 and B.2 ("Pilih layanan sesuai kebutuhan").
  services: [
    pasuruanService('new_registration', 'Pendaftaran Peserta baru', 'New participant registration'),
    pasuruanService('add_family_member', 'Penambahan Anggota Keluarga', 'Adding a family member'),
    pasuruanService('reactivation', 'Pengaktifan Kembali Status Kepesertaan', 'Reactivation of membership'),
    pasuruanService('segment_transfer', 'Pemindahan Jenis Kepesertaan', 'Transfer of membership type'),
  ],
  officeHours: null, // the seed states no opening hours (MPP hours are not in it)
  emergency: null,
  intakeWindow: null,
  channelPoints: [
    { channel: 'counter', label: 'MPP Konter Dinas Kesehatan Kota Pasuruan', value: null },
    { channel: 'whatsapp', label: 'Whatsapp Pelangi Istimewa (ketik "info")', value: '0821-4107-4217' },
  ],
  complaints: {
    channels: [
      { kind: 'letter', label: 'Surat kepada Kepala Dinas Kesehatan Kota Pasuruan', value: 'Jl. Cakraningrat No. 2, Kode Pos(67129)' },
      { kind: 'phone', alsoVia: ['whatsapp'], label: 'Telepon/WA', value: '081138909119' },
      { kind: 'phone', alsoVia: ['whatsapp'], label: 'Telepon/WA', value: '082141074217' },
      { kind: 'email', label: 'e-mail', value: 'dinkes@pasuruankota.go.id' },
      { kind: 'website', label: 'website', value: 'https://dinkes.pasuruankota.go.id' },
      { kind: 'instagram', label: 'Instagram', value: '@dinaskesehatankotapasuruan' },
      { kind: 'app', label: 'aplikasi E-Sambat', value: 'E-Sambat' },
      { kind: 'app', label: 'aplikasi E-Sukma', value: 'E-Sukma' },
    ],
    followUpBy: null,
  },
  staff: { count: 3, countIs: 'max', text: 'Maksimal 3 (tiga) orang', roles: [] },
  // Read from the decree number 100.3.3.6/904/423.104/2024: unit code 423.104 is the office's; the
  // classification 100.3.3.6 is the decree's own subject code, not that of service letters, so it stays
  // unknown until the office gives it.
  letterNumbering: {
    template: '{classification}/{seq}/{unitCode}/{year}',
    values: { classification: null, unitCode: '423.104' },
    example: '100.3.3.6/904/423.104/2024',
    source: 'Nomor Keputusan Kepala Dinas Kesehatan Kota Pasuruan (seed 000)',
  },
};
