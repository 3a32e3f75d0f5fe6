import type { OfficeStandard } from '../standard.schema.js';
import { malinauComponents } from './kab-malinau.components.js';
import { calendarDays, doc, hours, minutes, monThuFri, months, step, workingDays } from './seed-helpers.js';

/**
 * Kab. Malinau, Dinas Kesehatan, Pengendalian Penduduk dan KB — seed 004
 * (docs/seeds/004_293221fe53399270.txt), WITA. An OCR'd scan of four pages: the SOP with its
 * "MUTU BAKU" table (step times), the standard itself, and two flow charts ("ALUR PELAYANAN").
 * Step times come from the mutu baku table and the flow chart: registration 15 min, file check 10 min,
 * register entry 10 min, temporary card letter 30 min, Edabu 30 min, receiving cards 1 hour, report
 * 1 day, card production 30 days.
 */

const BO = 'Petugas Back Office (BO) Seksi Pelayanan Kesehatan Rujukan';
const FO = 'Petugas Front Office (FO)';
const HEAD_OF_DIVISION = 'Kepala Bidang Pelayanan Kesehatan';
const HEAD_OF_OFFICE = 'Kepala Dinas Kesehatan Pengendalian Penduduk dan KB';

export const kabMalinau: OfficeStandard = {
  version: 1,
  // Only "Ditetapkan ... Pada Tanggal : 01 Februari 2017" is stated; no separate effective date.
  effectiveDate: null,
  office: {
    slug: 'kab-malinau',
    agencyName: 'Dinas Kesehatan Pengendalian Penduduk dan KB Kabupaten Malinau',
    agencyShortName: 'Dinas Kesehatan PPKB',
    governmentName: 'PEMERINTAH KABUPATEN MALINAU',
    letterheadName: 'DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA',
    division: 'Bidang Pelayanan Kesehatan',
    address: null,
    postalCode: null,
    phone: null,
    fax: null,
    email: null, // scanned as "diskes malinau@yahoo.co.id": not a valid address as read; kept in complaints
    website: null, // unreadable in the scan
    regionCode: '65.02',
    timeZone: 'Asia/Makassar',
  },
  decree: {
    number: null,
    title: null,
    place: 'Malinau',
    date: '2017-02-01',
    effectiveDate: null,
    revision: null,
    signedBy: {
      name: 'dr. John Felix Rundupadang, MPH',
      title: HEAD_OF_OFFICE,
      rank: null,
      // Scanned "NIP. 19700118 200003 1003" and, on the SOP page, "1970011£°200003 1 003".
      nip: '19700118 200003 1 003',
      note: 'Pindaian terbaca "d:. John FElk Rundupadang, MP"; nama dibaca sesuai pemberitaan malinau.go.id (2016) dan humas.malinau.go.id (2018) tentang Kepala Dinas Kesehatan Kabupaten Malinau.',
    },
  },
  document: {
    title: 'STANDAR PELAYANAN PUBLIK PENDAFTARAN KARTU BPJS/KIS PBI DAERAH',
    layout: 'single_table',
    partTitles: { service_delivery: null, manufacturing: null },
  },
  components: malinauComponents,
  services: [
    {
      code: 'new_registration',
      name: 'Pendaftaran Kartu BPJS/KIS PBI Daerah',
      nameEn: 'Registration for a BPJS/KIS PBI Daerah card',
      channels: ['counter'],
      // The flow chart branches after the file check: "Lengkap → Pembuatan Kartu (30 Hari)" or
      // "EMERGENCY → Pembuatan Surat Keterangan". The variant names are ours; the seed names only the
      // emergency case ("pasien emergency").
      variants: [
        { code: 'regular', name: 'Pendaftaran peserta PBI Daerah', nameEn: 'Regular registration' },
        { code: 'emergency', name: 'Pasien emergency (dirawat inap di Rumah Sakit)', nameEn: 'Emergency (hospitalised)' },
      ],
      representativeAllowed: null,
      requirements: [
        // Standard: "Fotocopy Kartu Keluarga (KK)"; flow chart: "Foto copy Kartu Keluarga (KK) atau KTP
        // domisili Kabupaten Malinau 1 lembar".
        doc('kk_copy', 'Fotocopy Kartu Keluarga (KK)', {
          original: false,
          alternatives: ['Fotocopy Kartu Keluarga (KK)', 'Foto copy KTP domisili Kabupaten Malinau'],
          count: 1,
          localDomicile: true,
        }),
        // Listed among "Kelengkapan berkas"; the procedure uses it only for hospitalised residents.
        doc('inpatient_letter', 'Surat Rawat Inap', {
          condition: { text: 'peserta yang dirawat inap di Rumah Sakit (pasien emergency)', variants: ['emergency'], when: 'hospitalised' },
        }),
        { ...doc('intake_window', 'Berkas pendaftaran peserta PBI setiap tanggal 1 s.d 20 setiap bulannya'), kind: 'schedule' },
      ],
      steps: [
        step('report_to_fo', 'Melapor di Front Office dan isi buku tamu', 'citizen', 'intake', { actor: 'Pemohon' }),
        step('registration', 'Melakukan registrasi', 'front_office', 'intake', { actor: FO, mutuBaku: minutes(15) }),
        step('file_check', 'Menerima dan memeriksa berkas dan kelengkapannya dari peserta PBI', 'front_office', 'check', {
          actor: FO,
          mutuBaku: minutes(10),
        }),
        step('return_incomplete', 'Berkas dikembalikan kepada peserta PBI untuk dilengkapi; petugas menghubungi pemohon', 'front_office', 'notify', {
          actor: FO,
          condition: 'Berkas tidak lengkap',
        }),
        step('to_back_office', 'Petugas FO memberikan berkas pendaftaran kepada Back Office (BO) Seksi Pelayanan Kesehatan Rujukan', 'front_office', 'handover', {
          actor: FO,
        }),
        // Mutu baku reads "0 menit)" in the scan; "10 menit" is the only reading consistent with the table.
        step(
          'register_entry',
          'Pencatatan di buku agenda pendaftaran atau komputer: tanggal penerimaan berkas, tanggal pendaftaran, nomor KK, NIK, Nama, TTL, Alamat, Faskes, Status dan Jenis Kelamin',
          'back_office',
          'entry',
          { actor: BO, mutuBaku: minutes(10) },
        ),
        step(
          'deliver_to_bpjs',
          'Menerima berkas pendaftaran setiap tanggal 1 s.d 20 setiap bulannya dan tanggal 20 mengantar pendaftaran peserta ke kantor cabang BPJS Kabupaten Malinau',
          'back_office',
          'batch',
          { actor: BO },
        ),
        step(
          'temporary_card_letter',
          'Membuat surat untuk penerbitan kartu kepesertaan sementara bagi peserta yang dirawat inap di Rumah Sakit (pasien emergency)',
          'back_office',
          'letter',
          { actor: BO, mutuBaku: minutes(30), variants: ['emergency'] },
        ),
        step('temporary_card_sign', 'Surat penerbitan kartu kepesertaan sementara diparaf Kepala Bidang dan ditandatangani Kepala Dinas', 'approver', 'sign', {
          actor: 'Ka. Bid (paraf); Kepala Dinas PPKB (tanda tangan)',
          variants: ['emergency'],
        }),
        step('edabu', 'Menjalankan aplikasi program EDABU', 'back_office', 'entry', { actor: BO, mutuBaku: minutes(30) }),
        step('card_production', 'Pembuatan kartu', 'bpjs', 'external', { actor: 'BPJS', mutuBaku: calendarDays(30) }),
        step(
          'receive_cards',
          'Penerimaan kartu dan daftar lampiran BPJS/KIS PBI Daerah dari pihak BPJS setiap bulan berikutnya setelah pendaftaran kepesertaan',
          'back_office',
          'handover',
          { actor: BO, mutuBaku: hours(1) },
        ),
        step('hand_over_cards', 'Pengiriman/penyerahan kartu kepesertaan dan mencatat di buku agenda pengambilan kartu peserta', 'back_office', 'handover', {
          actor: BO,
        }),
        step('report', 'Membuat laporan kepesertaan BPJS/KIS PBI Daerah kepada BPJS', 'back_office', 'report', {
          actor: BO,
          mutuBaku: calendarDays(1),
        }),
      ],
      completionTime: { min: workingDays(20), max: months(1), text: '20 Hari Kerja — 1 Bulan' },
      aroundTheClock: false,
      fee: { amount: 0, text: '0 Rupiah (GRATIS)' },
      products: [
        { code: 'bpjs_registration', name: 'Pendaftaran Kartu BPJS/KIS PBI Daerah', kind: 'batch_entry', letterKind: null, signers: null },
        { code: 'membership_card', name: 'Kartu peserta BPJS/KIS PBI Daerah', kind: 'card', letterKind: null, signers: null },
        {
          code: 'temporary_card_letter',
          name: 'Surat untuk penerbitan kartu kepesertaan sementara',
          kind: 'letter',
          letterKind: 'temporary_card_letter',
          // "Ka. Bid paraf serta tanda tangan Kepala Dinas PPKB"; the division is the one that runs the
          // service (header "Bidang Pelayanan Kesehatan", Pengawasan Internal b.).
          signers: [
            { action: 'initial', roleTitle: HEAD_OF_DIVISION },
            { action: 'sign', roleTitle: HEAD_OF_OFFICE },
          ],
        },
      ],
      outcomes: ['bpjs_batch', 'card_to_citizen'],
    },
  ],
  officeHours: {
    timeZone: 'Asia/Makassar',
    weekly: monThuFri(['08:00', '15:00'], ['08:00', '11:00']),
    text: 'Senin s.d Kamis Jam Pelayanan 08.00 s/d 15.00 WITA dan Jumat Jam Pelayanan 08.00 s/d 11.00 WITA',
  },
  emergency: null, // the emergency letter is made in office hours; no 24-hour promise is stated
  intakeWindow: {
    receiveFromDay: 1,
    receiveToDay: 20,
    deliverOnDay: 20,
    text: 'menerima berkas pendaftaran peserta PBI setiap tanggal 1 s.d 20 setiap bulannya dan tanggal 20 mengantar pendaftaran peserta BPJS tanggal 20 ke kantor cabang BPJS Kabupaten Malinau',
  },
  channelPoints: [{ channel: 'counter', label: 'Front Office Dinas Kesehatan Pengendalian Penduduk dan KB Kabupaten Malinau', value: null }],
  complaints: {
    channels: [
      { kind: 'in_person', label: 'Datang ke kantor Dinas Kesehatan Pengendalian Penduduk dan KB Kabupaten Malinau selama jam pelayanan', value: null },
      { kind: 'website', label: 'Website', value: null },
      { kind: 'email', label: 'Email', value: 'diskes malinau@yahoo.co.id' },
      { kind: 'sms', alsoVia: ['whatsapp'], label: 'SMS/WA Pengaduan: Olia Sari', value: '082251933122' },
      { kind: 'sms', alsoVia: ['whatsapp'], label: 'SMS/WA Pengaduan: Juliani', value: '082350467825' },
      { kind: 'instagram', label: 'Instagram', value: 'dinkesmalinau' },
      { kind: 'facebook', label: 'FB', value: 'Dinas Kesehatan PPKB' },
    ],
    followUpBy: null,
  },
  staff: {
    count: null,
    countIs: null,
    text: 'Pelaksana pelayanan rekomendasi izin operasional klinik terdiri dari : Petugas informasi, Petugas front office, Petugas back office, Pejabat penandatangan rekomendasi',
    roles: ['Petugas informasi', 'Petugas front office', 'Petugas back office', 'Pejabat penandatangan rekomendasi'],
  },
  letterNumbering: null,
};
