import { describe, expect, it } from 'vitest';
import { formatNip, maskNik, nameInitials, numberWordsId } from './letter-format.js';

describe('letter text formats', () => {
  it('groups an 18-digit NIP as the seeds print it', () => {
    expect(formatNip('197307152006042023')).toBe('19730715 200604 2 023');
    expect(formatNip('19730715 200604 2 023')).toBe('19730715 200604 2 023');
    expect(formatNip('12345')).toBe('12345');
  });

  it('masks the NIK birth date on receipts', () => {
    expect(maskNik('3575016502850003')).toBe('3575********0003');
    expect(maskNik('3575016502850003')).not.toContain('650285');
  });

  it("gives name initials for the public page ('S. N. P.')", () => {
    expect(nameInitials('Siti Nurhaliza Putri')).toBe('S. N. P.');
    expect(nameInitials('  i   komang  daging ')).toBe('I. K. D.');
    expect(nameInitials("Ma'ruf Amin-Saleh")).toBe('M. A.');
    expect(nameInitials('Arbain, SE., M. AP')).toBe('A.');
    expect(nameInitials('Ölaf 2nd')).toBe('Ö. N.');
  });

  it('writes counts in Indonesian words', () => {
    expect([1, 2, 10, 11, 12, 19, 20, 36, 100, 111, 250].map(numberWordsId)).toEqual([
      'satu', 'dua', 'sepuluh', 'sebelas', 'dua belas', 'sembilan belas', 'dua puluh', 'tiga puluh enam',
      'seratus', 'seratus sebelas', 'dua ratus lima puluh',
    ]);
  });
});
