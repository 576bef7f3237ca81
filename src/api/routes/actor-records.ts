import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { ApiContext } from '../context.js';
import { DateRange, EventItem, errors, IdParams, PageOf, Paging, QuoteItem } from '../schemas.js';

/**
 * One actor's quotes and events by exact actor id, paginated: the web app's actor timeline pages
 * through them (`/api/actors/:id` gives only the first 20, and `/api/events?actor=` matches
 * names and codes loosely, e.g. a country's code also finds its officials).
 */
export const actorRecordRoutes: FastifyPluginAsyncTypebox<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/actors/:id/quotes',
    {
      schema: {
        summary: 'Quotations whose speaker is this actor, by utterance date',
        tags: ['actors'],
        params: IdParams,
        querystring: Type.Object({ ...DateRange, ...Paging }),
        response: { 200: PageOf(QuoteItem), ...errors(400) },
      },
    },
    (req) => store.quotes({ ...req.query, speakerActor: req.params.id }),
  );

  app.get(
    '/api/actors/:id/events',
    {
      schema: {
        summary: 'Counting events with this actor as source or target, by date',
        tags: ['actors'],
        params: IdParams,
        querystring: Type.Object({ ...DateRange, ...Paging }),
        response: { 200: PageOf(EventItem), ...errors(400) },
      },
    },
    (req) => store.events({ ...req.query, actorId: req.params.id }),
  );
};
