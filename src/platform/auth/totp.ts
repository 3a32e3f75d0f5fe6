import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Layanan PBI';

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

const totpFor = (secretBase32: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });

export const totpUri = (secretBase32: string, label: string) => totpFor(secretBase32, label).toString();

/** Accepts the current code and one step either side, for clocks that drift. */
export function checkTotp(secretBase32: string, code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(secretBase32, 'x').validate({ token: code, window: 1 }) !== null;
}

export const currentTotp = (secretBase32: string) => totpFor(secretBase32, 'x').generate();
