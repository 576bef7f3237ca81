import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Chronicle</title></head>
<body><h1>Chronicle</h1>
<p>The web app is not built (no dist/web/index.html). Run <code>npm run build</code>, then restart
<code>chronicle serve</code>. The JSON API works meanwhile: see <a href="/api/openapi.json">/api/openapi.json</a>
and <a href="/api/stats">/api/stats</a>.</p></body></html>
`;

/**
 * Serves the built web app at `/`: files as they are, any other GET outside /api answered with
 * index.html (client-side routes), or a short page saying the app is not built. Unknown /api
 * paths stay JSON 404s.
 */
export async function registerWeb(app: FastifyInstance, webRoot: string): Promise<void> {
  const built = existsSync(join(webRoot, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: 'index.html' });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    const isApi = path === '/api' || path.startsWith('/api/');
    if (!isApi && (req.method === 'GET' || req.method === 'HEAD')) {
      if (built) return reply.type('text/html; charset=utf-8').sendFile('index.html');
      return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    }
    return reply.code(404).send({ error: `no route ${req.method} ${path}` });
  });
}
