import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { loadKnowledge } from '../../actors/index.js';
import { pipelineFor } from '../../pipeline/store-pipeline.js';
import { dbOption, formatOption, limitOption, withStore, writeOut } from '../common.js';
import { type Format, type Row, render } from '../output.js';

const example = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}`;

const KINDS = ['person', 'country', 'organization', 'group', 'media', 'sector', 'location'];

export function registerActors(program: Command): void {
  const actors = program
    .command('actors')
    .description('list, merge, rename and add actors (people, countries, organisations, outlets)')
    .addHelpText(
      'after',
      example([
        'chronicle actors --db news.db',
        'chronicle actors merge person:~v-putin person:vladimir-putin',
      ]),
    );

  actors
    .command('list', { isDefault: true })
    .description('actors with their mention counts (the default)')
    .option('--name <text>', 'canonical name, id or any mention containing this')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(KINDS))
    .addOption(dbOption())
    .addOption(formatOption())
    .addOption(limitOption())
    .addHelpText(
      'after',
      example(['chronicle actors --db news.db', 'chronicle actors --name Kremlin --format json']),
    )
    .action(async (o: { db: string; format: Format; limit: number; name?: string; kind?: string }) => {
      const rows = await withStore(o.db, async (s) => (await s.actors(o)).items);
      await writeOut(
        render(rows as unknown as Row[], o.format, [
          'id',
          'name',
          'kind',
          'code',
          'role',
          'mentions',
          'articles',
        ]),
      );
    });

  actors
    .command('merge')
    .description(
      'merge actor FROM into actor INTO: FROM’s mentions, quotes and events become INTO’s, now and later',
    )
    .argument('<from>', 'actor id to merge away, e.g. person:~v-putin')
    .argument('<into>', 'actor id to keep, e.g. person:vladimir-putin')
    .addOption(dbOption())
    .addHelpText(
      'after',
      example(['chronicle actors merge person:~v-putin person:vladimir-putin --db news.db']),
    )
    .action(async (from: string, into: string, o: { db: string }) => {
      if (from === into) throw new Error('merge: FROM and INTO are the same actor');
      await withStore(o.db, (s) => s.mergeActors(from, into));
      process.stderr.write(`actors: merged ${from} into ${into}\n`);
    });

  actors
    .command('rename')
    .description('give an actor another canonical name')
    .argument('<id>', 'actor id')
    .argument('<name>', 'new name')
    .addOption(dbOption())
    .addHelpText('after', example(['chronicle actors rename person:~anna-k "Anna Kovalenko" --db news.db']))
    .action(async (id: string, name: string, o: { db: string }) => {
      if (!name.trim()) throw new Error('rename: the name is empty');
      await withStore(o.db, (s) => s.renameActor(id, name.trim()));
      process.stderr.write(`actors: ${id} is now "${name.trim()}"\n`);
    });

  actors
    .command('add')
    .description(
      'store a user dictionary of actors (YAML, the format of docs/actors-stage.md) for later ingests',
    )
    .requiredOption(
      '--file <file>',
      'a YAML dictionary: a mapping of sections, or a list named after its section',
    )
    .addOption(dbOption())
    .addHelpText(
      'after',
      example([
        'chronicle actors add --file my-people.yaml --db news.db',
        'chronicle actors resolve --db news.db',
      ]),
    )
    .action(async (o: { file: string; db: string }) => {
      const content = readFileSync(o.file, 'utf8');
      const name = basename(o.file);
      // Refuse a dictionary that does not load, before storing it.
      loadKnowledge({ extraTexts: [{ name, content }] });
      await withStore(o.db, (s) => s.addDictionary({ name, content }));
      process.stderr.write(
        `actors: stored ${name}; run "chronicle actors resolve" to apply it to stored articles\n`,
      );
    });

  actors
    .command('resolve')
    .description('re-run the extraction of every stored article with the stored dictionaries and merges')
    .addOption(dbOption())
    .addHelpText('after', example(['chronicle actors resolve --db news.db']))
    .action(async (o: { db: string }) => {
      const n = await withStore(o.db, async (s) => {
        const pipeline = await pipelineFor(s);
        let count = 0;
        for await (const article of s.storedArticles()) {
          await s.replaceExtraction(pipeline.extract(article));
          count++;
        }
        return count;
      });
      process.stderr.write(`actors: re-resolved ${n} articles\n`);
    });
}
