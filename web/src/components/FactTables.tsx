import { Link, paths } from '../lib/router';
import { quoted } from '../lib/text';
import type { EventItem, QuoteItem } from '../lib/types';
import { Badge, Relay } from './common';
import { ActorRef } from './Reports';

export function QuoteTable({ quotes, showSpeaker = true }: { quotes: QuoteItem[]; showSpeaker?: boolean }) {
  return (
    <table className="list quotes-table">
      <thead>
        <tr>
          <th>Date</th>
          {showSpeaker && <th>Speaker</th>}
          <th>Quote</th>
          <th>Outlet</th>
        </tr>
      </thead>
      <tbody>
        {quotes.map((q) => (
          <tr key={`${q.article}-${q.span[0]}`} className="quote-row">
            <td className="nowrap">{q.date ?? q.articleDate ?? 'undated'}</td>
            {showSpeaker && (
              <td>
                <ActorRef id={q.speakerActor} name={q.speaker ?? 'unknown'} />
              </td>
            )}
            <td>
              <Link to={paths.article(q.article, q.span)} className="quote-text" title="Open in the article">
                {quoted(q.text, undefined, q.kind)}
              </Link>{' '}
              <Badge kind="quote">{q.kind}</Badge>
            </td>
            <td className="nowrap">
              {q.outlet} <Relay by={q.relayedBy} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EventTable({ events }: { events: EventItem[] }) {
  return (
    <table className="list events-table">
      <thead>
        <tr>
          <th>Date</th>
          <th>Who</th>
          <th>Did</th>
          <th>To whom</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={`${e.article}-${e.span[0]}-${e.code}`} className="event-row">
            <td className="nowrap">{e.date ?? e.articleDate ?? 'undated'}</td>
            <td>
              <ActorRef id={e.source} name={e.sourceName} />
            </td>
            <td>
              <Badge kind="event" title={`CAMEO ${e.code}`}>
                {e.plover ?? e.code}
              </Badge>{' '}
              <span className="muted small">
                {e.trigger && e.trigger.length > 90 ? `${e.trigger.slice(0, 89)}…` : e.trigger}{' '}
                {e.negated ? '(negated)' : ''}{' '}
                {e.modality && e.modality !== 'asserted' ? `(${e.modality})` : ''}
              </span>
            </td>
            <td>
              <ActorRef id={e.target} name={e.targetName} />
            </td>
            <td>
              <Link to={paths.article(e.article, e.span)}>{e.outlet ?? e.article}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
