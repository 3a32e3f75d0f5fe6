/**
 * The e-Dabu upload forms as DATA. BPJS Kesehatan changes these forms now and then; a new form
 * version must be a change to this file (a new entry or a new column list), never to the writer.
 *
 * Source: the six forms in ./templates/ (uninitlzd/bpjs-mutasi, MIT, `public/form-template/`).
 * All six share one layout: header block rows 1–5, column titles on row 7, column numbers on
 * row 8, data from row 9. They differ in sheet name, in the Jenis Mutasi code pre-filled in
 * column C, and in which titles are yellow (the columns BPJS asks for in that change). The forms
 * were made for wage-earner units, so NIP, golongan, gaji and the like have no source in PBI
 * Daerah and stay empty (`key: null`).
 */

export type ChangeType =
  | 'new'
  | 'add_family_member'
  | 'identity_change'
  | 'address_change'
  | 'deactivate_month_end'
  | 'deactivate_death';

export const CHANGE_TYPES: readonly ChangeType[] = [
  'new',
  'add_family_member',
  'identity_change',
  'address_change',
  'deactivate_month_end',
  'deactivate_death',
];

// Codes as written in the column titles of the forms (row 7).
export const SEX_CODES = { L: '1', P: '2' } as const;
export const MARITAL_STATUS_CODES = { belum_kawin: '1', kawin: '2', cerai_hidup: '3', cerai_mati: '4' } as const;
export const RELATION_CODES = { peserta: '1', suami: '2', istri: '3', anak: '4' } as const;

export type Sex = keyof typeof SEX_CODES;
export type MaritalStatus = keyof typeof MARITAL_STATUS_CODES;
export type FamilyRelation = keyof typeof RELATION_CODES;

/** Fields of EdabuRow that a column can take its value from. */
export type EdabuFieldKey =
  | 'cardNumber'
  | 'kkNumber'
  | 'nik'
  | 'name'
  | 'sex'
  | 'maritalStatus'
  | 'relation'
  | 'birthPlace'
  | 'address'
  | 'rt'
  | 'rw'
  | 'postalCode'
  | 'districtCode'
  | 'districtName'
  | 'villageCode'
  | 'villageName'
  | 'birthDate'
  | 'faskesCode'
  | 'faskesName'
  | 'dentalFaskesCode'
  | 'dentalFaskesName'
  | 'phone'
  | 'effectiveDate'
  | 'deathDate'
  | 'careClass';

/** How a value is checked and written. `sequence` and `mutation` are filled by the writer. */
export type ColumnFormat =
  | { kind: 'sequence' }
  | { kind: 'mutation' }
  | { kind: 'text'; maxLength: number }
  | { kind: 'digits'; length: number }
  | { kind: 'digitRange'; min: number; max: number }
  | { kind: 'regionCode' }
  | { kind: 'faskesCode' }
  | { kind: 'phone' }
  | { kind: 'date'; pattern: 'DD-MM-YYYY' }
  | { kind: 'code'; codes: Readonly<Record<string, string>> };

export interface EdabuColumn {
  /** 1-based position in the sheet (A = 1). */
  position: number;
  /** The number printed on row 8; null where the form prints none (Nama Kecamatan). */
  number: number | null;
  /** Exact title text of row 7, including the form's double spaces and line breaks. */
  title: string;
  key: EdabuFieldKey | 'sequence' | 'mutationCode' | null;
  /** Required for this change type in PBI Daerah (our rule, not the form's yellow marking). */
  required: boolean;
  format: ColumnFormat | null;
  /**
   * Yellow in this form ("WARNA KUNING WAJIB DIISI"): what BPJS asks to be filled. It differs per
   * form and is kept to reproduce the form; `required` is our rule and may be narrower (see below).
   */
  highlighted: boolean;
  /** Fill of the title cell: the mutation forms paint the titles they do not ask for white. */
  titleFill: 'yellow' | 'white' | 'none';
  width: number;
  titleWrap: boolean;
  /** The form's column style wraps text (B, C, V, W); rows typed in by hand inherit it. */
  columnWrap: boolean;
  /** The number cell on row 8 wraps (only B8 in the 2018 forms). */
  numberWrap?: boolean;
  dataAlign: 'left' | 'center' | 'right';
}

export interface EdabuHeaderField {
  row: number;
  label: string;
  key: 'satkerCode' | 'satkerName' | 'membershipType' | 'kcCode' | 'dati2Code';
}

