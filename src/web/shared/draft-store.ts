/**
 * Keeps what someone typed into a form on this device, so that a dropped connection (common on cheap
 * phones with prepaid data) or a closed tab does not lose it, and a citizen can come back later.
 * Framework-free: the portal's vanilla script and the console's React hooks both use it.
 *
 * Drafts expire (default 7 days) because a phone may be shared: data typed on someone else's phone
 * must not stay there forever. Passwords and files are never stored.
 */

export type DraftValues = Record<string, string | string[]>;

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StoredDraft {
  v: 1;
  savedAt: number;
  values: DraftValues;
}

export interface DraftStore {
  load(): { savedAt: Date; values: DraftValues } | null;
  save(values: DraftValues): void;
  clear(): void;
}

export const DRAFT_PREFIX = 'pbi-draft:';
const DAY_MS = 86_400_000;

/** localStorage when usable (private mode and full storage throw), otherwise nothing is kept. */
export function browserStorage(): DraftStorage | null {
  try {
    const s = globalThis.localStorage;
    const probe = `${DRAFT_PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export function createDraftStore(
  key: string,
  storage: DraftStorage | null = browserStorage(),
  opts: { ttlDays?: number; now?: () => number } = {},
): DraftStore {
  const fullKey = DRAFT_PREFIX + key;
  const ttl = (opts.ttlDays ?? 7) * DAY_MS;
  const now = opts.now ?? Date.now;
  return {
    load() {
      if (!storage) return null;
      let parsed: StoredDraft;
      try {
        parsed = JSON.parse(storage.getItem(fullKey) ?? 'null') as StoredDraft;
      } catch {
        storage.removeItem(fullKey);
        return null;
      }
      if (!parsed || parsed.v !== 1 || typeof parsed.values !== 'object') return null;
      if (now() - parsed.savedAt > ttl) {
        storage.removeItem(fullKey);
        return null;
      }
      return { savedAt: new Date(parsed.savedAt), values: parsed.values };
    },
    save(values) {
      if (!storage) return;
      const draft: StoredDraft = { v: 1, savedAt: now(), values };
      try {
        storage.setItem(fullKey, JSON.stringify(draft));
      } catch {
        // Storage full or refused: the form still works, it just is not kept.
      }
    },
    clear() {
      storage?.removeItem(fullKey);
    },
  };
}

/** Removes every draft whose key starts with `prefix` (the console does this at logout). */
export function clearDrafts(prefix: string, storage: (DraftStorage & { key?(i: number): string | null; length?: number }) | null = browserStorage() as Storage | null): void {
  if (!storage || typeof storage.key !== 'function' || typeof storage.length !== 'number') return;
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(DRAFT_PREFIX + prefix)) doomed.push(k);
  }
  doomed.forEach((k) => storage.removeItem(k));
}

/** Form controls whose value may be kept: not passwords, files, hidden or explicitly excluded ones. */
function keepable(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) return false;
  if (!el.name || el.hasAttribute('data-no-draft')) return false;
  if (el instanceof HTMLInputElement && ['password', 'file', 'hidden', 'submit', 'button', 'reset'].includes(el.type)) return false;
  return true;
}

export function readForm(form: HTMLFormElement): DraftValues {
  const values: DraftValues = {};
  for (const el of Array.from(form.elements)) {
    if (!keepable(el)) continue;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (!el.checked) continue;
      const prev = values[el.name];
      values[el.name] = el.type === 'checkbox' ? [...(Array.isArray(prev) ? prev : []), el.value] : el.value;
    } else {
      values[el.name] = el.value;
    }
  }
  return values;
}

export function fillForm(form: HTMLFormElement, values: DraftValues): void {
  for (const el of Array.from(form.elements)) {
    if (!keepable(el) || !(el.name in values)) continue;
    const v = values[el.name]!;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      el.checked = Array.isArray(v) ? v.includes(el.value) : v === el.value;
    } else if (typeof v === 'string') {
      el.value = v;
    }
  }
}

const hasValues = (v: DraftValues) => Object.values(v).some((x) => (Array.isArray(x) ? x.length > 0 : x.trim() !== ''));

/**
 * Restores a form's draft and keeps saving it while the person types. Returns the store, so the
 * caller clears it after a successful submission, and when the restored draft was saved (null when
 * nothing was restored). Values the server already put in the form win over a draft.
 */
export function attachFormDraft(form: HTMLFormElement, key: string, storage: DraftStorage | null = browserStorage()) {
  const store = createDraftStore(key, storage);
  const existing = hasValues(readForm(form)) ? null : store.load();
  const restored = existing && hasValues(existing.values) ? existing.savedAt : null;
  if (restored) fillForm(form, existing!.values);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const values = readForm(form);
      if (hasValues(values)) store.save(values);
      else store.clear();
    }, 300);
  };
  form.addEventListener('input', saveSoon);
  form.addEventListener('change', saveSoon);
  return { store, restored };
}
