import { Status } from '../components/common';
import { SearchBox } from '../components/Layout';
import { LiveFeed } from '../components/LiveFeed';
import { StoryTable } from '../components/StoryTable';
import { api } from '../lib/api';
import { rangeLabel, toDate } from '../lib/dates';
import { useCursorList, useFetch } from '../lib/hooks';
import { Link } from '../lib/router';

const STAT_LABELS: [keyof StatsShown, string][] = [
  ['articles', 'articles'],
  ['stories', 'stories'],
  ['outlets', 'outlets'],
  ['actors', 'actors'],
  ['quotes', 'quotes'],
  ['events', 'events'],
  ['timexes', 'time expressions'],
];

interface StatsShown {
  articles: number;
  stories: number;
  outlets: number;
  actors: number;
  quotes: number;
  events: number;
  timexes: number;
}

const RECENT_DAYS = 14;

function recentSince(lastDate: string | null | undefined): string | undefined {
  const last = toDate(lastDate);
  if (!last) return undefined;
  return new Date(last.getTime() - RECENT_DAYS * 86400000).toISOString().slice(0, 10);
}

export function Home() {
  const stats = useFetch('stats', (s) => api.stats(s));
  const st = stats.data;
  // The latest stories: the largest ones with articles in the last two weeks of the coverage. The
  // API then counts only those articles, as the heading says. The corpus may be historical, so
  // "recent" is relative to its last date, not to today.
  const since = recentSince(st?.lastDate);
  const stories = useCursorList(`home-stories|${stats.loading}|${since}`, (cursor, s) =>
    stats.loading
      ? Promise.resolve({ items: [], next: null })
      : api.stories({ limit: 10, from: since, cursor }, s),
  );
  return (
    <div className="home">
      <section className="hero">
        <h1>Who said and did what to whom, and when.</h1>
        <SearchBox big />
        {st && <p className="muted">Coverage: {rangeLabel(st.firstDate, st.lastDate)}</p>}
      </section>
      <Status loading={stats.loading} error={stats.error} />
      {st && (
        <section className="stats" aria-label="Statistics">
          {STAT_LABELS.map(([k, label]) => (
            <div className="stat" key={k} data-stat={k}>
              <span className="stat-value">{(st[k] ?? 0).toLocaleString('en')}</span>
              <span className="stat-label">{label}</span>
            </div>
          ))}
        </section>
      )}
      <section>
        <div className="section-head">
          <h2>
            Latest stories
            {since && <span className="muted small"> · counting their articles since {since}</span>}
          </h2>
          <Link to="/stories">All stories →</Link>
        </div>
        <Status
          loading={(stats.loading || stories.loading) && !stories.items.length}
          error={stories.error}
          empty={
            !stats.loading && !stories.loading && !stories.items.length && 'No stories in the last two weeks.'
          }
        />
        {stories.items.length > 0 && <StoryTable stories={stories.items} />}
      </section>
      <LiveFeed />
    </div>
  );
}
