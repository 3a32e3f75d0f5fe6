import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { ApiError } from './api.js';

/** A page of a cursor-paged list endpoint: the rows under `field`, and where the next page starts. */
type PageOf<K extends string, T, C> = { [k in K]: T[] } & { nextCursor: C | null };

export interface PagedList<T, C> {
  /** null until the first page arrives (and again while a changed query loads). */
  rows: T[] | null;
  /** Where the next page starts; null on the last page. */
  cursor: C | null;
  error: ApiError | null;
  busy: boolean;
  /** Appends the next page. */
  loadMore(): void;
  /** Loads the first page again in place of what is shown (e.g. after an import changed the list). */
  reload(): void;
  /** For screens that change a row in place after an action on it. */
  setRows: Dispatch<SetStateAction<T[] | null>>;
}

/**
 * The console's "first page, then load more" list. `fetchPage` is called with the cursor of the
 * next page (undefined for the first); `field` names the rows in its answer. The list starts over
 * (rows cleared, first page loaded) whenever `query` changes, so a filter never shows the previous
 * filter's rows under its own heading.
 */
export function usePagedList<K extends string, T, C = string>(
  fetchPage: (cursor?: C) => Promise<PageOf<K, T, C>>,
  field: K,
  query = '',
): PagedList<T, C> {
  const [rows, setRows] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<C | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // The caller passes a fresh closure each render; `query` says when its answer changes.
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(
    async (after?: C) => {
      setBusy(true);
      setError(null);
      try {
        const page = await fetchRef.current(after);
        const got = page[field];
        setRows((prev) => (after !== undefined && prev ? [...prev, ...got] : got));
        setCursor(page.nextCursor);
      } catch (err) {
        setError(err as ApiError);
      } finally {
        setBusy(false);
      }
    },
    [field],
  );
  useEffect(() => {
    setRows(null);
    void load();
  }, [load, query]);

  const loadMore = useCallback(() => {
    if (cursor !== null) void load(cursor);
  }, [cursor, load]);
  const reload = useCallback(() => void load(), [load]);
  return { rows, cursor, error, busy, loadMore, reload, setRows };
}
