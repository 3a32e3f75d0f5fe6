import { z } from 'zod';
import type { ErrorDetail, Lang } from '../errors.js';

const locales = { id: z.locales.id(), en: z.locales.en() };

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, { id: string; en: string }> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'an integer' },
  boolean: { id: 'true/false', en: 'true/false' },
  object: { id: 'objek', en: 'an object' },
  array: { id: 'daftar', en: 'a list' },
  date: { id: 'tanggal', en: 'a date' },
};

/**
 * Messages for zod issues in the caller's language, naming the field and the rule.
 * A schema may carry its own message as "Bahasa Indonesia // English".
 */
export function issueToDetail(issue: Issue, lang: Lang, prefix?: string): ErrorDetail {
  const field = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
  const defaultEn = String((locales.en.localeError as (i: unknown) => unknown)(issue) ?? '');
  let message: string;
  if (issue.message && issue.message !== defaultEn && issue.message.includes(' // ')) {
    const [idText, enText] = issue.message.split(' // ');
    message = lang === 'en' ? enText! : idText!;
  } else if (issue.message && issue.message !== defaultEn && !issue.message.startsWith('Invalid')) {
    message = issue.message;
  } else if (issue.code === 'invalid_type') {
    const t = typeNames[issue.expected] ?? { id: issue.expected, en: issue.expected };
    // zod keeps what it received only in its English message ("…, received number").
    const received = /received (\w+)/.exec(issue.message ?? '')?.[1];
    if (received === 'undefined') {
      message = lang === 'en' ? `is required (${t.en})` : `wajib diisi (${t.id})`;
    } else {
      const r = received ? (typeNames[received] ?? { id: received, en: received }) : null;
      message = lang === 'en'
        ? `must be ${t.en}${r ? `, not ${r.en}` : ''}`
        : `harus berupa ${t.id}${r ? `, bukan ${r.id}` : ''}`;
    }
  } else if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    message = lang === 'en' ? `unknown field(s): ${keys}` : `kolom tidak dikenal: ${keys}`;
  } else {
    message = String((locales[lang].localeError as (i: unknown) => unknown)(issue) ?? issue.message);
  }
  const namedField = issue.code === 'unrecognized_keys' ? [field, ...issue.keys].filter(Boolean).join('.') : field;
  // Custom refinements carry their stable rule code in params (`{ params: { rule } }` or `{ code }`).
  const params = (issue as { params?: { rule?: string; code?: string } }).params;
  const code = issue.code === 'custom' ? (params?.rule ?? params?.code ?? 'CUSTOM') : issue.code.toUpperCase();
  return { field: namedField || undefined, code, message };
}
