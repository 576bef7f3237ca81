import type { Command } from 'commander';
import { dbOption, formatOption, fromToOptions, limitOption, withStore, writeOut } from '../common.js';
import { type Format, type Row, render } from '../output.js';

interface QueryOpts {
  db: string;
  format: Format;
  limit: number;
  from?: string;
  to?: string;
}

const example = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}`;

export function registerQueries(program: Command): void {
  fromToOptions(
    program
      .command('search')
      .description('full-text search over the stored articles')
      .argument('<text...>', 'words to find (all must match)')
      .addOption(dbOption())
      .addOption(formatOption())
      .addOption(limitOption()),
  )
    .addHelpText('after', example(['chronicle search security guarantees --from 2025-03']))
    .action(async (words: string[], o: QueryOpts) => {
      const rows = await withStore(o.db, async (s) =>
        (await s.search(words.join(' '), o)).items.map(({ highlights, ...hit }) => ({
          ...hit,
          snippet: bracketed(hit.snippet, highlights),
        })),
      );
      await writeOut(
        render(rows as unknown as Row[], o.format, ['date', 'outlet', 'title', 'snippet', 'id'], {
          snippet: 70,
        }),
      );
    });

  fromToOptions(
    program
      .command('quotes')
      .description('list stored quotations, by speaker (any alias), words and utterance date')
      .option('--speaker <name>', 'speaker: a canonical name or any alias seen in the text')
      .option('--text <words>', 'words the quotation contains')
      .option(
        '--all',
        "also quotations without a speaker (scare quotes, the writer's hedges) and the fragments of mixed quotes listed on their own",
      )
      .addOption(dbOption())
      .addOption(formatOption())
      .addOption(limitOption()),
  )
    .addHelpText(
      'after',
      example([
        'chronicle quotes --speaker Putin --from 2022-01-01',
        'chronicle quotes --text "dialogue" --format json',
      ]),
    )
    .action(async (o: QueryOpts & { speaker?: string; text?: string; all?: boolean }) => {
      const rows = await withStore(o.db, async (s) => (await s.quotes(o)).items);
      await writeOut(
        render(
          rows as unknown as Row[],
          o.format,
          ['date', 'speaker', 'kind', 'text', 'relayedBy', 'outlet', 'article'],
          { text: 60 },
        ),
      );
    });

  fromToOptions(
    program
      .command('events')
      .description('list stored events: who did what to whom, and when')
      .option('--actor <name>', 'source or target: a name, an alias or a CAMEO actor code')
      .option('--code <cameo>', 'CAMEO code or prefix, e.g. 11 or 112')
      .option('--plover <type>', 'PLOVER type, e.g. ACCUSE')
      .option('--modality <m>', 'asserted, hypothetical, future or past')
      .option('--all', 'also events that do not count (negated, hypothetical, without a doer)')
      .addOption(dbOption())
      .addOption(formatOption())
      .addOption(limitOption()),
  )
    .addHelpText('after', example(['chronicle events --actor Russia --code 11 --from 2022-02']))
    .action(
      async (
        o: QueryOpts & { actor?: string; code?: string; plover?: string; modality?: string; all?: boolean },
      ) => {
        const rows = await withStore(o.db, async (s) => (await s.events(o)).items);
        await writeOut(
          render(rows as unknown as Row[], o.format, [
            'date',
            'source',
            'code',
            'plover',
            'target',
            'trigger',
            'negated',
            'modality',
            'article',
          ]),
        );
      },
    );

  fromToOptions(
    program
      .command('articles')
      .description('list stored articles')
      .option('--outlet <name>', 'only articles from this outlet')
      .addOption(dbOption())
      .addOption(formatOption())
      .addOption(limitOption()),
  )
    .addHelpText('after', example(['chronicle articles --from 2025-03-01 --to 2025-03-07 --format csv']))
    .action(async (o: QueryOpts & { outlet?: string }) => {
      const rows = await withStore(o.db, async (s) => (await s.articles(o)).items);
      await writeOut(
        render(
          rows as unknown as Row[],
          o.format,
          ['date', 'outlet', 'title', 'quotes', 'events', 'story', 'id'],
          { title: 60 },
        ),
      );
    });

  const exporter = program
    .command('export')
    .description('export stored data in bulk')
    .addHelpText('after', example(['chronicle export articles --db news.db --format jsonl']));
  exporter
    .command('articles')
    .description('every stored article with its story id (null: a story of its own)')
    .addOption(dbOption())
    .addOption(formatOption('jsonl'))
    .addHelpText('after', example(['chronicle export articles --db news.db --format jsonl > articles.jsonl']))
    .action(async (o: { db: string; format: Format }) => {
      await withStore(o.db, async (s) => {
        const columns = ['id', 'date', 'title', 'outlet', 'url', 'story'];
        if (o.format === 'jsonl') {
          let buffer = '';
          for await (const row of s.exportArticles()) {
            buffer += `${JSON.stringify(row)}\n`;
            if (buffer.length > 1 << 16) {
              await writeOut(buffer);
              buffer = '';
            }
          }
          await writeOut(buffer);
          return;
        }
        const rows: Row[] = [];
        for await (const row of s.exportArticles()) rows.push(row as unknown as Row);
        await writeOut(render(rows, o.format, columns));
      });
    });
}

/** The snippet with its matched terms in [brackets], as a terminal shows them. */
function bracketed(snippet: string, highlights: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of highlights) {
    out += `${snippet.slice(at, s)}[${snippet.slice(s, e)}]`;
    at = e;
  }
  return out + snippet.slice(at);
}
