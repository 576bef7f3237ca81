import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { StoryReport } from '../../store/store.js';
import { corroborate, type ReportRef } from '../../stories/corroboration.js';
import { timelineFromStore } from '../../stories/timeline-query.js';
import { type ApiContext, HttpError } from '../context.js';
import { DateRange, errors, IdParams, PageOf, Paging, StoryDetail, StoryItem, Timeline } from '../schemas.js';

/** Stories (list, one with its corroborated events and quotes) and timelines. */
export const storyRoutes: FastifyPluginAsyncTypebox<ApiContext> = async (app, { store, cache }) => {
  app.get(
    '/api/stories',
    {
      schema: {
        summary: 'Stories, largest first',
        tags: ['stories'],
        querystring: Type.Object({
          q: Type.Optional(
            Type.String({ description: 'only stories with an article containing these words' }),
          ),
          ...DateRange,
          ...Paging,
        }),
        response: { 200: PageOf(StoryItem), ...errors(400) },
      },
    },
    (req) => cache.get(req.url, () => store.stories({ ...req.query, query: req.query.q })),
  );

  app.get(
    '/api/stories/:id',
    {
      schema: {
        summary: 'One story: its articles and corroborated events and quotes (most outlets first)',
        tags: ['stories'],
        params: IdParams,
        response: { 200: StoryDetail, ...errors(404) },
      },
    },
    async (req) => {
      const id = req.params.id;
      const detail = await cache.get(req.url, async () => {
        const [story] = (await store.stories({ id, limit: 1 })).items;
        return story ? storyDetail(story, await store.storyReports(id)) : null;
      });
      if (!detail) throw new HttpError(404, `no story ${id}`);
      return detail;
    },
  );

  app.get(
    '/api/timeline',
    {
      schema: {
        summary: 'The most important dates with summary sentences and their sources',
        tags: ['stories'],
        querystring: Type.Object({
          story: Type.Optional(Type.String()),
          actor: Type.Optional(Type.String({ description: 'a name or any alias seen (slower)' })),
          actorId: Type.Optional(Type.String({ description: 'an exact actor id (fast)' })),
          q: Type.Optional(Type.String()),
          ...DateRange,
          dates: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 8 })),
          perDate: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 2 })),
        }),
        response: { 200: Timeline, ...errors(400) },
      },
    },
    async (req) => {
      const { dates = 8, perDate = 2, q, ...filter } = req.query;
      return cache.get(req.url, async () => ({
        dates: await timelineFromStore(store, { ...filter, query: q }, { dates, perDate }),
      }));
    },
  );
};

function storyDetail<S>(story: S, reports: StoryReport[]) {
  const c = corroborate(reports);
  const dateOf = new Map(reports.map((r) => [r.article.id, r.article.date]));
  const refs = (rs: ReportRef[]) =>
    rs.map((r) => ({ article: r.article, outlet: r.outlet, date: dateOf.get(r.article) ?? null }));
  const side = (s: { code: string; name?: string; actor?: string } | null) =>
    s ? { code: s.code, name: s.name ?? null, actor: s.actor ?? null } : null;
  return {
    story,
    articles: reports.map((r) => ({ ...r.article, copyOf: r.copyOf })),
    events: c.events.map((e) => ({
      code: e.event.code,
      plover: e.event.plover,
      source: side(e.event.source),
      target: side(e.event.target),
      date: e.event.date ?? null,
      reports: refs(e.reports),
      corroboration: e.corroboration,
    })),
    quotes: c.quotes.map((q) => ({
      speaker: q.quote.speaker?.name ?? null,
      speakerActor: q.quote.speaker?.actor ?? null,
      text: q.quote.text,
      kind: q.quote.kind,
      date: q.quote.date ?? null,
      reports: refs(q.reports),
      corroboration: q.corroboration,
    })),
  };
}
