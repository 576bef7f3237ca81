import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { FIXTURE_ARTICLES, fixturesJsonl, HOSTILE_MARKUP, LATE_ARTICLE } from './fixtures.js';
import { ingestDb, launchBrowser, type RunningServer, startServer } from './harness.js';

// The web app end to end: a real `chronicle serve` over fixture articles, driven by chromium.

const TOKEN = 'web-test-token';

describe('web app', () => {
  let server: RunningServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  before(async () => {
    server = await startServer(await ingestDb({ jsonl: fixturesJsonl() }), TOKEN);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
    await page.goto(server.url + path);
    return page;
  }

  it('home shows the stats, a search box and stories', async () => {
    const page = await open('/');
    await page.locator('[data-stat="articles"] .stat-value').waitFor();
    assert.equal(
      await page.locator('[data-stat="articles"] .stat-value').textContent(),
      String(FIXTURE_ARTICLES.length),
    );
    await page.locator('.stories-table tbody tr').first().waitFor();
    await page.fill('.hero input[name="q"]', 'crossing');
    await page.press('.hero input[name="q"]', 'Enter');
    await page.waitForURL(/\/search\?q=crossing/);
    await page.locator('.hit').first().waitFor();
    await page.close();
  });

  it('search marks the matched words in the snippets', async () => {
    const page = await open('/search?q=Elvas');
    await page.locator('.hit mark').first().waitFor();
    assert.equal((await page.locator('.hit mark').first().textContent())?.toLowerCase(), 'elvas');
    assert.equal(await page.locator('.hit').count(), 2);
    await page.close();
  });

  it('clicks from a story to an article to a quote', async () => {
    const page = await open('/stories');
    await page.locator('.stories-table tbody tr a').first().waitFor();
    // The accusation story: the one whose row names the Elvas crossing report.
    await page
      .getByRole('link', { name: /accuses Spain|shut a border crossing/ })
      .first()
      .click();
    await page.waitForURL(/\/stories\//);
    await page.locator('.vis-timeline .vis-item').first().waitFor();
    // The accusation is reported by two outlets: corroboration shown as ×2.
    await page.locator('.event-row .badge-count', { hasText: '×2' }).first().waitFor();
    await page.locator('.articles-table a', { hasText: 'Portugal accuses Spain' }).click();
    await page.waitForURL(/\/articles\/fx-1/);
    await page.locator('.source-text .hl-quote').first().waitFor();
    await page.locator('.quote-link', { hasText: 'This closure hurts families' }).click();
    await page.waitForURL(/span=\d+-\d+/);
    const detail = page.getByTestId('quote-detail');
    await detail.waitFor();
    assert.match((await detail.textContent()) ?? '', /Ana Ribeiro/);
    assert.equal(
      await page.locator('.source-text .focus').first().textContent(),
      '"This closure hurts families on both banks,"',
    );
    await page.close();
  });

  it('article text with <script> and HTML is shown literally and never runs', async () => {
    const page = await open('/articles/fx-2');
    const text = page.getByTestId('article-text');
    await text.waitFor();
    assert.ok(((await text.textContent()) ?? '').includes(HOSTILE_MARKUP));
    assert.equal(await text.locator('script, b').count(), 0);
    // Its url is javascript:, so no "original" link is offered (fx-1's https url is).
    assert.equal(await page.getByRole('link', { name: 'original' }).count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await page.goto(`${server.url}/articles/fx-1`);
    await page.getByRole('link', { name: 'original' }).waitFor();
    await page.close();
  });

  it('hovering a highlighted span shows its details and the rule that fired', async () => {
    const page = await open('/articles/fx-1');
    const actor = page.locator('.source-text .hl-actor', { hasText: 'Ana Ribeiro' }).first();
    await actor.waitFor();
    await actor.hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    const tipText = (await tip.textContent()) ?? '';
    assert.match(tipText, /Ana Ribeiro/);
    assert.match(tipText, /rule/);
    await page.close();
  });

  it('the actor list leads to an actor page with its events on a timeline', async () => {
    const page = await open('/actors');
    await page.locator('.actors-table a', { hasText: 'Portugal' }).click();
    await page.waitForURL(/\/actors\/country%3APRT|\/actors\/country:PRT/);
    await page.locator('.vis-timeline .vis-item').first().waitFor();
    await page.locator('.event-row').first().waitFor();
    assert.match((await page.locator('h1').textContent()) ?? '', /Portugal/);
    await page.close();
  });

  it('the quote explorer filters by speaker and shows relays as "via Reuters"', async () => {
    const page = await open('/quotes?speaker=Luis%20Ortega');
    await page.locator('.quote-row').first().waitFor();
    assert.equal(await page.locator('.quote-row').count(), 1);
    assert.equal(await page.locator('.quote-row .relay').textContent(), 'via Reuters');
    await page.close();
  });

  it('the quote explorer shows indirect speech without quotation marks of its own', async () => {
    const page = await open('/quotes?speaker=Spain');
    await page.locator('.quote-row').first().waitFor();
    const row = page.locator('.quote-row', { hasText: 'indirect' }).first();
    const text = ((await row.locator('.quote-text').textContent()) ?? '').trim();
    assert.match(text, /crossing would reopen/);
    assert.doesNotMatch(text, /^[“"]/);
    await page.close();
  });

  it('the quote explorer hides unattributed quotes until asked', async () => {
    const page = await open('/quotes?text=temporary');
    await page.getByText('No quotes match.').waitFor();
    await page.locator('.filter-check input').check();
    await page.waitForURL(/all=true/);
    await page.locator('.quote-row').first().waitFor();
    assert.equal(await page.locator('.quote-row').count(), 1);
    assert.match((await page.locator('.quote-row').textContent()) ?? '', /temporary/);
    await page.close();
  });

  it('the network draws actors and a click on a node opens the actor', async () => {
    const page = await open('/network?from=2025-06-01&to=2025-06-30');
    await page.locator('.network canvas').first().waitFor();
    const nodes = await page.getByTestId('network').evaluate((el) => {
      const cy = (
        el as HTMLElement & { cy: { nodes(): { map(f: (n: { id(): string }) => string): string[] } } }
      ).cy;
      return cy.nodes().map((n) => n.id());
    });
    assert.ok(nodes.includes('country:PRT'), `nodes: ${nodes.join(', ')}`);
    await page.getByTestId('network').evaluate((el) => {
      (el as HTMLElement & { cy: { $id(id: string): { emit(e: string): void } } }).cy
        .$id('country:PRT')
        .emit('tap');
    });
    await page.waitForURL(/\/actors\/country/);
    await page.locator('h1', { hasText: 'Portugal' }).waitFor();
    // A period with no events shows an empty network, not the whole graph.
    await page.goto(`${server.url}/network?from=1990&to=1990`);
    await page.locator('.status.empty').waitFor();
    await page.close();
  });

  // Last: it adds an article, which the other tests do not expect.
  it('the home page shows an article ingested while it is open, from the live feed', async () => {
    const page = await open('/');
    await page.locator('.live-dot.on').waitFor();
    assert.equal(await page.locator('.feed-item').count(), 0);
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(LATE_ARTICLE),
    });
    assert.equal(res.status, 200);
    await page.locator('.feed-item a', { hasText: LATE_ARTICLE.title }).click();
    await page.waitForURL(/\/articles\/fx-4/);
    await page.getByTestId('article-text').waitFor();
    await page.close();
  });

  it('raised no page errors on any view', () => {
    assert.deepEqual(pageErrors, []);
  });
});
