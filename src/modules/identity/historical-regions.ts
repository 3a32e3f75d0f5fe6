/**
 * Regency/city codes that are no longer in the current Kemendagri list but still appear in NIK and KK
 * numbers, because a NIK keeps the code of the district where it was first issued for life (PP 40/2019;
 * dukcapil.klaten.go.id "Arti 16 digit NIK"). When a province is split, its regencies get new codes, but
 * nobody's NIK is renumbered: in 2019 about 40 % of adults in North Kalimantan still carried a KTP from
 * "Kalimantan Timur" (Disdukcapil Kaltara, reported by mediakaltara.com and kaltara.prokal.co, May 2019),
 * 124,235 of them in Tarakan.
 *
 * These codes are VALID in NIK/KK checks (reported as historical). They say where a number was issued,
 * never where the person lives now.
 */

export interface HistoricalRegency {
  /** Dotted regency code as it appears in old numbers, e.g. `64.06`. */
  oldCode: string;
  /** Name under that code. */
  name: string;
  /** Province the code belonged to at the time, e.g. `KALIMANTAN TIMUR`. */
  oldProvinceName: string;
  /** Dotted code of the same regency today, e.g. `65.02`. */
  currentCode: string;
  /** Last year numbers were issued under the old code (the year of the split). */
  until: number;
  /** Where the code and the change come from. */
  source: string;
}

const KALTARA_SOURCE =
  'Kemendagri code list before UU 20/2012 (North Kalimantan), as reproduced in a public SQL dump of ' +
  'Kemendagri regions: 64.04 Bulungan, 64.05 Nunukan, 64.06 Malinau, 64.10 Tana Tidung, 64.73 Tarakan. ' +
  'Consistent with UU 47/1999, which formed Nunukan, Malinau, Kutai Barat and Kutai Timur in that order ' +
  '(Kutai Barat 64.07 and Kutai Timur 64.08 are still current). Do not confuse with BPS codes, which ' +
  'differ (BPS 6406 Malinau, 6407 Bulungan, 6408 Nunukan, 6473 Tarakan).';

const PAPUA_SOURCE_2022 =
  'Permendagri 72/2019 and 58/2021 code lists (cahyadsn/wilayah db/wilayah_2020.sql and copies), before ' +
  'UU 14/2022 (Papua Selatan), UU 15/2022 (Papua Tengah), UU 16/2022 (Papua Pegunungan) and UU 29/2022 ' +
  '(Papua Barat Daya) gave these regencies codes 93–96.';

function kaltara(oldCode: string, name: string, currentCode: string): HistoricalRegency {
  return { oldCode, name, oldProvinceName: 'KALIMANTAN TIMUR', currentCode, until: 2012, source: KALTARA_SOURCE };
}

function papua(oldCode: string, name: string, currentCode: string): HistoricalRegency {
  const oldProvinceName = oldCode.startsWith('91.') ? 'PAPUA' : 'PAPUA BARAT';
  return { oldCode, name, oldProvinceName, currentCode, until: 2022, source: PAPUA_SOURCE_2022 };
}

export const HISTORICAL_REGENCIES: readonly HistoricalRegency[] = Object.freeze([
  // North Kalimantan (65) was split from East Kalimantan (64) by UU 20/2012.
  kaltara('64.04', 'KABUPATEN BULUNGAN', '65.01'),
  kaltara('64.05', 'KABUPATEN NUNUKAN', '65.03'),
  kaltara('64.06', 'KABUPATEN MALINAU', '65.02'),
  kaltara('64.10', 'KABUPATEN TANA TIDUNG', '65.04'),
  kaltara('64.73', 'KOTA TARAKAN', '65.71'),

  // Papua (91) → Papua Selatan (93), Papua Tengah (94), Papua Pegunungan (95), 2022.
  papua('91.01', 'KABUPATEN MERAUKE', '93.01'),
  papua('91.16', 'KABUPATEN BOVEN DIGOEL', '93.02'),
  papua('91.17', 'KABUPATEN MAPPI', '93.03'),
  papua('91.18', 'KABUPATEN ASMAT', '93.04'),
  papua('91.04', 'KABUPATEN NABIRE', '94.01'),
  papua('91.07', 'KABUPATEN PUNCAK JAYA', '94.02'),
  papua('91.08', 'KABUPATEN PANIAI', '94.03'),
  papua('91.09', 'KABUPATEN MIMIKA', '94.04'),
  papua('91.25', 'KABUPATEN PUNCAK', '94.05'),
  papua('91.26', 'KABUPATEN DOGIYAI', '94.06'),
  papua('91.27', 'KABUPATEN INTAN JAYA', '94.07'),
  papua('91.28', 'KABUPATEN DEIYAI', '94.08'),
  papua('91.02', 'KABUPATEN JAYAWIJAYA', '95.01'),
  papua('91.12', 'KABUPATEN PEGUNUNGAN BINTANG', '95.02'),
  papua('91.13', 'KABUPATEN YAHUKIMO', '95.03'),
  papua('91.14', 'KABUPATEN TOLIKARA', '95.04'),
  papua('91.21', 'KABUPATEN MAMBERAMO TENGAH', '95.05'),
  papua('91.22', 'KABUPATEN YALIMO', '95.06'),
  papua('91.23', 'KABUPATEN LANNY JAYA', '95.07'),
  papua('91.24', 'KABUPATEN NDUGA', '95.08'),

  // Papua Barat (92) → Papua Barat Daya (96), 2022.
  papua('92.01', 'KABUPATEN SORONG', '96.01'),
  papua('92.04', 'KABUPATEN SORONG SELATAN', '96.02'),
  papua('92.05', 'KABUPATEN RAJA AMPAT', '96.03'),
  papua('92.09', 'KABUPATEN TAMBRAUW', '96.04'),
  papua('92.10', 'KABUPATEN MAYBRAT', '96.05'),
  papua('92.71', 'KOTA SORONG', '96.71'),
]);
