import { join } from 'node:path';
import { createActorsStage, type Knowledge, loadKnowledge } from '../../src/actors/index.js';
import { packageRoot } from '../../src/common/package-root.js';
import type { Actor } from '../../src/contract/extraction.js';
import { buildDoc } from '../../src/text/doc.js';

/** The tests' own actor data (test/actors/fixtures/data), so they do not move with the bundled data. */
export const fixtureDir = join(packageRoot(), 'test', 'actors', 'fixtures', 'data');

let fixture: Knowledge | null = null;
export const fixtureKnowledge = (): Knowledge => {
  fixture ??= loadKnowledge({ dataDir: fixtureDir });
  return fixture;
};

const stage = createActorsStage(fixtureKnowledge);

/** Runs the actors stage alone over one text, on the fixture data. */
export function actorsOf(text: string, date: string | null = '2022-02-01'): Actor[] {
  return stage.run(buildDoc({ id: 'test', date, text }), {});
}
