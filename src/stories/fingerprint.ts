import type { Doc } from '../text/types.js';

/**
 * A syndication fingerprint: hashes of word 5-grams, sampled by their own hash (one in four),
 * so that the same passage gives the same sample whatever comes before it (a dateline, an
 * outlet's own lead) and a trimmed copy keeps a subset of the original's sample.
 */
export type Fingerprint = number[];

const SHINGLE = 5;
const SAMPLE_MOD = 4;
const MAX_HASHES = 96;

/** FNV-1a over a string, 32 bits. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function fingerprint(doc: Doc): Fingerprint {
  const words: string[] = [];
  for (const t of doc.tokens) if (t.pos !== 'PUNCT' && t.pos !== 'SYM') words.push(t.text.toLowerCase());
  const out: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length && out.length < MAX_HASHES; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    if (h % SAMPLE_MOD !== 0 || seen.has(h)) continue;
    seen.add(h);
    out.push(h);
  }
  return out;
}

/**
 * Share of the smaller fingerprint found in the other one: 1 for a verbatim or trimmed copy,
 * near 0 for two independent reports. The larger one is truncated to its own sample size, so
 * only fingerprints that hold a whole text are compared whole.
 */
export function containment(a: Fingerprint, b: Fingerprint): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(large);
  let shared = 0;
  for (const h of small) if (set.has(h)) shared++;
  return shared / small.length;
}

/**
 * Fingerprints of recent articles, indexed by hash, so a new article is checked against all of
 * them in time proportional to its own fingerprint rather than to the number of articles.
 */
export class FingerprintIndex {
  private readonly byHash = new Map<number, string[]>();
  private readonly articles = new Map<string, { story: string; size: number }>();

  add(article: string, story: string, fp: Fingerprint): void {
    if (this.articles.has(article)) return;
    this.articles.set(article, { story, size: fp.length });
    for (const h of fp) {
      const list = this.byHash.get(h);
      if (list) list.push(article);
      else this.byHash.set(h, [article]);
    }
  }

  remove(article: string, fp: Fingerprint): void {
    if (!this.articles.delete(article)) return;
    for (const h of fp) {
      const list = this.byHash.get(h);
      if (!list) continue;
      const rest = list.filter((a) => a !== article);
      if (rest.length) this.byHash.set(h, rest);
      else this.byHash.delete(h);
    }
  }

  /** The indexed article with the highest containment (at least `threshold`), if any. */
  bestMatch(fp: Fingerprint, threshold: number): { article: string; story: string; score: number } | null {
    if (fp.length === 0) return null;
    const shared = new Map<string, number>();
    for (const h of new Set(fp))
      for (const a of this.byHash.get(h) ?? []) shared.set(a, (shared.get(a) ?? 0) + 1);
    let best: { article: string; story: string; score: number } | null = null;
    for (const [article, n] of shared) {
      const info = this.articles.get(article)!;
      const score = n / Math.min(fp.length, info.size);
      // Ties go to the earliest article indexed (Map order), the likeliest original.
      if (score >= threshold && (!best || score > best.score)) best = { article, story: info.story, score };
    }
    return best;
  }
}
