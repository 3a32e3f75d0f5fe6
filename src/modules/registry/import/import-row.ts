import { checkKk, checkNik } from '../../identity/index.js';
import type { VillageInfo } from '../../regions/regions.repository.js';
import { domicileRefusal, normaliseVillageCode } from '../domicile.service.js';
import {
  parseMaritalStatus,
  parseMembershipStatus,
  parseRelation,
  parseSex,
  type MaritalStatus,
  type MembershipStatus,
  type Relation,
} from '../registry.codes.js';
import { cellText, type Cell } from './tabular.js';

/**
 * Validation of one row of a member list (pure: everything it needs is in the context). Columns are the
 * office's PBI Daerah list as BPJS hands it out. A row either becomes a ParsedRow or gets every reason it
 * was refused, in both languages, so the report can be fixed in one pass.
 */
export const REQUIRED_COLUMNS = ['NIK', 'NO_KK', 'NAMA', 'TGL_LAHIR', 'JENIS_KELAMIN', 'HUBUNGAN', 'ALAMAT', 'KODE_DESA'] as const;
export const OPTIONAL_COLUMNS = ['TEMPAT_LAHIR', 'STATUS_KAWIN', 'RT', 'RW', 'NO_KARTU', 'KODE_FASKES', 'STATUS'] as const;

export interface ParsedRow {
  nik: string;
  kk: string;
  name: string;
  birthPlace: string | null;
  birthDate: string;
  sex: 'M' | 'F';
  maritalStatus: MaritalStatus | null;
  relation: Relation;
  address: string;
  rt: string | null;
  rw: string | null;
  villageCode: string;
  districtCode: string;
  cardNumber: string | null;
  faskesId: string | null;
  status: MembershipStatus;
}

export interface Reason {
  field: string;
  code: string;
  message: string;
  messageEn: string;
}

export interface RowContext {
  officeRegionCode: string;
  villages: ReadonlyMap<string, VillageInfo>;
  faskesByCode: ReadonlyMap<string, string>;
  today: string;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

function realDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last ? `${y}-${pad2(m)}-${pad2(d)}` : null;
}

/**
 * Birth dates as lists write them: an Excel date cell, an Excel serial number, YYYY-MM-DD, or the
 * Indonesian DD-MM-YYYY / DD/MM/YYYY / DD.MM.YYYY.
 */
export function parseDateCell(c: Cell): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  if (typeof c === 'number') {
    // Excel's day 25569 is 1970-01-01 (its 1900 leap-year bug is behind us for any living person).
    if (c < 1 || c > 80000) return null;
    return new Date(Math.round((c - 25569) * 86_400_000)).toISOString().slice(0, 10);
  }
  const s = cellText(c);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return realDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return realDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function numberCell(field: string, label: string): Reason {
  return {
    field,
    code: `${field}_NUMERIC_CELL`,
    message: `${label} tersimpan sebagai angka di Excel sehingga digit ke-16 hilang; format kolom sebagai Teks lalu isi ulang.`,
    messageEn: `${label} is stored as a number in Excel, which loses the 16th digit; format the column as Text and enter it again.`,
  };
}

const reason = (field: string, code: string, message: string, messageEn: string): Reason => ({ field, code, message, messageEn });

