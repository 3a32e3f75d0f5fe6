import { describe, expect, it } from 'vitest';
import { clearDrafts, createDraftStore, DRAFT_PREFIX, type DraftStorage } from './draft-store.js';

function memoryStorage(): DraftStorage & { data: Map<string, string>; key(i: number): string | null; length: number } {
  const data = new Map<string, string>();
  return {
    data,
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('draft store', () => {
  it('keeps and restores values under its own key', () => {
    const storage = memoryStorage();
    const store = createDraftStore('lacak', storage, { now: () => 1_000 });
    store.save({ receiptNumber: 'KRA-2026-000001', roles: ['a', 'b'] });
    expect([...storage.data.keys()]).toEqual([`${DRAFT_PREFIX}lacak`]);
    const back = createDraftStore('lacak', storage, { now: () => 2_000 }).load();
    expect(back?.values).toEqual({ receiptNumber: 'KRA-2026-000001', roles: ['a', 'b'] });
    expect(back?.savedAt.getTime()).toBe(1_000);
  });

  it('forgets a draft older than its time to live (a shared phone must not keep it)', () => {
    const storage = memoryStorage();
    let now = 0;
    const store = createDraftStore('x', storage, { ttlDays: 7, now: () => now });
    store.save({ a: '1' });
    now = 7 * 86_400_000 - 1;
    expect(store.load()).not.toBeNull();
    now = 7 * 86_400_000 + 1;
    expect(store.load()).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('survives garbage and missing storage', () => {
    const storage = memoryStorage();
    storage.setItem(`${DRAFT_PREFIX}x`, '{not json');
    expect(createDraftStore('x', storage).load()).toBeNull();
    const none = createDraftStore('x', null);
    none.save({ a: '1' });
    expect(none.load()).toBeNull();
  });

  it('clears', () => {
    const storage = memoryStorage();
    const store = createDraftStore('x', storage);
    store.save({ a: '1' });
    store.clear();
    expect(store.load()).toBeNull();
  });

  it('clears every draft under a prefix (console drafts at logout) and leaves the others', () => {
    const storage = memoryStorage();
    createDraftStore('console:intake', storage).save({ nik: '3575' });
    createDraftStore('console:assessment', storage).save({ a: '1' });
    createDraftStore('lacak', storage).save({ r: 'x' });
    storage.setItem('other-app', 'keep');
    clearDrafts('console:', storage);
    expect([...storage.data.keys()].sort()).toEqual(['other-app', `${DRAFT_PREFIX}lacak`]);
  });
});