export interface EdabuTemplate {
  changeType: ChangeType;
  /** Identifies the form version the column list reproduces. */
  version: string;
  /** File in ./templates/ this entry was taken from. */
  referenceFile: string;
  sheetName: string;
  /** Jenis Mutasi written in column C of every data row; null where the form leaves it empty. */
  mutationCode: string | null;
  headerFields: readonly EdabuHeaderField[];
  /** Column holding the header values; bpjs-mutasi's generator writes them in C1:C5. */
  headerValueColumn: number;
  banner: { row: number; from: number; to: number; text: string };
  titleRow: number;
  numberRow: number;
  firstDataRow: number;
  columns: readonly EdabuColumn[];
  /** Row fields our process needs although the form has no column for them. */
  alsoRequired: readonly EdabuFieldKey[];
}

type BaseColumn = Omit<EdabuColumn, 'required' | 'highlighted' | 'titleFill'>;

const text = (maxLength: number): ColumnFormat => ({ kind: 'text', maxLength });
const ddmmyyyy: ColumnFormat = { kind: 'date', pattern: 'DD-MM-YYYY' };
const unused = null;

/** Column list of the 2018 forms (identical in all six files). Widths copied from the files. */
const COLUMNS_2018: readonly BaseColumn[] = [
  { position: 1, number: 1, title: 'No Urut', key: 'sequence', format: { kind: 'sequence' }, width: 10.5703125, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 2, number: 2, title: 'Nomor JKN', key: 'cardNumber', format: { kind: 'digits', length: 13 }, width: 19.7109375, titleWrap: true, columnWrap: true, numberWrap: true, dataAlign: 'right' },
  { position: 3, number: 3, title: 'Jenis Mutasi', key: 'mutationCode', format: { kind: 'mutation' }, width: 19.7109375, titleWrap: true, columnWrap: true, dataAlign: 'center' },
  { position: 4, number: 4, title: 'No Kartu Keluarga', key: 'kkNumber', format: { kind: 'digits', length: 16 }, width: 18.28515625, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 5, number: 5, title: 'NIK', key: 'nik', format: { kind: 'digits', length: 16 }, width: 19.28515625, titleWrap: false, columnWrap: false, dataAlign: 'left' },
  { position: 6, number: 6, title: 'NIP lama', key: unused, format: null, width: 14, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 7, number: 7, title: 'NIP baru', key: unused, format: null, width: 19.28515625, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 8, number: 8, title: 'Nama Lengkap', key: 'name', format: text(100), width: 23.5703125, titleWrap: false, columnWrap: false, dataAlign: 'left' },
  { position: 9, number: 9, title: 'Jenis Kelamin 1=L  2=P', key: 'sex', format: { kind: 'code', codes: SEX_CODES }, width: 13.28515625, titleWrap: true, columnWrap: false, dataAlign: 'center' },
  { position: 10, number: 10, title: 'Status Kawin 1=BK, 2=K,     3=CH, 4=CM', key: 'maritalStatus', format: { kind: 'code', codes: MARITAL_STATUS_CODES }, width: 13.28515625, titleWrap: true, columnWrap: false, dataAlign: 'center' },
  { position: 11, number: 11, title: 'Kode Hubkel  1 = P\n2 = S\n3 = I\n4 = A', key: 'relation', format: { kind: 'code', codes: RELATION_CODES }, width: 13.28515625, titleWrap: true, columnWrap: false, dataAlign: 'center' },
  { position: 12, number: 12, title: 'Tempat Lahir', key: 'birthPlace', format: text(50), width: 13.28515625, titleWrap: false, columnWrap: false, dataAlign: 'left' },
  { position: 13, number: 13, title: 'Alamat', key: 'address', format: text(150), width: 19.42578125, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 14, number: 14, title: 'RT', key: 'rt', format: { kind: 'digitRange', min: 1, max: 3 }, width: 9, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 15, number: 15, title: 'RW', key: 'rw', format: { kind: 'digitRange', min: 1, max: 3 }, width: 9, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 16, number: 16, title: 'Kode Pos', key: 'postalCode', format: { kind: 'digits', length: 5 }, width: 13.28515625, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 17, number: 17, title: 'Kode Kecamatan', key: 'districtCode', format: { kind: 'regionCode' }, width: 15.85546875, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 18, number: null, title: 'Nama Kecamatan', key: 'districtName', format: text(60), width: 17.5703125, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 19, number: 18, title: 'Kode Desa', key: 'villageCode', format: { kind: 'regionCode' }, width: 10.28515625, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 20, number: 19, title: 'Nama Desa', key: 'villageName', format: text(60), width: 15.7109375, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 21, number: 20, title: 'Tanggal Lahir', key: 'birthDate', format: ddmmyyyy, width: 12.42578125, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 22, number: 21, title: 'No Surat Keterangan Kuliah (UNTUK ANAK USIA DIATAS 21 THN)', key: unused, format: null, width: 19.5703125, titleWrap: true, columnWrap: true, dataAlign: 'center' },
  { position: 23, number: 22, title: 'Tanggal Surat Kuliah  (UNTUK ANAK USIA DIATAS 21 THN)', key: unused, format: null, width: 14.5703125, titleWrap: true, columnWrap: true, dataAlign: 'center' },
  { position: 24, number: 23, title: 'Golongan', key: unused, format: null, width: 22.85546875, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 25, number: 24, title: 'Ruang', key: unused, format: null, width: 12.7109375, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 26, number: 25, title: 'Eselon', key: unused, format: null, width: 8.28515625, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  // TMT Pegawai is an employee's start date; PBI Daerah has no such date. If a branch office
  // asks for the membership TMT here, set key: 'effectiveDate' and format: ddmmyyyy.
  { position: 27, number: 26, title: 'TMT Pegawai', key: unused, format: null, width: 12.5703125, titleWrap: false, columnWrap: false, dataAlign: 'left' },
  { position: 28, number: 27, title: 'Gaji Pokok', key: unused, format: null, width: 10.28515625, titleWrap: false, columnWrap: false, dataAlign: 'left' },
  // The contribution of PBI Daerah is billed to the regional government, not per row.
  { position: 29, number: 28, title: 'Iuran ', key: unused, format: null, width: 10.28515625, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 30, number: 29, title: 'Masa Berlaku', key: unused, format: null, width: 12.7109375, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 31, number: 30, title: 'Kode Faskes TK I', key: 'faskesCode', format: { kind: 'faskesCode' }, width: 22, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 32, number: 31, title: 'Nama Faskes TK I', key: 'faskesName', format: text(100), width: 25.85546875, titleWrap: false, columnWrap: false, dataAlign: 'left' },
  { position: 33, number: 32, title: 'Kode Faskes Gigi', key: 'dentalFaskesCode', format: { kind: 'faskesCode' }, width: 15.85546875, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 34, number: 33, title: 'Nama Faskes Gigi', key: 'dentalFaskesName', format: text(100), width: 16.42578125, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 35, number: 34, title: 'Nomor Telepon', key: 'phone', format: { kind: 'phone' }, width: 15, titleWrap: false, columnWrap: false, dataAlign: 'center' },
  { position: 36, number: 35, title: 'No NPWP', key: unused, format: null, width: 9.5703125, titleWrap: false, columnWrap: false, dataAlign: 'center' },
];

const HEADER_FIELDS_2018: readonly EdabuHeaderField[] = [
  { row: 1, label: 'Kode Satker', key: 'satkerCode' },
  { row: 2, label: 'Nama Satker', key: 'satkerName' },
  { row: 3, label: 'Jenis Kepesertaan', key: 'membershipType' },
  { row: 4, label: 'Kode KC', key: 'kcCode' },
  { row: 5, label: 'Kode Dati2', key: 'dati2Code' },
];

// Title fills of each form, by position (read from row 7 of the reference files): yellow
// columns are the ones BPJS asks for; the mutation forms paint most others white.
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const FILLS = {
  dataBaru: { yellow: [...range(4, 28), ...range(31, 36)], white: [] },
  identity: { yellow: [2, 3, 5, 8, 9, 10, 11, 12, 21], white: [4, 6, 7, ...range(13, 20), ...range(22, 28), ...range(31, 36)] },
  familyMember: { yellow: [2, 3, 5, 8, 9, 10, 11, 12, 21], white: [4, 6, 7, ...range(13, 20), ...range(22, 36)] },
  address: { yellow: [2, 3, 4, 5, ...range(8, 20)], white: [6, 7, ...range(21, 36)] },
  monthEnd: { yellow: [2, 3, 8, 11], white: [4, 5, 6, 7, 9, 10, ...range(12, 36)] },
  death: { yellow: [2, 3, 8, 11, 12], white: [4, 5, 6, 7, 9, 10, ...range(13, 36)] },
} satisfies Record<string, { yellow: number[]; white: number[] }>;

// What each change needs in PBI Daerah: the form's yellow columns that have a source in our
// data, narrowed where the yellow marking is the wage-earner form's (NIP, golongan, NPWP) or
// asks for what poor residents often lack (telephone, postal code, dental faskes on enrolment).
// Enrolment follows the Malinau seed's entry list (Nomor KK, NIK, Nama, TTL, Alamat, Faskes,
// Status, Jenis Kelamin). NIK is always required: answers from BPJS are matched on it.
const ENROLMENT: readonly EdabuFieldKey[] = [
  'kkNumber', 'nik', 'name', 'sex', 'maritalStatus', 'relation', 'birthPlace', 'birthDate',
  'address', 'rt', 'rw', 'districtCode', 'districtName', 'villageCode', 'villageName', 'faskesCode',
];
const IDENTITY: readonly EdabuFieldKey[] = ['cardNumber', 'nik', 'name', 'sex', 'maritalStatus', 'relation', 'birthPlace', 'birthDate'];
const REQUIRED: Record<ChangeType, readonly EdabuFieldKey[]> = {
  new: ENROLMENT,
  // The form marks Nomor JKN (as kode-1 does); whose card that is for a newborn or a spouse is
  // not documented, so it is optional here and the enrolment fields are required instead.
  add_family_member: ENROLMENT,
  identity_change: IDENTITY,
  address_change: [
    'cardNumber', 'kkNumber', 'nik', 'name', 'sex', 'maritalStatus', 'relation', 'birthPlace', 'address', 'rt', 'rw',
    'postalCode', 'districtCode', 'districtName', 'villageCode', 'villageName',
  ],
  deactivate_month_end: ['cardNumber', 'nik', 'name', 'relation'],
  deactivate_death: ['cardNumber', 'nik', 'name', 'relation', 'birthPlace'],
};

interface TemplateSpec {
  referenceFile: string;
  sheetName: string;
  mutationCode: string | null;
  fills: { yellow: readonly number[]; white: readonly number[] };
  alsoRequired?: readonly EdabuFieldKey[];
}

function template2018(changeType: ChangeType, spec: TemplateSpec): EdabuTemplate {
  const required = new Set<string>(REQUIRED[changeType]);
  const yellow = new Set(spec.fills.yellow);
  const white = new Set(spec.fills.white);
  return {
    changeType,
    version: 'bpjs-mutasi-2018',
    referenceFile: spec.referenceFile,
    sheetName: spec.sheetName,
    mutationCode: spec.mutationCode,
    headerFields: HEADER_FIELDS_2018,
    headerValueColumn: 3,
    banner: { row: 5, from: 5, to: 8, text: 'WARNA KUNING WAJIB DIISI' },
    titleRow: 7,
    numberRow: 8,
    firstDataRow: 9,
    columns: COLUMNS_2018.map((c) => ({
      ...c,
      highlighted: yellow.has(c.position),
      titleFill: yellow.has(c.position) ? 'yellow' : white.has(c.position) ? 'white' : 'none',
      required: c.key !== null && required.has(c.key),
    })),
    alsoRequired: spec.alsoRequired ?? [],
  };
}

export const EDABU_TEMPLATES: Readonly<Record<ChangeType, EdabuTemplate>> = {
  // The data-baru form leaves Jenis Mutasi empty: a new member is not a mutation.
  new: template2018('new', { referenceFile: 'data-baru.xlsx', sheetName: 'DATA BARU', mutationCode: null, fills: FILLS.dataBaru }),
  // This form is the kode-1 form re-saved (same yellow columns, "1" pre-filled in column C); kept
  // as published, unverified with a branch office.
  add_family_member: template2018('add_family_member', {
    referenceFile: 'tambah-anggota-keluarga-inti.xlsx',
    sheetName: 'TAMBAH ANGGOTA KELUARGA INTI',
    mutationCode: '1',
    fills: FILLS.familyMember,
  }),
  identity_change: template2018('identity_change', {
    referenceFile: 'kode-1-identitas.xlsx',
    sheetName: 'IDENTITAS',
    mutationCode: '1',
    fills: FILLS.identity,
  }),
  address_change: template2018('address_change', {
    referenceFile: 'kode-2-alamat.xlsx',
    sheetName: 'KODE 2 = ALAMAT',
    mutationCode: '2',
    fills: FILLS.address,
  }),
  deactivate_month_end: template2018('deactivate_month_end', {
    referenceFile: 'kode-5-non-aktif-akhir-bulan.xlsx',
    sheetName: 'KODE 5 = NON AKTIF AKHIR BULAN',
    mutationCode: '5',
    fills: FILLS.monthEnd,
  }),
  // The form has no death-date column, but the office must hold the date (from the death
  // certificate) to answer BPJS; it is validated and kept with the row.
  deactivate_death: template2018('deactivate_death', {
    referenceFile: 'kode-6-non-aktif-meninggal.xlsx',
    sheetName: 'KODE 6 = NON AKTIF MENINGGAL',
    mutationCode: '6',
    fills: FILLS.death,
    alsoRequired: ['deathDate'],
  }),
};

export function edabuTemplate(changeType: ChangeType): EdabuTemplate {
  return EDABU_TEMPLATES[changeType];
}
