/**
 * Name, street and other word lists for synthetic people. Common Indonesian names, with a light regional
 * flavour for the five offices' provinces: Balinese birth-order names (Karangasem), Palembang's Malay
 * nobility titles (Kemas, Masagus, Nyimas), Javanese/Madurese names (Pasuruan), Dayak and Tidung names
 * next to migrants' names (Tarakan, Malinau). Made-up combinations: any match with a real person is chance.
 */

export type NameFlavour = 'general' | 'java' | 'bali' | 'palembang' | 'kaltara';

export function flavourOfProvince(provinceCode: string): NameFlavour {
  switch (provinceCode) {
    case '51':
      return 'bali';
    case '16':
      return 'palembang';
    case '64':
    case '65':
      return 'kaltara';
    case '33':
    case '34':
    case '35':
      return 'java';
    default:
      return 'general';
  }
}

export const MALE_FIRST = [
  'Ahmad', 'Muhammad', 'Budi', 'Agus', 'Joko', 'Slamet', 'Bambang', 'Hendra', 'Rudi', 'Dedi', 'Eko', 'Yusuf',
  'Andi', 'Rizky', 'Fajar', 'Arif', 'Hadi', 'Sugeng', 'Teguh', 'Wahyu', 'Imam', 'Iwan', 'Dimas', 'Bayu',
  'Aditya', 'Rahmat', 'Hasan', 'Ilham', 'Irfan', 'Fauzi', 'Heri', 'Lukman', 'Mulyadi', 'Nanang', 'Ridwan',
  'Saiful', 'Taufik', 'Yanto', 'Zainal', 'Abdul', 'Syahrul', 'Dani', 'Fikri', 'Galih', 'Hafiz', 'Reza',
] as const;

export const FEMALE_FIRST = [
  'Siti', 'Sri', 'Dewi', 'Nur', 'Ani', 'Rina', 'Wati', 'Yuliana', 'Fitri', 'Lestari', 'Ratna', 'Indah',
  'Putri', 'Ayu', 'Dian', 'Eka', 'Endang', 'Erna', 'Fatimah', 'Hartini', 'Ika', 'Kartini', 'Lina', 'Maya',
  'Mega', 'Nurul', 'Ratih', 'Rini', 'Rosmawati', 'Sari', 'Suharti', 'Sumarni', 'Susanti', 'Tri', 'Winarti',
  'Yanti', 'Aisyah', 'Nabila', 'Salsabila', 'Anisa', 'Aulia', 'Khadijah', 'Suryani', 'Murni', 'Halimah',
] as const;

export const MALE_SECOND = [
  'Santoso', 'Wibowo', 'Setiawan', 'Saputra', 'Pratama', 'Hidayat', 'Susanto', 'Nugroho', 'Purnomo',
  'Hermawan', 'Firmansyah', 'Ramadhan', 'Kurniawan', 'Wijaya', 'Gunawan', 'Syahputra', 'Maulana',
  'Prasetyo', 'Hakim', 'Sutrisno', 'Supriyadi', 'Darmawan', 'Rahman', 'Hidayatullah',
] as const;

export const FEMALE_SECOND = [
  'Lestari', 'Wulandari', 'Rahayu', 'Handayani', 'Pratiwi', 'Puspitasari', 'Anggraini', 'Safitri',
  'Kusumawati', 'Permatasari', 'Maharani', 'Novitasari', 'Fitriani', 'Susilowati', 'Ningsih', 'Wahyuni',
  'Rahmawati', 'Oktaviani', 'Yulianti', 'Kurniasih',
] as const;

const JAVA_MALE = ['Suparno', 'Sukirno', 'Paiman', 'Sumadi', 'Kasiran', 'Moh. Sholeh', 'Abd. Rochim', 'Ponijan', 'Tukiman', 'Misnadi'] as const;
const JAVA_FEMALE = ['Ponirah', 'Sumiati', 'Misnati', 'Painem', 'Sulastri', 'Tumini', 'Siti Aminah', 'Rukayah', 'Juwariyah', 'Mukarromah'] as const;

