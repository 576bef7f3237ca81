import { Status } from '../components/common';
import { SearchBox } from '../components/Layout';
import { StoryTable } from '../components/StoryTable';
import { api } from '../lib/api';
import { rangeLabel } from '../lib/dates';
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

export function Home() {
  const stats = useFetch('stats', (s) => api.stats(s));
  // One page of stories, in the order the API lists them; "All stories" pages through the rest.
  const stories = useCursorList('home-stories', (cursor, s) => api.stories({ limit: 10, cursor }, s));
  const st = stats.data;
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
          <h2>Stories</h2>
          <Link to="/stories">All stories →</Link>
        </div>
        <Status
          loading={stories.loading && !stories.items.length}
          error={stories.error}
          empty={!stories.loading && !stories.items.length && 'No stories yet.'}
        />
        {stories.items.length > 0 && <StoryTable stories={stories.items} />}
      </section>
    </div>
  );
}
