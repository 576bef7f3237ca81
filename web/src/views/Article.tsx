import { useEffect, useMemo, useRef, useState } from 'react';
import { Badge, Relay, Status } from '../components/common';
import {
  type Annotation,
  annotationsOf,
  KIND_LABELS,
  KINDS,
  type Kind,
  parseSpan,
  segment,
} from '../lib/annotations';
import { api } from '../lib/api';
import { useFetch } from '../lib/hooks';
import { Link, paths, setQuery } from '../lib/router';
import { quoted } from '../lib/text';
import type { ArticleDetail, Span } from '../lib/types';

interface Tip {
  anns: Annotation[];
  x: number;
  y: number;
}

function Tooltip({ tip }: { tip: Tip }) {
  const left = Math.min(tip.x + 14, window.innerWidth - 340);
  return (
    <div className="tooltip" role="tooltip" style={{ left, top: tip.y + 16 }}>
      {tip.anns.map((a) => (
        <div key={a.key} className={`tip-ann tip-${a.kind}`}>
          <div className="tip-head">
            <Badge kind={a.kind}>{a.kind}</Badge> <strong>{a.title}</strong>
          </div>
          <dl>
            {a.details.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
            <div>
              <dt>rule</dt>
              <dd className="mono rule">{a.rule}</dd>
            </div>
          </dl>
        </div>
      ))}
    </div>
  );
}

const inside = (s: { start: number; end: number }, span: Span | null) =>
  !!span && s.start >= span[0] && s.end <= span[1];

/** The article text with its spans highlighted. Text goes in as React text nodes only: never HTML. */
function SourceText({
  text,
  anns,
  focus,
  onTip,
}: {
  text: string;
  anns: Annotation[];
  focus: Span | null;
  onTip: (t: Tip | null) => void;
}) {
  const segs = useMemo(() => segment(text.length, anns), [text, anns]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) box.current?.querySelector('.focus')?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [focus]);
  return (
    <div className="source-text" ref={box} data-testid="article-text">
      {segs.map((s) => {
        const piece = text.slice(s.start, s.end);
        if (s.anns.length === 0 && !inside(s, focus)) return piece;
        const kinds = [...new Set(s.anns.map((a) => a.kind))];
        const cls = [...kinds.map((k) => `hl-${k}`), inside(s, focus) ? 'focus' : ''].join(' ');
        return (
          // Hover only adds a tooltip; the same details are in the side lists, reachable by keyboard.
          // biome-ignore lint/a11y/noStaticElementInteractions: supplementary hover tooltip
          <span
            key={s.start}
            className={`hl ${cls}`}
            data-kinds={kinds.join(' ')}
            onMouseEnter={(e) => s.anns.length && onTip({ anns: s.anns, x: e.clientX, y: e.clientY })}
            onMouseMove={(e) => s.anns.length && onTip({ anns: s.anns, x: e.clientX, y: e.clientY })}
            onMouseLeave={() => onTip(null)}
          >
            {piece}
          </span>
        );
      })}
    </div>
  );
}

function QuoteDetail({ q }: { q: ArticleDetail['quotes'][number] }) {
  return (
    <div className="card selected quote-detail" data-testid="quote-detail">
      <blockquote>{q.text}</blockquote>
      <p>
        —{' '}
        {q.speaker?.actor ? (
          <Link to={paths.actor(q.speaker.actor)}>{q.speaker.name}</Link>
        ) : (
          (q.speaker?.name ?? 'unknown speaker')
        )}
        {q.cue && <> ({q.cue.text})</>} · {q.date ?? 'undated'} · <Badge kind="quote">{q.kind}</Badge>{' '}
        <Relay by={q.relayedBy} />
      </p>
      <p className="muted small">
        rule <span className="mono">{q.rule}</span>
      </p>
    </div>
  );
}

