import type {
  Actor,
  ActorDetail,
  ArticleDetail,
  ArticleListItem,
  EventItem,
  Network,
  Page,
  QuoteItem,
  SearchHit,
  Stats,
  StoryDetail,
  StorySummary,
  TimelineDate,
} from './types';

export type Params = Record<string, string | number | boolean | null | undefined>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Builds `/api/<path>?…`, dropping empty parameters so URLs stay short and cacheable. */
export function apiUrl(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `/api/${path}${qs ? `?${qs}` : ''}`;
}

export async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiUrl(path, params), { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: string };
      if (body.error) message = body.error;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

const id = (s: string) => encodeURIComponent(s);

/** One typed function per endpoint of the contract. */
export const api = {
  stats: (s?: AbortSignal) => getJson<Stats>('stats', {}, s),
  articles: (p: Params, s?: AbortSignal) => getJson<Page<ArticleListItem>>('articles', p, s),
  article: (articleId: string, s?: AbortSignal) => getJson<ArticleDetail>(`articles/${id(articleId)}`, {}, s),
  search: (p: Params, s?: AbortSignal) => getJson<Page<SearchHit>>('search', p, s),
  quotes: (p: Params, s?: AbortSignal) => getJson<Page<QuoteItem>>('quotes', p, s),
  events: (p: Params, s?: AbortSignal) => getJson<Page<EventItem>>('events', p, s),
  actors: (p: Params, s?: AbortSignal) => getJson<Page<Actor>>('actors', p, s),
  actor: (actorId: string, s?: AbortSignal) => getJson<ActorDetail>(`actors/${id(actorId)}`, {}, s),
  actorQuotes: (actorId: string, p: Params, s?: AbortSignal) =>
    getJson<Page<QuoteItem>>(`actors/${id(actorId)}/quotes`, p, s),
  actorEvents: (actorId: string, p: Params, s?: AbortSignal) =>
    getJson<Page<EventItem>>(`actors/${id(actorId)}/events`, p, s),
  stories: (p: Params, s?: AbortSignal) => getJson<Page<StorySummary>>('stories', p, s),
  story: (storyId: string, s?: AbortSignal) => getJson<StoryDetail>(`stories/${id(storyId)}`, {}, s),
  timeline: (p: Params, s?: AbortSignal) => getJson<{ dates: TimelineDate[] }>('timeline', p, s),
  network: (p: Params, s?: AbortSignal) => getJson<Network>('network', p, s),
};
