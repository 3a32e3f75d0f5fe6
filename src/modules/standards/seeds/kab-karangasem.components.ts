import type { StandardComponent } from '../standard.schema.js';
import { otherRow, row } from './seed-helpers.js';

/**
 * Seed 001 (docs/seeds/001_1f3a06ae336a5f92.txt): two tables, A (1.–7.) and B, whose numbering
 * restarts at "7." — two rows numbered 7. are kept as published.
 */
export const karangasemComponents: StandardComponent[] = [
  row('1.', 'requirements', 'Persyaratan', [
    {
      text: 'Persyaratan Pelayanan PBI JKN KIS:',
      itemStyle: 'decimal',
      items: [
        {
          text: 'Pelayanan Emergency PBI JKN-KIS (Layanan Kedaruratan):',
          itemStyle: 'none',
          items: ['Fotocopy KK, KTP (yang sudah ber KTP), surat keterangan rawat inap/ rawat jalan/ surat keterangan sakit/ surat kontrol.'],
        },
        { text: 'Pengusulan baru PBI JKN-KIS', itemStyle: 'none', items: ['Fotocopy KK dan KTP (yang sudah ber KTP).'] },
        {
          text: 'Mutasi/Peralihan PBI JKN-KIS',
          itemStyle: 'none',
          items: [
            'Mutasi Pekerja Mandiri: Fotocopy KK, KTP, Struk/ Bukti pembayaran bulan pengajuan.',
            'Mutasi Pekerja Penerima Upah (PPU)/tanggungans dari tempat kerja non aktif: Fotocopy KK, KTP, dan Surat Keterangan berhenti bekerja.',
          ],
        },
        { text: 'Reaktivasi PBI JKN-KIS', itemStyle: 'none', items: ['Fotocopy KK dan KTP.'] },
        { text: 'Pemutusan Peserta PBI JKN-KIS', itemStyle: 'none', items: ['Fotocopy KK, KTP, dan ber materai 10.000 (1)'] },
      ],
    },
  ]),
  row(
    '2.',
    'procedure',
    'Sistem, Mekanisme dan Prosedur',
    [
      {
        text: 'Pelayanan Emergency PBI JKN-KIS (Layanan Kedaruratan)',
        itemStyle: 'none',
        items: [
          'Pemohon datang membawa kelengkapan berkas',
          'Pemohon melakukan registrasi dan menyerahkan berkas pengajuan',
          'Petugas menerima dan meneliti kelengkapan berkas',
          'Setelah kelengkapan berkas benar petugas menginputkan data emergency',
          'Setelah penginputan data, BPJS Kesehatan yang akan proses data',
        ],
      },
      {
        text: 'Pengusulan baru PBI JKN-KIS',
        itemStyle: 'none',
        items: [
          'Pemohon datang membawa kelengkapan berkas',
          'Petugas menerima dan meneliti kelengkapan berkas',
          'Petugas mengirimkan data usulan ke BPJS Kesehatan',
        ],
      },
      {
        text: 'Mutasi/Peralihan PBI JKN-KIS',
        itemStyle: 'none',
        items: [
          'Pemohon datang membawa kelengkapan berkas',
          'Petugas menerima dan meneliti kelengkapan berkas',
          'Petugas mengirimkan data usulan mutasi/peralihan ke BPJS Kesehatan',
        ],
      },
      {
        text: 'Reaktivasi PBI JKN-KIS',
        itemStyle: 'none',
        items: [
          'Pemohon datang membawa kelengkapan berkas',
          'Petugas menerima dan meneliti kelengkapan berkas',
          'Petugas membuat surat pengantar aktivasi',
          'Berkas diserahkan ke pemohon untuk dilanjutkan ke BPJS Kesehatan',
        ],
      },
      {
        text: 'Pemutusan Peserta PBI JKN-KIS',
        itemStyle: 'none',
        items: [
          'Pemohon datang membawa kelengkapan berkas',
          'Petugas menerima dan meneliti kelengkapan berkas',
          'Petugas membuat surat pemutusan peserta PBI JKN-KIS',
          'Berkas diserahkan ke pemohon untuk dilanjutkan penonaktifan ke BPJS Kesehatan',
        ],
      },
    ],
    'decimal',
  ),
  // Operating hours, not a completion time: outside the 14 components, hence 'other'.
  otherRow(
    '3.',
    'service_delivery',
    'Waktu Pelayanan',
    [
      {
        text: 'Waktu Operasional:',
        itemStyle: 'dash',
        items: ['Senin – Kamis : Pukul 08.00-15.00 WITA', 'Jumat : 09.00 – 12.00 WITA'],
      },
      'Waktu Pelayanan Darurat: 24 Jam',
    ],
    'decimal',
  ),
  // The per-service completion times ("jangka waktu penyelesaian" of PermenPANRB 15/2014).
  row(
    '4.',
    'completion_time',
    'Waktu Tanggapan',
    [
      'Pelayanan Emergency PBI JKN-KIS: 1 - 2 jam',
      'Mutasi/Peralihan PBI JKN-KIS: 1 bulan',
      'Pengusulan baru PBI JKN-KIS : 1 bulan',
      'Reaktivasi PBI JKN-KIS : 1 hari',
      'Pemutusan Peserta PBI JKN-KIS : 10 - 15 menit',
    ],
    'decimal',
  ),
  row('5.', 'fee', 'Biaya/Tarif', ['Tidak Dipungut Biaya (Gratis)']),
  row('6.', 'product', 'Produk Layanan', ['Dokumen (Kelengkapan berkas, surat aktivasi, surat pemutusan peserta)']),
  row(
    '7.',
    'complaints',
    'Penanganan Pengaduan, saran dan masukan',
    [
      'Nomor Telepon Dinas Sosial: (0363) 21154',
      'Nomor Telepon MPP : (0363) 21158',
      'Facebook : Dinas Sosial, PPPA, PPKB Kab. Karangasem',
      'Kotak Saran di MPP Karangasem dan Kantor Dinas Sosial, PPPA, PPKB Kab. Karangasem',
      'Website : http://disosp3ppkb.karangasemkab.go.id/',
      'Email: disospppappkbkab.karangasem@gmail.com',
      'SP4N Lapor: https://www.Lapor.go.id',
    ],
    'decimal',
  ),
  // The extracted text split wrapped lines into numbered items ("2. Nasional", "4. Kesehatan",
  // "6. Bantuan Iuran Jaminan Kesehatan", "8. Pelaksanaan Program ..."); they are joined back to the
  // five regulations the cell lists. "Instruksi Presiden Nomor 18 Tahun 2017" is kept as written.
  row(
    '7.',
    'legal_basis',
    'Dasar Hukum',
    [
      'Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional',
      'Peraturan Presiden Nomor 64 Tahun 2020 tentang Jaminan Kesehatan',
      'Peraturan Menteri Sosial Nomor 5 Tahun 2016 tentang Penerima Bantuan Iuran Jaminan Kesehatan',
      'Instruksi Presiden Nomor 18 Tahun 2017 tentang Optimilisasi Pelaksanaan Program Jaminan Kesehatan Nasional',
      'Peraturan Gubernur Bali Nomor 31 Tahun 2021 Jaminan Kesehatan Nasional Krama Bali Sejahtera',
    ],
    'decimal',
  ),
  row(
    '8.',
    'facilities',
    'Sarana dan Prasaranan dan /atau fasilitas',
    [
      'Sistem antrean otomatis',
      'Counter Pelayanan',
      'Alat tulis kantor dan Komputer',
      'Ruang Tunggu',
      'Free Wifi',
      'Kamar Mandi dan WC',
      'Tempat Parkir',
    ],
    'decimal',
  ),
  row('9.', 'competence', 'Kompetensi Pelaksana', ['Kompetensi setiap pelaksana pastikan telah sesuai dengan tugas masing-masing']),
  row('10.', 'internal_supervision', 'Pengawasan Internal', ['Pengawasan dilakukan oleh atasan langsung secara berjenjang']),
  row('11.', 'staff_count', 'Jumlah Pelaksana', ['Jumlah Pelaksana berjumlah 4 orang']),
  row('12.', 'service_guarantee', 'Jaminan Pelayanan', [
    'DINSOS, PPPA, PPKB Kabupaten Karangasem menjamin seluruh pelayanan Jaminan Kesehatan Nasional Kartu Indonesia Sehat Penerima Bantuan Iuran (JKN-KIS PBI) yang sudah diberikan sesuai dengan Standar Operasional Prosedur (SOP)',
  ]),
  row('13.', 'security_guarantee', 'Jaminan keamanan dan keselamatan pelayanan', [
    'DINSOS, PPPA, PPKB Kab. Karangasem mengutamakan keamanan dan keselamatan melalui janji layanan dan kebijakan mutu',
  ]),
  row('14.', 'performance_evaluation', 'Evaluasi Kinerja Pelaksanaan', [
    'Kinerja Pelaksanaan Pelayanan terukur melalui Surve Kepuasan Masyarakat (SKM)',
  ]),
];
