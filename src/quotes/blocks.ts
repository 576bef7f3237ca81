import type { Doc, Span } from '../text/types.js';
import type { Block } from './marks.js';

const LINE_END = /[.!?:;…"”’'»)\]]\s*$/u;

/**
 * Paragraphs cut at line breaks that end a sentence: some sources put one quote per line with
 * single newlines, and a mark left open on such a line must not run into the next. A line
 * break inside a sentence (hard-wrapped text) keeps its paragraph whole.
 */
export function findBlocks(doc: Doc): Block[] {
  const { text } = doc;
  const out: Block[] = [];
  for (const p of doc.paragraphs) {
    let start = p.span[0];
    for (let nl = text.indexOf('\n', start); nl >= 0 && nl < p.span[1]; nl = text.indexOf('\n', nl + 1)) {
      if (!LINE_END.test(text.slice(Math.max(start, nl - 3), nl))) continue;
      push(text, [start, nl], out);
      start = nl + 1;
    }
    push(text, [start, p.span[1]], out);
  }
  return out;
}

function push(text: string, [s, e]: Span, out: Block[]): void {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b > a) out.push({ span: [a, b] });
}
