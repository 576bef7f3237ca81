import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Extraction } from '../../src/contract/extraction.js';
import { CLI, DEMO_CORPUS, runCli, SEED_FILE, schemaErrors, spansOf, tempDir } from '../helpers.js';

/** Checks that every span of an extraction lines up with article.text and the article with its file. */
function assertAligned(ex: Extraction, fileText?: string): void {
  assert.deepEqual(schemaErrors(ex), []);
  if (fileText !== undefined)
    assert.ok(fileText.includes(ex.article.text), 'article.text is part of the file');
  for (const s of spansOf(ex)) {
    assert.ok(
      s.span[0] >= 0 && s.span[1] <= ex.article.text.length && s.span[0] <= s.span[1],
      `${s.where} ${s.span}`,
    );
    if (s.text !== undefined) assert.equal(ex.article.text.slice(s.span[0], s.span[1]), s.text, s.where);
  }
}

describe('chronicle extract', () => {
  it('prints schema-valid JSON for the seed file, with spans that line up', async () => {
    const r = await runCli(['extract', SEED_FILE, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const ex = JSON.parse(r.stdout) as Extraction;
    assert.equal(ex.article.date, '2022-02-02');
    assertAligned(ex, readFileSync(SEED_FILE, 'utf8'));
  });

  it('--jsonl writes one line per input line, same order and ids, an error line for a bad one', async () => {
    const lines = [
      JSON.stringify({ id: 'one', date: '2024-03-01', text: 'The talks “went well”, she said.' }),
      '',
      'this is not json',
      JSON.stringify({ id: 'three', date: null, text: 'No date here.', title: 'T' }),
    ];
    const r = await runCli(['extract', '--jsonl'], `${lines.join('\n')}\n`);
    assert.equal(r.code, 1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((o) => o.id),
      ['one', null, 'three'],
    );
    assert.match(out[1].error, /<stdin>:3: not JSON/);
    assert.match(r.stderr, /<stdin>:3: not JSON/);
    assertAligned(out[0]);
    assertAligned(out[2]);
  });

  it('gives the same output for the same input, byte for byte', async () => {
    const input = readFileSync(DEMO_CORPUS, 'utf8').split('\n').slice(0, 5).join('\n');
    const [a, b] = await Promise.all([
      runCli(['extract', '--jsonl'], input),
      runCli(['extract', '--jsonl'], input),
    ]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.equal(a.stdout.trim().split('\n').length, 5);
  });

  it('gives each article the same output whatever else the batch holds, and in any order', async () => {
    const lines = readFileSync(DEMO_CORPUS, 'utf8').trim().split('\n');
    const [forward, backward, alone] = await Promise.all([
      runCli(['extract', '--jsonl'], lines.join('\n')),
      runCli(['extract', '--jsonl'], [...lines].reverse().join('\n')),
      runCli(['extract', '--jsonl'], lines[lines.length - 1]),
    ]);
    const out = (r: { stdout: string }) => r.stdout.trim().split('\n');
    assert.deepEqual(out(backward).reverse(), out(forward));
    assert.equal(out(alone)[0], out(forward)[lines.length - 1]);
  });
});

describe('chronicle ingest and queries', () => {
  const dir = tempDir();
  const db = join(dir, 'demo.db');

  it('ingests the demo corpus, then skips all of it on a second run', async () => {
    const first = await runCli(['ingest', DEMO_CORPUS, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    const n = readFileSync(DEMO_CORPUS, 'utf8').trim().split('\n').length;
    assert.match(first.stderr, new RegExp(`ingest: ${n} ingested, 0 skipped as duplicates, 0 failed`));
    const second = await runCli(['ingest', DEMO_CORPUS, '--db', db]);
    assert.equal(second.code, 0);
    assert.match(second.stderr, new RegExp(`ingest: 0 ingested, ${n} skipped as duplicates, 0 failed`));
  });

  it('lists articles in every format', async () => {
    const json = JSON.parse(
      (await runCli(['articles', '--db', db, '--format', 'json', '--limit', '3'])).stdout,
    );
    assert.equal(json.length, 3);
    assert.ok(json[0].date <= json[1].date);
    const csv = (await runCli(['articles', '--db', db, '--format', 'csv', '--limit', '2'])).stdout
      .trim()
      .split('\n');
    assert.equal(csv[0], 'date,outlet,title,quotes,events,story,id');
    assert.equal(csv.length, 3);
    const jsonl = (await runCli(['articles', '--db', db, '--format', 'jsonl', '--limit', '4'])).stdout
      .trim()
      .split('\n');
    assert.equal(jsonl.length, 4);
    const table = (await runCli(['articles', '--db', db, '--limit', '2'])).stdout;
    assert.match(table, /^date\s+outlet\s+title/);
  });

  it('filters articles by date range', async () => {
    const rows = JSON.parse(
      (
        await runCli([
          'articles',
          '--db',
          db,
          '--format',
          'json',
          '--from',
          '2025-03-05',
          '--to',
          '2025-03-05',
        ])
      ).stdout,
    );
    assert.ok(rows.length > 0);
    for (const r of rows) assert.equal(r.date, '2025-03-05');
  });

  it('searches full text', async () => {
    const hits = JSON.parse((await runCli(['search', 'earthquake', '--db', db, '--format', 'json'])).stdout);
    assert.ok(hits.length >= 2);
    for (const h of hits) assert.match(h.snippet, /\[earthquake\]/i);
  });

  it('exports every article with a story field', async () => {
    const r = await runCli(['export', 'articles', '--db', db, '--format', 'jsonl']);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(rows.length, readFileSync(DEMO_CORPUS, 'utf8').trim().split('\n').length);
    for (const row of rows) {
      assert.ok('story' in row && 'id' in row && 'date' in row && 'title' in row && 'outlet' in row);
    }
  });

  it('says clearly when the database does not exist', async () => {
    const r = await runCli(['quotes', '--db', join(dir, 'missing.db')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no database at .*missing\.db/);
  });
});

describe('chronicle events', () => {
  it('shows each event by its trigger word, not its whole sentence', async () => {
    const dir = tempDir();
    const file = join(dir, 'events.jsonl');
    const text = 'France accused Germany of spying on Tuesday. Officials in Paris gave no details.';
    writeFileSync(file, `${JSON.stringify({ id: 'ev1', date: '2024-05-02', text })}\n`);
    const db = join(dir, 'events.db');
    assert.equal((await runCli(['ingest', file, '--db', db])).code, 0);
    const rows = JSON.parse((await runCli(['events', '--db', db, '--format', 'json'])).stdout);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].trigger, 'accused');
    assert.deepEqual(rows[0].triggerSpan, [7, 14]);
    assert.equal(rows[0].sentence, 'France accused Germany of spying on Tuesday.');
    const table = (await runCli(['events', '--db', db])).stdout;
    assert.match(table, /\baccused\b/);
    assert.doesNotMatch(table, /spying/);
  });
});

describe('a batch with bad input', () => {
  it('stores what it can, names each bad file in one line, exits non-zero', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), ' date 2024-02-02 Officials met in Oslo on Friday.');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([1, 2, 0, 3]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(
      join(dir, 'mixed.jsonl'),
      `${JSON.stringify({ id: 'j1', date: '2024-02-03', text: 'A fine line.' })}\n{oops\n${JSON.stringify({ id: 'j2', text: 'No date key.' })}\n`,
    );
    writeFileSync(join(dir, 'huge.txt'), 'x'.repeat(2_000_000));
    const db = join(dir, 'b.db');
    const r = await runCli(['ingest', dir, '--db', db, '--max-bytes', '1000000']);
    assert.equal(r.code, 1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('chronicle: '));
    const expected = [
      /binary\.txt: binary content/,
      /empty\.txt: empty file/,
      /huge\.txt: too large/,
      /latin1\.txt: invalid UTF-8/,
      /mixed\.jsonl:2: not JSON/,
      /mixed\.jsonl:3: missing "date"/,
    ];
    assert.equal(errors.length, expected.length, r.stderr);
    for (const [i, re] of expected.entries()) assert.match(errors[i], re);
    assert.match(r.stderr, /ingest: 2 ingested, 0 skipped as duplicates, 6 failed/);
    const ids = JSON.parse((await runCli(['articles', '--db', db, '--format', 'json'])).stdout).map(
      (a: { id: string }) => a.id,
    );
    assert.equal(ids.length, 2);
    assert.ok(ids.includes('j1'));
  });

  it('a 50 MB text is refused with a clear error by default', async () => {
    const dir = tempDir();
    const file = join(dir, 'fifty.txt');
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const r = await runCli(['ingest', file, '--db', join(dir, 'x.db')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /fifty\.txt: too large: 50\.0 MB \(the limit is 8\.0 MB; see --max-bytes\)/);
  });
});

describe('chronicle demo', () => {
  it('ingests the bundled corpus and prints what it found', async () => {
    const db = join(tempDir(), 'demo.db');
    const r = await runCli(['demo', '--no-serve', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /stored: \d+ articles/);
    assert.match(r.stdout, /Articles \(first 10 by date\)/);
  });
});

describe('a reader that stops early (chronicle ... | head)', () => {
  it('ends quietly with status 0 when stdout is closed mid-stream', async () => {
    const lines = readFileSync(DEMO_CORPUS, 'utf8').trim().split('\n');
    const child = spawn(process.execPath, [CLI, 'extract', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // Read the first extraction, then close the pipe as `head -1` would.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    for (let i = 0; i < 20; i++)
      child.stdin.write(`${lines.map((l) => l.replace('"id":"', `"id":"r${i}-`)).join('\n')}\n`);
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
  });
});

describe('the chronicle bin', () => {
  it('is executable, so npx chronicle works after any rebuild', () => {
    assert.doesNotThrow(() => accessSync(CLI, constants.X_OK));
  });
});

describe('--help', () => {
  const commands = [
    ['demo'],
    ['extract'],
    ['ingest'],
    ['search'],
    ['quotes'],
    ['events'],
    ['articles'],
    ['export'],
    ['export', 'articles'],
    ['stories'],
    ['timeline'],
    ['actors'],
    ['actors', 'list'],
    ['actors', 'merge'],
    ['actors', 'rename'],
    ['actors', 'add'],
    ['actors', 'resolve'],
    ['serve'],
  ];
  for (const cmd of commands) {
    it(`chronicle ${cmd.join(' ')} --help shows an example`, async () => {
      const r = await runCli([...cmd, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Examples?:\n\s+chronicle /);
    });
  }
});