export function validateRow(cells: Record<string, Cell>, ctx: RowContext): { row: ParsedRow } | { reasons: Reason[] } {
  const reasons: Reason[] = [];
  const text = (k: string) => cellText(cells[k]);

  for (const col of REQUIRED_COLUMNS) {
    if (text(col) === '') reasons.push(reason(col, 'REQUIRED', `Kolom ${col} wajib diisi.`, `Column ${col} is required.`));
  }

  const sex = parseSex(text('JENIS_KELAMIN'));
  if (text('JENIS_KELAMIN') !== '' && sex === null) {
    reasons.push(reason('JENIS_KELAMIN', 'SEX_INVALID', 'Jenis kelamin harus L/P (atau 1/2).', 'Sex must be L/P (or 1/2).'));
  }
  const birthDate = text('TGL_LAHIR') === '' ? null : parseDateCell(cells.TGL_LAHIR ?? null);
  if (text('TGL_LAHIR') !== '' && birthDate === null) {
    reasons.push(reason('TGL_LAHIR', 'DATE_INVALID', `Tanggal lahir "${text('TGL_LAHIR')}" tidak valid (HH-BB-TTTT).`, `Birth date "${text('TGL_LAHIR')}" is not a valid date (DD-MM-YYYY).`));
  } else if (birthDate !== null && birthDate > ctx.today) {
    reasons.push(reason('TGL_LAHIR', 'DATE_IN_FUTURE', 'Tanggal lahir di masa depan.', 'The birth date is in the future.'));
  }

  const nik = text('NIK');
  if (typeof cells.NIK === 'number') reasons.push(numberCell('NIK', 'NIK'));
  else if (nik !== '') {
    const r = checkNik(nik, { ...(birthDate ? { birthDate } : {}), ...(sex ? { sex } : {}) });
    for (const e of r.errors) reasons.push(reason('NIK', e.code, e.message, e.messageEn));
  }
  const kk = text('NO_KK');
  if (typeof cells.NO_KK === 'number') reasons.push(numberCell('NO_KK', 'Nomor KK'));
  else if (kk !== '') {
    for (const e of checkKk(kk).errors) reasons.push(reason('NO_KK', e.code, e.message, e.messageEn));
  }

  const relation = parseRelation(text('HUBUNGAN'));
  if (text('HUBUNGAN') !== '' && relation === null) {
    reasons.push(reason('HUBUNGAN', 'RELATION_INVALID', `Hubungan keluarga "${text('HUBUNGAN')}" tidak dikenal (mis. KEPALA KELUARGA, ISTRI, ANAK atau kode 1–4).`, `Family relation "${text('HUBUNGAN')}" is unknown (e.g. KEPALA KELUARGA, ISTRI, ANAK or codes 1–4).`));
  }
  const maritalText = text('STATUS_KAWIN');
  const maritalStatus = maritalText === '' ? null : parseMaritalStatus(maritalText);
  if (maritalText !== '' && maritalStatus === null) {
    reasons.push(reason('STATUS_KAWIN', 'MARITAL_STATUS_INVALID', `Status kawin "${maritalText}" tidak dikenal (BELUM KAWIN, KAWIN, CERAI HIDUP, CERAI MATI atau 1–4).`, `Marital status "${maritalText}" is unknown (BELUM KAWIN, KAWIN, CERAI HIDUP, CERAI MATI or 1–4).`));
  }
  const statusText = text('STATUS');
  const status = statusText === '' ? 'active' : parseMembershipStatus(statusText);
  if (status === null) reasons.push(reason('STATUS', 'STATUS_INVALID', `Status "${statusText}" tidak dikenal (AKTIF/NONAKTIF).`, `Status "${statusText}" is unknown (AKTIF/NONAKTIF).`));

  const villageText = text('KODE_DESA');
  const villageCode = villageText === '' ? null : normaliseVillageCode(villageText);
  let village: VillageInfo | undefined;
  if (villageText !== '') {
    const refusal = villageCode === null ? null : domicileRefusal(ctx.officeRegionCode, villageCode);
    if (villageCode === null) {
      reasons.push(reason('KODE_DESA', 'VILLAGE_UNKNOWN', `Kode desa "${villageText}" tidak valid (10 digit, mis. 3575011001).`, `Village code "${villageText}" is malformed (10 digits, e.g. 3575011001).`));
    } else if (refusal) {
      reasons.push(reason('KODE_DESA', refusal.code, refusal.messages.id, refusal.messages.en));
    } else if ((village = ctx.villages.get(villageCode)) === undefined) {
      reasons.push(reason('KODE_DESA', 'VILLAGE_UNKNOWN', `Kode desa ${villageCode} tidak ada di wilayah ini.`, `Village code ${villageCode} does not exist in this region.`));
    }
  }

  const card = text('NO_KARTU');
  if (card !== '' && !/^\d{13}$/.test(card)) {
    reasons.push(reason('NO_KARTU', 'CARD_NUMBER_INVALID', 'Nomor kartu JKN harus 13 digit.', 'The JKN card number must be 13 digits.'));
  }
  const faskesCode = text('KODE_FASKES').toUpperCase();
  const faskesId = faskesCode === '' ? null : (ctx.faskesByCode.get(faskesCode) ?? null);
  if (faskesCode !== '' && faskesId === null) {
    reasons.push(reason('KODE_FASKES', 'FASKES_UNKNOWN', `Kode faskes ${faskesCode} tidak ada di daftar faskes kantor; impor daftar faskes dulu.`, `Facility code ${faskesCode} is not in the office's list; import the facility list first.`));
  }
  const rt = text('RT');
  const rw = text('RW');
  if (rt !== '' && !/^\d{1,3}$/.test(rt)) reasons.push(reason('RT', 'RT_INVALID', 'RT harus 1–3 digit.', 'RT must be 1–3 digits.'));
  if (rw !== '' && !/^\d{1,3}$/.test(rw)) reasons.push(reason('RW', 'RW_INVALID', 'RW harus 1–3 digit.', 'RW must be 1–3 digits.'));

  if (reasons.length > 0) return { reasons };
  return {
    row: {
      nik,
      kk,
      name: text('NAMA').replace(/\s+/g, ' ').slice(0, 120),
      birthPlace: text('TEMPAT_LAHIR').slice(0, 80) || null,
      birthDate: birthDate!,
      sex: sex!,
      maritalStatus,
      relation: relation!,
      address: text('ALAMAT').slice(0, 200),
      rt: rt === '' ? null : rt.padStart(3, '0'),
      rw: rw === '' ? null : rw.padStart(3, '0'),
      villageCode: villageCode!,
      districtCode: village!.districtCode,
      cardNumber: card === '' ? null : card,
      faskesId,
      status: status!,
    },
  };
}
