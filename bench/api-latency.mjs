#!/usr/bin/env node
// API latency benchmark (not a test): builds a 10k-article database from synthetic variations of
// corpus/demo (cached under $TMPDIR, keyed by generator version and size), starts
// `chronicle serve` on it, and reports p50/p95 latency per endpoint over N sequential requests.
//
//   npm run build && node bench/api-latency.mjs [--articles 10000] [--requests 200] [--budget 20000]
//
// Run `npm run build` first: it uses dist/src/cli/main.js.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GENERATOR_VERSION = 2;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const ARTICLES = arg('articles', 10000);
const REQUESTS = arg('requests', 200);
// Time budget per endpoint (ms): a slow endpoint is measured on fewer requests, never skipped.
const BUDGET_MS = arg('budget', 20000);

// --- synthetic articles ---------------------------------------------------------------------
// A seeded PRNG so every run builds the same corpus.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Country pairs swapped into the demo's two main countries, so variations tell other stories.
const COUNTRIES = [
  ['Lithuania', 'Lithuanian', 'Vilnius'],
  ['Belarus', 'Belarusian', 'Minsk'],
  ['Latvia', 'Latvian', 'Riga'],
  ['Estonia', 'Estonian', 'Tallinn'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Finland', 'Finnish', 'Helsinki'],
  ['Norway', 'Norwegian', 'Oslo'],
  ['Sweden', 'Swedish', 'Stockholm'],
  ['Georgia', 'Georgian', 'Tbilisi'],
  ['Moldova', 'Moldovan', 'Chisinau'],
  ['Romania', 'Romanian', 'Bucharest'],
  ['Hungary', 'Hungarian', 'Budapest'],
  ['Serbia', 'Serbian', 'Belgrade'],
  ['Armenia', 'Armenian', 'Yerevan'],
];
const OUTLETS = [
  'Harbor Wire',
  'Baltic Courier',
  'Northern Ledger',
  'Capital Dispatch',
  'The Meridian Post',
  'Global Affairs Radio',
  'Eastern Observer',
  'Daily Signal',
  'River City News',
  'Continental Times',
  'Morning Record',
  'Evening Standard Bearer',
];

// Longer than the demo's span (26 days) plus the clusterer's window (30 days).
const ROUND_DAYS = 60;

function addDays(date, n) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function swapCountries(text, map) {
  return text.replace(/\b[A-Z][a-z]+\b/g, (w) => map.get(w) ?? w);
}

function* synthetic(demo, n) {
  for (let i = 0; i < n; i++) {
    const round = Math.floor(i / demo.length);
    const base = demo[i % demo.length];
    const random = rng(round * 1000 + (i % demo.length));
    if (round === 0) {
      yield { ...base, id: `syn-${i}` };
      continue;
    }
    // Each round is a new set of story lines: the two main countries become another pair, and
    // the round starts after the clusterer's 30-day window, so its stories are new stories.
    const n = COUNTRIES.length;
    const a = COUNTRIES[round % n];
    const b = COUNTRIES[(round + 1 + (Math.floor(round / n) % (n - 1))) % n];
    const map = new Map();
    for (const [from, to] of [
      [COUNTRIES[0], a],
      [COUNTRIES[1], b],
    ])
      for (let k = 0; k < 3; k++) map.set(from[k], to[k]);
    const paras = base.text.split('\n\n').map((p) => swapCountries(p, map));
    // Keep the lead, shuffle the rest: same facts, a different article.
    const rest = paras.slice(1);
    for (let k = rest.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [rest[k], rest[j]] = [rest[j], rest[k]];
    }
    yield {
      id: `syn-${i}`,
      date: addDays(base.date, round * ROUND_DAYS),
      title: swapCountries(base.title ?? '', map),
      outlet: OUTLETS[Math.floor(random() * OUTLETS.length)],
      text: [paras[0], ...rest].join('\n\n'),
    };
  }
}

function buildDb(file) {
  const demo = readFileSync(join(ROOT, 'corpus', 'demo', 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const jsonl = `${file}.jsonl`;
  writeFileSync(jsonl, `${[...synthetic(demo, ARTICLES)].map((a) => JSON.stringify(a)).join('\n')}\n`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  process.stderr.write(`building ${ARTICLES} synthetic articles into ${file} (once; cached)...\n`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'ingest', jsonl, '--db', partial], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('ingest failed');
  // Fold the WAL into the file before renaming it.
  spawnSync(process.execPath, [CLI, 'articles', '--db', partial, '--limit', '1'], { stdio: 'ignore' });
  for (const ext of ['-wal', '-shm']) rmSync(partial + ext, { force: true });
  renameSync(partial, file);
  rmSync(jsonl, { force: true });
  process.stderr.write(`built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

// --- the server and the requests ---------------------------------------------------------------
function startServer(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const m = /serving (http:\/\/\S+)\//.exec(err);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
}

async function time(url) {
  const t0 = process.hrtime.bigint();
  const r = await fetch(url);
  const body = await r.text();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 200) throw new Error(`${url}: ${r.status} ${body.slice(0, 200)}`);
  return { ms, body };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function main() {
  if (!existsSync(CLI)) throw new Error('run npm run build first');
  const cacheDir = join(process.env.TMPDIR || tmpdir(), 'chronicle-bench');
  mkdirSync(cacheDir, { recursive: true });
  const db = join(cacheDir, `api-v${GENERATOR_VERSION}-${ARTICLES}.db`);
  if (!existsSync(db)) buildDb(db);
  const { child, url } = await startServer(db);
  try {
    const api = (p) => `${url}${p}`;
    const stats = JSON.parse((await time(api('/api/stats'))).body);
    const stories = JSON.parse((await time(api('/api/stories?limit=50'))).body).items.map((s) => s.id);
    const actors = JSON.parse((await time(api('/api/actors?limit=50'))).body).items;
    const words = [
      'border',
      'talks',
      'earthquake',
      'ceasefire',
      'minister',
      'guards',
      'Vienna',
      'said',
      'release',
      'troops',
    ];
    // A cursor deep into the articles list, to time a late page.
    let deep = null;
    for (let k = 0; k < 18; k++)
      deep = JSON.parse(
        (await time(api(`/api/articles?limit=500${deep ? `&cursor=${deep}` : ''}`))).body,
      ).next;
    const cases = {
      'timeline (whole DB)': () => '/api/timeline',
      'timeline ?story=': (i) => `/api/timeline?story=${stories[i % stories.length]}`,
      'timeline ?q=': (i) => `/api/timeline?q=${words[i % words.length]}`,
      'timeline ?actor=': (i) => `/api/timeline?actor=${encodeURIComponent(actors[i % 10].name)}`,
      'timeline ?actorId=': (i) =>
        `/api/timeline?actorId=${encodeURIComponent(actors[i % actors.length].id)}`,
      'search ?q=': (i) => `/api/search?q=${words[i % words.length]}`,
      'search ?q= (two words)': (i) =>
        `/api/search?q=${words[i % words.length]}+${words[(i + 3) % words.length]}`,
      'articles (first page)': () => '/api/articles',
      'articles (page 9,001+)': () => `/api/articles?cursor=${deep}`,
      'articles/:id': (i) => `/api/articles/syn-${(i * 37) % ARTICLES}`,
      quotes: () => '/api/quotes',
      'quotes ?speaker=': (i) => `/api/quotes?speaker=${encodeURIComponent(actors[i % 10].name)}`,
      events: () => '/api/events',
      actors: () => '/api/actors',
      'actors/:id': (i) => `/api/actors/${encodeURIComponent(actors[i % actors.length].id)}`,
      stories: () => '/api/stories',
      'stories/:id': (i) => `/api/stories/${stories[i % stories.length]}`,
      network: () => '/api/network',
      stats: () => '/api/stats',
    };
    const rows = [];
    const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
    for (const [name, path] of Object.entries(cases)) {
      if (only && !only.test(name)) continue;
      for (let i = 0; i < 3; i++) await time(api(path(i))); // warm-up
      const ms = [];
      // N requests, or fewer (at least 10) when an endpoint is too slow for N within the budget.
      const started = Date.now();
      for (let i = 0; i < REQUESTS && (i < 10 || Date.now() - started < BUDGET_MS); i++)
        ms.push((await time(api(path(i)))).ms);
      rows.push({ name, n: ms.length, p50: pct(ms, 50), p95: pct(ms, 95), max: Math.max(...ms) });
      const r = rows[rows.length - 1];
      process.stderr.write(`${name}: n=${r.n} p50 ${r.p50.toFixed(1)} p95 ${r.p95.toFixed(1)} ms\n`);
    }
    console.log(
      `API latency: ${stats.articles} articles, ${stats.quotes} quotes, ${stats.events} events, ${stats.stories} stories; up to ${REQUESTS} sequential requests each within ${BUDGET_MS / 1000} s (after 3 warm-up); read cache ${process.env.CHRONICLE_API_CACHE === '0' ? 'off' : 'on'}`,
    );
    console.log('| endpoint | requests | p50 ms | p95 ms | max ms |');
    console.log('|---|---:|---:|---:|---:|');
    for (const r of rows)
      console.log(`| ${r.name} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`);
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
