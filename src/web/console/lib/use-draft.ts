import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDrafts, createDraftStore, type DraftValues } from '../../shared/draft-store.js';

/**
 * Console forms that must survive a dropped connection or a closed tab (counter intake, long
 * assessments) keep their values with this hook. Staff computers are shared and the values may be
 * personal data, so console drafts live one working day and all of them go at logout.
 */
export const CONSOLE_DRAFTS = 'console:';

export function useDraft<T extends DraftValues>(key: string, initial: T): {
  values: T;
  setValues: (next: T | ((prev: T) => T)) => void;
  restoredAt: Date | null;
  clear: () => void;
} {
  const store = useRef(createDraftStore(CONSOLE_DRAFTS + key, undefined, { ttlDays: 1 }));
  const [restored] = useState(() => store.current.load());
  const [values, setState] = useState<T>(() => (restored ? ({ ...initial, ...restored.values } as T) : initial));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const setValues = useCallback((next: T | ((prev: T) => T)) => {
    setState((prev) => {
      const value = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => store.current.save(value), 300);
      return value;
    });
  }, []);
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    store.current.clear();
  }, []);
  return { values, setValues, restoredAt: restored?.savedAt ?? null, clear };
}

export const clearConsoleDrafts = () => clearDrafts(CONSOLE_DRAFTS);
