import { existsSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { dbOption } from '../common.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

export const portOption = () =>
  new Option('--port <n>', 'TCP port (0 picks a free one)').default(DEFAULT_PORT).argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port number, 0-65535');
    return n;
  });
export const hostOption = () =>
  new Option('--host <address>', 'address to listen on (reads are open to whoever can reach it)').default(
    DEFAULT_HOST,
  );

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the database: a JSON API (OpenAPI at /api/openapi.json) and the web app')
    .addOption(dbOption())
    .addOption(portOption())
    .addOption(hostOption())
    .addOption(
      new Option('--token <token>', 'token that writes (POST) must send as Authorization: Bearer').env(
        'CHRONICLE_TOKEN',
      ),
    )
    .addHelpText(
      'after',
      `
Reads are open; writes (POST /api/articles, POST /api/actors/merge) need the token and are
refused when the server has none. The URL is printed to stderr; stop with Ctrl-C.

Examples:
  chronicle serve --db news.db
  CHRONICLE_TOKEN=secret chronicle serve --db news.db --port 0
  curl -s http://127.0.0.1:8787/api/stats`,
    )
    .action(async (o: { db: string; port: number; host: string; token?: string }) => {
      if (o.db !== ':memory:' && !existsSync(o.db))
        process.stderr.write(`chronicle: no database at ${o.db}; starting with a new, empty one\n`);
      await serve(o);
    });
}

/** Opens the store, listens, prints the URL; closes cleanly on SIGINT/SIGTERM. */
export async function serve(o: { db: string; port: number; host: string; token?: string }): Promise<void> {
  // Loaded on demand: the other commands do not pay for Fastify and the store.
  const { openSqliteStore } = await import('../../store/sqlite/sqlite-store.js');
  const { buildServer } = await import('../../api/server.js');
  const store = await openSqliteStore(o.db);
  // CHRONICLE_API_CACHE=0 turns the read cache off (to measure the queries themselves).
  const app = await buildServer({ store, token: o.token, cache: process.env.CHRONICLE_API_CACHE !== '0' });
  try {
    await app.listen({ port: o.port, host: o.host });
  } catch (e) {
    await app.close();
    await store.close();
    throw new Error(`cannot listen on ${o.host}:${o.port}: ${(e as Error).message}`);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  process.stderr.write(`Chronicle serving http://${host}:${port}/\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await app.close();
  await store.close();
}
