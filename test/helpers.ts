import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { packageRoot } from '../src/common/package-root.js';
import type { Extraction } from '../src/contract/extraction.js';

export const ROOT = packageRoot();
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
/** The shared folder beside the project (the seed article lives there). */
export const SEED_FILE = join(ROOT, '..', 'shared', 'seed', '000_1169ee211c9f22f9.txt');
export const DEMO_CORPUS = join(ROOT, 'corpus', 'demo', 'articles.jsonl');

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'extraction.schema.json'), 'utf8'));
const validator = new Ajv({ allErrors: true }).compile(schema);

/** Validates against the published schema; returns the error messages (empty when valid). */
export function schemaErrors(value: unknown): string[] {
  if (validator(value)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every span of an extraction, with what it claims to cover (when the annotation says). */
export function spansOf(ex: Extraction): { where: string; span: [number, number]; text?: string }[] {
  const out: { where: string; span: [number, number]; text?: string }[] = [];
  for (const a of ex.actors)
    for (const m of a.mentions) out.push({ where: `actor ${a.id}`, span: m.span, text: m.text });
  for (const t of ex.timexes) out.push({ where: 'timex', span: t.span, text: t.text });
  for (const q of ex.quotes) {
    out.push({ where: 'quote', span: q.span, text: q.text });
    if (q.speaker?.span) out.push({ where: 'quote speaker', span: q.speaker.span });
    if (q.cue) out.push({ where: 'quote cue', span: q.cue.span, text: q.cue.text });
  }
  for (const e of ex.events) {
    out.push({ where: 'event', span: e.span });
    if (e.source?.span) out.push({ where: 'event source', span: e.source.span });
    if (e.target?.span) out.push({ where: 'event target', span: e.target.span });
    if (e.trigger) out.push({ where: 'event trigger', span: e.trigger.span, text: e.trigger.text });
  }
  return out;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'chronicle-test-'));
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with arguments and optional stdin. */
export function runCli(args: string[], input?: string, cwd = ROOT): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const code = err ? ((err as { code?: number }).code ?? 1) : 0;
        resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}
