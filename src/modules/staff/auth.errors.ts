import { DomainError } from '../../platform/errors.js';

export const loginFailed = () =>
  new DomainError('LOGIN_FAILED', 401, {
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  });

export const tooManyAttempts = (minutes: number) =>
  new DomainError('TOO_MANY_ATTEMPTS', 429, {
    id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
    en: `Too many failed login attempts. Try again in ${minutes} minutes.`,
  }, { retryAfterMinutes: minutes });

export const wrongTotp = () =>
  new DomainError('TOTP_INVALID', 401, {
    id: 'Kode verifikasi salah atau kedaluwarsa.',
    en: 'Wrong or expired verification code.',
  }, [{ field: 'code', code: 'TOTP_INVALID' }]);

export const wrongCurrentPassword = () =>
  new DomainError('CURRENT_PASSWORD_WRONG', 400, {
    id: 'Kata sandi lama salah.',
    en: 'The current password is wrong.',
  }, [{ field: 'currentPassword', code: 'CURRENT_PASSWORD_WRONG' }]);

export const totpNotStarted = () =>
  new DomainError('TOTP_SETUP_NOT_STARTED', 409, {
    id: 'Mulai pengaturan verifikasi dua langkah terlebih dahulu.',
    en: 'Start two-step verification setup first.',
  });
