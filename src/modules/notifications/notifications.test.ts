import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOffice } from '../../platform/testing/factories.js';
import { createTestDatabase, type TestDatabase } from '../../platform/db/test-db.js';
import { renderMessage, templateFor } from './messages.js';
import { Notifier, queueNotification, type NotificationChannel, type OutgoingNotification } from './notifier.js';

const params = { receiptNumber: 'PSR-2026-000123', serviceName: 'Pendaftaran Peserta baru', officeName: 'Dinas Kesehatan Kota Pasuruan', trackingUrl: 'https://pbi.example.go.id/lacak' };
const quiet = { info: () => {}, warn: () => {} };

describe('messages to applicants', () => {
  it('say what to bring when a file is returned, in Bahasa Indonesia, without a NIK', () => {
    const text = renderMessage('returned', { ...params, missing: [{ label: 'Fotokopi KK Kota Pasuruan', reason: 'KK dari luar kota' }] }, 'Dikembalikan');
    expect(text).toContain('dikembalikan karena berkas belum lengkap');
    expect(text).toContain('1. Fotokopi KK Kota Pasuruan (KK dari luar kota)');
    expect(text).not.toMatch(/\d{16}/);
    expect(templateFor('assessed')).toBe('status_changed');
    expect(renderMessage('status_changed', params, 'Asesmen lapangan selesai')).toContain('"Asesmen lapangan selesai"');
  });
});

describe('notification outbox', () => {
  let db: TestDatabase;
  let officeId: number;
  beforeAll(async () => {
    db = await createTestDatabase();
    officeId = (await buildOffice(db)).id;
  });
  afterAll(async () => db?.close());

  const status = async (id: number) => (await db.query<{ status: string; attempts: number }>('SELECT status, attempts FROM notifications WHERE id = $1', [id]))[0]!;

  it('a message queued in a rolled-back transaction is never sent', async () => {
    const sent: OutgoingNotification[] = [];
    const channel: NotificationChannel = { name: 'log', send: async (n) => void sent.push(n) };
    let id = 0;
    await expect(db.db.transaction(async (tx) => {
      id = await queueNotification(tx, 'log', { officeId, applicationId: null, recipient: null, template: 'submitted', message: 'x' });
      throw new Error('rollback');
    })).rejects.toThrow('rollback');
    await new Notifier(db, channel, quiet).dispatch([id]);
    expect(sent).toEqual([]);
    expect(await db.query('SELECT 1 FROM notifications WHERE id = $1', [id])).toHaveLength(0);
  });

  it('a failed send stays queued and is retried; a sent one is not sent twice', async () => {
    let fail = true;
    const sent: number[] = [];
    const channel: NotificationChannel = { name: 'wa-test', send: async (n) => { if (fail) throw new Error('WhatsApp gateway down'); sent.push(n.id); } };
    const notifier = new Notifier(db, channel, quiet);
    const id = await queueNotification(db.db, 'wa-test', { officeId, applicationId: null, recipient: '081234567890', template: 'submitted', message: 'Permohonan diterima' });
    await notifier.dispatch([id]);
    expect(await status(id)).toEqual({ status: 'queued', attempts: 1 });
    fail = false;
    expect(await notifier.retryQueued()).toBe(1);
    expect(await status(id)).toEqual({ status: 'sent', attempts: 2 });
    await notifier.dispatch([id]);
    expect(sent).toEqual([id]);
  });
});
