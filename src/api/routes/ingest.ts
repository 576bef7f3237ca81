import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { Origin, ReadResult } from '../../ingest/article.js';
import { parseArticleLine, parseArticleValue } from '../../ingest/jsonl.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/sources.js';
import { ingestAll } from '../../pipeline/ingest.js';
import { pipelineFor } from '../../pipeline/store-pipeline.js';
import { requireToken } from '../auth.js';
import type { ApiContext } from '../context.js';
import { errors, IngestResult } from '../schemas.js';

const BODY_LIMIT = 256 * 1024 * 1024;
const NDJSON = ['application/x-ndjson', 'application/jsonl', 'application/json-lines'];

/** POST /api/articles: the same ingest path as `chronicle ingest`, per-article outcomes. */
export const ingestRoutes: FastifyPluginAsyncTypebox<ApiContext> = async (app, { store, token, feed }) => {
  app.addContentTypeParser(NDJSON, { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );
  // One ingest at a time: the story tracker assumes it is the only writer of the story index.
  let queue: Promise<unknown> = Promise.resolve();

  app.post(
    '/api/articles',
    {
      preHandler: requireToken(token),
      bodyLimit: BODY_LIMIT,
      schema: {
        summary: 'Ingest articles (needs the token): one JSON object, an array, or JSONL text',
        description:
          'Each article is {id?, date, text, title?, outlet?, url?}. Send JSON Lines with Content-Type: application/x-ndjson. One bad article never fails the batch: it is listed under failed with its line (1-based; the array index + 1 for arrays).',
        tags: ['articles'],
        security: [{ bearer: [] }],
        body: Type.Unknown({ description: 'an article object, an array of them, or JSONL text' }),
        response: { 200: IngestResult, ...errors(400, 401, 403, 413, 415) },
      },
    },
    async (req) => {
      const run = queue.then(() => ingestBody(req.body));
      queue = run.catch(() => undefined);
      const result = await run;
      await feed.poke();
      return result;
    },
  );

  async function ingestBody(body: unknown) {
    const result = { ingested: [] as string[], skipped: [] as string[], failed: [] as FailedItem[] };
    await ingestAll(
      readBody(body),
      store,
      await pipelineFor(store),
      {
        onArticle(outcome, _summary, item) {
          if (outcome === 'ingested') result.ingested.push(item.id!);
          else if (outcome === 'skipped') result.skipped.push(item.id!);
          else
            result.failed.push({
              line: item.origin.line ?? 1,
              ...(item.id ? { id: item.id } : {}),
              error: item.error ?? 'failed',
            });
        },
      },
      itemCount(body),
    );
    return result;
  }
};

/** How many articles a request body holds (JSONL lines with text, array items, or one object). */
function itemCount(body: unknown): number {
  if (typeof body === 'string') return body.split('\n').filter((line) => line.trim() !== '').length;
  return Array.isArray(body) ? body.length : 1;
}

interface FailedItem {
  line: number;
  id?: string;
  error: string;
}

/** The request body as the readers' results, numbered from 1 (JSONL lines or array items). */
async function* readBody(body: unknown): AsyncGenerator<ReadResult> {
  const at = (line: number): Origin => ({ file: 'request', line });
  if (typeof body === 'string') {
    let line = 0;
    for (const text of body.split('\n')) {
      line++;
      if (text.trim() === '') continue;
      if (Buffer.byteLength(text) > DEFAULT_MAX_BYTES) {
        yield { ok: false, error: 'line too large', origin: at(line) };
        continue;
      }
      yield parseArticleLine(text, at(line));
    }
    return;
  }
  const items = Array.isArray(body) ? body : [body];
  for (let i = 0; i < items.length; i++) yield parseArticleValue(items[i], at(i + 1));
}
