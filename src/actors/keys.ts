/**
 * Matching keys: names in the data and tokens in the text are compared on a folded form
 * (lowercase, no diacritics, one kind of apostrophe), so "Orbán" matches "Orban".
 */

/** The folded form of one token or word (called once per token: plain ASCII takes the fast path). */
export function foldKey(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 126 || c === 96) return foldSlow(word);
  }
  return word.toLowerCase();
}

function foldSlow(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'");
}

/** Hyphens are transparent in matching: "Secretary-General" = "Secretary General". */
export const isHyphen = (token: string) => token === '-' || token === '\u2010' || token === '\u2011';

/**
 * Splits a name from the data into words the way the tokenizer splits text: on spaces and
 * hyphens (dropped; kept inside their word with `keepHyphens`), with a final possessive "'s" (or a plural's "'") kept as its own word.
 */
export function splitName(name: string, keepHyphens = false): string[] {
  const out: string[] = [];
  for (const piece of name.trim().split(/\s+/)) {
    for (const part of keepHyphens ? [piece] : piece.split(/[-\u2010\u2011]/)) {
      if (!part) continue;
      const m = /^(.+)(['\u2019]s)$/.exec(part);
      // "Workers' Party": the tokenizer splits a plural possessive's apostrophe off too.
      const plural = /^(.+[sS])(['\u2019])$/.exec(part);
      if (m && m[1].length > 1) out.push(m[1], m[2]);
      else if (plural) out.push(plural[1], plural[2]);
      else out.push(part);
    }
  }
  return out;
}

/** How a word of a name must be written in the text to match it. */
export type CaseShape = 'any' | 'capital' | 'caps';

export function caseShape(word: string): CaseShape {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'any';
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return 'caps';
  const first = letters[0];
  return first !== first.toLowerCase() ? 'capital' : 'any';
}

/** True when `token` is written with at least the capitals that `shape` asks for (no regex: it runs per match). */
export function fitsShape(token: string, shape: CaseShape): boolean {
  if (shape === 'any') return true;
  if (shape === 'capital') return isCapitalised(token);
  return token === token.toUpperCase() && token !== token.toLowerCase();
}

/** A stable slug from a name: "Sergiy Kyslytsya" → "sergiy-kyslytsya". */
export function slug(name: string): string {
  return foldKey(name)
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Starts with a capital letter (ASCII checked without a regex: this runs on most tokens). */
export function isCapitalised(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = token[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Every word with a capital first letter, as a title is displayed: "deputy governor" → "Deputy Governor". */
export function capitalise(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
