import { rangeLabel } from '../lib/dates';
import { Link, paths } from '../lib/router';
import type { StorySummary } from '../lib/types';

function outletCount(o: number | string[]): number {
  return Array.isArray(o) ? o.length : o;
}

/** Actor/event summaries come as strings or small objects depending on the endpoint: show names. */
export function labelOf(x: unknown): string {
  if (typeof x === 'string') return x;
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    const name = o.name ?? o.label ?? o.code ?? o.id;
    const n = o.count ?? o.mentions ?? o.n;
    return `${String(name)}${typeof n === 'number' ? ` (${n})` : ''}`;
  }
  return String(x);
}

export function StoryTable({ stories }: { stories: StorySummary[] }) {
  return (
    <table className="list stories-table">
      <thead>
        <tr>
          <th>Story</th>
          <th>Dates</th>
          <th className="num" title="articles / independent reports / outlets">
            Articles
          </th>
          <th className="num">Reports</th>
          <th className="num">Outlets</th>
          <th>Top actors</th>
        </tr>
      </thead>
      <tbody>
        {stories.map((s) => (
          <tr key={s.id}>
            <td>
              <Link to={paths.story(s.id)}>{s.title || s.id}</Link>
            </td>
            <td className="nowrap">{rangeLabel(s.firstDate, s.lastDate)}</td>
            <td className="num">{s.articles}</td>
            <td className="num">{s.reports}</td>
            <td className="num">{outletCount(s.outlets)}</td>
            <td className="muted small">{(s.topActors ?? []).slice(0, 4).map(labelOf).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
