import type { Insertable } from 'kysely';
import { dateRange } from '../common/date-range.js';
import type { Extraction } from '../contract/extraction.js';
import type { Database } from './tables.js';

/** Flattens one extraction into the rows each table stores (backend-independent). */
export function extractionRows(ex: Extraction, source: string) {
  const a = ex.article;
  const articleId = ex.id;
  const range = (v: string | undefined) => dateRange(v) ?? [null, null];
  const article: Insertable<Database['articles']> = {
    id: articleId,
    date: a.date,
    title: a.title ?? null,
    outlet: a.outlet ?? null,
    url: a.url ?? null,
    text: a.text,
    source,
    story: null,
  };
  // Each actor as this article reads it, with its mention count here (the store keeps every reading).
  const actors: (Insertable<Database['actors']> & { mentions: number })[] = ex.actors.map((x) => ({
    id: x.id,
    name: x.name,
    kind: x.kind,
    code: x.code,
    role: x.role ?? null,
    mentions: x.mentions.length,
  }));
  const mentions: Insertable<Database['mentions']>[] = ex.actors.flatMap((x) =>
    x.mentions.map((m) => ({
      article_id: articleId,
      actor_id: x.id,
      start: m.span[0],
      end: m.span[1],
      text: m.text,
      rule: m.rule,
    })),
  );
  const timexes: Insertable<Database['timexes']>[] = ex.timexes.map((t) => {
    const [date_start, date_end] = t.type === 'DATE' || t.type === 'TIME' ? range(t.value) : [null, null];
    return {
      article_id: articleId,
      start: t.span[0],
      end: t.span[1],
      text: t.text,
      type: t.type,
      value: t.value,
      mod: t.mod ?? null,
      date_start,
      date_end,
      rule: t.rule,
    };
  });
  const quotes: Insertable<Database['quotes']>[] = ex.quotes.map((q) => {
    const [date_start, date_end] = range(q.date ?? a.date ?? undefined);
    return {
      article_id: articleId,
      start: q.span[0],
      end: q.span[1],
      text: q.text,
      kind: q.kind,
      speaker_name: q.speaker?.name ?? null,
      speaker_actor: q.speaker?.actor ?? null,
      speaker_start: q.speaker?.span?.[0] ?? null,
      speaker_end: q.speaker?.span?.[1] ?? null,
      cue_text: q.cue?.text ?? null,
      cue_start: q.cue?.span[0] ?? null,
      cue_end: q.cue?.span[1] ?? null,
      relayed_by: q.relayedBy ?? null,
      date: q.date ?? null,
      date_start,
      date_end,
      rule: q.rule,
    };
  });
  const events: Insertable<Database['events']>[] = ex.events.map((e) => {
    const [date_start, date_end] = range(e.date ?? a.date ?? undefined);
    return {
      article_id: articleId,
      start: e.span[0],
      end: e.span[1],
      code: e.code,
      plover: e.plover,
      source_code: e.source?.code ?? null,
      source_name: e.source?.name ?? null,
      source_actor: e.source?.actor ?? null,
      source_start: e.source?.span?.[0] ?? null,
      source_end: e.source?.span?.[1] ?? null,
      target_code: e.target?.code ?? null,
      target_name: e.target?.name ?? null,
      target_actor: e.target?.actor ?? null,
      target_start: e.target?.span?.[0] ?? null,
      target_end: e.target?.span?.[1] ?? null,
      date: e.date ?? null,
      date_start,
      date_end,
      negated: e.negated ? 1 : 0,
      counts: e.counts === false ? 0 : 1,
      modality: e.modality ?? null,
      rule: e.rule,
      trigger_start: e.trigger?.span[0] ?? null,
      trigger_end: e.trigger?.span[1] ?? null,
      trigger_text: e.trigger?.text ?? null,
    };
  });
  return { article, actors, mentions, timexes, quotes, events };
}
