#!/usr/bin/env node
// Saves a screenshot of each web view over the bundled demo corpus into docs/screenshots/.
// Run after `npm run build`:  npm run screenshots
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDb, launchBrowser, startServer, viewsFor } from '../dist/test/web/harness.js';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });

const server = await startServer(await ingestDb({ path: join(root, 'corpus', 'demo') }));
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  for (const view of await viewsFor(server.url)) {
    await page.goto(server.url + view.path);
    await page.locator(view.ready).first().waitFor();
    if (view.name === 'article') await page.locator('.source-text .hl-actor').first().hover();
    // Let layouts (vis-timeline, cytoscape) settle before the picture.
    await page.waitForTimeout(400);
    const file = join(outDir, `${view.name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.stop();
}
