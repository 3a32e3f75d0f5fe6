import { sql } from 'drizzle-orm';
import { execRows } from '../../platform/db/client.js';
import type { TenancyFixture, TenancyWorld } from '../../platform/testing/tenancy-fixtures.js';

/** A card of office A for a person of office A (family, person inserted directly: the walk has no registry data). */
const made = new Map<string, Promise<string>>();
function cardOfA(w: TenancyWorld, key: string): Promise<string> {
  const k = `${w.officeA.id}:${key}`;
  let p = made.get(k);
  if (!p) {
    const n = String(made.size + 1).padStart(4, '0');
    p = (async () => {
      // The walk's offices serve no loaded regency: add the one village the family needs.
      await w.database.db.execute(sql`INSERT INTO regions (code, level, name, parent_code) VALUES ('35.75.01.1001', 'village', 'UJI', '35.75.01') ON CONFLICT DO NOTHING`);
      const village = { code: '35.75.01.1001' };
      const [fam] = await execRows<{ id: string }>(w.database.db, sql`
        INSERT INTO families (office_id, kk_number, address, village_code, district_code)
        VALUES (${w.officeA.id}, ${`357501010190${n}`}, 'JL. RAHASIA A', ${village.code}, '35.75.01') RETURNING id`);
      const [person] = await execRows<{ id: string }>(w.database.db, sql`
        INSERT INTO persons (office_id, family_id, nik, name, birth_date, sex, relation)
        VALUES (${w.officeA.id}, ${fam!.id}, ${`357501410190${n}`}, 'KARTU RAHASIA A', '1990-01-01', 'F', 'kepala_keluarga') RETURNING id`);
      const [card] = await execRows<{ id: string }>(w.database.db, sql`
        INSERT INTO cards (office_id, person_id, card_number) VALUES (${w.officeA.id}, ${person!.id}, ${`000190000${n}`}) RETURNING id`);
      return card!.id;
    })();
    made.set(k, p);
  }
  return p;
}

export const tenancyFixtures: TenancyFixture[] = [
  { route: 'GET /api/v1/cards', request: async () => ({}), markers: async (w) => { await cardOfA(w, 'list'); return ['KARTU RAHASIA A']; } },
  { route: 'GET /api/v1/cards/:id', request: async (w) => ({ params: { id: await cardOfA(w, 'get') } }) },
  { route: 'POST /api/v1/cards/:id/handover', request: async (w) => ({ params: { id: await cardOfA(w, 'handover') }, body: { receiverName: 'Penerima', receiverRelation: 'self', identityChecked: true, signedOnPaper: true } }) },
  // Card numbers of office A are unknown to B: nothing registered, nothing revealed.
  { route: 'POST /api/v1/cards/arrivals', request: async () => ({ body: { cardNumbers: ['0001900000001'] } }), markers: async () => ['KARTU RAHASIA A'] },
];
