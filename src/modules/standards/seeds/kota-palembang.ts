import type { OfficeStandard, Service, Step } from '../standard.schema.js';
import { palembangComponents } from './kota-palembang.components.js';
import { doc, monThuFri, step } from './seed-helpers.js';

/**
 * Kota Palembang, Dinas Sosial — seed 002 (docs/seeds/002_2db173dfefba4e3a.txt), WIB.
 * KIS proposals come from the kelurahan in batches (urgent for the sick, ordinary otherwise); two
 * recommendation letters are made at the counter. The seed states no completion time, no decree, no
 * address and no signatory: those are null and shown as "tidak dinyatakan".
 */

const FEE = { amount: 0, text: 'Gratis' };
const kk = doc('kk_copy', 'Foto copy KK', { original: false });
const ktp = doc('ktp_copy', 'Foto copy KTP', { original: false });
const kis = doc('kis_copy', 'Foto copy KIS', { original: false });

const operator = { actor: 'Operator pelayanan KIS' };
// Both recommendation letters follow the same three lines (Prosedur 2 and 3). The seed's "membuat
// surat rekomendasi lalu menyerahkan ke warga" is two events for the workflow: the letter, the hand-over.
const letterSteps: Step[] = [
  step('hand_in', 'Warga / Masyarakat memberikan semua persyaratan ke operator pelayanan KIS', 'citizen', 'intake'),
  step('write_letter', 'Operator pelayanan KIS membuat surat rekomendasi', 'front_office', 'letter', operator),
  step('hand_over', 'Operator pelayanan KIS menyerahkan surat rekomendasi ke warga', 'front_office', 'handover', operator),
  step('take_to_bpjs', 'Surat rekomendasi tersebut bisa dibawa ke BPJS', 'citizen', 'external'),
];

function counterLetterService(s: Pick<Service, 'code' | 'name' | 'nameEn' | 'requirements' | 'products'>): Service {
  return {
    ...s,
    channels: ['counter'],
    variants: [],
    representativeAllowed: null,
    steps: letterSteps,
    completionTime: null, // not stated
    aroundTheClock: false,
    fee: FEE,
    outcomes: ['letter_to_citizen'],
  };
}

