import type { Token } from '../text/types.js';
import { fitsShape, isHyphen } from './keys.js';
import type { TrieHit, TrieNode } from './knowledge/compile.js';

/** A gazetteer match: tokens `[start, end)` and the entries it may be, best first. */
export interface Item {
  start: number;
  end: number;
  hits: TrieHit[];
}

// Token indices of the words walked so far (hyphens skipped); reused across calls, grown on demand.
let walked = new Int32Array(64);

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
  let i = from;
  while (i < to) {
    let best: Item | null = null;
    const first = trie.next.get(keys[i]);
    if (first && !isHyphen(tokens[i].text)) {
      let node = first;
      let n = 0;
      walked[n++] = i;
      for (let j = i; ; ) {
        if (node.hits.length) {
          const hits = fitting(node.hits, tokens, n);
          if (hits) best = { start: i, end: j + 1, hits };
        }
        j++;
        while (j < to && isHyphen(tokens[j].text)) j++;
        if (j >= to) break;
        const child = node.next.get(keys[j]);
        if (!child) break;
        node = child;
        if (n === walked.length) {
          const grown = new Int32Array(n * 2);
          grown.set(walked);
          walked = grown;
        }
        walked[n++] = j;
      }
    }
    if (best) {
      items.push(best);
      i = best.end;
    } else i++;
  }
  return items;
}

/** The hits whose words are written with the capitals they need; null when none is. */
function fitting(hits: TrieHit[], tokens: Token[], n: number): TrieHit[] | null {
  let out: TrieHit[] | null = null;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    let ok = true;
    if (!hit.caseless) {
      for (let w = 0; w < n && ok; w++) ok = fitsShape(tokens[walked[w]].text, hit.shape[w]);
    }
    if (!ok) continue;
    if (out) out.push(hit);
    else out = [hit];
  }
  return out;
}
