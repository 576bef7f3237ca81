import { useEffect, useMemo, useState } from 'react';
import { Badge, PageTitle, Status } from '../components/common';
import { preloadTimeline, TimelineChart } from '../components/lazy';
import { ActorRef, PartyLink, partyName, Reports } from '../components/Reports';
import { labelOf } from '../components/StoryTable';
import type { TimelineEntry } from '../components/TimelineChart';
import { api } from '../lib/api';
import { dayOf, rangeLabel, toDate } from '../lib/dates';
import { useFetch } from '../lib/hooks';
import { Link, paths } from '../lib/router';
import { quoted } from '../lib/text';
import type { StoryDetail, TimelineDate } from '../lib/types';

const GROUPS = [
  { id: 'summary', label: 'Key dates' },
  { id: 'events', label: 'Events' },
  { id: 'quotes', label: 'Quotes' },
];

function eventLabel(e: StoryDetail['events'][number]): string {
  return `${partyName(e.source)} → ${e.plover ?? e.code} → ${partyName(e.target)}`;
}

/** "VILNIUS, March 3 (Harbor Wire) - Belarus…" → "Belarus…": the dateline repeats the item's date. */
function withoutDateline(s: string): string {
  return s.replace(/^[A-Z][A-Z/ .'-]+, [A-Z][a-z]+\.? \d{1,2} \([^)]*\) [-–—] /, '');
}

/**
 * Key dates plus events and quotes; by default only the corroborated ones (two or more
 * independent reports): they are the story's canonical facts, and a busy story has hundreds.
 */
function timelineEntries(story: StoryDetail, dates: TimelineDate[], all: boolean): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  dates.forEach((d, i) => {
    const date = toDate(d.date);
    if (date)
      out.push({
        id: `summary-${i}`,
        date,
        label: withoutDateline(d.sentences[0] ?? d.date),
        badge: `${d.articles} art.`,
        group: 'summary',
      });
  });
  story.events.forEach((e, i) => {
    const date = dayOf(e.date) ?? dayOf(e.reports[0]?.date);
    if (date && (all || e.corroboration > 1))
      out.push({
        id: `events-${i}`,
        date,
        label: eventLabel(e),
        badge: `×${e.corroboration}`,
        group: 'events',
        className: e.corroboration > 1 ? 'corroborated' : undefined,
      });
  });
  story.quotes.forEach((q, i) => {
    const date = dayOf(q.date) ?? dayOf(q.reports[0]?.date);
    if (date && (all || q.corroboration > 1))
      out.push({
        id: `quotes-${i}`,
        date,
        label: `${partyName(q.speaker)}: ${quoted(q.text, undefined, q.kind)}`,
        badge: `×${q.corroboration}`,
        group: 'quotes',
        className: q.corroboration > 1 ? 'corroborated' : undefined,
      });
  });
  return out;
}

function Selected({ id, story, dates }: { id: string; story: StoryDetail; dates: TimelineDate[] }) {
  const [group, n] = id.split('-');
  const i = Number(n);
  if (group === 'summary' && dates[i])
    return (
      <div className="card selected">
        <h3>{dates[i].date}</h3>
        <ul>
          {dates[i].sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="muted small">Sources: {dates[i].sources.join(', ')}</p>
      </div>
    );
  if (group === 'events' && story.events[i]) {
    const e = story.events[i];
    return (
      <div className="card selected">
        <h3>{eventLabel(e)}</h3>
        <p>
          {e.date ?? 'undated'} · CAMEO {e.code} · corroborated by {e.corroboration}{' '}
          <Reports reports={e.reports} />
        </p>
      </div>
    );
  }
  if (group === 'quotes' && story.quotes[i]) {
    const q = story.quotes[i];
    return (
      <div className="card selected">
        <blockquote>{q.text}</blockquote>
        <p>
          — {partyName(q.speaker)}, {q.date ?? 'undated'} · corroborated by {q.corroboration}{' '}
          <Reports reports={q.reports} />
        </p>
      </div>
    );
  }
  return null;
}

export function Story({ id }: { id: string }) {
  useEffect(() => void preloadTimeline(), []);
  const story = useFetch(`story|${id}`, (s) => api.story(id, s));
  const timeline = useFetch(`story-tl|${id}`, (s) => api.timeline({ story: id, dates: 12, perDate: 2 }, s));
  const [selected, setSelected] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const d = story.data;
  const dates = timeline.data?.dates ?? [];
  const range = useMemo(() => {
    const [a, b] = [toDate(d?.story.firstDate), toDate(d?.story.lastDate)];
    return a && b ? ([a, b] as [Date, Date]) : null;
  }, [d]);
  const entries = useMemo(
    () => (d ? timelineEntries(d, timeline.data?.dates ?? [], all) : []),
    [d, timeline.data, all],
  );
  if (!d) return <Status loading={story.loading} error={story.error} />;
  const s = d.story;
  return (
    <div className="story">
      <PageTitle
        title={s.title || s.id}
        sub={
          <>
            {rangeLabel(s.firstDate, s.lastDate)} · {s.articles} articles · {s.reports} independent reports ·{' '}
            {Array.isArray(s.outlets) ? s.outlets.length : s.outlets} outlets
          </>
        }
      />
      {(s.topActors?.length ?? 0) > 0 && (
        <p className="chips">
          {(s.topActors ?? []).map((a) => (
            <Badge key={labelOf(a)}>{labelOf(a)}</Badge>
          ))}
        </p>
      )}
      <section>
        <h2>Timeline</h2>
        <p className="muted small">
          Badges count independent reports (corroboration). Click an item for its sources.{' '}
          <label className="inline-toggle">
            <input type="checkbox" checked={all} onChange={() => setAll(!all)} /> include facts from a single
            report
          </label>
        </p>
        <Status loading={timeline.loading} error={timeline.error} />
        {!timeline.loading && (
          <TimelineChart entries={entries} groups={GROUPS} onSelect={setSelected} range={range} />
        )}
        {selected && <Selected id={selected} story={d} dates={dates} />}
      </section>
      <div className="columns">
        <section>
          <h2>Events</h2>
          {d.events.length === 0 && <p className="muted">No events.</p>}
          <table className="list">
            <tbody>
              {d.events.map((e, i) => (
                <tr
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed per response; facts may repeat
                  key={`${e.code}-${partyName(e.source)}-${partyName(e.target)}-${e.date}-${i}`}
                  className="event-row"
                >
                  <td>
                    <PartyLink x={e.source} />{' '}
                    <Badge kind="event" title={`CAMEO ${e.code}`}>
                      {e.plover ?? e.code}
                    </Badge>{' '}
                    <PartyLink x={e.target} />
                    <div className="muted small">
                      {e.date ?? 'undated'} · CAMEO {e.code}
                    </div>
                  </td>
                  <td className="num">
                    <Badge kind="count" title="independent reports">
                      ×{e.corroboration}
                    </Badge>
                  </td>
                  <td>
                    <Reports reports={e.reports} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2>Quotes</h2>
          {d.quotes.length === 0 && <p className="muted">No quotes.</p>}
          <ul className="quotes-list">
            {d.quotes.map((q, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed per response; facts may repeat
              <li key={`${q.text}-${i}`} className="quote-card">
                <blockquote>{q.text}</blockquote>
                <div className="small">
                  <strong>
                    <ActorRef id={q.speakerActor} name={partyName(q.speaker)} />
                  </strong>{' '}
                  · {q.date ?? 'undated'} ·{' '}
                  <Badge kind="count" title="independent reports">
                    ×{q.corroboration}
                  </Badge>{' '}
                  <Reports reports={q.reports} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section>
        <h2>Articles</h2>
        <table className="list articles-table">
          <tbody>
            {d.articles.map((a) => (
              <tr key={a.id}>
                <td className="nowrap">{a.date ?? 'undated'}</td>
                <td>
                  <Link to={paths.article(a.id)}>{a.title || a.id}</Link>
                  {a.copyOf && (
                    <span className="muted small">
                      {' '}
                      (copy of <Link to={paths.article(a.copyOf)}>{a.copyOf}</Link>)
                    </span>
                  )}
                </td>
                <td className="muted">{a.outlet}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
