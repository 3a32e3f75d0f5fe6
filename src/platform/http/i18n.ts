import type { FastifyRequest } from 'fastify';
import type { Lang } from '../errors.js';

/** Bahasa Indonesia unless the client prefers English (Accept-Language or ?lang=en). */
export function langOf(req: Pick<FastifyRequest, 'headers' | 'query'>): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en' || q === 'id') return q;
  const header = req.headers['accept-language'];
  if (typeof header !== 'string' || header === '') return 'id';
  // First language tag wins; q-values are rare from real clients and ignored here.
  const first = header.split(',')[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'id';
}
