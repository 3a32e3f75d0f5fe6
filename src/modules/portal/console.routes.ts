import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { webDistDir } from './web-paths.js';

/**
 * The staff console is a single-page app built by Vite (vite.config.ts) into src/web/dist. Its hashed
 * assets are served under /ui/assets/ with long caching (and their .br/.gz siblings when the client
 * accepts them); every /console/* address answers the app's index.html, whose router then picks the
 * screen. The HTML carries no personal data: the app fetches everything from the API with the session.
 */
const missingBuild = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Konsol belum dibangun · Console not built</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#0b0c0c">
<h1>Konsol petugas belum dibangun</h1>
<p>Jalankan <code>npm run build</code> di folder aplikasi, lalu muat ulang halaman ini.</p>
<h2 lang="en">The staff console has not been built</h2>
<p lang="en">Run <code>npm run build</code> in the application folder, then reload this page.</p>
</body></html>
`;

export const consoleRoutes: RoutePlugin = async (app) => {
  const dist = webDistDir();
  await app.register(fastifyStatic, { root: join(dist, 'assets'), serve: false, preCompressed: true, suppressWarning: true });

  app.get('/ui/assets/*', { config: { auth: 'public' }, schema: { hide: true } }, (req, reply) => {
    const file = (req.params as { '*': string })['*'];
    return reply.sendFile(file, { immutable: true, maxAge: '365d' });
  });

  // Re-read when the build changes, so `vite build --watch` works against a running server.
  let cached: { mtimeMs: number; html: string } | null = null;
  const indexHtml = (): string | null => {
    const file = join(dist, 'console', 'index.html');
    try {
      const { mtimeMs } = statSync(file);
      if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
      return cached.html;
    } catch {
      return null;
    }
  };

  const serveConsole = async (_req: unknown, reply: FastifyReply) => {
    const html = indexHtml();
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache');
    return html ? reply.send(html) : reply.status(503).send(missingBuild);
  };
  const route = { config: { auth: 'public' as const }, schema: { hide: true } };
  app.get('/console', route, serveConsole);
  app.get('/console/*', route, serveConsole);
};