export function Article({ id, query }: { id: string; query: URLSearchParams }) {
  const res = useFetch(`article|${id}`, (s) => api.article(id, s));
  const [shown, setShown] = useState<Record<Kind, boolean>>({
    actor: true,
    time: true,
    quote: true,
    event: true,
  });
  const [tip, setTip] = useState<Tip | null>(null);
  const focus = parseSpan(query.get('span'));
  const d = res.data;
  const all = useMemo(() => (d ? annotationsOf(d) : []), [d]);
  const anns = useMemo(() => all.filter((a) => shown[a.kind]), [all, shown]);
  if (!d) return <Status loading={res.loading} error={res.error} />;
  const a = d.article;
  const focusedQuote = focus
    ? d.quotes.find((q) => q.span[0] === focus[0] && q.span[1] === focus[1])
    : undefined;
  const counts = Object.fromEntries(KINDS.map((k) => [k, all.filter((x) => x.kind === k).length])) as Record<
    Kind,
    number
  >;
  const focusOn = (span: Span) => setQuery({ span: `${span[0]}-${span[1]}` }, true);
  return (
    <div className="article-view">
      <div className="article-main">
        <header className="page-title">
          <h1>{a.title || a.id}</h1>
          <p className="muted">
            {a.date ?? 'undated'} · {a.outlet ?? 'unknown outlet'}
            {a.story && (
              <>
                {' '}
                · story <Link to={paths.story(a.story)}>{a.story}</Link>
              </>
            )}
            {/* Only web links: an ingested url could be javascript: or data:. */}
            {a.url && /^https?:\/\//i.test(a.url) && (
              <>
                {' '}
                ·{' '}
                <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">
                  original
                </a>
              </>
            )}
          </p>
        </header>
        <fieldset className="legend-toggles">
          <legend className="sr-only">Highlight kinds</legend>
          {KINDS.map((k) => (
            <label key={k} className={`toggle hl-${k}`}>
              <input
                type="checkbox"
                checked={shown[k]}
                onChange={() => setShown({ ...shown, [k]: !shown[k] })}
              />
              {KIND_LABELS[k]} ({counts[k]})
            </label>
          ))}
        </fieldset>
        {focusedQuote && <QuoteDetail q={focusedQuote} />}
        <SourceText text={a.text} anns={anns} focus={focus} onTip={setTip} />
        {tip && <Tooltip tip={tip} />}
      </div>
      <aside className="article-side">
        <h2>Quotes ({d.quotes.length})</h2>
        <ul className="side-list quotes-side">
          {d.quotes.map((q) => (
            <li key={`${q.span[0]}-${q.span[1]}-${q.kind}`}>
              <button type="button" className="linkish quote-link" onClick={() => focusOn(q.span)}>
                {quoted(q.text, 120, q.kind)}
              </button>
              <div className="muted small">
                {q.speaker?.name ?? 'unknown'} <Relay by={q.relayedBy} />
              </div>
            </li>
          ))}
        </ul>
        <h2>Events ({d.events.length})</h2>
        <ul className="side-list">
          {d.events.map((e) => (
            <li key={`${e.span[0]}-${e.span[1]}-${e.code}-${e.source?.code}-${e.target?.code}`}>
              <button type="button" className="linkish" onClick={() => focusOn(e.trigger?.span ?? e.span)}>
                {e.source?.name ?? e.source?.code ?? '?'} <Badge kind="event">{e.plover ?? e.code}</Badge>{' '}
                {e.target?.name ?? e.target?.code ?? '?'}
              </button>
              <div className="muted small">
                CAMEO {e.code}
                {e.date ? ` · ${e.date}` : ''}
                {e.negated ? ' · negated' : ''}
              </div>
            </li>
          ))}
        </ul>
        <h2>Actors ({d.actors.length})</h2>
        <ul className="side-list chips">
          {d.actors.map((x) => (
            <li key={x.id}>
              <Link to={paths.actor(x.id)}>{x.name}</Link>{' '}
              <span className="muted small">×{x.mentions.length}</span>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
