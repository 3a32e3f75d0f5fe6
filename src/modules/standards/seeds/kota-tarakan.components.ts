import type { StandardComponent } from '../standard.schema.js';
import { row } from './seed-helpers.js';

/**
 * Seed 003 (docs/seeds/003_ec7e720940bce4d3.txt): one table of 14 rows mixing both parts, starting
 * with Dasar Hukum. Text as published ("ascsmen", "Intragram").
 */
export const tarakanComponents: StandardComponent[] = [
  row(
    '1.',
    'legal_basis',
    'Dasar Hukum',
    [
      'Undang-undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin',
      'Undang-undang Nomor 14 Tahun 2019 tentang Pekerja Sosial;',
      'Peraturan Pemerintah Nomor 39 Tahun 2019 tentang Penyelenggaraan Kesejahteraan Sosial;',
      'Peraturan Pemerintah Nomor 101 Tahun 2012 tentang Penerimaan Bantuan Iuran Jaminan Kesehatan sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 76 Tahun 2015 tentang Perubahan atas Peraturan Pemerintah Nomor 101 Tahun 2012 tentang Bantuan Iuran Jaminan Kesehatan;',
      'Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil;',
      'Peraturan Presiden Nomor 64 Tahun 2020 tentang Perubahan Kedua atas Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan;',
      'Peraturan Menteri Keuangan No. 78 PMK.02/2020 tentang Pelaksanaan Pembayaran Kontribusi Iuran Peserta Penerima Bantuan Iuran Jaminan Kesehatan, Iuran Peserta Pekerja Bukan Penerima Upah dan Peserta Bukan Pekerja Dengan Manfaat Pelayanan Di Ruang Perawatan Kelas III, Dan Bantuan Iuran Bagi Peserta Pekerja Bukan Penerima Upah dan Peserta Bukan Pekerja Dengan Manfaat Pelayanan Di Ruang Perawatan Kelas III Oleh Pemerintah Pusat dan/atau Pemerintah Daerah;',
      'Nota Kesepakatan antara Pemerintah Kota Tarakan dan Badan Penyelenggara Jaminan Sosial Kesehatan Kantor Cabang Tarakan Nomor 197/18-PEM/XII/2021 dan Nomor 140/KTR/VII-03/1121 tentang Optimalisasi Pelaksanaan Program Jaminan Kesehatan Nasional di Kota Tarakan dalam rangka Universal Health Coverage.',
    ],
    'lower-alpha',
  ),
  row(
    '2.',
    'requirements',
    'Persyaratan',
    [
      'Pemohon menyertakan Fotokopi KTP/KK',
      'Pemohon menyertakan surat dari Kelurahan perihal Pengusulan KIS PBI Pemda Tarakan',
      'Pemohon menyertakan Surat keterangan sakit/ Kontrol Kesehatan Rutin/ Surat Keterangan Rawat Inap',
      'Pemohon menunggu jadwal petugas lapangan untuk assessment',
    ],
    'lower-alpha',
  ),
  row(
    '3.',
    'procedure',
    'Sistem, Mekanisme dan Sistem Pelayanan',
    [
      'Petugas Dinsos-PM Menerima & memeriksa kelengkapan dokumen',
      'Petugas Melakukan ascsmen kelayakan',
      'Petugas Meneruskan ke pimpinan',
      'Pimpinan Melakukan pembahasan bersama tim untuk menentukan apakah klien layak dialihkan ke kepesertaan BPJS PBI Pemda Kota Tarakan atau tidak;',
      'Bila layak dialihkan dan bila tidak layak dikonfirmasi ulang ke pengusul bahwa tidak layak dan berkas diarsipkan.',
    ],
    'lower-alpha',
  ),
  row('4.', 'completion_time', 'Jangka Waktu Penyelesaian Pelayanan', ['Kurang dari 7 Hari']),
  row('5.', 'fee', 'Biaya/Tarif', ['Tidak dipungut biaya/gratis']),
  row('6.', 'product', 'Produk Pelayanan', ['Peralihan menjadi peserta BPJS PBI Pemda Tarakan']),
  row('7.', 'facilities', 'Sarana, Prasarana, Dana atau Fasilitas Pelayanan', ['Ceklis serah terima berkas administrasi, ATK.']),
  row(
    '8.',
    'competence',
    'Kompetensi',
    [
      'Memahami aturan KIS PBI',
      'Mampu melayani calon penerima bantuan iuran jaminan kesehatan',
      'Mampu mengoperasikan komputer dan jaringan internet',
      'Memahami aturan pelaporan keuangan bantuan iuran jaminan kesehatan',
      'Memahami prosedur pengusulan peserta KIS PBI',
    ],
    'lower-alpha',
  ),
  row('9.', 'internal_supervision', 'Pengawasan Internal', ['Monitoring dan Evaluasi oleh Kepala Bidang Sosial']),
  row('10.', 'complaints', 'Penanganan Pengaduan, Saran dan Masukan', [
    {
      text: 'Penanganan pengaduan bisa dilakukan melalui :',
      itemStyle: 'lower-alpha',
      items: [
        'SP4N-LAPOR dengan link www.lapor.go.id',
        'Datang langsung ke Dinas Sosial dan Pemberdayaan Masyarakat;',
        'Saran dan masukan melalui kotak pengaduan yang tersedia;',
        'Tindak lanjut penanganan melalui Seksi Linjamsos',
        'Telepon : 0822 5560 0445',
        'E-mail : dinsospmkotatarakan@gmail.com',
        'Facebook : Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan',
        'Intragram : https://www.instagram.com/dinsospm/',
      ],
    },
  ]),
  row('11.', 'staff_count', 'Jumlah Pelaksana', [
    {
      text: 'Jumlah petugas yang dibutuhkan adalah',
      itemStyle: 'lower-alpha',
      items: ['Sub. Koordinator;', 'Pekerja Sosial', 'Analis Jaminan Sosial', 'Pengadministrasi', 'Petugas Operator'],
    },
  ]),
  row('12.', 'service_guarantee', 'Jaminan Pelayanan', ['Pelayanan tepat waktu']),
  row('13.', 'security_guarantee', 'Jaminan Keamanan dan Keselamatan', ['Rasa aman;', 'Suasana nyaman'], 'lower-alpha'),
  row(
    '14.',
    'performance_evaluation',
    'Evaluasi Kinerja dan Pelaksana',
    ['Monitoring dan Evaluasi oleh Kepala Dinas;', 'Survey Kepuasan Masyarakat/SKM'],
    'lower-alpha',
  ),
];