export const kotaPalembang: OfficeStandard = {
  version: 1,
  effectiveDate: null,
  office: {
    slug: 'kota-palembang',
    agencyName: 'Dinas Sosial Kota Palembang',
    agencyShortName: null,
    governmentName: null,
    letterheadName: null,
    division: null,
    address: null,
    postalCode: null,
    phone: null, // the only number is the complaints hotline
    fax: null,
    email: null,
    website: null,
    regionCode: '16.71',
    timeZone: 'Asia/Jakarta',
  },
  decree: null,
  document: {
    title: 'STANDAR PELAYANAN PEMBUATAN REKOMENDASI KARTU INDONESIA SEHAT',
    layout: 'two_parts',
    partTitles: {
      service_delivery: 'PROSES PENYAMPAIAN PELAYANAN (SERVICE POINT)',
      manufacturing: 'PROSES PELAKSANA (MANUFACTURING)',
    },
  },
  components: palembangComponents,
  services: [
    {
      code: 'kis_proposal',
      name: 'Pengusulan KIS',
      nameEn: 'KIS proposal',
      channels: ['kelurahan_batch'],
      // The two flow charts "ALUR PENGUSULAN PBI JAMKESDA KOTA PALEMBANG": "BAGI WARGA YANG SAKIT" and
      // "PENGUSULAN BIASA/BUKAN URGENT". Their boxes did not survive extraction, so both variants share
      // the steps of Prosedur 1.
      variants: [
        { code: 'urgent', name: 'Bagi warga yang sakit', nameEn: 'For residents who are ill (urgent)' },
        { code: 'ordinary', name: 'Pengusulan biasa/bukan urgent', nameEn: 'Ordinary proposal' },
      ],
      representativeAllowed: null,
      requirements: [
        doc('kk_copy', 'Foto kopi KK', { original: false }),
        doc('ktp_copy', 'Foto kopi KTP', { original: false }),
        doc('sktm', 'Surat keterangan tidak mampu dari kelurahan (Asli)', { original: true }),
        // Listed for every proposal, not only the urgent flow; the seed does not narrow it.
        doc('referral_letter', 'Surat rujukan dari puskesmas, bidan atau Rumah Sakit RSUD PALEMBANG BARI Kota Palembang', {
          alternatives: ['Surat rujukan dari puskesmas', 'Surat rujukan dari bidan', 'Surat rujukan dari RSUD Palembang BARI'],
        }),
        doc('house_photos', 'Foto rumah tampak depan, belakang, ruang tamu, ruang tengah, dapur, kamar mandi', { count: 6 }),
        doc('electricity_bill', 'Rekening listrik'),
      ],
      steps: [
        step('go_to_kelurahan', 'Warga / Masyarakat datang ke Kelurahan dengan membawa persyaratan tersebut', 'citizen', 'intake'),
        step('kelurahan_entry', 'Kelurahan mengupdate data tersebut ke dalam form usulan', 'kelurahan_operator', 'entry', { actor: 'Kelurahan' }),
        step(
          'kelurahan_batch',
          'Kelurahan mengkoordinir pengumpulan data tersebut dan diserahkan ke operator pelayanan KIS Dinas Sosial Kota Palembang',
          'kelurahan_operator',
          'batch',
          { actor: 'Kelurahan' },
        ),
      ],
      completionTime: null, // not stated
      aroundTheClock: false,
      fee: FEE,
      products: [{ code: 'kis_proposal', name: 'Usulan KIS', kind: 'letter', letterKind: 'kis_proposal', signers: null }],
      // The product is the proposal; the seed does not say whom the office sends it to.
      outcomes: ['proposal_forwarded'],
    },
    counterLetterService({
      code: 'data_change_recommendation',
      name: 'Surat Rekomendasi perubahan data pada Kartu Indonesia Sehat',
      nameEn: 'Recommendation letter for a change of KIS data',
      requirements: [
        doc('kelurahan_letter', 'Surat dari kelurahan tentang perubahan data peserta penerima bantuan iuran KIS'),
        kk,
        ktp,
        kis,
      ],
      products: [
        {
          code: 'data_change_letter',
          name: 'Surat keterangan perubahan data pada KIS',
          kind: 'letter',
          letterKind: 'data_change_recommendation',
          signers: null,
        },
      ],
    }),
    counterLetterService({
      code: 'deactivation_recommendation',
      name: 'Surat Rekomendasi Penonaktifan dari PBI KIS',
      nameEn: 'Recommendation letter to leave PBI KIS',
      requirements: [
        doc('kelurahan_letter', 'Surat dari kelurahan untuk keluar dari penerima bantuan iuran KIS'),
        doc(
          'exit_form',
          'Mengisi formulir untuk keluar dari PBI KIS diberi materai (surat keterangan tersebut di berikan oleh operator pelayanan KIS)',
          { materai: true, providedByOffice: true },
        ),
        kk,
        ktp,
        kis,
      ],
      products: [
        {
          code: 'deactivation_letter',
          name: 'Surat keterangan Penonaktifan KIS',
          kind: 'letter',
          letterKind: 'deactivation_recommendation',
          signers: null,
        },
      ],
    }),
  ],
  officeHours: {
    timeZone: 'Asia/Jakarta',
    weekly: monThuFri(['08:00', '15:00'], ['08:30', '15:30']),
    text: 'Senin - Kamis pukul 08.00 wib - 15.00 wib; Jumat pukul 08.30 wib - 15.30 wib',
  },
  emergency: null,
  intakeWindow: null,
  channelPoints: [
    { channel: 'kelurahan_batch', label: 'Kelurahan tempat tinggal warga', value: null },
    { channel: 'counter', label: 'Operator pelayanan KIS Dinas Sosial Kota Palembang', value: null },
  ],
  complaints: {
    channels: [
      { kind: 'hotline', label: 'Hotline', value: '0821-7906-4442' },
      { kind: 'app', label: 'Aplikasi e-lapor Dinas Sosial', value: 'e-lapor' },
    ],
    followUpBy: null,
  },
  staff: { count: 5, countIs: 'exact', text: '5 Orang', roles: [] },
  letterNumbering: null,
};
