import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readManifest, WEB_SOURCE } from './web-paths.js';

/**
 * The portal's stylesheet is served from source, compressed once at start: the portal must look right
 * even where nobody ran the console build. Its script comes from the Vite build and is optional — the
 * pages are plain HTML forms and links that work without it (progressive enhancement).
 */
export interface CompressedAsset {
  url: string;
  type: string;
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export interface PortalAssets {
  css: CompressedAsset;
  /** /ui/assets/portal-<hash>.js, or null when the build is missing. */
  scriptUrl: string | null;
}

export function compressAsset(url: string, type: string, raw: Buffer): CompressedAsset {
  return {
    url,
    type,
    raw,
    gzip: gzipSync(raw, { level: 9 }),
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

export function loadPortalAssets(distDir: string): PortalAssets {
  const raw = readFileSync(join(WEB_SOURCE, 'portal', 'portal.css'));
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 10);
  const manifest = readManifest(distDir);
  const entry = manifest?.['portal/portal.ts'];
  return {
    css: compressAsset(`/ui/portal-${hash}.css`, 'text/css; charset=utf-8', raw),
    scriptUrl: entry ? `/ui/${entry.file}` : null,
  };
}

/** Sends the best encoding the client accepts; the URL carries the content hash, so it never changes. */
export function sendCompressed(req: FastifyRequest, reply: FastifyReply, asset: CompressedAsset) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  reply.header('content-type', asset.type);
  reply.header('vary', 'accept-encoding');
  reply.header('cache-control', 'public, max-age=31536000, immutable');
  if (/\bbr\b/.test(accept)) return reply.header('content-encoding', 'br').send(asset.br);
  if (/\bgzip\b/.test(accept)) return reply.header('content-encoding', 'gzip').send(asset.gzip);
  return reply.send(asset.raw);
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Pages are compressed per request (a fast brotli level: the office page's ~20 KB of HTML becomes
 * ~4 KB), which matters more on a 1.6 Mbps phone than the few milliseconds it costs here.
 */
export async function sendHtml(req: FastifyRequest, reply: FastifyReply, html: string) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  reply.header('content-type', 'text/html; charset=utf-8').header('vary', 'accept-encoding');
  if (html.length < 1024) return reply.send(html);
  if (/\bbr\b/.test(accept)) {
    return reply.header('content-encoding', 'br').send(await brotliAsync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
  }
  if (/\bgzip\b/.test(accept)) return reply.header('content-encoding', 'gzip').send(await gzipAsync(html, { level: 6 }));
  return reply.send(html);
}
