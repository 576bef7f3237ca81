import { Link, paths } from '../lib/router';
import type { Report } from '../lib/types';

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
