import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { requireToken } from '../auth.js';
import { type ApiContext, HttpError } from '../context.js';
import {
  ActorItem,
  DateRange,
  EventItem,
  errors,
  IdParams,
  Network,
  PageOf,
  Paging,
  QuoteItem,
} from '../schemas.js';

const FIRST = 20;

/** Actors (list, one with its first quotes and events, merge) and the actor network. */
export const actorRoutes: FastifyPluginAsyncTypebox<ApiContext> = async (app, { store, token, cache }) => {
  app.get(
    '/api/actors',
    {
      schema: {
        summary: 'Actors by mentions (descending) then id',
        tags: ['actors'],
        querystring: Type.Object({
          name: Type.Optional(Type.String({ description: 'canonical name, id or any mention' })),
          kind: Type.Optional(Type.String()),
          ...Paging,
        }),
        response: { 200: PageOf(ActorItem), ...errors(400) },
      },
    },
    (req) => cache.get(req.url, () => store.actors(req.query)),
  );

  app.get(
    '/api/actors/:id',
    {
      schema: {
        summary: `One actor with its first ${FIRST} quotes and events`,
        tags: ['actors'],
        params: IdParams,
        response: {
          200: Type.Object({
            actor: ActorItem,
            quotes: Type.Array(QuoteItem),
            events: Type.Array(EventItem),
          }),
          ...errors(404),
        },
      },
    },
    async (req) => {
      const id = req.params.id;
      const [actor] = (await store.actors({ id, limit: 1 })).items;
      if (!actor) throw new HttpError(404, `no actor ${id}`);
      const quotes = (await store.quotes({ speakerActor: id, limit: FIRST })).items;
      const events = (await store.events({ actorId: id, limit: FIRST })).items;
      return { actor, quotes, events };
    },
  );

  app.post(
    '/api/actors/merge',
    {
      preHandler: requireToken(token),
      schema: {
        summary: 'Merge actor `from` into `into`, now and for later ingests (needs the token)',
        tags: ['actors'],
        security: [{ bearer: [] }],
        body: Type.Object({ from: Type.String(), into: Type.String() }),
        response: { 200: Type.Object({ ok: Type.Boolean() }), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await store.mergeActors(req.body.from, req.body.into);
      return { ok: true };
    },
  );

  app.get(
    '/api/network',
    {
      schema: {
        summary: 'Actors linked by counting events (source → target), heaviest edges first',
        tags: ['actors'],
        querystring: Type.Object({
          ...DateRange,
          minWeight: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: 5000, default: 200, description: 'most edges (by weight)' }),
          ),
        }),
        response: { 200: Network, ...errors(400) },
      },
    },
    (req) => cache.get(req.url, () => store.network(req.query)),
  );
};
