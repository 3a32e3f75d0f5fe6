/**
 * Value sets of the registry and how the outside world writes them. Member lists from BPJS and from
 * offices' spreadsheets use either the KK wording ("KEPALA KELUARGA", "BELUM KAWIN") or the e-Dabu codes
 * (Hubkel 1 = peserta, 2 = suami, 3 = istri, 4 = anak; status kawin 1–4; jenis kelamin 1 = L, 2 = P:
 * reference/README.md, bpjs-edabu-templates); both are accepted.
 */
export const SEGMENTS = ['PBI_DAERAH', 'PBI_JK', 'PBPU', 'PPU', 'BP', 'NONE'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const MEMBERSHIP_STATUSES = ['active', 'inactive', 'pending'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const MARITAL_STATUSES = ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** SIAK "status hubungan dalam keluarga", the words printed on a KK. */
export const RELATIONS = [
  'kepala_keluarga',
  'suami',
  'istri',
  'anak',
  'menantu',
  'cucu',
  'orang_tua',
  'mertua',
  'famili_lain',
  'lainnya',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const BPJS_CHANGES = [
  'new',
  'add_family_member',
  'identity_change',
  'address_change',
  'deactivate_month_end',
  'deactivate_death',
] as const;
export type BpjsChange = (typeof BPJS_CHANGES)[number];

/**
 * e-Dabu Hubkel for a KK relation. BPJS knows only the core family (peserta, suami, istri, anak); other
 * relatives are enrolled as their own "peserta".
 */
export function bpjsRelation(relation: Relation): 'peserta' | 'suami' | 'istri' | 'anak' {
  switch (relation) {
    case 'suami':
      return 'suami';
    case 'istri':
      return 'istri';
    case 'anak':
      return 'anak';
    default:
      return 'peserta';
  }
}

const squash = (s: string) => s.trim().toUpperCase().replace(/[\s_\-/.]+/g, ' ');

/**
 * Imports parse the same few spellings 100,000 times; remembering each spelling's answer keeps the
 * regular expressions off the hot path. Bounded, because the input comes from uploaded files.
 */
function memo<T>(parse: (input: string) => T): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    let v = cache.get(input);
    if (v === undefined && !cache.has(input)) {
      v = parse(input);
      if (cache.size < 1000) cache.set(input, v);
    }
    return v as T;
  };
}

const RELATION_WORDS: Record<string, Relation> = {
  '1': 'kepala_keluarga',
  PESERTA: 'kepala_keluarga',
  'KEPALA KELUARGA': 'kepala_keluarga',
  KEPALA: 'kepala_keluarga',
  KK: 'kepala_keluarga',
  '2': 'suami',
  SUAMI: 'suami',
  '3': 'istri',
  ISTRI: 'istri',
  ISTERI: 'istri',
  '4': 'anak',
  ANAK: 'anak',
  'ANAK KANDUNG': 'anak',
  'ANAK ANGKAT': 'anak',
  'ANAK TIRI': 'anak',
  MENANTU: 'menantu',
  CUCU: 'cucu',
  'ORANG TUA': 'orang_tua',
  ORANGTUA: 'orang_tua',
  MERTUA: 'mertua',
  'FAMILI LAIN': 'famili_lain',
  LAINNYA: 'lainnya',
  PEMBANTU: 'lainnya',
};

export const parseRelation = memo(function parseRelation(input: string): Relation | null {
  const key = squash(input);
  if ((RELATIONS as readonly string[]).includes(input.trim())) return input.trim() as Relation;
  return RELATION_WORDS[key] ?? null;
});

const MARITAL_WORDS: Record<string, MaritalStatus> = {
  '1': 'belum_kawin',
  'BELUM KAWIN': 'belum_kawin',
  'BELUM MENIKAH': 'belum_kawin',
  '2': 'kawin',
  KAWIN: 'kawin',
  MENIKAH: 'kawin',
  'KAWIN TERCATAT': 'kawin',
  'KAWIN BELUM TERCATAT': 'kawin',
  '3': 'cerai_hidup',
  'CERAI HIDUP': 'cerai_hidup',
  '4': 'cerai_mati',
  'CERAI MATI': 'cerai_mati',
};

export const parseMaritalStatus = memo(function parseMaritalStatus(input: string): MaritalStatus | null {
  if ((MARITAL_STATUSES as readonly string[]).includes(input.trim())) return input.trim() as MaritalStatus;
  return MARITAL_WORDS[squash(input)] ?? null;
});

const SEX_WORDS: Record<string, 'M' | 'F'> = {
  L: 'M',
  M: 'M',
  '1': 'M',
  'LAKI LAKI': 'M',
  LAKI: 'M',
  PRIA: 'M',
  P: 'F',
  F: 'F',
  '2': 'F',
  PEREMPUAN: 'F',
  WANITA: 'F',
};

export const parseSex = memo((input: string): 'M' | 'F' | null => SEX_WORDS[squash(input)] ?? null);

const STATUS_WORDS: Record<string, MembershipStatus> = {
  AKTIF: 'active',
  ACTIVE: 'active',
  '1': 'active',
  'NON AKTIF': 'inactive',
  NONAKTIF: 'inactive',
  'TIDAK AKTIF': 'inactive',
  INACTIVE: 'inactive',
  '0': 'inactive',
  PENDING: 'pending',
  PROSES: 'pending',
  DIPROSES: 'pending',
};

export const parseMembershipStatus = memo((input: string): MembershipStatus | null => STATUS_WORDS[squash(input)] ?? null);

/** Last day of the month of an ISO date: deactivation for a move takes effect then (e-Dabu kode 5). */
export function endOfMonth(isoDate: string): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${isoDate.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}
