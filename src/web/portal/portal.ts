/**
 * The portal's only script, loaded as a module (so old browsers skip it and get the plain HTML forms).
 * It adds two things the pages cannot do alone:
 *  - drafts: what is typed into `form[data-draft]` is kept on the device and restored after a dropped
 *    connection or a closed tab;
 *  - `form[data-enhance="replace-main"]` is sent in the background; the server's answer replaces the
 *    page's <main>, and a network failure keeps the page and the typed values instead of showing the
 *    browser's error page.
 */
import { attachFormDraft, readForm, type DraftStore } from '../shared/draft-store.js';

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
  }
}

enhance(document);
