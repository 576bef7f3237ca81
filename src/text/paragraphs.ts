import type { Span } from './types.js';

const HEADING_MAX_CHARS = 80;
const FINAL_PUNCT = /[.!?:;…"”’'»)\]]$/u;

/** Paragraph spans: runs of text separated by blank lines, trimmed of surrounding white space. */
export function findParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const sep = /\n[ \t\r]*\n/g;
  let start = 0;
  for (let m = sep.exec(text); ; m = sep.exec(text)) {
    const end = m ? m.index : text.length;
    pushTrimmed(text, start, end, spans);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push([s, e]);
}

/** A short single line with no final punctuation reads as a subheading. */
export function isHeading(text: string, span: Span): boolean {
  const body = text.slice(span[0], span[1]);
  return (
    body.length <= HEADING_MAX_CHARS && !body.includes('\n') && !FINAL_PUNCT.test(body) && /\p{L}/u.test(body)
  );
}
