import type { Command } from 'commander';
import { type Corroboration, corroborate } from '../../stories/corroboration.js';
import { dbOption, formatOption, fromToOptions, limitOption, withStore, writeOut } from '../common.js';
import { type Format, type Row, render } from '../output.js';

export function registerStories(program: Command): void {
  fromToOptions(
    program
      .command('stories')
      .description('list stories: articles, independent reports and outlets, dates, top actors and events')
      .option('--id <story>', 'show one story: its corroborated events and quotes')
      .option('--query <text>', 'only stories with an article containing these words')
      .addOption(dbOption())
      .addOption(formatOption())
      .addOption(limitOption()),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  chronicle stories --db news.db --limit 20\n  chronicle stories --db news.db --id demo-001 --format json',
    )
    .action(
      async (o: {
        db: string;
        format: Format;
        limit: number;
        id?: string;
        query?: string;
        from?: string;
        to?: string;
      }) => {
        if (o.id) {
          const id = o.id;
          const reports = await withStore(o.db, (s) => s.storyReports(id));
          if (reports.length === 0) throw new Error(`no story ${id} (list them with: chronicle stories)`);
          const c = corroborate(reports);
          await writeOut(o.format === 'table' ? corroborationText(id, c) : `${JSON.stringify(c, null, 2)}\n`);
          return;
        }
        const rows = await withStore(o.db, async (s) => (await s.stories(o)).items);
        await writeOut(
          render(
            rows as unknown as Row[],
            o.format,
            [
              'id',
              'articles',
              'reports',
              'outlets',
              'firstDate',
              'lastDate',
              'title',
              'topActors',
              'topEvents',
            ],
            { title: 50 },
          ),
        );
      },
    );
}

/** A readable account of a story's corroboration. */
export function corroborationText(id: string, c: Corroboration): string {
  const lines = [
    `story ${id}: ${c.articles} articles, ${c.independentReports} independent reports, ${c.copies} syndicated copies, ${c.outlets} independent outlets`,
  ];
  if (c.events.length) lines.push('Events (by independent outlets):');
  for (const e of c.events.slice(0, 10)) {
    const ev = e.event;
    lines.push(
      `  ${e.corroboration}x  ${ev.date ?? ''} ${ev.source?.name || ev.source?.code || '-'} ${ev.plover} (${ev.code}) ${ev.target?.name || ev.target?.code || '-'}`,
    );
  }
  if (c.quotes.length) lines.push('Quotes (by independent outlets):');
  for (const q of c.quotes.slice(0, 10)) {
    const text = q.quote.text.length > 70 ? `${q.quote.text.slice(0, 69)}…` : q.quote.text;
    lines.push(`  ${q.corroboration}x  ${q.quote.speaker?.name ?? '?'}: ${text.replace(/\s+/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
