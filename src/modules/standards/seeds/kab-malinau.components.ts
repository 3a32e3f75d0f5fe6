import type { StandardComponent } from '../standard.schema.js';
import { row } from './seed-helpers.js';

/**
 * Seed 004 (docs/seeds/004_293221fe53399270.txt), page "STANDAR PELAYANAN PUBLIK": an OCR'd scan.
 * Row numbers 1–9 and most list markers were lost by OCR; 10.–14. survive, and the nine rows before
 * them are numbered in their order. OCR slips are corrected only where the reading is certain
 * ("URAITAN" → the column heading, "¢." → "c.", "¥B" → "FB"); everything else is as scanned.
 */
export const malinauComponents: StandardComponent[] = [
  row('1.', 'product', 'Produk Pelayanan', ['Pendaftaran Kartu BPJS/KIS PBI Daerah']),
  row('2.', 'requirements', 'Persyaratan Pelayanan', [
    {
      text: 'Kelengkapan berkas:',
      itemStyle: 'lower-alpha',
      items: [
        'Fotocopy Kartu Keluarga (KK)',
        'Surat Rawat Inap',
        'Berkas pendaftaran peserta PBI setiap tanggal 1 s.d 20 setiap bulannya',
      ],
    },
  ]),
  row(
    '3.',
    'legal_basis',
    'Dasar Hukum',
    [
      'Undang-undang RI No. 25 Tahun 2009 tentang Pelayanan Publik',
      'Undang-undang No. 36 Tahun 2009 tentang Kesehatan',
      'Undang-undang No. 24 Tahun 2017 tentang Badan Penyelenggara Jaminan Sosial',
      'Undang-undang No. 52 Tahun 2017 tentang Perkembangan, Kependudukan dan Pembangunan Keluarga',
    ],
    'decimal',
  ),
  row(
    '4.',
    'procedure',
    'Sistem, Mekanisme dan Prosedur',
    [
      'Pemohon menyerahkan berkas pendaftaran ke petugas Front Office (FO) untuk memeriksa berkas dan kelengkapannya dari peserta PBI',
      'Petugas FO memberikan berkas pendaftaran kepada Back Office (BO) Seksi Pelayanan Kesehatan Rujukan',
      'Berkas tidak lengkap, berkas dikembalikan kepada peserta PBI untuk dilengkapi',
      'Petugas Back Office (BO) Seksi Pelayanan Kesehatan Rujukan melakukan pencatatan dibuku agenda pendaftaran atau komputer tanggal penerima berkas pendaftaran peserta BPJS, tanggal pendaftaran serta entry data nomor KK, NIK, Nama, TTL, Alamat, Faskes, Status, dan Jenis Kelamin peserta PBI',
      'Petugas Back Office (BO) Seksi Pelayanan Kesehatan Rujukan menerima berkas pendaftaran peserta PBI setiap tanggal 1 s.d 20 setiap bulannya dan tanggal 20 mengantar pendaftaran peserta BPJS tanggal 20 ke kantor cabang BPJS Kabupaten Malinau',
      'Petugas Back Office (BO) Seksi Pelayanan Kesehatan Rujukan membuat surat untuk penerbitan kartu kepersertaan sementara bagi peserta yang dirawat inap di Rumah Sakit (pasien emergency).',
      'Surat penerbitan kartu kepersertaan sementara Ka. Bid paraf serta tanda tangan Kepala Dinas PPKB',
      'Petugas Back Office (BO) Seksi Pelayanan Kesehatan Rujukan menjalankan aplikasi program EDABU',
      'Penerimaan kartu dan daftar lampiran BPJS/KIS PBI Daerah dari pihak BPJS setiap bulan berikutnya setelah pendaftaran kepersertaan',
      'Pengiriman/penyerahan kartu kepersertaan oleh petugas Back Office (BO) Seksi Pelayanan Kesehatan Rujukan dan mencatat di buku agenda pengambilan kartu peserta',
      // The scan repeats "bpjs/kis pbi Daerah kepada" after the sentence; the repetition is dropped.
      'Petugas Back Office (BO) Seksi Pelayanan Kesehatan Rujukan membuat laporan kepesertaan BPJS/KIS PBI Daerah kepada BPJS',
    ],
    'decimal',
  ),
  row('5.', 'completion_time', 'Jangka Waktu Pengurusan', [
    '20 Hari Kerja — 1 Bulan (Senin s.d Kamis Jam Pelayanan 08.00 s/d 15.00 WITA dan Jumat Jam Pelayanan 08.00 s/d 11.00 WITA)',
  ]),
  row('6.', 'fee', 'Biaya/Tarif', ['0 Rupiah (GRATIS)']),
  row(
    '7.',
    'complaints',
    'Penanganan Pengaduan Saran dan Masukan',
    [
      'Pemohon dapat datang ke kantor Dinas Kesehatan Pengendalian Penduduk dan KB Kabupaten Malinau selama jam pelayanan',
      {
        text: 'Pengaduan dapat dilakukan melalui media :',
        itemStyle: 'none',
        items: [
          // The address after "Website" is unreadable in the scan ("Website P").
          'Website',
          // As scanned; a character between "diskes" and "malinau" may be lost.
          'Email : diskes malinau@yahoo.co.id',
          {
            text: 'SMS/WA Pengaduan :',
            itemStyle: 'paren-decimal',
            items: ['Olia Sari (No. Hp. 082251933122)', 'Juliani (No. Hp. 082350467825)'],
          },
          'Instagram : dinkesmalinau',
          'FB : Dinas Kesehatan PPKB',
        ],
      },
    ],
    'lower-alpha',
  ),
  // Two columns in the scan, "a. Sarana" and "b. Prasarana Fasilitas", read side by side.
  row(
    '8.',
    'facilities',
    'Sarana dan Prasarana atau Fasilitas',
    [
      {
        text: 'Sarana',
        itemStyle: 'decimal',
        items: ['Meja', 'Kursi', 'Buku Agenda', 'Komputer', 'Printer', 'Alat Tulis Kantor', 'AC', 'Loket informasi', 'Dispenser'],
      },
      {
        text: 'Prasarana Fasilitas',
        itemStyle: 'decimal',
        items: [
          'Ruang konsultasi',
          'Toilet',
          'Bilik laktasi',
          'Fasilitas disabilitas',
          'Ruang tunggu',
          'Ruang pengaduan',
          'Pojok informasi',
          'Lahan parkir',
          'Jaringan Wifi',
        ],
      },
    ],
    'lower-alpha',
  ),
  row(
    '9.',
    'competence',
    'Kompetensi Pelaksana',
    [
      'Memahami tugas dan fungsi pelayanan yang baik',
      'Memiliki skill pengoperasian sistem berbasis informasi teknologi (IT)',
      'Memahami BPJS',
    ],
    'lower-alpha',
  ),
  // "rekomendasi izin operasional klinik" is in the published text (copied from another standard); kept.
  row('10.', 'staff_count', 'Jumlah Pelaksana', [
    {
      text: 'Pelaksana pelayanan rekomendasi izin operasional klinik terdiri dari :',
      itemStyle: 'dash',
      items: ['Petugas informasi', 'Petugas front office', 'Petugas back office', 'Pejabat penandatangan rekomendasi'],
    },
  ]),
  row('11.', 'service_guarantee', 'Jaminan Pelayanan', [
    'Mendapatkan pelayanan berdasarkan prosedur tetap yang diberikan oleh petugas berkompeten sesuai waktu penyelesaian dengan perilaku pelayanan ramah, cepat, tepat, santun dan bebas pungli.',
  ]),
  row('12.', 'internal_supervision', 'Pengawasan Internal', [
    {
      text: 'Dilakukan oleh :',
      itemStyle: 'lower-alpha',
      items: [
        'Kepala Dinas Kesehatan Pengendalian Penduduk dan KB',
        'Kepala Bidang Pelayanan Kesehatan',
        'Kepala Seksi Pelayanan Kesehatan Rujukan',
      ],
    },
  ]),
  row(
    '13.',
    'security_guarantee',
    'Jaminan Keamanan dan Keselamatan Pelayanan',
    [
      'Keamanan produk dijamin keasliannya dengan adanya tanda tangan pejabat berwenang',
      'Keselamatan dan kenyamanan dalam pelayanan sangat diutamakan dan bebas dari pungutan liar',
    ],
    'lower-alpha',
  ),
  row(
    '14.',
    'performance_evaluation',
    'Evaluasi Kinerja Pelaksana',
    [
      'IKM (Indeks Kepuasan Masyarakat)',
      'Evaluasi sistem akuntabilitas kinerja pemerintah',
      'Rapat evaluasi yang dilaksanakan secara berkala',
      'Kotak saran',
    ],
    'lower-alpha',
  ),
];
