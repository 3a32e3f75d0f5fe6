/**
 * National holidays (libur nasional) and collective leave (cuti bersama) as decreed each year by
 * the joint decision of three ministers (SKB 3 Menteri: Religious Affairs, Manpower, and
 * Administrative Reform). Shipped as data with its source so that next year's SKB — or an
 * amending SKB, as happened in August 2025 — is a data change reviewed against the decree.
 *
 * Do not replace this with npm `date-holidays`: for 2026 it puts Idulfitri on 20–21 March, has no
 * Paskah and no cuti bersama, and calls Isra Mikraj "Maulid" (see shared/reference/README.md).
 * Both national holidays and cuti bersama close government offices (GLOSSARY: hari kerja).
 */
import type { Holiday } from './calendar.schema.js';

export interface HolidayYear {
  year: number;
  /** The decree(s) the dates come from, as an officer would cite them. */
  source: string;
  holidays: readonly Holiday[];
}

const national = (date: string, name: string): Holiday => ({ date, name, kind: 'national' });
const cuti = (date: string, name: string): Holiday => ({ date, name, kind: 'cuti_bersama' });

export const HOLIDAYS_2025: HolidayYear = {
  year: 2025,
  source:
    'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, ' +
    'Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 ' +
    '(14 Oktober 2024), sebagaimana diubah dengan Keputusan Bersama Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, ' +
    'Nomor 3 Tahun 2025 (7 Agustus 2025) yang menambah cuti bersama 18 Agustus 2025',
  holidays: [
    national('2025-01-01', 'Tahun Baru 2025 Masehi'),
    national('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
    cuti('2025-01-28', 'Cuti Bersama Tahun Baru Imlek 2576 Kongzili'),
    national('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
    cuti('2025-03-28', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947)'),
    national('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
    national('2025-03-31', 'Idulfitri 1446 Hijriah'),
    national('2025-04-01', 'Idulfitri 1446 Hijriah'),
    cuti('2025-04-02', 'Cuti Bersama Idulfitri 1446 Hijriah'),
    cuti('2025-04-03', 'Cuti Bersama Idulfitri 1446 Hijriah'),
    cuti('2025-04-04', 'Cuti Bersama Idulfitri 1446 Hijriah'),
    cuti('2025-04-07', 'Cuti Bersama Idulfitri 1446 Hijriah'),
    national('2025-04-18', 'Wafat Yesus Kristus'),
    national('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
    national('2025-05-01', 'Hari Buruh Internasional'),
    national('2025-05-12', 'Hari Raya Waisak 2569 BE'),
    cuti('2025-05-13', 'Cuti Bersama Hari Raya Waisak 2569 BE'),
    national('2025-05-29', 'Kenaikan Yesus Kristus'),
    cuti('2025-05-30', 'Cuti Bersama Kenaikan Yesus Kristus'),
    national('2025-06-01', 'Hari Lahir Pancasila'),
    national('2025-06-06', 'Iduladha 1446 Hijriah'),
    cuti('2025-06-09', 'Cuti Bersama Iduladha 1446 Hijriah'),
    national('2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah'),
    national('2025-08-17', 'Proklamasi Kemerdekaan'),
    // Added by the amending SKB of 7 August 2025 for the 80th anniversary of independence.
    cuti('2025-08-18', 'Cuti Bersama Peringatan Hari Ulang Tahun ke-80 Republik Indonesia'),
    national('2025-09-05', 'Maulid Nabi Muhammad SAW'),
    national('2025-12-25', 'Kelahiran Yesus Kristus'),
    cuti('2025-12-26', 'Cuti Bersama Kelahiran Yesus Kristus'),
  ],
};

export const HOLIDAYS_2026: HolidayYear = {
  year: 2026,
  // The decree's number is quoted from secondary reporting; the dates are those of
  // shared/reference/README.md, which this table must match exactly (holidays.test.ts checks it).
  source:
    'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB tentang Hari Libur Nasional ' +
    'dan Cuti Bersama Tahun 2026 (ditetapkan 2025; dilaporkan sebagai Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, ' +
    'Nomor 5 Tahun 2025)',
  holidays: [
    national('2026-01-01', 'Tahun Baru 2026 Masehi'),
    national('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
    cuti('2026-02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili'),
    national('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
    cuti('2026-03-18', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)'),
    national('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
    cuti('2026-03-20', 'Cuti Bersama Idulfitri 1447 Hijriah'),
    national('2026-03-21', 'Idulfitri 1447 Hijriah'),
    national('2026-03-22', 'Idulfitri 1447 Hijriah'),
    cuti('2026-03-23', 'Cuti Bersama Idulfitri 1447 Hijriah'),
    cuti('2026-03-24', 'Cuti Bersama Idulfitri 1447 Hijriah'),
    national('2026-04-03', 'Wafat Yesus Kristus'),
    national('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
    national('2026-05-01', 'Hari Buruh Internasional'),
    national('2026-05-14', 'Kenaikan Yesus Kristus'),
    cuti('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus'),
    national('2026-05-27', 'Iduladha 1447 Hijriah'),
    cuti('2026-05-28', 'Cuti Bersama Iduladha 1447 Hijriah'),
    national('2026-05-31', 'Hari Raya Waisak 2570 BE'),
    national('2026-06-01', 'Hari Lahir Pancasila'),
    national('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'),
    national('2026-08-17', 'Proklamasi Kemerdekaan'),
    national('2026-08-25', 'Maulid Nabi Muhammad SAW'),
    cuti('2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus'),
    national('2026-12-25', 'Kelahiran Yesus Kristus'),
  ],
};

export const NATIONAL_HOLIDAY_YEARS: readonly HolidayYear[] = [HOLIDAYS_2025, HOLIDAYS_2026];

/** Every national holiday and cuti bersama we ship, flattened for `createCalendar`. */
export const NATIONAL_HOLIDAYS: readonly Holiday[] = NATIONAL_HOLIDAY_YEARS.flatMap((y) => y.holidays);

export const NATIONAL_HOLIDAYS_FIRST_YEAR = 2025;
export const NATIONAL_HOLIDAYS_LAST_YEAR = 2026;
