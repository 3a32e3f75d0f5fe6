import type { Lang } from '../../../platform/errors.js';
import { checkKk, checkNik } from '../../identity/index.js';
import { RELATIONS } from '../../registry/registry.codes.js';
import { todayIso } from '../../registry/person-input.js';
import { applyT } from './apply-i18n.js';
import type { DraftApplicant, DraftPerson } from './apply.types.js';

/** Field name → message, in the page's language. Keys are the inputs' names (for the summary's links). */
export type FieldErrors = Record<string, string>;

const str = (v: unknown, max = 200): string => (typeof v === 'string' ? v.trim().slice(0, max) : '');
/** Digits only: people type NIKs and phone numbers with spaces and dashes as printed on cards. */
const digits = (v: string) => v.replace(/[\s.-]/g, '');

export function readPerson(body: Record<string, unknown>, prefix = ''): DraftPerson {
  const f = (k: string, max?: number) => str(body[prefix + k], max);
  return {
    nik: digits(f('nik', 40)), name: f('name', 120).replace(/\s+/g, ' '), birthDay: f('birthDay', 2), birthMonth: f('birthMonth', 2),
    birthYear: f('birthYear', 4), sex: f('sex', 1), relation: f('relation', 30),
  };
}

export function readApplicant(body: Record<string, unknown>): DraftApplicant {
  return {
    ...readPerson(body), kkNumber: digits(str(body.kkNumber, 40)), address: str(body.address, 200), rt: str(body.rt, 3), rw: str(body.rw, 3),
    villageCode: str(body.villageCode, 20), phone: str(body.phone, 20).replace(/[\s()-]/g, ''),
  };
}

/** 'YYYY-MM-DD' of a real, past date after 1900, or null. */
export function isoBirthDate(p: { birthDay: string; birthMonth: string; birthYear: string }): string | null {
  const { birthDay: d, birthMonth: m, birthYear: y } = p;
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  if (Number(y) < 1900 || iso > todayIso()) return null;
  return iso;
}

/**
 * The person checks of the counter (identity module: NIK layout, birth date and sex inside the NIK),
 * reported per field with the identity module's own messages, which name the rule that failed.
 */
export function checkPerson(p: DraftPerson, lang: Lang, prefix = ''): FieldErrors {
  const t = applyT(lang);
  const errors: FieldErrors = {};
  const birthDate = isoBirthDate(p);
  const sexOk = p.sex === 'M' || p.sex === 'F';
  const nik = checkNik(p.nik, { birthDate: birthDate ?? undefined, sex: sexOk ? (p.sex as 'M' | 'F') : undefined });
  if (!nik.valid) errors[`${prefix}nik`] = nik.errors.map((e) => (lang === 'en' ? e.messageEn : e.message)).join(' ');
  if (p.name.length < 2) errors[`${prefix}name`] = t('errName');
  if (!birthDate) errors[`${prefix}birthDay`] = t('errBirthDate');
  if (!sexOk) errors[`${prefix}sex`] = t('errSex');
  if (!(RELATIONS as readonly string[]).includes(p.relation)) errors[`${prefix}relation`] = t('errRelation');
  return errors;
}

export function checkApplicant(a: DraftApplicant, villageCodes: ReadonlySet<string>, lang: Lang): FieldErrors {
  const t = applyT(lang);
  const errors: FieldErrors = {};
  const kk = checkKk(a.kkNumber);
  if (!kk.valid) errors.kkNumber = kk.errors.map((e) => (lang === 'en' ? e.messageEn : e.message)).join(' ');
  Object.assign(errors, checkPerson(a, lang));
  if (a.address.length < 3) errors.address = t('errAddress');
  if (a.rt && !/^\d{1,3}$/.test(a.rt)) errors.rt = t('errRt');
  if (a.rw && !/^\d{1,3}$/.test(a.rw)) errors.rw = t('errRw');
  if (!villageCodes.has(a.villageCode)) errors.villageCode = t('errVillage');
  if (!/^\+?\d{8,15}$/.test(a.phone)) errors.phone = t('errPhone');
  // The order of the form, so the error summary reads top to bottom.
  const order = ['kkNumber', 'nik', 'name', 'birthDay', 'sex', 'relation', 'address', 'rt', 'rw', 'villageCode', 'phone'];
  return Object.fromEntries(order.filter((k) => errors[k]).map((k) => [k, errors[k]!]));
}
