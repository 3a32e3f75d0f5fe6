/**
 * The portal's only script, loaded as a module (so old browsers skip it and get the plain HTML forms).
 * It adds two things the pages cannot do alone:
 *  - drafts: what is typed into `form[data-draft]` is kept on the device and restored after a dropped
 *    connection or a closed tab;
 *  - `form[data-enhance="replace-main"]` is sent in the background; the server's answer replaces the
 *    page's <main>, and a network failure keeps the page and the typed values instead of showing the
 *    browser's error page;
 *  - plain multi-page forms (the online application): a submit while offline is held back with a notice
 *    instead of the browser's error page, a form's kept copy is dropped once the server accepted it, and
 *    every kept copy of an application is dropped on its confirmation page.
 */
import { attachFormDraft, clearDrafts, createDraftStore, readForm, type DraftStore } from '../shared/draft-store.js';

function notice(slot: HTMLElement, message: string, role: 'status' | 'alert' = 'status') {
  slot.hidden = false;
  slot.setAttribute('role', role);
  slot.classList.toggle('warn', role === 'alert');
  slot.textContent = message;
}

function offerClear(slot: HTMLElement, form: HTMLFormElement, store: DraftStore) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = form.dataset.msgClear ?? 'Hapus';
  button.addEventListener('click', () => {
    store.clear();
    form.reset();
    for (const el of Array.from(form.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type]), input[inputmode]'))) el.value = '';
    slot.hidden = true;
    form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  });
  slot.append(' ', button);
}

function enhanceSubmit(form: HTMLFormElement, store: DraftStore, slot: HTMLElement | null) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // Keep what was typed before the request goes out: the connection may drop on the way.
    store.save(readForm(form));
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
        headers: { accept: 'text/html' },
        credentials: 'same-origin',
      });
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const next = doc.querySelector('main');
      const main = document.querySelector('main');
      if (!next || !main) throw new Error('unexpected answer');
      if (doc.querySelector('[data-outcome="found"]')) store.clear();
      main.innerHTML = next.innerHTML;
      document.title = doc.title;
      enhance(main);
      const focus = main.querySelector<HTMLElement>('.error-summary') ?? main.querySelector<HTMLElement>('#result > *');
      if (focus) {
        focus.tabIndex = -1;
        focus.focus();
      }
    } catch {
      if (slot) notice(slot, form.dataset.msgOffline ?? 'Offline', 'alert');
    } finally {
      if (button) button.disabled = false;
    }
  });
}

function enhance(root: ParentNode) {
  for (const form of Array.from(root.querySelectorAll<HTMLFormElement>('form[data-draft]'))) {
    const { store, restored } = attachFormDraft(form, form.dataset.draft!);
    const slot = form.querySelector<HTMLElement>('[data-draft-notice]');
    if (restored && slot) {
      notice(slot, form.dataset.msgRestored ?? '');
      offerClear(slot, form, store);
    }
    if (form.dataset.enhance === 'replace-main') enhanceSubmit(form, store, slot);
    else holdWhileOffline(form, store, slot);
  }
}

const PENDING = 'pbi-pending-draft';

/** A plain form was sent; if the next page is not the same form with errors, the server took it. */
function settlePending() {
  try {
    const key = sessionStorage.getItem(PENDING);
    sessionStorage.removeItem(PENDING);
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (key && nav?.type === 'navigate' && !document.querySelector('.error-summary')) createDraftStore(key).clear();
  } catch {
    // No sessionStorage (private mode): the kept copy just stays until it expires.
  }
  const done = document.querySelector<HTMLElement>('[data-apply-done]');
  if (done) clearDrafts(done.dataset.applyDone!);
}

function holdWhileOffline(form: HTMLFormElement, store: DraftStore, slot: HTMLElement | null) {
  form.addEventListener('submit', (event) => {
    store.save(readForm(form));
    if (!navigator.onLine) {
      event.preventDefault();
      if (slot) notice(slot, form.dataset.msgOffline ?? 'Offline', 'alert');
      return;
    }
    try {
      sessionStorage.setItem(PENDING, form.dataset.draft!);
    } catch {
      // See settlePending.
    }
  });
}

function offlineBanner() {
  const text = document.querySelector<HTMLElement>('form[data-msg-offline]')?.dataset.msgOffline;
  const main = document.querySelector('main');
  if (!text || !main) return;
  const banner = document.createElement('p');
  banner.className = 'offline-banner';
  banner.setAttribute('role', 'alert');
  banner.textContent = text;
  const show = () => (navigator.onLine ? banner.remove() : main.prepend(banner));
  addEventListener('online', show);
  addEventListener('offline', show);
  show();
}

settlePending();
enhance(document);
offlineBanner();
