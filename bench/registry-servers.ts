// Child process of bench/registry.bench.ts: the product app and a minimal Fastify route running the
// product's NIK lookup query with the same driver (node-postgres pool of 10), on one event loop.
import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../src/platform/config.js';
import { openPostgres } from '../src/platform/db/client.js';
import { buildApp } from '../src/platform/http/app.js';
import { maskNik } from '../src/modules/identity/index.js';

const url = process.env.BENCH_DATABASE_URL!;
const officeId = Number(process.env.BENCH_OFFICE_ID);

// The same SQL as registry.repository.ts searchByNik (LIST_COLUMNS), parameters in the same order.
const NIK_SQL = `SELECT p.id, p.nik, p.name, p.birth_date::text AS birth_date, p.sex, p.family_id, f.village_code, r.name AS village_name,
  m.segment, m.status, (p.left_family_date IS NOT NULL OR p.death_date IS NOT NULL) AS left
  FROM persons p JOIN families f ON f.id = p.family_id LEFT JOIN regions r ON r.code = f.village_code
  LEFT JOIN memberships m ON m.person_id = p.id
  WHERE p.office_id = $1 AND p.nik = $2`;

const pool = new pg.Pool({ connectionString: url, max: 10 });
const minimal = Fastify({ logger: false });
minimal.post<{ Body: { nik: string } }>('/search', async (req) => {
  const res = await pool.query(NIK_SQL, [officeId, req.body.nik]);
  return {
    results: res.rows.map((r) => ({
      id: r.id, nikMasked: maskNik(r.nik), name: r.name, birthDate: r.birth_date, sex: r.sex, familyId: r.family_id,
      villageCode: r.village_code, villageName: r.village_name, membershipSegment: r.segment, membershipStatus: r.status, left: r.left,
    })),
    nextCursor: null,
  };
});
// The same two queries the product route runs: the session lookup (platform/auth/session.ts RESOLVE_SQL)
// and the NIK query. Product ÷ this = what the framework and the registry module cost beyond the queries.
const RESOLVE_SQL = `
  SELECT s.token_hash, s.csrf_token, s.mfa_passed, s.last_seen_at < now() - interval '1 minute' AS stale,
         u.id AS user_id, u.username, u.full_name, u.office_id, u.roles, u.kelurahan_codes, u.totp_enabled,
         u.must_change_password, u.lang
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => $2) AND u.disabled_at IS NULL`;
minimal.post<{ Body: { nik: string } }>('/search-with-session', async (req, reply) => {
  const token = /pbi_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
  const session = await pool.query(RESOLVE_SQL, [createHash('sha256').update(token).digest('hex'), 30]);
  if (session.rowCount === 0) return reply.status(401).send({ error: 'no session' });
  const res = await pool.query(NIK_SQL, [session.rows[0].office_id, req.body.nik]);
  return { results: res.rows.map((r) => ({ id: r.id, nikMasked: maskNik(r.nik), name: r.name })), nextCursor: null };
});
await minimal.listen({ port: 0, host: '127.0.0.1' });

const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0', DATABASE_URL: url, LOG_LEVEL: 'warn' });
const database = await openPostgres(url, { max: 10 });
// Production logs every request at info level: keep that cost in the measurement.
const product = await buildApp({ config: { ...config, logLevel: 'info' }, database, logger: { level: 'info', stream: { write() {} } } as never });
await product.listen({ port: 0, host: '127.0.0.1' });

const port = (s: { server: { address(): unknown } }) => (s.server.address() as { port: number }).port;
process.send!({ minimal: port(minimal), product: port(product) });
process.on('message', async () => {
  await Promise.all([minimal.close(), product.close()]);
  await pool.end();
  await database.close();
  process.exit(0);
});
