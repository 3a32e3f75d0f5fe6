import type { OfficeStandard } from '../standard.schema.js';
import { tarakanComponents } from './kota-tarakan.components.js';
import { calendarDays, doc, step } from './seed-helpers.js';

/**
 * Kota Tarakan, Dinas Sosial dan Pemberdayaan Masyarakat — seed 003 (docs/seeds/003_ec7e720940bce4d3.txt),
 * WITA. One service: transfer into BPJS PBI paid by the city, decided by the leadership with a team
 * after a field assessment. Office hours are not stated.
 */
export const kotaTarakan: OfficeStandard = {
  version: 1,
  effectiveDate: '2025-01-10', // "Tgl Efektif : 10 Januari 2025"
  office: {
    slug: 'kota-tarakan',
    agencyName: 'Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan',
    agencyShortName: 'Dinsos-PM',
    governmentName: null,
    letterheadName: null,
    division: 'Sosial', // "Bidang : Sosial"
    address: null,
    postalCode: null,
    phone: '0822 5560 0445',
    fax: null,
    email: 'dinsospmkotatarakan@gmail.com',
    website: null,
    regionCode: '65.71',
    timeZone: 'Asia/Makassar',
  },
  // A document-control box, not a decree: "No. Dokumen / Revisi / Tgl Efektif". No place or signing date.
  decree: {
    number: '000.8.3.2/03.6/DINSOSPM',
    title: null,
    place: null,
    date: null,
    effectiveDate: '2025-01-10',
    revision: '1_2 Januari 2025',
    signedBy: { name: 'Arbain, SE., M. AP', title: 'Kepala Dinas', rank: 'Pembina Utama Muda/IV-c', nip: '196803181994031007' },
  },
  document: {
    // The page heading misspells "STANDART"; the document box spells it correctly, which is used here.
    title: 'STANDAR PELAYANAN PELAKSANAAN PERALIHAN PESERTA BPJS PBI PEMDA TARAKAN',
    layout: 'single_table',
    partTitles: { service_delivery: null, manufacturing: null },
  },
  components: tarakanComponents,
  services: [
    {
      code: 'pbi_pemda_transfer',
      name: 'Pelaksanaan Peralihan Peserta BPJS PBI Pemda Tarakan',
      nameEn: 'Transfer into BPJS PBI paid by the city of Tarakan',
      channels: ['counter'], // "Datang langsung ke Dinas Sosial dan Pemberdayaan Masyarakat"
      variants: [],
      representativeAllowed: null,
      requirements: [
        // "KTP/KK": whether one or both is meant is not clear, so no alternatives are declared.
        doc('id_copy', 'Fotokopi KTP/KK', { original: false }),
        doc('kelurahan_letter', 'Surat dari Kelurahan perihal Pengusulan KIS PBI Pemda Tarakan'),
        doc('medical_letter', 'Surat keterangan sakit/ Kontrol Kesehatan Rutin/ Surat Keterangan Rawat Inap', {
          alternatives: ['Surat keterangan sakit', 'Surat Kontrol Kesehatan Rutin', 'Surat Keterangan Rawat Inap'],
        }),
        { ...doc('await_assessment', 'Pemohon menunggu jadwal petugas lapangan untuk assessment'), kind: 'action' },
      ],
      steps: [
        // The hand-over checklist is the seed's only facility ("Ceklis serah terima berkas administrasi").
        step('receive_check', 'Petugas Dinsos-PM menerima & memeriksa kelengkapan dokumen', 'front_office', 'check', {
          actor: 'Petugas Dinsos-PM',
        }),
        step('assessment', 'Petugas melakukan asesmen kelayakan', 'field_assessor', 'assessment', { actor: 'Petugas' }),
        step('forward', 'Petugas meneruskan ke pimpinan', 'field_assessor', 'handover', { actor: 'Petugas' }),
        step(
          'committee_decision',
          'Pimpinan melakukan pembahasan bersama tim untuk menentukan apakah klien layak dialihkan ke kepesertaan BPJS PBI Pemda Kota Tarakan atau tidak',
          'committee',
          'decision',
          { actor: 'Pimpinan bersama tim' },
        ),
        // Item e. is cut short in the seed ("Bila layak dialihkan dan bila tidak layak ..."): the
        // eligible branch is the transfer itself; who performs it is not stated.
        step('transfer', 'Dialihkan ke kepesertaan BPJS PBI Pemda Kota Tarakan', 'back_office', 'batch', {
          condition: 'Bila layak dialihkan',
        }),
        step('notify_not_eligible', 'Dikonfirmasi ulang ke pengusul bahwa tidak layak', 'front_office', 'notify', {
          condition: 'Bila tidak layak',
        }),
        step('archive', 'Berkas diarsipkan', 'back_office', 'archive', { condition: 'Bila tidak layak' }),
      ],
      // "Kurang dari 7 Hari": a bare "Hari" is read as calendar days (see kab-karangasem.ts).
      completionTime: { max: calendarDays(7), text: 'Kurang dari 7 Hari' },
      aroundTheClock: false,
      fee: { amount: 0, text: 'Tidak dipungut biaya/gratis' },
      products: [
        {
          code: 'pbi_pemda_membership',
          name: 'Peralihan menjadi peserta BPJS PBI Pemda Tarakan',
          kind: 'batch_entry',
          letterKind: null,
          signers: null,
        },
      ],
      outcomes: ['bpjs_batch', 'archive_if_not_eligible'],
    },
  ],
  officeHours: null, // not stated
  emergency: null,
  intakeWindow: null,
  channelPoints: [{ channel: 'counter', label: 'Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan', value: null }],
  complaints: {
    channels: [
      { kind: 'sp4n_lapor', label: 'SP4N-LAPOR', value: 'www.lapor.go.id' },
      { kind: 'in_person', label: 'Datang langsung ke Dinas Sosial dan Pemberdayaan Masyarakat', value: null },
      { kind: 'suggestion_box', label: 'Saran dan masukan melalui kotak pengaduan yang tersedia', value: null },
      { kind: 'phone', label: 'Telepon', value: '0822 5560 0445' },
      { kind: 'email', label: 'E-mail', value: 'dinsospmkotatarakan@gmail.com' },
      { kind: 'facebook', label: 'Facebook', value: 'Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan' },
      { kind: 'instagram', label: 'Instagram', value: 'https://www.instagram.com/dinsospm/' },
    ],
    followUpBy: 'Seksi Linjamsos', // "Tindak lanjut penanganan melalui Seksi Linjamsos"
  },
  staff: {
    count: null, // roles are listed, not a headcount
    countIs: null,
    text: 'Jumlah petugas yang dibutuhkan adalah a. Sub. Koordinator; b. Pekerja Sosial c. Analis Jaminan Sosial d. Pengadministrasi e. Petugas Operator',
    roles: ['Sub. Koordinator', 'Pekerja Sosial', 'Analis Jaminan Sosial', 'Pengadministrasi', 'Petugas Operator'],
  },
  // From "000.8.3.2/03.6/DINSOSPM": unit code DINSOSPM; the classification is the document's own and
  // whether "03.6" is a running number is not stated, so only the unit code is taken as known.
  letterNumbering: {
    template: '{classification}/{seq}/{unitCode}',
    values: { classification: null, unitCode: 'DINSOSPM' },
    example: '000.8.3.2/03.6/DINSOSPM',
    source: 'No. Dokumen standar pelayanan (seed 003)',
  },
};
