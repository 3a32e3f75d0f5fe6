import type { CreateOfficeInput } from './offices.schema.js';

/**
 * The five offices whose published service standards (../docs/seeds) are the product's
 * specification. Region codes are Kemendagri's; time zones from the seeds (WIB/WITA).
 */
export const FIVE_OFFICES: CreateOfficeInput[] = [
  { slug: 'kota-pasuruan', name: 'Dinas Kesehatan Kota Pasuruan', regionCode: '35.75', timeZone: 'Asia/Jakarta', receiptPrefix: 'PSR' },
  {
    slug: 'kab-karangasem',
    name: 'Dinas Sosial, PPPA dan PPKB Kabupaten Karangasem',
    regionCode: '51.07',
    timeZone: 'Asia/Makassar',
    receiptPrefix: 'KRA',
  },
  { slug: 'kota-palembang', name: 'Dinas Sosial Kota Palembang', regionCode: '16.71', timeZone: 'Asia/Jakarta', receiptPrefix: 'PLG' },
  {
    slug: 'kota-tarakan',
    name: 'Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan',
    regionCode: '65.71',
    timeZone: 'Asia/Makassar',
    receiptPrefix: 'TRK',
  },
  {
    slug: 'kab-malinau',
    name: 'Dinas Kesehatan, Pengendalian Penduduk dan KB Kabupaten Malinau',
    regionCode: '65.02',
    timeZone: 'Asia/Makassar',
    receiptPrefix: 'MLN',
  },
];
