import cliProgress from 'cli-progress';
import type { IngestEvents, IngestSummary } from '../pipeline/ingest.js';

const PLAIN_EVERY = 100;

/**
 * Progress on stderr: a live bar on a terminal, plain lines every hundred articles otherwise.
 * Problems (one line each) are printed as they happen in both modes.
 */
export function progressReporter(label: string): IngestEvents & { stop(): void } {
  const counts = (s: IngestSummary) =>
    `${s.ingested} ingested, ${s.skipped} skipped, ${s.failed.length} failed`;
  let seen = 0;
  const multi = process.stderr.isTTY
    ? new cliProgress.MultiBar(
        { format: `${label} {value} articles | {counts}`, stream: process.stderr, fps: 5, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const bar = multi?.create(0, 0, { counts: '' });
  return {
    onArticle(_outcome, summary) {
      seen++;
      if (bar) {
        bar.setTotal(seen);
        bar.update(seen, { counts: counts(summary) });
      } else if (seen % PLAIN_EVERY === 0)
        process.stderr.write(`${label}: ${seen} articles (${counts(summary)})\n`);
    },
    onProblem(line) {
      if (multi) multi.log(`chronicle: ${line}\n`);
      else process.stderr.write(`chronicle: ${line}\n`);
    },
    stop() {
      multi?.stop();
    },
  };
}
