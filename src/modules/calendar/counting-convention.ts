/**
 * The counting convention, in the words shown to residents (receipts, portal) and officers.
 * The Standar Pelayanan of the seed offices state limits ("1 hari kerja", "kurang dari 7 hari",
 * "1 bulan", "10 - 15 menit", "1 - 2 jam", "20 hari kerja") but never how to count them; this is
 * the rule the product applies, published so that anyone can check a due date by hand.
 * due-time.ts implements exactly this; due-time.test.ts has a worked example for each line.
 */
import type { Message } from '../../platform/errors.js';
import type { TimeLimitUnit } from './calendar.schema.js';

export type ConventionTopic = 'serviceDays' | TimeLimitUnit | 'aroundTheClock' | 'beyondCalendar';

export const COUNTING_CONVENTION: Readonly<Record<ConventionTopic, Message>> = {
  serviceDays: {
    id:
      'Hari kerja adalah hari yang memiliki jam layanan kantor dan bukan hari libur nasional, cuti bersama ' +
      '(SKB 3 Menteri) atau hari libur daerah yang ditetapkan kantor. Sabtu dan Minggu tutup kecuali kantor ' +
      'mencantumkan jam layanan pada hari itu. Semua waktu dalam zona waktu kantor (WIB/WITA/WIT).',
    en:
      'A working day is a day on which the office has service hours and which is not a national holiday, ' +
      'collective leave day (cuti bersama, SKB of three ministers) or regional holiday set by the office. Saturday ' +
      'and Sunday are closed unless the office lists hours for them. All times are in the office time zone.',
  },
  minutes: {
    id:
      'Batas dalam menit dihitung hanya selama jam layanan pada hari kerja. Berkas yang diterima di luar jam ' +
      'layanan mulai dihitung pada jam buka berikutnya; waktu yang tersisa saat layanan tutup dilanjutkan pada ' +
      'jam buka hari kerja berikutnya. Batas waktu tidak pernah jatuh di luar jam layanan.',
    en:
      'A limit in minutes runs only during service hours on working days. A file received outside service hours ' +
      'starts at the next opening; time left at closing carries over to the next working day’s opening. A due ' +
      'time never falls outside service hours.',
  },
  hours: {
    id: 'Batas dalam jam dihitung seperti batas dalam menit: hanya selama jam layanan pada hari kerja.',
    en: 'A limit in hours is counted like a limit in minutes: only during service hours on working days.',
  },
  working_days: {
    id:
      'Hari penerimaan tidak dihitung, walaupun berkas diterima sebelum jam buka; hari kerja pertama adalah ' +
      'hari kerja berikutnya setelah hari penerimaan; batas waktu adalah jam tutup layanan pada hari kerja ke-N.',
    en:
      'The day of receipt does not count, even when the file arrives before opening; the first working day is ' +
      'the next working day after the day of receipt; the limit ends at the service closing time of the N-th ' +
      'working day.',
  },
  calendar_days: {
    id:
      'Hari penerimaan tidak dihitung; batas waktu adalah pukul 23.59.59 pada hari ke-N setelah hari penerimaan, ' +
      'termasuk Sabtu, Minggu dan hari libur, dan tidak digeser bila jatuh pada hari libur.',
    en:
      'The day of receipt does not count; the limit ends at 23:59:59 on the N-th day after the day of receipt, ' +
      'counting weekends and holidays, and is not moved when it falls on a holiday.',
  },
  months: {
    id:
      'Batas waktu adalah pukul 23.59.59 pada tanggal yang sama N bulan setelah hari penerimaan; bila tanggal ' +
      'itu tidak ada, hari terakhir bulan tersebut (31 Januari + 1 bulan = 28/29 Februari). Tidak digeser ' +
      'bila jatuh pada hari libur.',
    en:
      'The limit ends at 23:59:59 on the same day of the month N months after the day of receipt; when that day ' +
      'does not exist, the last day of that month (31 January + 1 month = 28/29 February). It is not moved when ' +
      'it falls on a holiday.',
  },
  aroundTheClock: {
    id:
      'Layanan darurat (24 jam) dihitung terus-menerus sejak berkas diterima, termasuk malam, akhir pekan dan ' +
      'hari libur.',
    en: 'Emergency (24-hour) services run continuously from receipt, including nights, weekends and holidays.',
  },
  beyondCalendar: {
    id:
      'Bila perhitungan melewati tahun yang daftar hari liburnya belum ditetapkan, hanya hari tanpa jam layanan ' +
      '(misalnya Sabtu dan Minggu) yang dilewati dan batas waktu ditandai sebagai perkiraan.',
    en:
      'When a count runs into a year whose holidays are not yet decreed, only days without service hours (such ' +
      'as weekends) are skipped and the due time is marked as an estimate.',
  },
};
