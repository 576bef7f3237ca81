import { join } from 'node:path';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { packageRoot } from '../common/package-root.js';
import { type Store, StoreInputError } from '../store/store.js';
import { NoCache, ReadCache } from './cache.js';
import { type ApiContext, HttpError } from './context.js';
import { FeedHub } from './feed-hub.js';
import { actorRecordRoutes } from './routes/actor-records.js';
import { actorRoutes } from './routes/actors.js';
import { articleRoutes } from './routes/articles.js';
import { feedRoutes } from './routes/feed.js';
import { ingestRoutes } from './routes/ingest.js';
import { recordRoutes } from './routes/records.js';
import { storyRoutes } from './routes/stories.js';
import { registerWeb } from './web.js';

export interface ServerOptions {
  store: Store;
  /** Writes need it as a bearer token; none means writes are refused (403). */
  token?: string;
  /** The built web app (default: dist/web of the package). */
  webRoot?: string;
  /** How often the live feed looks for new articles while clients listen (ms). */
  feedIntervalMs?: number;
  /** Keep answers of the costly reads until the data changes (default true). */
  cache?: boolean;
}

/**
 * The composition root of the HTTP surface: OpenAPI, errors as `{error}`, each route group a
 * plugin of its own, the web app last. Kept small: routes live beside their schemas.
 */
export async function buildServer(o: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, forceCloseConnections: true }).withTypeProvider<TypeBoxTypeProvider>();
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Chronicle API',
        version: '0.1.0',
        description: 'Who said and did what to whom, and when — from dated news articles.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    const { status, message } = describeError(err);
    return reply.code(status).send({ error: message });
  });
  const ctx: ApiContext = {
    store: o.store,
    token: o.token || undefined,
    feed: new FeedHub(o.store, o.feedIntervalMs),
    cache: o.cache === false ? new NoCache(o.store) : new ReadCache(o.store),
  };
  for (const routes of [
    articleRoutes,
    recordRoutes,
    actorRoutes,
    actorRecordRoutes,
    storyRoutes,
    ingestRoutes,
    feedRoutes,
  ])
    await app.register(routes, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.addHook('onClose', async () => ctx.feed.stop());
  await registerWeb(app, o.webRoot ?? join(packageRoot(), 'dist', 'web'));
  return app;
}

function describeError(err: FastifyError): { status: number; message: string } {
  if (err instanceof HttpError) return { status: err.statusCode, message: err.message };
  if (err instanceof StoreInputError)
    return { status: err.kind === 'not-found' ? 404 : 400, message: err.message };
  if (err.validation) return { status: 400, message: err.message };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
    return { status: err.statusCode, message: err.message };
  return { status: 500, message: `internal error: ${err.message.replace(/\s+/g, ' ')}` };
}
