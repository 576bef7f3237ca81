#!/usr/bin/env node
// First render of each web view: time from navigation start to the view's main content being
// visible, in headless chromium against a real `chronicle serve`. A benchmark, not a test.
//
//   npm run build && node bench/web-render.mjs [--db FILE] [--runs N]
//
// Without --db it ingests the demo corpus into a temporary database. Each run loads the view in a
// new browser context (a cold cache: a first visit). Reports the median and worst of N runs.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestDb, launchBrowser, startServer, viewsFor } from '../dist/test/web/harness.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const root = new URL('..', import.meta.url).pathname;
const db = values.db ?? (await ingestDb({ path: join(root, 'corpus', 'demo') }));

const server = await startServer(db);
const browser = await launchBrowser();
const results = [];
try {
  for (const view of await viewsFor(server.url)) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      // Timed inside the page: performance.now() counts from the start of the navigation, and a
      // requestAnimationFrame loop notes the first frame where the view's main content has a box.
      await page.addInitScript((selector) => {
        const check = () => {
          const el = document.querySelector(selector);
          const box = el?.getBoundingClientRect();
          if (box && box.width > 0 && box.height > 0) window.__readyAt = performance.now();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }, view.ready);
      await page.goto(server.url + view.path, { waitUntil: 'commit' });
      await page.locator(view.ready).first().waitFor({ state: 'visible', timeout: 30000 });
      await page.waitForFunction(() => window.__readyAt !== undefined);
      times.push(await page.evaluate(() => window.__readyAt));
      await page.close();
    }
    times.sort((a, b) => a - b);
    results.push({
      view: view.name,
      path: view.path,
      median: times[Math.floor(times.length / 2)],
      max: times.at(-1),
    });
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`db: ${values.db ?? 'demo corpus (35 articles)'}; runs per view: ${runs}`);
console.log('| view | path | median ms | worst ms |');
console.log('|---|---|---|---|');
for (const r of results)
  console.log(`| ${r.view} | \`${r.path}\` | ${r.median.toFixed(0)} | ${r.max.toFixed(0)} |`);
