import type { ReactNode } from 'react';

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

export function MoreButton({
  hasMore,
  loading,
  onMore,
  shown,
}: {
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  shown: number;
}) {
  return (
    <div className="more">
      <span className="muted">{shown} shown</span>
      {hasMore && (
        <button type="button" onClick={onMore} disabled={loading}>
          {loading ? 'Loading…' : 'Load more'}
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
