import { type Command, InvalidArgumentError, Option } from 'commander';
import { buildTimeline } from '../../stories/timeline.js';
import { dbOption, formatOption, fromToOptions, withStore, writeOut } from '../common.js';
import { type Format, type Row, render } from '../output.js';

const count = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} wants a positive whole number`);
  return n;
};

export function registerTimeline(program: Command): void {
  fromToOptions(
    program
      .command('timeline')
      .description('the most important dates, with summary sentences and their sources')
      .option('--story <id>', 'only this story (see: chronicle stories)')
      .option('--actor <name>', 'only articles that mention this actor')
      .option('--query <text>', 'only articles that contain these words')
      .addOption(new Option('--dates <n>', 'how many dates').default(10).argParser(count('--dates')))
      .addOption(new Option('--per-date <k>', 'sentences per date').default(2).argParser(count('--per-date')))
      .addOption(dbOption())
      .addOption(formatOption()),
  )
    .addHelpText(
      'after',
      '\nDates are days the reports mention or were published on, between the first and last report;\n' +
        '--from/--to pick the reports by publication date and widen that range when they reach further\n' +
        '(--from a day before the first report brings in the day the event itself happened).\n' +
        '\nExamples:\n  chronicle timeline --story demo-001 --dates 5 --per-date 1\n' +
        '  chronicle timeline --story demo-001 --from 2025-03-01\n  chronicle timeline --query earthquake --format json',
    )
    .action(
      async (o: {
        db: string;
        format: Format;
        dates: number;
        perDate: number;
        story?: string;
        actor?: string;
        query?: string;
        from?: string;
        to?: string;
      }) => {
        const rows = await withStore(o.db, (s) => s.timelineCandidates(o));
        const entries = buildTimeline(rows, { dates: o.dates, perDate: o.perDate, from: o.from, to: o.to });
        if (o.format === 'table') {
          await writeOut(timelineText(entries));
          return;
        }
        await writeOut(render(entries as unknown as Row[], o.format, ['date', 'sentences', 'sources']));
      },
    );
}

export function timelineText(entries: ReturnType<typeof buildTimeline>): string {
  if (entries.length === 0) return '(no dates)\n';
  return entries
    .map(
      (e) =>
        `${e.date}  (${e.articles} article${e.articles === 1 ? '' : 's'}; sources: ${e.sources.join(', ')})\n${e.sentences.map((s) => `  - ${s}`).join('\n')}\n`,
    )
    .join('');
}
