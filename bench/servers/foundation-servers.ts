// Child process of bench/foundation.bench.ts: three servers on one event loop, loaded one at a time.
//   a: bare Fastify route   b: minimal Fastify + pg, one indexed query   c/d: the product app
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../../src/platform/config.js';
import { openPostgres } from '../../src/platform/db/client.js';
import { buildApp } from '../../src/platform/http/app.js';

const url = process.env.BENCH_DATABASE_URL!;

const bare = Fastify({ logger: false });
bare.get('/hello', async () => ({ hello: 'world' }));
await bare.listen({ port: 0, host: '127.0.0.1' });

const pool = new pg.Pool({ connectionString: url, max: 10 });
const minimal = Fastify({ logger: false });
minimal.get<{ Params: { slug: string } }>('/offices/:slug', async (req, reply) => {
  const res = await pool.query('SELECT slug, name, region_code, time_zone FROM offices WHERE slug = $1', [req.params.slug]);
  if (res.rowCount === 0) return reply.status(404).send({ error: 'not found' });
  const o = res.rows[0];
  return { slug: o.slug, name: o.name, regionCode: o.region_code, timeZone: o.time_zone };
});
await minimal.listen({ port: 0, host: '127.0.0.1' });

const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0', DATABASE_URL: url, LOG_LEVEL: 'warn' });
const database = await openPostgres(url, { max: 10 });
// The product logs every request at info level in production; keep that cost in the measurement.
const product = await buildApp({ config: { ...config, logLevel: 'info' }, database, logger: { level: 'info', stream: { write() {} } } as never });
await product.listen({ port: 0, host: '127.0.0.1' });

const port = (s: { server: { address(): unknown } }) => (s.server.address() as { port: number }).port;
process.send!({ a: port(bare), b: port(minimal), product: port(product) });
process.on('message', async () => {
  await Promise.all([bare.close(), minimal.close(), product.close()]);
  await pool.end();
  await database.close();
  process.exit(0);
});
