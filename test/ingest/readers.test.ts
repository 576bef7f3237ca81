import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { contentId, isIsoDate, type ReadResult } from '../../src/ingest/article.js';
import { parseDatedText } from '../../src/ingest/dated-text.js';
import { parseArticleLine } from '../../src/ingest/jsonl.js';
import { countSources, DEFAULT_MAX_BYTES, readSources } from '../../src/ingest/sources.js';
import { tempDir } from '../helpers.js';

async function readAll(
  paths: string[],
  opts: { date?: string; maxBytes?: number } = {},
): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readSources(paths, { maxBytes: DEFAULT_MAX_BYTES, ...opts })) out.push(r);
  return out;
}

describe('dated-text format', () => {
  it('splits off the header and keeps the body exactly', () => {
    const parsed = parseDatedText(' date 2024-05-06 The minister spoke.\n\nShe left.');
    assert.deepEqual(parsed, { date: '2024-05-06', body: 'The minister spoke.\n\nShe left.' });
  });
  it('accepts the header on a line of its own', () => {
    assert.equal(parseDatedText('date 2024-05-06\nBody here.')?.body, 'Body here.');
  });
  it('returns null without a header', () => {
    assert.equal(parseDatedText('The minister spoke on the date of the vote.'), null);
  });
});

describe('text files', () => {
  const dir = tempDir();
  const dated = join(dir, 'dated.txt');
  const plain = join(dir, 'plain.txt');
  writeFileSync(dated, ' date 2023-11-02 Talks resumed in Geneva on Tuesday.');
  writeFileSync(plain, 'Talks resumed in Geneva on Tuesday.');

  it('takes the date from the header', async () => {
    const [r] = await readAll([dated]);
    assert.ok(r.ok);
    assert.equal(r.article.date, '2023-11-02');
    assert.equal(r.article.text, 'Talks resumed in Geneva on Tuesday.');
  });
  it('leaves the date null (with a warning) when there is none, never today', async () => {
    const [r] = await readAll([plain]);
    assert.ok(r.ok);
    assert.equal(r.article.date, null);
    assert.match(r.warning ?? '', /no date/);
  });
  it('uses --date for undated text, and it wins over a header', async () => {
    const [a, b] = await readAll([plain, dated], { date: '2020-01-31' });
    assert.ok(a.ok && b.ok);
    assert.equal(a.article.date, '2020-01-31');
    assert.equal(b.article.date, '2020-01-31');
  });
  it('gives the same content the same id, and different content another', async () => {
    const [a] = await readAll([dated]);
    const [b] = await readAll([dated]);
    assert.ok(a.ok && b.ok);
    assert.equal(a.article.id, b.article.id);
    assert.match(a.article.id, /^[0-9a-f]{16}$/);
    assert.notEqual(contentId('x', null), contentId('y', null));
    assert.notEqual(contentId('x', '2020-01-01'), contentId('x', '2020-01-02'));
  });
});

describe('bad input gets a one-line error naming the file', () => {
  const dir = tempDir();
  const cases: [string, Uint8Array | string, RegExp][] = [
    ['empty.txt', '', /empty file/],
    ['blank.txt', '  \n\n ', /no text/],
    ['binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), /binary/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]), /invalid UTF-8 at line 1, byte 3/],
    ['header-only.txt', ' date 2021-01-01 ', /no text after the date header/],
  ];
  for (const [name, content] of cases) writeFileSync(join(dir, name), content);

  for (const [name, , pattern] of cases) {
    it(name, async () => {
      const [r] = await readAll([join(dir, name)]);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.match(r.error, pattern);
      assert.equal(r.origin.file, join(dir, name));
      assert.ok(!r.error.includes('\n'));
    });
  }
  it('a file over the size limit', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'word '.repeat(3000));
    const [r] = await readAll([big], { maxBytes: 10_000 });
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error, /too large: 14\.6 kB \(the limit is 9\.8 kB/);
  });
  it('a missing file', async () => {
    const [r] = await readAll([join(dir, 'nope.txt')]);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error, /cannot read: ENOENT/);
  });
});

