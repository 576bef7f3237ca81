import { actorsStage } from '../../src/actors/index.js';
import type { Actor } from '../../src/contract/extraction.js';
import { buildDoc } from '../../src/text/doc.js';

/** Runs the actors stage alone over one text. */
export function actorsOf(text: string, date: string | null = '2022-02-01'): Actor[] {
  return actorsStage.run(buildDoc({ id: 'test', date, text }), {});
}

/** The actor holding a mention whose text is `mention` (the n-th such occurrence, 0-based). */
export function actorAt(actors: Actor[], text: string, mention: string, nth = 0): Actor[] {
  let from = -1;
  for (let k = 0; k <= nth; k++) {
    from = text.indexOf(mention, from + 1);
    if (from < 0) throw new Error(`"${mention}" (#${nth}) not in the text`);
  }
  const span = [from, from + mention.length];
  return actors.filter((a) => a.mentions.some((m) => m.span[0] === span[0] && m.span[1] === span[1]));
}
