#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerActors } from './commands/actors.js';
import { registerDemo } from './commands/demo.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerQueries } from './commands/queries.js';
import { registerServe } from './commands/serve.js';
import { registerStories } from './commands/stories.js';
import { registerTimeline } from './commands/timeline.js';

// A reader that stops early (`chronicle quotes | head`) closes the pipe: not an error, just the end.
const closedPipe = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'EPIPE';
process.stdout.on('error', (e) => {
  if (closedPipe(e)) process.exit(0);
  throw e;
});

const program = new Command()
  .name('chronicle')
  .description('Chronicle: who said and did what to whom, and when — from dated news articles.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerDemo(program);
registerExtract(program);
registerIngest(program);
registerQueries(program);
registerStories(program);
registerTimeline(program);
registerActors(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (closedPipe(e)) {
    process.exitCode = 0;
  } else if (e instanceof CommanderError) {
    process.exitCode = e.exitCode;
  } else {
    process.stderr.write(`chronicle: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
