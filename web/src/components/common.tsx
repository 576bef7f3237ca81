import type { ReactNode } from 'react';
import type { CursorList } from '../lib/hooks';

export function Status({
  loading,
  error,
  empty,
}: {
  loading?: boolean;
  error?: string | null;
  empty?: string | false;
}) {
  if (error)
    return (
      <p className="status error" role="alert">
        {error}
      </p>
    );
  if (loading) return <p className="status loading">Loading…</p>;
  if (empty) return <p className="status empty">{empty}</p>;
  return null;
}

/** Loading, error or empty state of a paged list: loading shows only until the first page is in. */
export function ListStatus({ list, empty }: { list: CursorList<unknown>; empty: string }) {
  const none = !list.items.length;
  return <Status loading={list.loading && none} error={list.error} empty={!list.loading && none && empty} />;
}

/** How many rows are shown, and a button that follows the API's cursor to the next page. */
export function MoreButton({ list }: { list: CursorList<unknown> }) {
  return (
    <div className="more">
      <span className="muted">{list.items.length} shown</span>
      {list.hasMore && (
        <button type="button" onClick={list.loadMore} disabled={list.loading}>
          {list.loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}

export function Badge({ children, kind, title }: { children: ReactNode; kind?: string; title?: string }) {
  return (
    <span className={`badge${kind ? ` badge-${kind}` : ''}`} title={title}>
      {children}
    </span>
  );
}

export function PageTitle({ title, sub }: { title: ReactNode; sub?: ReactNode }) {
  return (
    <header className="page-title">
      <h1>{title}</h1>
      {sub && <p className="muted">{sub}</p>}
    </header>
  );
}

/** "via CNN" when a quote was relayed by another outlet. */
export function Relay({ by }: { by: string | null | undefined }) {
  return by ? <span className="relay">via {by}</span> : null;
}
