import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../platform/config.js';
import type { OfficeScope } from '../../platform/tenancy.js';
import { memberships, persons } from '../registry/registry.tables.js';
import { createBpjsSimulator, createHttpParticipantClient, decryptSecret, deriveKey, encryptSecret, type BpjsSimulator, type ParticipantStatusClient } from '../bpjs/index.js';
import type { Database } from '../../platform/db/client.js';
import { bpjsOfficeSettings } from './batches.tables.js';

export interface SettingsInput {
  satkerCode?: string | null;
  satkerName?: string | null;
  membershipType?: string;
  kcCode?: string | null;
  dati2Code?: string | null;
  webService?: { baseUrl: string; consId: string; secret: string; userKey: string } | null;
}

const keyOf = (config: Config) => deriveKey(config.sessionSecret, 'bpjs-credentials');

export async function readSettings(scope: OfficeScope) {
  const [s] = await scope.db.select().from(bpjsOfficeSettings).where(scope.own(bpjsOfficeSettings));
  return {
    satkerCode: s?.satkerCode ?? null, satkerName: s?.satkerName ?? null, membershipType: s?.membershipType ?? 'PBI APBD',
    kcCode: s?.kcCode ?? null, dati2Code: s?.dati2Code ?? null,
    // The secret and user key are never sent back, only whether they are set.
    webService: s?.wsConsId ? { baseUrl: s.wsBaseUrl ?? '', consId: s.wsConsId, credentialsSet: Boolean(s.wsSecretEnc && s.wsUserKeyEnc) } : null,
  };
}

export async function saveSettings(scope: OfficeScope, config: Config, input: SettingsInput) {
  const key = keyOf(config);
  await scope.mutate(async (tx, audit) => {
    const values: Partial<typeof bpjsOfficeSettings.$inferInsert> = { updatedAt: new Date() };
    for (const k of ['satkerCode', 'satkerName', 'membershipType', 'kcCode', 'dati2Code'] as const) if (input[k] !== undefined) (values as Record<string, unknown>)[k] = input[k];
    if (input.webService === null) Object.assign(values, { wsBaseUrl: null, wsConsId: null, wsSecretEnc: null, wsUserKeyEnc: null });
    else if (input.webService) {
      const ws = input.webService;
      // The office id is bound into the ciphertext: a value copied to another office's row does not decrypt.
      Object.assign(values, { wsBaseUrl: ws.baseUrl, wsConsId: ws.consId, wsSecretEnc: encryptSecret(ws.secret, key, String(scope.officeId)), wsUserKeyEnc: encryptSecret(ws.userKey, key, String(scope.officeId)) });
    }
    await tx.insert(bpjsOfficeSettings).values({ officeId: scope.officeId, ...values }).onConflictDoUpdate({ target: bpjsOfficeSettings.officeId, set: values });
    const { wsSecretEnc: _s, wsUserKeyEnc: _u, ...logged } = values;
    await audit({ action: 'bpjs.settings_changed', entityType: 'office', entityId: String(scope.officeId), after: { ...logged, credentialsChanged: input.webService !== undefined } });
  });
  return readSettings(scope);
}

let demoSimulator: Promise<{ sim: BpjsSimulator; url: string }> | undefined;
const DEMO = { consId: 'demo-cons', secret: 'demo-secret', userKey: 'demo-user-key' };

/**
 * Demo mode without credentials talks to the shipped simulator, which answers from our own registry (so
 * a member the demo enrolled shows up as active), through the same signed, encrypted protocol.
 */
function demoClient(database: Database, timeZone: string): Promise<ParticipantStatusClient> {
  demoSimulator ??= (async () => {
    const sim = createBpjsSimulator({
      ...DEMO,
      participants: async (nik) => {
        const [p] = await database.db.select({ nik: persons.nik, name: persons.name, card: memberships.cardNumber, status: memberships.status, segment: memberships.segment, since: memberships.effectiveFrom })
          .from(persons).innerJoin(memberships, eq(memberships.personId, persons.id)).where(sql`${persons.nik} = ${nik} AND ${memberships.cardNumber} IS NOT NULL`).limit(1);
        if (!p) return null;
        return { nik: p.nik, name: p.name, cardNumber: p.card!, status: p.status === 'active' ? 'AKTIF' : 'TIDAK AKTIF', active: p.status === 'active',
          segment: p.segment === 'PBI_DAERAH' ? 'PBI (APBD)' : p.segment, class: 3, faskes: null, since: p.since };
      },
    });
    const url = await sim.listen();
    // A demo helper must not keep the process alive on shutdown.
    sim.server.unref();
    return { sim, url };
  })();
  return demoSimulator.then(({ url }) => createHttpParticipantClient({ ...DEMO, baseUrl: url, timeZone }));
}

/** The office's participant client, or null when it has no credentials (and is not a demo). */
export async function participantClient(scope: OfficeScope, config: Config, timeZone: string): Promise<ParticipantStatusClient | null> {
  const [s] = await scope.db.select().from(bpjsOfficeSettings).where(scope.own(bpjsOfficeSettings));
  if (s?.wsBaseUrl && s.wsConsId && s.wsSecretEnc && s.wsUserKeyEnc) {
    const key = keyOf(config);
    return createHttpParticipantClient({
      baseUrl: s.wsBaseUrl, consId: s.wsConsId, timeZone,
      secret: decryptSecret(s.wsSecretEnc, key, String(scope.officeId)), userKey: decryptSecret(s.wsUserKeyEnc, key, String(scope.officeId)),
    });
  }
  return config.demo ? demoClient(scope.database, timeZone) : null;
}

/** For graceful shutdown and tests. */
export async function closeDemoSimulator(): Promise<void> {
  const d = demoSimulator;
  demoSimulator = undefined;
  if (d) await (await d).sim.close();
}
