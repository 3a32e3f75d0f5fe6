import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type RequestOptions } from './api.js';

export interface ApiState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/** Loads `path` (null: nothing yet) and again whenever `key` changes; the last answer wins. */
export function useApi<T>(path: string | null, query?: RequestOptions['query']): ApiState<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: path !== null });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify([path, query ?? null, tick]);
  const latest = useRef(key);
  useEffect(() => {
    latest.current = key;
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    api<T>(path, { query, signal: controller.signal })
      .then((data) => latest.current === key && setState({ data, error: null, loading: false }))
      .catch((err: unknown) => {
        if ((err as Error).name === 'AbortError' || latest.current !== key) return;
        setState({ data: null, error: err instanceof ApiError ? err : new ApiError(0, 'UNEXPECTED', String(err)), loading: false });
      });
    return () => controller.abort();
    // `key` covers path, query and reloads.
  }, [key]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