describe('JSON Lines', () => {
  const origin = { file: 'a.jsonl', line: 3 };
  it('reads the optional fields and keeps a given id', () => {
    const r = parseArticleLine(
      JSON.stringify({ id: 'x1', date: '2022-02-02', text: 'Hi.', title: 'T', outlet: 'O', url: 'u' }),
      origin,
    );
    assert.ok(r.ok);
    assert.deepEqual(r.article, {
      id: 'x1',
      date: '2022-02-02',
      text: 'Hi.',
      title: 'T',
      outlet: 'O',
      url: 'u',
    });
  });
  it('hashes the content when no id is given', () => {
    const r = parseArticleLine(JSON.stringify({ date: null, text: 'Hi.' }), origin);
    assert.ok(r.ok);
    assert.equal(r.article.id, contentId('Hi.', null));
  });
  const bad: [string, RegExp][] = [
    ['{"date": "2022-02-02", "text": "x"', /not JSON/],
    ['[1,2]', /not a JSON object/],
    ['{"date": "2022-02-02"}', /missing "text"/],
    ['{"text": "x"}', /missing "date"/],
    ['{"date": "2022-02-30", "text": "x"}', /bad "date"/],
    ['{"date": "02/02/2022", "text": "x"}', /bad "date"/],
    ['{"date": null, "text": "x", "title": 5}', /"title" must be a string/],
    ['{"date": null, "text": "  "}', /empty "text"/],
  ];
  for (const [line, pattern] of bad) {
    it(`rejects ${line}`, () => {
      const r = parseArticleLine(line, origin);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.match(r.error, pattern);
        assert.deepEqual(r.origin, origin);
      }
    });
  }
  it('reads a file line by line: a bad line does not stop the rest, blank lines are skipped', async () => {
    const dir = tempDir();
    const file = join(dir, 'batch.jsonl');
    const line = (s: string) => Buffer.from(`${s}\n`, 'utf8');
    writeFileSync(
      file,
      Buffer.concat([
        line(JSON.stringify({ id: 'a', date: '2021-03-01', text: 'One.' })),
        line(''),
        line('not json'),
        Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), // not UTF-8
        line(JSON.stringify({ id: 'b', date: null, text: 'Two.' })),
      ]),
    );
    const results = await readAll([file]);
    assert.deepEqual(
      results.map((r) => (r.ok ? r.article.id : `${r.origin.line}:${r.error.split(' ')[0]}`)),
      ['a', '3:not', '4:invalid', 'b'],
    );
  });
});

describe('directories', () => {
  it('reads .txt and .jsonl files recursively in name order, skipping other files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b-sub'));
    writeFileSync(join(dir, 'c.txt'), ' date 2020-01-03 Third.');
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify({ id: 'first', date: null, text: 'First.' })}\n`);
    writeFileSync(join(dir, 'b-sub', 'x.txt'), ' date 2020-01-02 Second.');
    writeFileSync(join(dir, 'notes.pdf'), 'ignored');
    writeFileSync(join(dir, '.hidden.txt'), 'ignored');
    const results = await readAll([dir]);
    assert.deepEqual(
      results.map((r) => (r.ok ? r.article.text : r.error)),
      ['First.', 'Second.', 'Third.'],
    );
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2023-02-29'));
    assert.ok(!isIsoDate('2023-13-01'));
    assert.ok(!isIsoDate('2023-1-01'));
  });
});

describe('countSources', () => {
  it('counts the articles of files, and gives up on what is a stream of unknown length', async () => {
    const dir = tempDir();
    const lines = join(dir, 'day.jsonl');
    writeFileSync(lines, '{"date":"2024-05-01","text":"One."}\n\n{"date":"2024-05-01","text":"Two."}\n');
    const note = join(dir, 'note.txt');
    writeFileSync(note, 'Date: 2024-05-01\n\nA note.');
    assert.equal(await countSources([lines, note]), 3);
    assert.equal(await countSources([lines, '-']), undefined);
    assert.equal(await countSources([dir]), undefined);
    assert.equal(await countSources([join(dir, 'missing.jsonl')]), undefined);
  });
});
