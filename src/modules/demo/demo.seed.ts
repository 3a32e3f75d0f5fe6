import { createHash } from 'node:crypto';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { hashPassword } from '../../platform/auth/password.js';
import { deriveKey, encryptSecret } from '../../platform/crypto.js';
import { requiresMfa, type Role } from '../../platform/auth/roles.js';
import { appendAudit, SYSTEM_ACTOR, PLATFORM_CHAIN } from '../../platform/audit/audit.service.js';
import { FIVE_OFFICES } from '../offices/five-offices.js';
import { findOfficeBySlug, insertOffice } from '../offices/offices.repository.js';
import { findUserByUsername, insertUser } from '../staff/staff.repository.js';
import { loadVillagesOf } from '../identity/index.js';
import { seedStandards, type SeedSlug } from '../standards/seeds/index.js';
import { insertStandardVersion, listStandardVersions } from '../standards/standards.repository.js';

/** Known only in demo mode (embedded database or --demo); never created in production. */
export const DEMO_PASSWORD = 'demo-layanan-pbi';

/**
 * One account per role; two approvers, because letters whose seed asks for initials and then a
 * signature (Malinau: "paraf Kepala Bidang … tanda tangan Kepala Dinas") need two different people.
 * Titles and NIPs (fictitious, 18 digits as the civil-service number has) are printed under signatures.
 */
export const DEMO_ROLES: { suffix: string; roles: Role[]; fullName: string; title?: string; nip?: string }[] = [
  { suffix: 'admin', roles: ['office_admin', 'report_viewer'], fullName: 'Admin Kantor' },
  { suffix: 'loket', roles: ['front_office'], fullName: 'Petugas Loket (Front Office)' },
  { suffix: 'bo', roles: ['back_office'], fullName: 'Petugas Back Office' },
  { suffix: 'asesor', roles: ['field_assessor'], fullName: 'Petugas Asesmen Lapangan' },
  { suffix: 'kepala', roles: ['approver', 'report_viewer'], fullName: 'Kepala Bidang', title: 'Kepala Bidang', nip: '197501012000031001' },
  { suffix: 'kadis', roles: ['approver', 'report_viewer'], fullName: 'Kepala Dinas', title: 'Kepala Dinas', nip: '196801011990031002' },
  { suffix: 'laporan', roles: ['report_viewer'], fullName: 'Pembaca Laporan' },
];

/**
 * The BPJS Kesehatan branch (Kantor Cabang) each demo office deals with, printed on cover letters.
 * Demo values: an office sets its own in its settings.
 */
const DEMO_BPJS_BRANCH: Record<string, string> = {
  'kota-pasuruan': 'BPJS Kesehatan Kantor Cabang Pasuruan',
  'kab-karangasem': 'BPJS Kesehatan Kantor Cabang Klungkung',
  'kota-palembang': 'BPJS Kesehatan Kantor Cabang Palembang',
  'kota-tarakan': 'BPJS Kesehatan Kantor Cabang Tarakan',
  'kab-malinau': 'BPJS Kesehatan Kantor Cabang Tarakan',
};

/**
 * Demo accounts that need a second factor get a TOTP secret derived from their username,
 * so `layanan-pbi demo-code <username>` (and the demo login page) can show the current code.
 */
export function demoTotpSecret(username: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const digest = createHash('sha256').update(`layanan-pbi-demo:${username}`).digest();
  return Array.from(digest.subarray(0, 20), (b) => alphabet[b % 32]).join('');
}

export interface DemoLogin {
  office: string;
  username: string;
  roles: Role[];
  totp: boolean;
}

export async function seedDemo(database: Database, config: Config): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const key = deriveKey(config.sessionSecret, 'totp-secrets');

  const ensureUser = async (officeId: number | null, office: string, username: string, fullName: string, roles: Role[], kelurahanCodes: string[] = [], signer: { title?: string; nip?: string } = {}) => {
    const totp = requiresMfa(roles);
    if (!(await findUserByUsername(database.db, username))) {
      await database.db.transaction(async (tx) => {
        const u = await insertUser(tx, {
          officeId,
          username,
          fullName,
          passwordHash,
          roles,
          kelurahanCodes,
          title: signer.title ?? null,
          nip: signer.nip ?? null,
          totpSecret: totp ? encryptSecret(demoTotpSecret(username), key) : null,
          totpEnabled: totp,
        });
        await appendAudit(tx, officeId ?? PLATFORM_CHAIN, SYSTEM_ACTOR, { action: 'staff.created', entityType: 'user', entityId: u.id, after: { username, roles, demo: true } });
      });
    }
    logins.push({ office, username, roles, totp });
  };

  await ensureUser(null, '-', 'platform.admin', 'Admin Platform', ['platform_admin']);
  for (const input of FIVE_OFFICES) {
    let office = await findOfficeBySlug(database.db, input.slug);
    if (!office) {
      office = await database.db.transaction(async (tx) => {
        const o = await insertOffice(tx, input);
        await appendAudit(tx, PLATFORM_CHAIN, SYSTEM_ACTOR, { action: 'office.created', entityType: 'office', entityId: o.id, after: input });
        return o;
      });
    }
    const standard = seedStandards[input.slug as SeedSlug];
    if (standard && (await listStandardVersions(database.db, office.id)).length === 0) {
      const officeId = office.id;
      await database.db.transaction(async (tx) => {
        // The seed's own effective date where it states one; the decree date otherwise.
        const effectiveDate = standard.effectiveDate ?? standard.decree?.effectiveDate ?? standard.decree?.date ?? '2024-01-01';
        const row = await insertStandardVersion(tx, { officeId, effectiveDate, standard, note: 'Standar pelayanan yang dipublikasikan (seed)' });
        await appendAudit(tx, officeId, SYSTEM_ACTOR, { action: 'standard.published', entityType: 'office_standard', entityId: row.id, after: { version: row.version, effectiveDate } });
      });
    }
    const branch = DEMO_BPJS_BRANCH[input.slug];
    if (branch) {
      await database.query(`UPDATE offices SET settings = settings || jsonb_build_object('bpjsBranch', $1::text) WHERE id = $2 AND NOT settings ? 'bpjsBranch'`, [branch, office.id]);
    }
    const prefix = input.receiptPrefix.toLowerCase();
    const agency = input.name.replace(/^Dinas\s+/, '');
    for (const r of DEMO_ROLES) {
      const signer = r.title === undefined ? {} : { title: r.suffix === 'kadis' ? `Kepala ${input.name}` : r.title, ...(r.nip ? { nip: r.nip } : {}) };
      await ensureUser(office.id, input.slug, `${prefix}.${r.suffix}`, `${r.fullName} ${agency}`.slice(0, 120), r.roles, [], signer);
    }
    // A kelurahan operator acts for the first two villages of the regency (Palembang's and
    // Tarakan's seeds have the kelurahan collect proposals).
    const villages = loadVillagesOf(input.regionCode).slice(0, 2).map((v) => v.code);
    await ensureUser(office.id, input.slug, `${prefix}.kelurahan`, `Operator Kelurahan ${input.name.replace(/^Dinas\s+/, "")}`.slice(0, 120), ['kelurahan_operator'], villages);
  }
  return logins;
}
