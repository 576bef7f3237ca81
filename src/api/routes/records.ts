import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { ApiContext } from '../context.js';
import { DateRange, EventItem, errors, PageOf, Paging, QuoteItem } from '../schemas.js';

/** Quotations and events across all articles. */
export const recordRoutes: FastifyPluginAsyncTypebox<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/quotes',
    {
      schema: {
        summary: 'Quotations by utterance date (attributed ones unless all)',
        tags: ['quotes'],
        querystring: Type.Object({
          speaker: Type.Optional(Type.String({ description: 'a canonical name or any alias seen' })),
          outlet: Type.Optional(Type.String()),
          text: Type.Optional(Type.String({ description: 'words the quotation contains' })),
          all: Type.Optional(
            Type.Boolean({ description: 'also quotations without a speaker (scare quotes, hedges)' }),
          ),
          ...DateRange,
          ...Paging,
        }),
        response: { 200: PageOf(QuoteItem), ...errors(400) },
      },
    },
    (req) => store.quotes(req.query),
  );

  app.get(
    '/api/events',
    {
      schema: {
        summary: 'Events by date: who did what to whom (counting events unless all or modality)',
        tags: ['events'],
        querystring: Type.Object({
          actor: Type.Optional(Type.String({ description: 'a name, alias or CAMEO actor code' })),
          code: Type.Optional(Type.String({ description: 'CAMEO code or prefix' })),
          plover: Type.Optional(Type.String()),
          modality: Type.Optional(Type.String()),
          all: Type.Optional(Type.Boolean()),
          ...DateRange,
          ...Paging,
        }),
        response: { 200: PageOf(EventItem), ...errors(400) },
      },
    },
    (req) => store.events(req.query),
  );
};
