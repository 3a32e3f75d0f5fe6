import type { StandardComponent } from '../standard.schema.js';
import { otherRow, row } from './seed-helpers.js';

/**
 * Seed 000 (docs/seeds/000_3217b9178dc2a0a5.txt), LAMPIRAN table: one table of 15 rows, numbered
 * 1–15 without dots, mixing both parts of PermenPANRB 15/2014. The extracted text lost the manual
 * list markers inside cells (`list-style-type: none`); where the surviving markers show them ("c.
 * website", "d. Instagram") they are restored as 1./a. lists.
 */
export const pasuruanComponents: StandardComponent[] = [
  otherRow('1', 'service_delivery', 'Jenis Pelayanan', ['Pengaktifan Kepesertaan JKN/KIS PBID Kota Pasuruan']),
  row('2', 'legal_basis', 'Dasar Hukum', [
    'Peraturan Walikota Pasuruan Nomor 56 Tahun 2020 Tentang Jaminan Kesehatan Bagi Masyarakat Penerima Bantuan Iuran Daerah',
  ]),
  row('3', 'requirements', 'Persyaratan', ['fotokopi KK Kota Pasuruan', 'fotokopi KTP elektronik /KIA/Akta kelahiran'], 'decimal'),
  row(
    '4',
    'procedure',
    'Prosedur',
    [
      {
        text: 'Datang Langsung Ke MPP Kota Pasuruan',
        itemStyle: 'decimal',
        items: [
          'Masyarakat datang sendiri atau diwakili ke MPP Konter Dinas Kesehatan Kota Pasuruan;',
          'Masyarakat Menyampaikan Ke Petugas terkait pelayanan yang dibutuhkan (pendaftaran peserta baru/penambahan anggota keluarga/pengaktifan/pengalihan jenis kepesertaan) dengan melampirkan fotokopi KK Kota/KTP/KIA/Akta Kelahiran',
          'Petugas memproses pengajuan',
          'Petugas memberikan bukti pendaftaran',
          'Kepesertaan langsung aktif',
        ],
      },
      {
        text: 'Daftar melalui Whatsapp',
        itemStyle: 'decimal',
        items: [
          'Masyarakat Mengetik "info" kirim ke nomor whatsapp Pelangi Istimewa "0821-4107-4217"',
          {
            text: 'Pilih layanan sesuai kebutuhan:',
            itemStyle: 'lower-alpha',
            items: [
              'Pendaftaran Peserta baru',
              'Penambahan Anggota Keluarga',
              'Pengaktifan Kembali Status Kepesertaan',
              'Pemindahan Jenis Kepesertaan',
            ],
          },
          'Unggah KK dan KTP',
          'Isi form',
          'Klik Kirim Data',
          'Petugas Memproses Pengajuan',
          'Petugas Mengirim Bukti Pendaftaran Kepada Peserta',
          'Kepesertaan langsung aktif',
        ],
      },
    ],
    'upper-alpha',
  ),
  // "Waktu Pelayanan" here is the completion promise, not office hours: hours are not stated.
  row('5', 'completion_time', 'Waktu Pelayanan', ['Kartu Langsung aktif dalam 1 hari kerja']),
  row('6', 'fee', 'Biaya/Tarif', ['Tidak ada biaya/tarif']),
  row('7', 'product', 'Produk Layanan', ['Aktivasi JKN/KIS PBID Kota Pasuruan']),
  row(
    '8',
    'complaints',
    'Pengelolaan Pengaduan',
    [
      {
        text: 'Pengaduan, saran, dan masukan dapat disampaikan secara tertulis melalui surat yang ditujukan kepada:',
        itemStyle: 'none',
        items: ['Kepala Dinas Kesehatan Kota Pasuruan', 'Jl. Cakraningrat No. 2, Kode Pos(67129)'],
      },
      {
        text: 'Menyampaikan pengaduan, saran, dan masukan langsung via:',
        itemStyle: 'lower-alpha',
        items: [
          'Telepon/WA : 081138909119, 082141074217',
          'e-mail: dinkes@pasuruankota.go.id',
          'website: https://dinkes.pasuruankota.go.id',
          'Instagram: @dinaskesehatankotapasuruan',
          'aplikasi E-Sambat',
          'aplikasi E-Sukma',
        ],
      },
    ],
    'decimal',
  ),
  row(
    '9',
    'facilities',
    'Sarana dan Prasarana',
    [
      'Ruang Pelayanan di MPP',
      'Komputer/laptop;',
      'Printer;',
      'Jaringan internet;',
      'Aplikasi Padu Padan',
      'Aplikasi Edabu',
      'Whatsapp Pelangi Istimewa',
    ],
    'decimal',
  ),
  row(
    '10',
    'competence',
    'Kompetensi Pelaksana',
    [
      'Pendidikan minimal D3 Kesehatan',
      'Memiliki kemampuan mengoperasikan Komputer/ laptop',
      'Memiliki kemampuan mengolah data secara elektronik.',
    ],
    'decimal',
  ),
  row('11', 'staff_count', 'Jumlah Pelaksana', ['Maksimal 3 (tiga) orang']),
  row('12', 'internal_supervision', 'Pengawasan Internal', ['Dilakukan oleh atasan langsung; dan', 'Dilakukan secara berkelanjutan.'], 'decimal'),
  row('13', 'service_guarantee', 'Jaminan Pelayanan', [
    'Pelayanan dilaksanakan sesuai dengan Standar Operasional Prosedur dan norma waktu yang telah ditetapkan.',
  ]),
  row(
    '14',
    'security_guarantee',
    'Jaminan Keamanan dan Keselamatan Pelayanan',
    [
      'Keamanan produk layanan dijamin dengan menggunakan kertas dengan kop;',
      'Surat dibubuhi tanda tangan serta cap basah sehingga dijamin keasliannya; dan',
      'Keselamatan diutamakan bebas dari pungli/suap/ gratifikasi.',
    ],
    'decimal',
  ),
  row(
    '15',
    'performance_evaluation',
    'Evaluasi Kinerja Pelaksana',
    [
      'Pelaksanaan evaluasi kinerja pelaksana dilakukan secara rutin minimal 1 (satu) kali dalam 1 (satu) tahun.',
      'Pelaksanaan Survey Kepuasan Masyarakat (SKM) untuk perbaikan dan peningkatan kinerja pelayanan',
    ],
    'decimal',
  ),
];