/** Balinese order-of-birth names; the fifth child starts the cycle again. */
const BALI_ORDER = [
  ['Wayan', 'Putu', 'Gede'],
  ['Made', 'Kadek', 'Nengah'],
  ['Nyoman', 'Komang'],
  ['Ketut'],
] as const;
const BALI_MALE = ['Suardana', 'Sudarma', 'Artawan', 'Wirawan', 'Mertayasa', 'Sukadana', 'Suarjana', 'Adnyana', 'Darmayasa', 'Budiarta', 'Sutama', 'Widiana'] as const;
const BALI_FEMALE = ['Sukerti', 'Suartini', 'Wartini', 'Sudiasih', 'Astiti', 'Kartika', 'Sriani', 'Murniasih', 'Ariani', 'Sumerti', 'Rusmini', 'Wardani'] as const;

const PALEMBANG_MALE_TITLE = ['Kms.', 'Mgs.', 'R.'] as const;
const PALEMBANG_FEMALE_TITLE = ['Nys.', 'Msy.', 'Nyayu'] as const;
const PALEMBANG_MALE = ['Abdullah', 'Zulkifli', 'Syafri', 'Herman', 'Iskandar', 'Rusdi', 'Hamdan', 'Anwar'] as const;
const PALEMBANG_FEMALE = ['Zubaidah', 'Maimunah', 'Rosidah', 'Nurhayati', 'Aminah', 'Yusnani', 'Hasanah'] as const;

const KALTARA_MALE = ['Yohanes', 'Markus', 'Paulus', 'Yakobus', 'Lukas', 'Petrus', 'Daud', 'Samuel', 'Andarias', 'Usman'] as const;
const KALTARA_FEMALE = ['Maria', 'Elisabet', 'Marta', 'Rut', 'Debora', 'Yosefina', 'Rahel', 'Norhayati', 'Salbiah', 'Hasnah'] as const;
const KALTARA_SURNAME = ['Lawai', 'Ngau', 'Balan', 'Lahang', 'Ajang', 'Usat', 'Bilung', 'Padan', 'Pagung', 'Sigar'] as const;

export interface NamePools {
  maleFirst: readonly string[];
  femaleFirst: readonly string[];
  maleSecond: readonly string[];
  femaleSecond: readonly string[];
}

export function namePools(flavour: NameFlavour): NamePools {
  switch (flavour) {
    case 'java':
      return {
        maleFirst: [...MALE_FIRST, ...JAVA_MALE],
        femaleFirst: [...FEMALE_FIRST, ...JAVA_FEMALE],
        maleSecond: MALE_SECOND,
        femaleSecond: FEMALE_SECOND,
      };
    case 'palembang':
      return {
        maleFirst: [...MALE_FIRST, ...PALEMBANG_MALE],
        femaleFirst: [...FEMALE_FIRST, ...PALEMBANG_FEMALE],
        maleSecond: MALE_SECOND,
        femaleSecond: FEMALE_SECOND,
      };
    case 'kaltara':
      return {
        maleFirst: [...MALE_FIRST, ...KALTARA_MALE],
        femaleFirst: [...FEMALE_FIRST, ...KALTARA_FEMALE],
        maleSecond: [...MALE_SECOND, ...KALTARA_SURNAME],
        femaleSecond: [...FEMALE_SECOND, ...KALTARA_SURNAME],
      };
    case 'bali':
      return { maleFirst: BALI_MALE, femaleFirst: BALI_FEMALE, maleSecond: BALI_MALE, femaleSecond: BALI_FEMALE };
    default:
      return { maleFirst: MALE_FIRST, femaleFirst: FEMALE_FIRST, maleSecond: MALE_SECOND, femaleSecond: FEMALE_SECOND };
  }
}

export { BALI_ORDER, PALEMBANG_FEMALE_TITLE, PALEMBANG_MALE_TITLE };

