import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A small history router: the console lives under /console/ and the server answers index.html for
 * every address below it. Paths inside the app are written without the prefix ("/staff/123").
 */
export const BASE = '/console';

const NAVIGATED = 'pbi:navigate';
let navigatedInApp = false;
/** True after the first in-app navigation: only then does a new page take the focus. */
export const hasNavigated = () => navigatedInApp;

function subscribe(fn: () => void) {
  window.addEventListener('popstate', fn);
  window.addEventListener(NAVIGATED, fn);
  return () => {
    window.removeEventListener('popstate', fn);
    window.removeEventListener(NAVIGATED, fn);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export function appPath(fullPath: string): string {
  const rest = fullPath.startsWith(BASE) ? fullPath.slice(BASE.length) : fullPath;
  return rest === '' ? '/' : rest;
}

export function useLocation(): { path: string; search: URLSearchParams } {
  const full = useSyncExternalStore(subscribe, snapshot, snapshot);
  const [pathname, query = ''] = full.split('?');
  return { path: appPath(pathname!).replace(/(.)\/$/, '$1'), search: new URLSearchParams(query) };
}

export function navigate(to: string, opts: { replace?: boolean } = {}) {
  navigatedInApp = true;
  const url = BASE + (to === '/' ? '/' : to);
  if (opts.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    navigatedInApp = true;
  });
}

/** "/staff/:id" against "/staff/abc" → { id: 'abc' }; null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const a = path.split('/').filter(Boolean);
  if (p.length !== a.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(a[i]!);
    else if (seg !== a[i]) return null;
  }
  return params;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** A real link (opens in a new tab with Ctrl/middle click), handled in-app on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={BASE + (to === '/' ? '/' : to)} onClick={handle} {...rest} />;
}
