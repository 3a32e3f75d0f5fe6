import { z } from 'zod';
import type { RoutePlugin } from '../../platform/http/app-context.js';
import { errors } from '../../platform/http/schemas.js';
import { officeScope } from '../../platform/http/request-context.js';
import { LogChannel, Notifier } from '../notifications/notifier.js';
import { arrivalsBody, arrivalsResult, cardIdParams, cardListQuery, cardSchema, handoverBody } from './cards.schema.js';
import { getCard, handOver, listCards, presentCard, registerArrivals } from './cards.service.js';

const ROLES = { roles: ['front_office', 'back_office', 'office_admin'] as const };
const security = [{ session: [], csrf: [] }];

/** Card arrivals and the hand-over register (Malinau: "buku agenda pengambilan kartu"). */
export const cardsRoutes: RoutePlugin = (app, { database }) => {
  const notifier = new Notifier(database, new LogChannel(app.log), app.log);

  app.post('/api/v1/cards/arrivals', {
    config: ROLES,
    schema: { tags: ['cards'], summary: 'Catat kartu yang datang (dari batch atau daftar nomor) / register arrived cards', security, body: arrivalsBody,
      response: { 200: arrivalsResult, ...errors(400, 401, 403, 404, 409) } },
  }, async (req) => {
    const { result, notificationIds } = await registerArrivals(officeScope(database, req), req.body);
    // After commit: a rolled-back registration never tells anyone their card is ready.
    await notifier.dispatch(notificationIds);
    return result;
  });

  app.get('/api/v1/cards', {
    config: ROLES,
    schema: { tags: ['cards'], summary: 'Kartu belum/sudah diambil / cards waiting or handed over', querystring: cardListQuery,
      response: { 200: z.object({ cards: z.array(cardSchema), nextCursor: z.string().nullable() }), ...errors(400, 401, 403) } },
  }, async (req) => listCards(officeScope(database, req), req.query));

  app.get('/api/v1/cards/:id', {
    config: ROLES,
    schema: { tags: ['cards'], summary: 'One card and its hand-over record', params: cardIdParams, response: { 200: cardSchema, ...errors(400, 401, 403, 404) } },
  }, async (req) => {
    const scope = officeScope(database, req);
    return presentCard(await getCard(scope.db, scope, req.params.id));
  });

  app.post('/api/v1/cards/:id/handover', {
    config: ROLES,
    schema: { tags: ['cards'], summary: 'Serah terima kartu / hand a card over (who, relation, identity checked, signature)', security, params: cardIdParams, body: handoverBody,
      response: { 200: cardSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (req) => handOver(officeScope(database, req), req.params.id, req.body));
};
