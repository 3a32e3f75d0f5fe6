import type { OfficeScope } from '../../../platform/tenancy.js';
import type { Reason } from './import-row.js';
import { rejectionPage } from './import.repository.js';

const COLUMNS = ['NIK', 'NO_KK', 'NAMA', 'TEMPAT_LAHIR', 'TGL_LAHIR', 'JENIS_KELAMIN', 'STATUS_KAWIN', 'HUBUNGAN', 'ALAMAT', 'RT', 'RW', 'KODE_DESA', 'NO_KARTU', 'KODE_FASKES', 'STATUS'] as const;

/**
 * A CSV field. Values a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe
 * (OWASP "CSV injection"): the report is opened in Excel by the office, and its values came from a file.
 */
export function csvField(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const parsed = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/**
 * The rejected rows of an import as CSV: the row number, the reasons, then the row as it was, so the office
 * can fix the rows in place and upload the report itself again (extra columns are ignored on import).
 * Streamed page by page: a large report never sits in memory or in one query.
 */
export async function* rejectionReport(scope: OfficeScope, importId: string, lang: 'id' | 'en'): AsyncGenerator<string> {
  // Excel needs the BOM to read UTF-8 (names such as "Soka"an" or accented ones).
  yield `\uFEFF${['BARIS', 'KODE_ALASAN', 'ALASAN', ...COLUMNS].join(',')}\r\n`;
  let after = 0;
  for (;;) {
    const page = await rejectionPage(scope, importId, after, 1000);
    if (page.length === 0) return;
    let out = '';
    for (const r of page) {
      const reasons = parsed<Reason[]>(r.reasons);
      const values = parsed<Record<string, string>>(r.values);
      const codes = [...new Set(reasons.map((x) => x.code))].join(' ');
      const text = reasons.map((x) => `${x.field}: ${lang === 'en' ? x.messageEn : x.message}`).join(' | ');
      out += [String(r.row_number), codes, text, ...COLUMNS.map((c) => values[c] ?? '')].map(csvField).join(',') + '\r\n';
      after = r.row_number;
    }
    yield out;
  }
}
