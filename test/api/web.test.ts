import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../helpers.js';
import { fixtureDb, startServer } from './harness.js';

describe('the web app at /', () => {
  it('serves files, falls back to index.html for client routes, keeps /api 404s as JSON', async () => {
    const web = tempDir();
    writeFileSync(join(web, 'index.html'), '<!doctype html><div id="root">chronicle-app</div>');
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log("app");');
    const server = await startServer(await fixtureDb(), { webRoot: web });
    try {
      const root = await fetch(`${server.url}/`);
      assert.equal(root.status, 200);
      assert.match(await root.text(), /chronicle-app/);
      const asset = await fetch(`${server.url}/assets/app.js`);
      assert.equal(asset.status, 200);
      assert.match(asset.headers.get('content-type') ?? '', /javascript/);
      assert.equal(await asset.text(), 'console.log("app");');
      for (const route of ['/stories/fx-01', '/articles/fx-01?x=1', '/search?q=storm']) {
        const r = await fetch(`${server.url}${route}`);
        assert.equal(r.status, 200, route);
        assert.match(r.headers.get('content-type') ?? '', /text\/html/);
        assert.match(await r.text(), /chronicle-app/);
      }
      const api = await fetch(`${server.url}/api/nothing`);
      assert.equal(api.status, 404);
      assert.equal(typeof ((await api.json()) as { error: string }).error, 'string');
    } finally {
      await server.close();
    }
  });

  it('says the web app is not built when dist/web has no index.html', async () => {
    const server = await startServer(await fixtureDb(), { webRoot: join(tempDir(), 'missing') });
    try {
      const r = await fetch(`${server.url}/`);
      assert.equal(r.status, 200);
      assert.match(await r.text(), /not built/);
      assert.equal((await fetch(`${server.url}/api/stats`)).status, 200);
    } finally {
      await server.close();
    }
  });
});
