// Private-use characters mark matches inside FTS5 snippets; they never occur in news text, and
// any that did are dropped, so the snippet stays plain text with offsets for the highlights.
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

/** Turns a marked snippet into plain text plus [start, end) offsets of the matched terms. */
export function unmark(marked: string): { snippet: string; highlights: [number, number][] } {
  let snippet = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) open = snippet.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0 && snippet.length > open) highlights.push([open, snippet.length]);
      open = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}
