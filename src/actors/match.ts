import type { Token } from '../text/types.js';
import { fitsShape, isHyphen } from './keys.js';
import type { TrieHit, TrieNode } from './knowledge/compile.js';

/** A gazetteer match: tokens `[start, end)` and the entries it may be, best first. */
export interface Item {
  start: number;
  end: number;
  hits: TrieHit[];
}

/**
 * Longest-match walk of the trie over tokens `[from, to)`: one pass, each start position
 * tries at most as many tokens as the longest name. Hyphens inside a name are skipped.
 */
export function matchTokens(
  keys: string[],
  tokens: Token[],
  from: number,
  to: number,
  trie: TrieNode,
): Item[] {
  const items: Item[] = [];
  const words: number[] = [];
  let i = from;
  while (i < to) {
    let best: Item | null = null;
    if (!isHyphen(tokens[i].text)) {
      let node = trie;
      words.length = 0;
      for (let j = i; j < to; j++) {
        if (j > i && isHyphen(tokens[j].text)) continue;
        const child = node.next.get(keys[j]);
        if (!child) break;
        node = child;
        words.push(j);
        if (!node.hits.length) continue;
        const hits = node.hits.filter((h) =>
          h.shape.every((shape, w) => fitsShape(tokens[words[w]].text, shape)),
        );
        if (hits.length) best = { start: i, end: j + 1, hits };
      }
    }
    if (best) {
      items.push(best);
      i = best.end;
    } else i++;
  }
  return items;
}
