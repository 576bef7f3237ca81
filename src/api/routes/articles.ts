import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { type ApiContext, HttpError } from '../context.js';
import {
  ArticleDetail,
  ArticleItem,
  DateRange,
  errors,
  IdParams,
  PageOf,
  Paging,
  SearchItem,
  Stats,
} from '../schemas.js';

/** Stats, articles (list and one in full) and full-text search. */
export const articleRoutes: FastifyPluginAsyncTypebox<ApiContext> = async (app, { store, cache }) => {
  app.get(
    '/api/stats',
    { schema: { summary: 'What the database holds', tags: ['articles'], response: { 200: Stats } } },
    (req) => cache.get(req.url, () => store.stats()),
  );

  app.get(
    '/api/articles',
    {
      schema: {
        summary: 'Articles by date then id',
        tags: ['articles'],
        querystring: Type.Object({
          ...DateRange,
          outlet: Type.Optional(Type.String()),
          story: Type.Optional(Type.String({ description: 'story id' })),
          ...Paging,
        }),
        response: { 200: PageOf(ArticleItem), ...errors(400) },
      },
    },
    (req) => store.articles(req.query),
  );

  app.get(
    '/api/articles/:id',
    {
      schema: {
        summary: 'One article with every annotation (spans index article.text, UTF-16)',
        tags: ['articles'],
        params: IdParams,
        response: { 200: ArticleDetail, ...errors(404) },
      },
    },
    async (req) => {
      const detail = await store.article(req.params.id);
      if (!detail) throw new HttpError(404, `no article ${req.params.id}`);
      return detail;
    },
  );

  app.get(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search, best matches first',
        tags: ['articles'],
        querystring: Type.Object({ q: Type.String({ minLength: 1 }), ...DateRange, ...Paging }),
        response: { 200: PageOf(SearchItem), ...errors(400) },
      },
    },
    (req) => cache.get(req.url, () => store.search(req.query.q, req.query)),
  );
};
