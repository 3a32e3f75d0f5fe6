import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { sessionView } from '../../../modules/staff/staff.schema.js';
import type { Role } from '../../../platform/auth/roles.js';
import { api, setCsrfToken, setSessionHandlers } from './api.js';
import { clearConsoleDrafts } from './use-draft.js';

export type SessionView = z.infer<typeof sessionView>;

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; expired?: boolean }
  | { status: 'active'; session: SessionView };

interface SessionApi {
  state: SessionState;
  /** After any auth call that answers a session (login, second factor, password change). */
  accept(view: SessionView): void;
  logout(): Promise<void>;
  logoutEverywhere(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const accept = useCallback((view: SessionView) => {
    setCsrfToken(view.csrfToken);
    setState({ status: 'active', session: view });
  }, []);

  const drop = useCallback((expired: boolean, loggedOut = false) => {
    setCsrfToken(null);
    // A logout leaves nothing typed behind on a shared office computer; an expired session keeps
    // its drafts for the same person logging in again.
    if (loggedOut) clearConsoleDrafts();
    setState({ status: 'anonymous', expired });
  }, []);

  useEffect(() => {
    const refresh = () =>
      api<SessionView>('/auth/session')
        .then(accept)
        // No session (401) or no server: either way the login form is where to start.
        .catch(() => drop(false));
    setSessionHandlers({ gone: () => drop(true), stepPending: () => void refresh() });
    void refresh();
    return () => setSessionHandlers(null);
  }, [accept, drop]);

  const logout = useCallback(async () => {
    try {
      await api('/auth/logout', { method: 'POST' });
    } finally {
      drop(false, true);
    }
  }, [drop]);

  const logoutEverywhere = useCallback(async () => {
    await api('/auth/logout-all', { method: 'POST' });
    drop(false, true);
  }, [drop]);

  const value = useMemo(() => ({ state, accept, logout, logoutEverywhere }), [state, accept, logout, logoutEverywhere]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The logged-in user; only for screens shown after login. */
export function useUser(): SessionView['user'] {
  const { state } = useSession();
  if (state.status !== 'active') throw new Error('useUser without an active session');
  return state.session.user;
}

export const hasAnyRole = (roles: readonly Role[], allowed?: readonly Role[]) => !allowed || allowed.some((r) => roles.includes(r));
