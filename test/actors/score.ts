import type { Actor } from '../../src/contract/extraction.js';
import type { MentionCase } from './cases.js';
import { type ExpectedMention, parseMarkup } from './markup.js';

export interface SuiteScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  /** One line per missed or extra mention. */
  misses: string[];
}

/** Rewrites an expected mention into a data set's ids and codes (null drops it). */
export type Translate = (e: ExpectedMention) => ExpectedMention | null;

/**
 * Scores the mention suite: a mention is right when its span, actor and (where the mark gives
 * one) code agree; every predicted mention not marked counts against precision.
 */
export function scoreSuite(
  cases: MentionCase[],
  actorsOf: (text: string, date: string | null) => Actor[],
  translate: Translate = (e) => e,
): SuiteScore {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const parsed = parseMarkup(c.text);
    const expected = parsed.expected.flatMap((e) => translate(e) ?? []);
    const actors = actorsOf(parsed.text, c.date);
    const got = actors.flatMap((a) => a.mentions.map((m) => ({ ...m, actor: a.id, code: a.code })));
    gold += expected.length;
    predicted += got.length;
    for (const e of expected) {
      const hit = got.find(
        (g) =>
          g.span[0] === e.span[0] &&
          g.span[1] === e.span[1] &&
          g.actor === e.actor &&
          (!e.code || g.code === e.code),
      );
      if (hit) correct++;
      else {
        const other = got.filter((g) => g.span[0] === e.span[0] && g.span[1] === e.span[1]);
        const as = other.length ? other.map((g) => `${g.actor}@${g.code}`).join(',') : 'nothing';
        misses.push(`miss  ${c.date} "${e.text}" want ${e.actor}${e.code ? `@${e.code}` : ''}, got ${as}`);
      }
    }
    for (const g of got) {
      if (!expected.some((e) => e.span[0] === g.span[0] && e.span[1] === g.span[1] && e.actor === g.actor))
        misses.push(`extra ${c.date} "${g.text}" as ${g.actor}@${g.code} [${g.rule}]`);
    }
  }
  return { gold, predicted, correct, precision: correct / predicted, recall: correct / gold, misses };
}
