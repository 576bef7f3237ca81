import { useEffect, useMemo } from 'react';
import { MoreButton, PageTitle, Status } from '../components/common';
import { EventTable, QuoteTable } from '../components/FactTables';
import { preloadTimeline, TimelineChart } from '../components/lazy';
import type { TimelineEntry } from '../components/TimelineChart';
import { api } from '../lib/api';
import { dayOf } from '../lib/dates';
import { useCursorList, useFetch } from '../lib/hooks';
import { quoted } from '../lib/text';
import type { EventItem, QuoteItem } from '../lib/types';

const GROUPS = [
  { id: 'events', label: 'Events' },
  { id: 'quotes', label: 'Quotes' },
];

function entries(events: EventItem[], quotes: QuoteItem[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  events.forEach((e, i) => {
    const date = dayOf(e.date) ?? dayOf(e.articleDate);
    if (date)
      out.push({
        id: `e${i}`,
        date,
        label: `${e.sourceName ?? e.source ?? '?'} → ${e.plover ?? e.code} → ${e.targetName ?? e.target ?? '?'}`,
        group: 'events',
      });
  });
  quotes.forEach((q, i) => {
    const date = dayOf(q.date) ?? dayOf(q.articleDate);
    if (date) out.push({ id: `q${i}`, date, label: quoted(q.text, undefined, q.kind), group: 'quotes' });
  });
  return out;
}

export function Actor({ id }: { id: string }) {
  useEffect(() => void preloadTimeline(), []);
  const detail = useFetch(`actor|${id}`, (s) => api.actor(id, s));
  // The timeline shows what has been paged in so far; "Load more" extends both list and timeline.
  const events = useCursorList(`actor-events|${id}`, (cursor, s) =>
    api.actorEvents(id, { cursor, limit: 50 }, s),
  );
  const quotes = useCursorList(`actor-quotes|${id}`, (cursor, s) =>
    api.actorQuotes(id, { cursor, limit: 50 }, s),
  );
  const tl = useMemo(() => entries(events.items, quotes.items), [events.items, quotes.items]);
  if (!detail.data) return <Status loading={detail.loading} error={detail.error} />;
  const a = detail.data.actor;
  return (
    <div className="actor">
      <PageTitle
        title={a.name}
        sub={
          <>
            <span className={`kind kind-${a.kind}`}>{a.kind}</span>{' '}
            {a.code && <span className="mono">{a.code}</span>} {a.role && <>· {a.role} </>}· {a.mentions}{' '}
            mentions in {a.articles} articles
          </>
        }
      />
      <section>
        <h2>Timeline</h2>
        {events.loading && quotes.loading ? (
          <Status loading />
        ) : (
          <TimelineChart entries={tl} groups={GROUPS} />
        )}
      </section>
      <section>
        <h2>Events</h2>
        <Status error={events.error} empty={!events.loading && !events.items.length && 'No events.'} />
        {events.items.length > 0 && <EventTable events={events.items} />}
        <MoreButton list={events} />
      </section>
      <section>
        <h2>Quotes</h2>
        <Status error={quotes.error} empty={!quotes.loading && !quotes.items.length && 'No quotes.'} />
        {quotes.items.length > 0 && <QuoteTable quotes={quotes.items} showSpeaker={false} />}
        <MoreButton list={quotes} />
      </section>
    </div>
  );
}
