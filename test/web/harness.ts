import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { packageRoot } from '../../src/common/package-root.js';

// Shared by the browser tests, `npm run screenshots` and bench/web-render.mjs (they import the
// built copy in dist/test/web/), so all three drive the app the same way.

const ROOT = packageRoot();
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

function cli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      err
        ? reject(new Error(`chronicle ${args.join(' ')} failed: ${stderr || err.message}`))
        : resolve(stdout),
    );
  });
}

/** Ingests JSON Lines text (or a path) into a new database in a temporary folder; returns its path. */
export async function ingestDb(input: { jsonl: string } | { path: string }): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-web-'));
  const db = join(dir, 'web.db');
  let source: string;
  if ('path' in input) source = input.path;
  else {
    source = join(dir, 'articles.jsonl');
    writeFileSync(source, input.jsonl);
  }
  await cli(['ingest', source, '--db', db]);
  return db;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a real `chronicle serve` on a free port and resolves once it prints its URL. */
export async function startServer(db: string, token?: string): Promise<RunningServer> {
  // Writes need the token; without one the server refuses them (the environment must not leak one in).
  const env = { ...process.env };
  if (token) env.CHRONICLE_TOKEN = token;
  else delete env.CHRONICLE_TOKEN;
  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d+)/.exec(output);
      if (m) resolve(m[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`chronicle serve exited (${code}) before listening:\n${output}`)),
    );
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** One entry per view: where it lives and what shows its main content has rendered. */
export interface ViewSpec {
  name: string;
  path: string;
  ready: string;
}

async function firstItem<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const body = (await res.json()) as { items: T[] };
  if (!body.items[0]) throw new Error(`no items at ${url}`);
  return body.items[0];
}

/**
 * Every view over whatever database the server has: the story, actor and article are the first
 * the API lists (the demo corpus gives its biggest story, Lithuania and the story's first report).
 */
export async function viewsFor(server: string, query = 'border guards'): Promise<ViewSpec[]> {
  const story = await firstItem<{ id: string }>(`${server}/api/stories?limit=1`);
  const actor = await firstItem<{ id: string }>(`${server}/api/actors?limit=1&kind=country`);
  const detail = (await (await fetch(`${server}/api/stories/${encodeURIComponent(story.id)}`)).json()) as {
    articles: { id: string }[];
  };
  const article = detail.articles[0].id;
  const q = encodeURIComponent(query);
  return [
    { name: 'home', path: '/', ready: '.stats .stat' },
    { name: 'search', path: `/search?q=${q}`, ready: '.hit mark' },
    { name: 'stories', path: '/stories', ready: '.stories-table tbody tr' },
    { name: 'story', path: `/stories/${encodeURIComponent(story.id)}`, ready: '.vis-timeline .vis-item' },
    { name: 'actors', path: '/actors', ready: '.actors-table tbody tr' },
    { name: 'actor', path: `/actors/${encodeURIComponent(actor.id)}`, ready: '.vis-timeline .vis-item' },
    { name: 'network', path: '/network', ready: '.network canvas' },
    { name: 'quotes', path: '/quotes', ready: '.quote-row' },
    { name: 'article', path: `/articles/${encodeURIComponent(article)}`, ready: '.source-text .hl' },
  ];
}
