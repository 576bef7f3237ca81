import { Link, paths } from '../lib/router';
import type { PartyRef, Report } from '../lib/types';

/** The reports behind a corroborated fact, each a link to its article. */
export function Reports({ reports }: { reports: Report[] }) {
  return (
    <span className="reports">
      {reports.map((r) => (
        <Link key={r.article} to={paths.article(r.article)} className="report" title={r.date ?? undefined}>
          {r.outlet || r.article}
        </Link>
      ))}
    </span>
  );
}

/** An actor reference: a link when it looks like an actor id (kind:slug), plain text otherwise. */
export function ActorRef({ id, name }: { id: string | null | undefined; name?: string | null }) {
  if (!id && !name) return <span className="muted">—</span>;
  if (id && /^[a-z]+:/.test(id)) return <Link to={paths.actor(id)}>{name || id}</Link>;
  return <span>{name || id}</span>;
}

/** Normalises an actor given as a string (id or name) or as `{actor, name, code}`. */
export function party(x: PartyRef): { id: string | null; name: string | null } {
  if (!x) return { id: null, name: null };
  if (typeof x === 'string') return /^[a-z]+:/.test(x) ? { id: x, name: null } : { id: null, name: x };
  return { id: x.actor ?? null, name: x.name ?? x.code ?? null };
}

export function partyName(x: PartyRef): string {
  const p = party(x);
  return p.name ?? p.id ?? '?';
}

export function PartyLink({ x }: { x: PartyRef }) {
  const p = party(x);
  return <ActorRef id={p.id} name={p.name} />;
}
