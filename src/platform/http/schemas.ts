import { z } from 'zod';

/** The one error shape of the whole API. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown(),
  }),
});

/** Standard error responses to list on a route so the OpenAPI document tells them. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorSchema])) as Record<number, typeof errorSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

/** Keyset paging: no list endpoint ever returns an unbounded result. */
export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
  lang: z.enum(['id', 'en']).optional(),
});
