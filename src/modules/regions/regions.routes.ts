import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { invalid } from '../../platform/errors.js';
import { normaliseRegionCode, regionLevelOf } from '../identity/index.js';
import { ensureRegionsLoaded } from './regions.loader.js';
import { listChildren } from './regions.repository.js';
import { FIVE_OFFICES } from '../offices/five-offices.js';

const regionView = z.object({
  code: z.string(),
  level: z.enum(['province', 'regency', 'district', 'village']),
  name: z.string(),
  parentCode: z.string().nullable(),
});

const query = z.strictObject({
  parent: z.string().max(13).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
  cursor: z.string().max(13).optional(),
  lang: z.enum(['id', 'en']).optional(),
});

const badParent = (parent: string) =>
  invalid('REGION_CODE_INVALID', {
    id: `Kode wilayah "${parent}" tidak valid (contoh: 35, 35.75, 35.75.01).`,
    en: `Region code "${parent}" is malformed (e.g. 35, 35.75, 35.75.01).`,
  }, [{ field: 'parent', code: 'REGION_CODE_INVALID' }]);

/** Region pickers for address forms (public: the portal needs them, and the data is public). */
export const regionsRoutes: RoutePlugin = (app, { database, config }) => {
  // The demo's five offices get their villages at start, so the first counter visit is not the one that
  // waits for them; tests and production load a regency on its first use instead (ensureRegionsLoaded).
  if (config.demo && config.env !== 'test') {
    app.addHook('onReady', async () => {
      await ensureRegionsLoaded(database, FIVE_OFFICES.map((o) => o.regionCode)).catch((err: unknown) => {
        app.log.warn({ err }, 'could not preload demo regions; they load on first use');
      });
    });
  }

  app.get('/api/v1/regions', {
    config: { auth: 'public' },
    schema: {
      tags: ['regions'],
      summary: 'Provinces, or the children of one region (Kemendagri codes)',
      querystring: query,
      response: { 200: z.object({ regions: z.array(regionView), nextCursor: z.string().nullable() }), ...errors(400) },
    },
  }, async (req) => {
    let parent: string | null = null;
    if (req.query.parent !== undefined) {
      parent = normaliseRegionCode(req.query.parent);
      if (parent === null || regionLevelOf(parent) === 'village') throw badParent(req.query.parent);
    }
    const level = parent === null ? null : regionLevelOf(parent);
    // Districts and villages are loaded per regency on first use (see regions.loader.ts).
    const regency = level === 'regency' ? parent : level === 'district' ? parent!.slice(0, 5) : null;
    try {
      await ensureRegionsLoaded(database, regency ? [regency] : []);
    } catch (err) {
      if (err instanceof RangeError) return { regions: [], nextCursor: null };
      throw err;
    }
    const rows = await listChildren(database.db, parent, req.query.limit + 1, req.query.cursor);
    const page = rows.slice(0, req.query.limit);
    return {
      regions: page.map((r) => ({ code: r.code, level: r.level, name: r.name, parentCode: r.parentCode })),
      nextCursor: rows.length > req.query.limit ? page[page.length - 1]!.code : null,
    };
  });
};
