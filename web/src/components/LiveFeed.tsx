import { useEffect, useState } from 'react';
import { Link, paths } from '../lib/router';

interface FeedArticle {
  id: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
  story: string | null;
}

const KEEP = 8;

/**
 * Articles as they are ingested (POST /api/articles, or another `chronicle ingest` on the same
 * database), from the server-sent-events feed; the browser reconnects by itself.
 */
export function LiveFeed() {
  const [articles, setArticles] = useState<FeedArticle[]>([]);
  const [live, setLive] = useState(false);
  useEffect(() => {
    const source = new EventSource('/api/feed');
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.addEventListener('article', (e) => {
      try {
        const a = JSON.parse((e as MessageEvent<string>).data) as FeedArticle;
        setArticles((old) => [a, ...old.filter((x) => x.id !== a.id)].slice(0, KEEP));
      } catch {
        // a malformed event is skipped; the next one still shows
      }
    });
    return () => source.close();
  }, []);
  return (
    <section className="live-feed" aria-live="polite">
      <h2>
        Just in{' '}
        <span className={live ? 'live-dot on' : 'live-dot'} title={live ? 'connected' : 'not connected'} />
      </h2>
      {articles.length === 0 ? (
        <p className="muted small">New articles appear here as they are ingested.</p>
      ) : (
        <ul className="side-list">
          {articles.map((a) => (
            <li key={a.id} className="feed-item">
              <Link to={paths.article(a.id)}>{a.title || a.id}</Link>
              <div className="muted small">
                {a.date ?? 'undated'} · {a.outlet ?? 'unknown outlet'}
                {a.story && (
                  <>
                    {' '}
                    · <Link to={paths.story(a.story)}>story</Link>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
