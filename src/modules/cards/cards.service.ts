import { and, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { OfficeScope } from '../../platform/tenancy.js';
import type { Executor, Tx } from '../../platform/db/client.js';
import { families, memberships, membershipEvents, persons } from '../registry/registry.tables.js';
import { applications } from '../applications/applications.tables.js';
import { offices } from '../offices/offices.tables.js';
import { maskNik } from '../identity/index.js';
import { queueNotification } from '../notifications/notifier.js';
import { batches, batchItems } from '../batches/batches.tables.js';
import { batchNotFound } from '../batches/batches.errors.js';
import { cards } from './cards.tables.js';
import { batchNotReady, cardAlreadyHanded, cardNotFound, identityNotChecked, signatureMissing } from './cards.errors.js';
import { cardReadyMessage } from '../notifications/messages.js';

interface Arrival { personId: string; cardNumber: string; batchItemId: number | null; applicationId: string | null }

async function arrivalsFromBatch(tx: Tx, scope: OfficeScope, batchId: string): Promise<Arrival[]> {
  const [b] = await tx.select({ status: batches.status }).from(batches).where(scope.own(batches, eq(batches.id, batchId)));
  if (!b) throw batchNotFound();
  if (b.status !== 'results_imported' && b.status !== 'reconciled') throw batchNotReady();
  return tx.select({ personId: batchItems.personId, cardNumber: sql<string>`${batchItems.cardNumber}`, batchItemId: batchItems.id, applicationId: membershipEvents.applicationId })
    .from(batchItems).innerJoin(membershipEvents, eq(membershipEvents.id, batchItems.membershipEventId))
    .where(scope.own(batchItems, eq(batchItems.batchId, batchId), eq(batchItems.result, 'accepted'), isNotNull(batchItems.cardNumber),
      sql`${batchItems.changeType} IN ('new', 'add_family_member', 'identity_change')`));
}

async function arrivalsFromNumbers(tx: Tx, scope: OfficeScope, numbers: string[]): Promise<{ found: Arrival[]; unknown: string[] }> {
  const rows = await tx.select({ personId: memberships.personId, cardNumber: sql<string>`${memberships.cardNumber}` }).from(memberships)
    .where(scope.own(memberships, inArray(memberships.cardNumber, numbers)));
  const known = new Set(rows.map((r) => r.cardNumber));
  return { found: rows.map((r) => ({ ...r, batchItemId: null, applicationId: null })), unknown: numbers.filter((n) => !known.has(n)) };
}

/**
 * Registers cards that came back from BPJS (the branch prints them the month after the upload). A card
 * registered twice stays one row (unique office + number), so re-registering a whole batch is safe.
 * Applicants are told once, in the same transaction (outbox), when their card is first registered.
 */
export async function registerArrivals(scope: OfficeScope, input: { batchId: string } | { cardNumbers: string[] }) {
  return scope.mutate(async (tx, audit) => {
    const { found, unknown } = 'batchId' in input
      ? { found: await arrivalsFromBatch(tx, scope, input.batchId), unknown: [] as string[] }
      : await arrivalsFromNumbers(tx, scope, [...new Set(input.cardNumbers)]);
    const inserted: { id: string; applicationId: string | null }[] = [];
    for (let i = 0; i < found.length; i += 1000) {
      const rows = found.slice(i, i + 1000).map((a) => ({ officeId: scope.officeId, personId: a.personId, cardNumber: a.cardNumber, batchItemId: a.batchItemId, applicationId: a.applicationId, registeredBy: scope.actor.userId }));
      inserted.push(...await tx.insert(cards).values(rows).onConflictDoNothing().returning({ id: cards.id, applicationId: cards.applicationId }));
    }
    const appIds = [...new Set(inserted.map((c) => c.applicationId).filter((x): x is string => x !== null))];
    const [office] = await tx.select({ name: offices.name }).from(offices).where(eq(offices.id, scope.officeId));
    const notified: number[] = [];
    for (let i = 0; i < appIds.length; i += 500) {
      const apps = await tx.select({ id: applications.id, phone: applications.contactPhone, receipt: applications.receiptNumber }).from(applications)
        .where(scope.own(applications, inArray(applications.id, appIds.slice(i, i + 500))));
      for (const a of apps) notified.push(await queueNotification(tx, 'log', { officeId: scope.officeId, applicationId: a.id, recipient: a.phone, template: 'card_ready', message: cardReadyMessage(office?.name ?? 'Dinas', a.receipt) }));
    }
    await audit({ action: 'cards.registered', entityType: 'batch', entityId: 'batchId' in input ? input.batchId : null,
      after: { registered: inserted.length, alreadyRegistered: found.length - inserted.length, unknown: unknown.length, notified: notified.length } });
    return { result: { registered: inserted.length, alreadyRegistered: found.length - inserted.length, unknown, notified: notified.length }, notificationIds: notified };
  });
}

const cardColumns = {
  id: cards.id, personId: cards.personId, nik: persons.nik, name: persons.name, villageCode: families.villageCode, cardNumber: cards.cardNumber,
  arrivedAt: cards.arrivedAt, handedAt: cards.handedAt, receiverName: cards.receiverName, receiverRelation: cards.receiverRelation,
  identityChecked: cards.identityChecked, signature: cards.signature, signedOnPaper: cards.signedOnPaper, handedBy: cards.handedBy,
};

type CardRow = { [K in keyof typeof cardColumns]: (typeof cardColumns)[K]['_']['data'] | null } & { id: string; personId: string; nik: string; name: string; villageCode: string; cardNumber: string; arrivedAt: Date };

const present = (r: CardRow) => ({
  id: r.id, personId: r.personId, nik: maskNik(r.nik), name: r.name, villageCode: r.villageCode, cardNumber: r.cardNumber, arrivedAt: r.arrivedAt,
  handedAt: r.handedAt, receiverName: r.receiverName, receiverRelation: r.receiverRelation, identityChecked: r.identityChecked,
  signed: Boolean(r.signature) || Boolean(r.signedOnPaper), handedBy: r.handedBy,
});

function selectCards(db: Executor) {
  return db.select(cardColumns).from(cards).innerJoin(persons, eq(persons.id, cards.personId)).innerJoin(families, eq(families.id, persons.familyId));
}

export async function listCards(scope: OfficeScope, q: { status: 'waiting' | 'handed' | 'all'; limit: number; cursor?: string | undefined }) {
  const [at, id] = q.cursor ? q.cursor.split('|') : [];
  const after = at && id ? or(lt(cards.arrivedAt, new Date(at)), and(eq(cards.arrivedAt, new Date(at)), lt(cards.id, id))) : undefined;
  const status = q.status === 'waiting' ? isNull(cards.handedAt) : q.status === 'handed' ? isNotNull(cards.handedAt) : undefined;
  const rows = await selectCards(scope.db).where(scope.own(cards, status, after)).orderBy(desc(cards.arrivedAt), desc(cards.id)).limit(q.limit + 1) as CardRow[];
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { cards: page.map(present), nextCursor: rows.length > q.limit && last ? `${last.arrivedAt.toISOString()}|${last.id}` : null };
}

export async function getCard(db: Executor, scope: OfficeScope, id: string) {
  const [row] = await selectCards(db).where(scope.own(cards, eq(cards.id, id))) as CardRow[];
  if (!row) throw cardNotFound();
  return row;
}

export interface HandoverInput { receiverName: string; receiverRelation: string; identityChecked: boolean; signature?: string | undefined; signedOnPaper?: boolean | undefined; handedAt?: string | undefined }

/** The pick-up register entry. Written once: a paper register is not rewritten either. */
export async function handOver(scope: OfficeScope, id: string, input: HandoverInput) {
  if (!input.identityChecked) throw identityNotChecked();
  if (!input.signature && !input.signedOnPaper) throw signatureMissing();
  await scope.mutate(async (tx, audit) => {
    const [card] = await tx.select().from(cards).where(scope.own(cards, eq(cards.id, id))).for('update');
    if (!card) throw cardNotFound();
    if (card.handedAt) throw cardAlreadyHanded();
    const handedAt = input.handedAt ? new Date(input.handedAt) : new Date();
    await tx.update(cards).set({ handedAt, receiverName: input.receiverName, receiverRelation: input.receiverRelation, identityChecked: true,
      signature: input.signature ?? null, signedOnPaper: input.signedOnPaper ?? false, handedBy: scope.actor.userId }).where(eq(cards.id, id));
    await audit({ action: 'card.handed_over', entityType: 'card', entityId: id,
      after: { receiverRelation: input.receiverRelation, identityChecked: true, signature: input.signature ? 'image' : 'paper', handedAt: handedAt.toISOString() } });
  });
  return present(await getCard(scope.db, scope, id));
}

export { present as presentCard };
