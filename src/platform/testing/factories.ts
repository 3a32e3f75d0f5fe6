import { randomBytes } from 'node:crypto';
import type { Database } from '../db/client.js';
import { hashPassword } from '../auth/password.js';
import { deriveKey, encryptSecret } from '../crypto.js';
import { currentTotp, newTotpSecret } from '../auth/totp.js';
import type { Role } from '../auth/roles.js';
import { insertOffice } from '../../modules/offices/offices.repository.js';
import { insertUser } from '../../modules/staff/staff.repository.js';
import type { App } from '../http/app-context.js';
import { FIVE_OFFICES } from '../../modules/offices/five-offices.js';
import { seedStandards, type SeedSlug } from '../../modules/standards/seeds/index.js';
import { insertStandardVersion } from '../../modules/standards/standards.repository.js';

const uniq = () => randomBytes(4).toString('hex');

export async function buildOffice(database: Database, overrides: Partial<{ slug: string; name: string; regionCode: string; timeZone: string; receiptPrefix: string }> = {}) {
  const id = uniq();
  return insertOffice(database.db, {
    slug: overrides.slug ?? `kantor-${id}`,
    name: overrides.name ?? `Dinas Uji ${id}`,
    regionCode: overrides.regionCode ?? '35.75',
    timeZone: (overrides.timeZone ?? 'Asia/Jakarta') as 'Asia/Jakarta',
    receiptPrefix: overrides.receiptPrefix ?? 'TST',
  });
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  totpSecret: string | null;
  officeId: number | null;
}

export const TEST_PASSWORD = 'uji-kata-sandi-panjang';

/** A ready-to-use account: password known, second factor enrolled when its roles need one. */
export async function buildStaff(
  database: Database,
  sessionSecret: string,
  opts: { officeId: number | null; roles: Role[]; kelurahanCodes?: string[]; username?: string; mustChangePassword?: boolean; totp?: boolean },
): Promise<TestUser> {
  const username = opts.username ?? `u${uniq()}`;
  const needsTotp = opts.totp ?? opts.roles.some((r) => r === 'office_admin' || r === 'approver' || r === 'platform_admin');
  const totpSecret = needsTotp ? newTotpSecret() : null;
  const user = await insertUser(database.db, {
    officeId: opts.officeId,
    username,
    fullName: `Petugas ${username}`,
    passwordHash: await hashPassword(TEST_PASSWORD),
    roles: opts.roles,
    kelurahanCodes: opts.kelurahanCodes ?? [],
    totpSecret: totpSecret ? encryptSecret(totpSecret, deriveKey(sessionSecret, 'totp-secrets')) : null,
    totpEnabled: needsTotp,
    mustChangePassword: opts.mustChangePassword ?? false,
  });
  return { id: user.id, username, password: TEST_PASSWORD, totpSecret, officeId: opts.officeId };
}

export interface LoggedIn {
  cookie: string;
  csrf: string;
  /** Headers for a state-changing request. */
  headers: Record<string, string>;
}

export async function loginAs(app: App, user: Pick<TestUser, 'username' | 'password' | 'totpSecret'>): Promise<LoggedIn> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: user.password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'pbi_session');
  const cookie = `pbi_session=${setCookie!.value}`;
  let body = res.json() as { csrfToken: string; pending: string | null };
  if (body.pending === 'mfa' && user.totpSecret) {
    const mfa = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/verify',
      headers: { cookie, 'x-csrf-token': body.csrfToken },
      payload: { code: currentTotp(user.totpSecret) },
    });
    if (mfa.statusCode !== 200) throw new Error(`mfa failed: ${mfa.statusCode} ${mfa.body}`);
    body = mfa.json();
  }
  return { cookie, csrf: body.csrfToken, headers: { cookie, 'x-csrf-token': body.csrfToken } };
}

/** One of the five seed offices with its published standard (version 1), as the demo has it. */
export async function buildSeedOffice(database: Database, slug: SeedSlug) {
  const input = FIVE_OFFICES.find((o) => o.slug === slug)!;
  const office = await insertOffice(database.db, input);
  const standard = seedStandards[slug];
  const row = await insertStandardVersion(database.db, {
    officeId: office.id,
    effectiveDate: standard.effectiveDate ?? standard.decree?.effectiveDate ?? '2024-01-01',
    standard,
  });
  return { office, standardId: row.id, standard: row.standard };
}
