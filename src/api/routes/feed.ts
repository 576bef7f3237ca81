import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ApiContext } from '../context.js';

// A comment line now and then keeps proxies from closing an idle stream.
const KEEPALIVE_MS = 15000;

/** Server-sent events: `article` for each newly stored article, `story` when a story grows. */
export const feedRoutes: FastifyPluginAsyncTypebox<ApiContext> = async (app, { feed }) => {
  const open = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    '/api/feed',
    {
      schema: {
        summary: 'Server-sent events: `article` {id,date,title,outlet,story}, `story` {id,articles,reports}',
        tags: ['feed'],
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const unsubscribe = await feed.subscribe((event, data, id) => {
        res.write(
          `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`,
        );
      });
      const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
      const end = () => {
        clearInterval(keepalive);
        unsubscribe();
        open.delete(end);
        if (!res.writableEnded) res.end();
      };
      open.add(end);
      req.raw.on('close', end);
      // Tells the client the stream is live (and how soon to reconnect).
      res.write('retry: 3000\n: connected\n\n');
    },
  );
};
