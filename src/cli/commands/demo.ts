import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { packageRoot } from '../../common/package-root.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/sources.js';
import type { Store } from '../../store/store.js';
import { corroborate } from '../../stories/corroboration.js';
import { buildTimeline } from '../../stories/timeline.js';
import { withStore, writeOut } from '../common.js';
import { type Row, render } from '../output.js';
import { ingestPaths, summaryLine } from './ingest.js';
import { hostOption, portOption, serve } from './serve.js';
import { corroborationText } from './stories.js';
import { timelineText } from './timeline.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled sample corpus and show what Chronicle found')
    .option('--db <file>', 'keep the demo database in this file (default: a temporary one)')
    .option('--no-serve', 'stop after ingesting and printing (for scripts)')
    .addOption(portOption())
    .addOption(hostOption())
    .addHelpText(
      'after',
      '\nEnds by serving the demo database (JSON API and web app) until Ctrl-C; --no-serve stops before.\n\nExamples:\n  chronicle demo\n  chronicle demo --no-serve --db demo.db && chronicle quotes --db demo.db',
    )
    .action(async (o: { db?: string; serve: boolean; port: number; host: string }) => {
      const db = o.db ?? join(mkdtempSync(join(tmpdir(), 'chronicle-demo-')), 'demo.db');
      const corpus = join(packageRoot(), 'corpus', 'demo');
      const summary = await ingestPaths([corpus], { db, maxBytes: DEFAULT_MAX_BYTES });
      process.stderr.write(`${summaryLine(summary)}\n`);
      await withStore(db, async (store) => {
        const c = await store.counts();
        const out: string[] = [];
        out.push(`Chronicle demo: ${corpus}`);
        out.push(`database: ${db}${o.db ? '' : ' (temporary; keep one with --db FILE)'}`);
        out.push(
          `stored: ${c.articles} articles, ${c.actors} actors (${c.mentions} mentions), ${c.timexes} time expressions, ${c.quotes} quotes, ${c.events} events`,
        );
        out.push('', 'Articles (first 10 by date):');
        const articles = (await store.articles({ limit: 10 })).items;
        out.push(
          render(articles as unknown as Row[], 'table', ['date', 'outlet', 'title', 'quotes', 'events'], {
            title: 60,
          }),
        );
        const quotes = (await store.quotes({ limit: 10 })).items;
        out.push('Quotes (first 10):');
        out.push(
          render(quotes as unknown as Row[], 'table', ['date', 'speaker', 'kind', 'text', 'relayedBy'], {
            text: 60,
          }),
        );
        const events = (await store.events({ limit: 10 })).items;
        out.push('Events (first 10):');
        out.push(
          render(events as unknown as Row[], 'table', [
            'date',
            'source',
            'code',
            'plover',
            'target',
            'trigger',
          ]),
        );
        out.push(...(await storiesSection(store)));
        out.push(
          'Try next:',
          `  chronicle search border --db ${db}`,
          `  chronicle quotes --db ${db} --format json`,
          `  chronicle stories --db ${db}`,
          `  chronicle timeline --db ${db} --dates 8 --per-date 1`,
          `  chronicle serve --db ${db}`,
        );
        await writeOut(`${out.join('\n')}\n`);
      });
      if (summary.failed.length) process.exitCode = 1;
      if (o.serve) await serve({ db, port: o.port, host: o.host });
    });
}

/** The demo's stories: the largest ones, then the largest one's corroboration and timeline. */
async function storiesSection(store: Store): Promise<string[]> {
  const stories = (await store.stories({ limit: 5 })).items;
  const out = ['Stories (largest 5; reports = articles that are not syndicated copies):'];
  out.push(
    render(
      stories as unknown as Row[],
      'table',
      ['id', 'articles', 'reports', 'outlets', 'firstDate', 'lastDate', 'title'],
      {
        title: 50,
      },
    ),
  );
  const top = stories[0];
  if (!top) return out;
  out.push(corroborationText(top.id, corroborate(await store.storyReports(top.id))));
  const rows = await store.timelineCandidates({ story: top.id });
  out.push(
    `Timeline of story ${top.id} (5 key dates):`,
    timelineText(buildTimeline(rows, { dates: 5, perDate: 1 })),
  );
  return out;
}
