import type { ArticleDetail, Span } from './types';

export type Kind = 'actor' | 'time' | 'quote' | 'event';
export const KINDS: Kind[] = ['quote', 'event', 'actor', 'time'];
export const KIND_LABELS: Record<Kind, string> = {
  actor: 'Actors',
  time: 'Times',
  quote: 'Quotes',
  event: 'Events',
};

export interface Annotation {
  key: string;
  kind: Kind;
  span: Span;
  title: string;
  details: [string, string][];
  rule: string;
}

const str = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

function details(pairs: [string, unknown][]): [string, string][] {
  return pairs.flatMap(([k, v]) => {
    const s = str(v);
    return s === null ? [] : [[k, s] as [string, string]];
  });
}

/** Flattens an article's extraction into highlightable annotations, one per span. */
export function annotationsOf(d: ArticleDetail): Annotation[] {
  const out: Annotation[] = [];
  for (const a of d.actors)
    for (const [i, m] of a.mentions.entries())
      out.push({
        key: `actor:${a.id}:${i}`,
        kind: 'actor',
        span: m.span,
        title: a.name,
        details: details([
          ['kind', a.kind],
          ['code', a.code],
          ['role', a.role],
          ['id', a.id],
        ]),
        rule: m.rule,
      });
  for (const [i, t] of d.timexes.entries())
    out.push({
      key: `time:${i}`,
      kind: 'time',
      span: t.span,
      title: `${t.text} → ${t.value}`,
      details: details([
        ['type', t.type],
        ['value', t.value],
        ['mod', t.mod],
      ]),
      rule: t.rule,
    });
  for (const [i, q] of d.quotes.entries())
    out.push({
      key: `quote:${i}`,
      kind: 'quote',
      span: q.span,
      title: `${q.kind} quote`,
      details: details([
        ['speaker', q.speaker?.name ?? 'unknown'],
        ['cue', q.cue?.text],
        ['relayed by', q.relayedBy],
        ['date', q.date],
      ]),
      rule: q.rule,
    });
  for (const [i, e] of d.events.entries())
    out.push({
      key: `event:${i}`,
      kind: 'event',
      span: e.trigger?.span ?? e.span,
      title: `${e.plover ?? 'event'} (CAMEO ${e.code})`,
      details: details([
        ['who', e.source?.name ?? e.source?.code],
        ['to whom', e.target?.name ?? e.target?.code],
        ['trigger', e.trigger?.text],
        ['date', e.date],
        ['negated', e.negated ? 'yes' : null],
        ['modality', e.modality],
        ['counts', e.counts === false ? 'no (not counted)' : null],
      ]),
      rule: e.rule,
    });
  return out;
}

export interface Segment {
  start: number;
  end: number;
  anns: Annotation[];
}

/**
 * Cuts the text at every span boundary so overlapping and nested spans (an actor inside a quote)
 * become flat segments, each carrying all the annotations that cover it.
 */
export function segment(textLength: number, anns: Annotation[]): Segment[] {
  const cuts = new Set<number>([0, textLength]);
  const valid = anns.filter((a) => a.span[0] >= 0 && a.span[1] <= textLength && a.span[0] < a.span[1]);
  for (const a of valid) {
    cuts.add(a.span[0]);
    cuts.add(a.span[1]);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({ start, end, anns: valid.filter((a) => a.span[0] <= start && a.span[1] >= end) });
  }
  return out;
}

export function parseSpan(v: string | null): Span | null {
  const m = v ? /^(\d+)-(\d+)$/.exec(v) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}
