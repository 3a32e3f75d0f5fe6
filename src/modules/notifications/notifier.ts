import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Executor } from '../../platform/db/client.js';
import { notifications } from './notifications.tables.js';

export interface OutgoingNotification {
  id: number;
  officeId: number;
  applicationId: string | null;
  recipient: string | null;
  template: string;
  message: string;
}

/**
 * Where messages go. The log channel records them (the table plus one pino line without the text, which
 * may carry a name); a WhatsApp channel (Pasuruan's "Pelangi Istimewa", issue 8) implements the same
 * interface later. `send` throws on failure; the notifier records it and leaves the row for a retry.
 */
export interface NotificationChannel {
  readonly name: string;
  send(n: OutgoingNotification): Promise<void>;
}

export class LogChannel implements NotificationChannel {
  readonly name = 'log';
  constructor(private readonly log: Pick<FastifyBaseLogger, 'info'>) {}
  async send(n: OutgoingNotification): Promise<void> {
    // Neither the text nor the phone number: logs leave the office's control (UU PDP).
    this.log.info({ notificationId: n.id, officeId: n.officeId, applicationId: n.applicationId, template: n.template, hasRecipient: n.recipient !== null }, 'notification sent (log channel)');
  }
}

export interface QueuedNotification {
  officeId: number;
  applicationId: string | null;
  recipient: string | null;
  template: string;
  message: string;
  lang?: 'id' | 'en';
}

/** Writes the message inside the caller's transaction; it is sent after commit by `Notifier.dispatch`. */
export async function queueNotification(tx: Executor, channel: string, n: QueuedNotification): Promise<number> {
  const rows = await tx
    .insert(notifications)
    .values({ officeId: n.officeId, applicationId: n.applicationId, channel, recipient: n.recipient, template: n.template, message: n.message, lang: n.lang ?? 'id' })
    .returning({ id: notifications.id });
  return rows[0]!.id;
}

export class Notifier {
  constructor(
    private readonly database: Database,
    readonly channel: NotificationChannel,
    private readonly log: Pick<FastifyBaseLogger, 'warn'>,
  ) {}

  /**
   * Sends queued rows (after their transaction committed). Each row is claimed by moving it to `sent` first,
   * so two dispatchers never send one message twice; a failed send puts it back in the queue (after five
   * attempts it is marked failed). Never throws.
   */
  async dispatch(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    let claimed: (typeof notifications.$inferSelect)[];
    try {
      claimed = await this.database.db
        .update(notifications)
        .set({ status: 'sent', sentAt: new Date(), attempts: sql`${notifications.attempts} + 1` })
        .where(and(inArray(notifications.id, [...ids]), eq(notifications.status, 'queued')))
        .returning();
    } catch (err) {
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'notification claim failed');
      return;
    }
    for (const row of claimed) {
      try {
        await this.channel.send(row);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        this.log.warn({ notificationId: row.id, err: message }, 'notification send failed');
        await this.database.db
          .update(notifications)
          .set({ error: message.slice(0, 500), sentAt: null, status: row.attempts >= 5 ? 'failed' : 'queued' })
          .where(eq(notifications.id, row.id))
          .catch(() => {});
      }
    }
  }

  /** Retries what a crash or a failed channel left queued (called at start and by a timer). */
  async retryQueued(limit = 100): Promise<number> {
    const rows = await this.database.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.status, 'queued'), eq(notifications.channel, this.channel.name)))
      .orderBy(notifications.id)
      .limit(limit);
    await this.dispatch(rows.map((r) => r.id));
    return rows.length;
  }
}
