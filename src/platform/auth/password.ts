import { hash, verify } from '@node-rs/argon2';
import { invalid } from '../errors.js';

// argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1): safe and ~20 ms here.
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// A verify against this hash keeps a login for an unknown username as slow as a real one.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

const COMMON = new Set([
  'password', 'password1', 'password123', '12345678', '123456789', '1234567890', 'qwerty123', 'iloveyou',
  'admin123', 'administrator', 'bismillah', 'indonesia', 'rahasia123', 'sayang123', 'katasandi', 'passw0rd',
]);

/** NIST SP 800-63B style: length and a block-list rather than composition rules. */
export function checkPasswordRules(password: string, username: string): void {
  const problems: { field: string; code: string; message: string }[] = [];
  if (password.length < 10) {
    problems.push({ field: 'password', code: 'PASSWORD_TOO_SHORT', message: 'Kata sandi minimal 10 karakter.' });
  }
  if (password.length > 128) {
    problems.push({ field: 'password', code: 'PASSWORD_TOO_LONG', message: 'Kata sandi maksimal 128 karakter.' });
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) {
    problems.push({ field: 'password', code: 'PASSWORD_TOO_COMMON', message: 'Kata sandi terlalu umum/mudah ditebak.' });
  }
  if (username && lower.includes(username.toLowerCase())) {
    problems.push({ field: 'password', code: 'PASSWORD_CONTAINS_USERNAME', message: 'Kata sandi tidak boleh memuat nama pengguna.' });
  }
  if (problems.length > 0) {
    throw invalid(
      'PASSWORD_RULES',
      {
        id: `Kata sandi tidak memenuhi aturan: ${problems.map((p) => p.message).join(' ')}`,
        en: 'The password breaks the rules: at least 10 characters, not common, not containing the username.',
      },
      problems,
    );
  }
}
