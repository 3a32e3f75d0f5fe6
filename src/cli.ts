import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, CONFIG_VARIABLES } from './platform/config.js';
import { DataDirLockedError, lockDataDir } from './platform/db/data-dir-lock.js';
import { openPglite } from './platform/db/client.js';
import { verifyAudit } from './platform/audit/audit.service.js';
import { hashPassword } from './platform/auth/password.js';
import { currentTotp } from './platform/auth/totp.js';
import { openConfiguredDatabase, pgliteDir, startServer } from './server.js';
import { temporaryPassword } from './modules/staff/staff.service.js';
import { findUserByUsername, insertUser } from './modules/staff/staff.repository.js';
import { findOfficeBySlug } from './modules/offices/offices.repository.js';
import { appendAudit, PLATFORM_CHAIN, SYSTEM_ACTOR } from './platform/audit/audit.service.js';
import { demoTotpSecret } from './modules/demo/demo.seed.js';

const HELP = `layanan-pbi <perintah / command>

  start [--demo]            jalankan server / run the server (default)
  migrate                   terapkan migrasi basis data / apply database migrations
  create-admin --username U --name "Nama" [--office SLUG]
                            buat admin platform, atau admin kantor dengan --office
  backup [--out FILE]       cadangkan basis data tertanam (server harus berhenti)
  restore FILE              pulihkan cadangan ke folder data kosong
  audit verify              periksa rantai hash log audit
  demo-code USERNAME        kode 2 langkah akun demo (hanya mode demo)

Variabel lingkungan / environment variables:
${CONFIG_VARIABLES.map(([n, d, w]) => `  ${n.padEnd(24)} ${d.padEnd(28)} ${w}`).join('\n')}
`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>['database']) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { database, release } = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
    release();
  }
}

async function main(argv: string[]) {
  const [command = 'start', ...args] = argv;
  switch (command) {
    case 'start':
      await startServer({ demo: args.includes('--demo') });
      return;
    case 'migrate':
      await withDatabase(async () => console.log('Migrasi selesai / migrations applied.'));
      return;
    case 'create-admin': {
      const username = flag(args, '--username');
      const fullName = flag(args, '--name') ?? username;
      const officeSlug = flag(args, '--office');
      if (!username || !/^[a-z0-9._-]{3,40}$/.test(username)) {
        throw new Error('--username wajib, 3–40 huruf kecil/angka/._- / --username is required (3–40 of a-z 0-9 . _ -)');
      }
      await withDatabase(async (database) => {
        if (await findUserByUsername(database.db, username)) throw new Error(`Nama pengguna ${username} sudah ada / already exists`);
        const office = officeSlug ? await findOfficeBySlug(database.db, officeSlug) : null;
        if (officeSlug && !office) throw new Error(`Kantor ${officeSlug} tidak ditemukan / office not found`);
        const password = temporaryPassword();
        await database.db.transaction(async (tx) => {
          const u = await insertUser(tx, {
            officeId: office?.id ?? null,
            username,
            fullName: fullName!,
            passwordHash: await hashPassword(password),
            roles: office ? ['office_admin'] : ['platform_admin'],
            mustChangePassword: true,
          });
          await appendAudit(tx, office?.id ?? PLATFORM_CHAIN, { ...SYSTEM_ACTOR, label: 'cli' }, { action: 'staff.created', entityType: 'user', entityId: u.id, after: { username, roles: u.roles } });
        });
        console.log(`Akun ${username} dibuat. Kata sandi sementara / temporary password: ${password}`);
        console.log('Saat masuk pertama: ganti kata sandi lalu aktifkan verifikasi dua langkah.');
      });
      return;
    }
    case 'backup': {
      const config = loadConfig();
      if (config.databaseUrl) {
        console.log('Mode PostgreSQL: gunakan pg_dump, mis. / use pg_dump, e.g.:\n  pg_dump --format=custom --file=layanan-pbi.dump "$DATABASE_URL"');
        return;
      }
      const out = resolve(flag(args, '--out') ?? `layanan-pbi-backup-${new Date().toISOString().slice(0, 10)}.tar.gz`);
      const { database, release } = await openConfiguredDatabase(config);
      try {
        const dump = await database.pglite!.dumpDataDir('gzip');
        writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
        console.log(`Cadangan ditulis / backup written: ${out}`);
      } finally {
        await database.close();
        release();
      }
      return;
    }
    case 'restore': {
      const file = args[0];
      if (!file || !existsSync(file)) throw new Error('restore FILE: berkas cadangan tidak ditemukan / backup file not found');
      const config = loadConfig();
      if (config.databaseUrl) {
        console.log('Mode PostgreSQL: gunakan pg_restore / use pg_restore --clean --dbname "$DATABASE_URL" FILE');
        return;
      }
      const release = lockDataDir(config.dataDir);
      try {
        const dir = pgliteDir(config);
        // Keep the current data until the restored copy has opened successfully.
        const aside = `${dir}.before-restore-${Date.now()}`;
        const hadData = existsSync(dir);
        if (hadData) renameSync(dir, aside);
        mkdirSync(dir, { recursive: true });
        const restored = await openPglite(dir, new Blob([readFileSync(file)]));
        await restored.query('SELECT 1');
        await restored.close();
        console.log(`Dipulihkan ke / restored into ${dir}.`);
        if (hadData) console.log(`Data sebelumnya disimpan di / previous data kept at ${aside}`);
      } finally {
        release();
      }
      return;
    }
    case 'audit': {
      if (args[0] !== 'verify') throw new Error('pakai / use: audit verify');
      const ok = await withDatabase(async (database) => {
        const reports = await verifyAudit(database);
        for (const r of reports) {
          console.log(r.ok ? `rantai/chain ${r.chain}: ${r.entries} entri OK` : `rantai/chain ${r.chain}: RUSAK/BROKEN at seq ${r.problem!.seq} (id ${r.problem!.id}): ${r.problem!.reason}`);
        }
        return reports.every((r) => r.ok);
      });
      if (!ok) process.exitCode = 1;
      return;
    }
    case 'demo-code': {
      const config = loadConfig();
      if (!config.demo) throw new Error('Hanya dalam mode demo / demo mode only');
      console.log(currentTotp(demoTotpSecret(args[0] ?? '')));
      return;
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return;
    default:
      console.error(`Perintah tidak dikenal / unknown command: ${command}\n\n${HELP}`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) console.error(err.message);
  else console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
