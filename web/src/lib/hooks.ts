import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from './types';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Fetches once per change of `key`; aborts the previous request so stale answers never land. */
export function useFetch<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies the request; `load` is recreated every render
  useEffect(() => {
    const ctl = new AbortController();
    setState({ data: null, error: null, loading: true });
    load(ctl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (err: unknown) => {
        if (ctl.signal.aborted) return;
        setState({ data: null, error: err instanceof Error ? err.message : String(err), loading: false });
      },
    );
    return () => ctl.abort();
  }, [key]);
  return state;
}

export interface CursorList<T> {
  items: T[];
  error: string | null;
  loading: boolean;
  hasMore: boolean;
  loadMore: () => void;
}

/**
 * Server-side pagination: fetches the first page for `key`, then one more page per `loadMore`
 * by following the API's `next` cursor. Nothing is fetched that is not shown.
 */
export function useCursorList<T>(
  key: string,
  loadPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
): CursorList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const ctl = useRef<AbortController | null>(null);
  const loader = useRef(loadPage);
  loader.current = loadPage;

  const fetchPage = useCallback((cursor: string | undefined, append: boolean) => {
    ctl.current?.abort();
    const c = new AbortController();
    ctl.current = c;
    setLoading(true);
    setError(null);
    loader.current(cursor, c.signal).then(
      (page) => {
        setItems((old) => (append ? [...old, ...page.items] : page.items));
        setNext(page.next);
        setLoading(false);
      },
      (err: unknown) => {
        if (c.signal.aborted) return;
        setError(err instanceof Error ? err.message : String(err));
        setLoading(false);
      },
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies the list; a new key restarts it
  useEffect(() => {
    setItems([]);
    setNext(null);
    fetchPage(undefined, false);
    return () => ctl.current?.abort();
  }, [key, fetchPage]);

  const loadMore = useCallback(() => {
    if (next) fetchPage(next, true);
  }, [next, fetchPage]);

  return { items, error, loading, hasMore: next !== null, loadMore };
}
