import { MoreButton, PageTitle, Status } from '../components/common';
import { FilterForm } from '../components/FilterForm';
import { api } from '../lib/api';
import { useCursorList } from '../lib/hooks';
import { Link, paths } from '../lib/router';
import type { Span } from '../lib/types';

/** Marks the matched terms of a snippet with <mark>, as text nodes (the snippet is never HTML). */
export function Highlighted({ text, spans }: { text: string; spans: Span[] | undefined }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const sorted = [...(spans ?? [])].sort((a, b) => a[0] - b[0]);
  for (const [s, e] of sorted) {
    if (s < at || e > text.length || e <= s) continue;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={s}>{text.slice(s, e)}</mark>);
    at = e;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function Search({ query }: { query: URLSearchParams }) {
  const q = query.get('q') ?? '';
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const hits = useCursorList(`search|${q}|${from}|${to}`, (cursor, s) =>
    q ? api.search({ q, from, to, cursor, limit: 25 }, s) : Promise.resolve({ items: [], next: null }),
  );
  return (
    <div>
      <PageTitle title={q ? <>Search: “{q}”</> : 'Search'} />
      <FilterForm
        key={query.toString()}
        query={query}
        fields={[
          { name: 'q', label: 'Words' },
          { name: 'from', label: 'From', type: 'date' },
          { name: 'to', label: 'To', type: 'date' },
        ]}
      />
      <Status
        loading={hits.loading && !hits.items.length}
        error={hits.error}
        empty={
          !hits.loading && !hits.items.length && (q ? 'No matching articles.' : 'Type some words to search.')
        }
      />
      <ol className="hits">
        {hits.items.map((h) => (
          <li key={h.id} className="hit">
            <Link to={paths.article(h.id)} className="hit-title">
              {h.title || h.id}
            </Link>
            <div className="muted small">
              {h.date ?? 'undated'} · {h.outlet ?? 'unknown outlet'}
            </div>
            <p className="snippet">
              <Highlighted text={h.snippet} spans={h.highlights} />
            </p>
          </li>
        ))}
      </ol>
      <MoreButton list={hits} />
    </div>
  );
}
