/** Small text formats printed on letters and receipts. */

/**
 * NIP of a civil servant is 18 digits: birth date (8), appointment month (6), sex (1), serial (3), and is
 * printed grouped as in the seeds ("NIP. 19730715 200604 2 023"). Anything else is printed as given.
 */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return nip.trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/**
 * A receipt travels by WhatsApp and is shown to whoever is at the counter, so its NIK is masked: the birth
 * date (digits 7–12) is personal data under UU PDP. First 4 and last 4 stay so the resident recognises it.
 * Letters to BPJS are not masked: BPJS matches members on the full NIK.
 */
export function maskNik(nik: string): string {
  const digits = nik.replace(/\s+/g, '');
  if (digits.length <= 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 8)}${digits.slice(-4)}`;
}

/**
 * 'Siti Nurhaliza Putri' → 'S. N. P.': all the public verification page shows of a person (it must not show
 * personal data). Academic degrees after a comma are dropped; a word without letters gives no initial.
 */
export function nameInitials(name: string): string {
  const beforeDegrees = name.split(',')[0] ?? '';
  return beforeDegrees
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => /\p{L}/u.exec(word)?.[0])
    .filter((c): c is string => c !== undefined)
    .map((c) => `${c.toLocaleUpperCase('id')}.`)
    .join(' ');
}

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** Indonesian number words up to 999 ("1 (satu) berkas" in the Lampiran line). */
export function numberWordsId(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`Out of range: ${n}`);
  if (n < 12) return UNITS[n] as string;
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${UNITS[rest]}` : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`}${rest ? ` ${numberWordsId(rest)}` : ''}`;
}
