import type { StandardComponent } from '../standard.schema.js';
import { otherRow, row } from './seed-helpers.js';

/**
 * Seed 002 (docs/seeds/002_2db173dfefba4e3a.txt): two tables, each numbered from 1. Text is kept as
 * published, including its slips ("penerimaan barisan tunjangan", "prang tidak mampu", "lansing",
 * "bahama"), because this is the office's document, not ours to edit.
 */
export const palembangComponents: StandardComponent[] = [
  row(
    '1.',
    'requirements',
    'Persyaratan',
    [
      {
        text: 'Pengusulan KIS',
        itemStyle: 'lower-alpha',
        items: [
          'Foto kopi KK dan KTP',
          'Surat keterangan tidak mampu dari kelurahan (Asli)',
          'Surat rujukan dari puskesmas, bidan atau Rumah Sakit RSUD PALEMBANG BARI Kota Palembang',
          'Foto rumah tampak depan, belakang, ruang tamu, ruang tengah, dapur, kamar mandi dan rekening listrik.',
        ],
      },
      {
        text: 'Surat Rekomendasi perubahan data pada Kartu Indonesia Sehat',
        itemStyle: 'lower-alpha',
        items: [
          'Surat dari kelurahan tentang perubahan data peserta penerima bantuan iuran KIS',
          'Foto copy KK dan KTP',
          'Foto copy KIS',
        ],
      },
      {
        text: 'Surat Rekomendasi Penonaktifan dari PBI KIS',
        itemStyle: 'lower-alpha',
        items: [
          'Surat dari kelurahan untuk keluar dari penerima bantuan iuran KIS',
          'Mengisi formulir untuk keluar dari PBI KIS diberi materai (surat keterangan tersebut di berikan oleh operator pelayanan KIS)',
          'Foto copy KK dan KTP',
          'Foto copy KIS',
        ],
      },
    ],
    'decimal',
  ),
  row(
    '2.',
    'procedure',
    'Sistem, Mekanisme, dan Prosedur',
    [
      {
        text: 'Pengusulan KIS :',
        itemStyle: 'lower-alpha',
        items: [
          'Warga / Masyarakat datang ke Kelurahan dengan membawa persyaratan tersebut,',
          'Kelurahan mengupdate data tersebut ke dalam form usulan,',
          'Kelurahan mengkoordinir pengumpulan data tersebut dan diserahkan ke operator pelayanan KIS Dinas Sosial Kota Palembang',
        ],
      },
      {
        text: 'Surat Rekomendasi perubahan data pada Kartu Indonesia Sehat',
        itemStyle: 'lower-alpha',
        items: [
          'Warga / Masyarakat memberikan semua persyaratan ke operator pelayanan KIS,',
          'Operator pelayanan KIS akan membuat surat rekomendasi lalu menyerahkan ke warga,',
          'Surat rekomendasi tersebut bisa dibawa ke BPJS.',
        ],
      },
      {
        text: 'Surat Rekomendasi Penonaktifan dari PBI KIS',
        itemStyle: 'lower-alpha',
        items: [
          'Warga / Masyarakat memberikan semua persyaratan ke operator pelayanan KIS,',
          'Operator pelayanan KIS akan membuat surat rekomendasi lalu menyerahkan ke warga,',
          'Surat rekomendasi tersebut bisa dibawa ke BPJS.',
        ],
      },
    ],
    'decimal',
  ),
  // Office hours, not a completion time; the seed states no completion time at all.
  otherRow('3.', 'service_delivery', 'Waktu Pelayanan', [
    'Senin - Kamis pukul 08.00 wib - 15.00 wib',
    'Jumat pukul 08.30 wib - 15.30 wib',
  ]),
  row('4.', 'fee', 'Biaya/Tarif', ['Gratis']),
  row(
    '5.',
    'product',
    'Produk Pelayanan',
    ['Usulan KIS', 'Surat keterangan Penonaktifan KIS', 'Surat keterangan perubahan data pada KIS'],
    'decimal',
  ),
  row('6.', 'complaints', 'Pengelolaan dan Pengaduan', ['Hotline di nomor : 0821-7906-4442', 'Aplikasi e-lapor Dinas Sosial'], 'decimal'),
  row(
    '1.',
    'legal_basis',
    'Dasar Hukum',
    [
      'Undang-undang Nomor 40 Tahun 2004 Tentang sistem jaminan sosial',
      'Peraturan Pemerintah Nomor 39 Tahun 2012 tentang penyelenggaraan kesejahteraan sosial',
      'Peraturan pemerintah Nomor 101 Tahun 2012 tentang penerimaan barisan tunjangan (PBI) jaminan kesehatan',
      'Peraturan Menteri Sosial Republik Indonesia Nomor 146/HUK/2013 tentang kriteria fakir miskin dan prang tidak mampu',
      'Peraturan Menteri Sosial Republik Indonesia Nomor 147/HUK/2013 tentang penetapan peserta penerima barisan tunjangan jaminan kesehatan',
    ],
    'decimal',
  ),
  row(
    '2.',
    'facilities',
    'Sarana dan Prasarana, dan / atau Fasilitas',
    [
      'Sarana prasarana atau fasilitas yang mendukung proses pelayanan antara lain:',
      'Meja, kursi, lemari, komputer, printer, slot komunikasi.',
      'Sarana prasarana bagi pengguna jasa layanan seperti ruangan tunggu, toilet umum, halaman parkir dll.',
      'Sarana prasarana khusus bagi pengguna layanan penyandang cacat fisik, lansing dan/atau ibu hamil seperti penyediaan jaket khusus, kursi roda dll.',
    ],
    'decimal',
  ),
  row(
    '3.',
    'competence',
    'Kompetensi Pelaksana',
    [
      'Memiliki kompetensi seperti pengetahuan mengenai peraturan perundang-undangan yang terkait dengan keterbukaan informasi publik dan pelayanan publik,',
      'Dapat berkomunikasi dengan baik, dan menguasai teknologi informasi sehingga dapat menunjang pelaksanaan tugas pengelolaan dan pelayanan informasi publik,',
      'Mampu berkomunikasi dengan baik kepada masyarakat/stakeholder yang mempunyai usaha sesuai dengan peraturan yang ada,',
      'Mampu mendokumentasi, mengadministrasikan, menyusun, mengadakan bahama dan data laporan kegiatan Serta menyimpan data kedalam komputer dengan Cara disposisi atau secara lisan sesuai tugas dan tanggung jawab masing- masing.',
      'Telah mengikuti sosialisasi dan pelatihan',
    ],
    'decimal',
  ),
  row('4.', 'internal_supervision', 'Pengawasan Internal', ['Kepala Bidang Rehabilitasi Sosial']),
  row('5.', 'staff_count', 'Jumlah Pelaksana', ['5 Orang']),
  row('6.', 'service_guarantee', 'Jaminan Pelayanan', ['Pelayanan dilaksanakan sesuai dengan SOP dan norma waktu yang telah ditetapkan.']),
  row('7.', 'security_guarantee', 'Jaminan Keamanan dan Keselamatan Pelayanan', ['Dilaksanakan secara transparan dan bebas dari KKN.']),
  row('8.', 'performance_evaluation', 'Evaluasi Kinerja Pelaksana', ['Laporan Evaluasi pelaksanaan tugas dan fungsi dilakukan secara berkala.']),
];