export const STREETS = [
  'Melati', 'Mawar', 'Kenanga', 'Anggrek', 'Flamboyan', 'Merdeka', 'Pahlawan', 'Diponegoro', 'Sudirman',
  'Ahmad Yani', 'Kartini', 'Cempaka', 'Dahlia', 'Teratai', 'Masjid', 'Veteran', 'Gajah Mada', 'Hasanuddin',
  'Imam Bonjol', 'Pattimura', 'Sisingamangaraja', 'Cendrawasih', 'Kutilang', 'Nusantara', 'Pemuda',
] as const;

export const HAMLETS = ['Krajan', 'Sumber', 'Karang', 'Tegal', 'Ngasem', 'Sidomulyo', 'Sukamaju', 'Mekar', 'Harapan', 'Baru'] as const;
export const BANJAR = ['Banjar Kaja', 'Banjar Kelod', 'Banjar Kangin', 'Banjar Kauh', 'Banjar Tengah', 'Banjar Anyar'] as const;

/** Mobile prefixes of the main operators (Telkomsel, Indosat, XL, Tri, Smartfren, Axis). */
export const PHONE_PREFIXES = [
  '0811', '0812', '0813', '0821', '0822', '0823', '0851', '0852', '0853', '0814', '0815', '0816', '0855',
  '0856', '0857', '0858', '0817', '0818', '0819', '0859', '0877', '0878', '0895', '0896', '0897', '0898',
  '0899', '0881', '0882', '0883', '0831', '0832', '0838',
] as const;

/** SIAK education categories, the lower ones (PBI targets poor households). */
export const EDUCATION = {
  none: 'TIDAK/BELUM SEKOLAH',
  primaryUnfinished: 'BELUM TAMAT SD/SEDERAJAT',
  primary: 'TAMAT SD/SEDERAJAT',
  juniorHigh: 'SLTP/SEDERAJAT',
  seniorHigh: 'SLTA/SEDERAJAT',
} as const;

export const ADULT_MALE_OCCUPATIONS = [
  'BURUH HARIAN LEPAS', 'BURUH HARIAN LEPAS', 'PETANI/PEKEBUN', 'BURUH TANI/PERKEBUNAN', 'NELAYAN/PERIKANAN',
  'PEDAGANG', 'WIRASWASTA', 'SOPIR', 'TUKANG BATU', 'BELUM/TIDAK BEKERJA',
] as const;
export const ADULT_FEMALE_OCCUPATIONS = [
  'MENGURUS RUMAH TANGGA', 'MENGURUS RUMAH TANGGA', 'MENGURUS RUMAH TANGGA', 'BURUH HARIAN LEPAS', 'PEDAGANG',
  'BURUH TANI/PERKEBUNAN', 'BELUM/TIDAK BEKERJA',
] as const;

export type Religion = 'ISLAM' | 'KRISTEN' | 'KATOLIK' | 'HINDU' | 'BUDDHA' | 'KONGHUCU';

/** Cumulative shares by flavour, roughly following each province's census profile. */
export const RELIGION_SHARES: Record<NameFlavour, ReadonlyArray<readonly [Religion, number]>> = {
  general: [['ISLAM', 0.87], ['KRISTEN', 0.94], ['KATOLIK', 0.97], ['HINDU', 0.99], ['BUDDHA', 1]],
  java: [['ISLAM', 0.96], ['KRISTEN', 0.98], ['KATOLIK', 0.99], ['HINDU', 0.995], ['BUDDHA', 1]],
  palembang: [['ISLAM', 0.94], ['KRISTEN', 0.96], ['KATOLIK', 0.97], ['BUDDHA', 0.995], ['KONGHUCU', 1]],
  bali: [['HINDU', 0.86], ['ISLAM', 0.96], ['KRISTEN', 0.98], ['KATOLIK', 0.99], ['BUDDHA', 1]],
  kaltara: [['ISLAM', 0.7], ['KRISTEN', 0.93], ['KATOLIK', 0.99], ['BUDDHA', 1]],
};
