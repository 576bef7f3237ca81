import { lexicon } from '../time/lexicon.js';
import type { Span } from './types.js';

/** A news dateline opening an article: "VILNIUS, March 3 (Harbor Wire) - ". */
export interface Dateline {
  /** The whole dateline, dash included. */
  span: Span;
  /** The place name(s), state or country included ("Kyiv, Ukraine"). */
  place: Span;
  /** The date, when there is one ("March 3", "Jan. 5, 2022"). */
  date?: Span;
  /** The reporting outlet in parentheses or slashes, without them ("AP"). */
  outlet?: Span;
  /** Where the first sentence of the story proper begins. */
  bodyStart: number;
}

// The shape is generic (capitals, a month and day, a dash; a month right after the dash is a
// date range, "August 29 - September 8", not a story); month names come from the time
// lexicon, since a bare "Word 12" would also match headlines ("Chiefs 20 - 13").
// A place word: capitalised, may hold dots, apostrophes and hyphens ("ST. LOUIS", "Port-au-Prince").
const WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
// Lowercase particles inside place names ("Rio de Janeiro").
const PARTICLE = `(?:de|da|do|del|della|di|la|le|el|al|of|on|upon|am|an|im)`;
// Pre-tokenised text puts spaces before commas and inside parentheses ("Mannheim , Germany ( X )").
const COMMA = String.raw`\s?,\s`;
// At most three words a place (before particles): longer title-case runs are headlines.
const PLACE = `${WORD}(?:(?: ${PARTICLE})? ${WORD}|/${WORD}){0,2}`;
const PLACES = `${PLACE}(?:${COMMA}${PLACE}){0,2}`;
// "(AP)", "/Reuters/", or Penn Treebank escaped parentheses "-LRB- CNN -RRB-".
const OUTLET = String.raw`\(\s?(?<po>[^()\n]{1,40}?)\s?\)|/(?<so>[^/\n]{1,40})/|-LRB- (?<bo>[^\n]{1,40}?) -RRB-`;
// Hyphen and underscore need spaces round them, or they would be word-internal.
const DASH = String.raw`\s+(?:--?|_)\s+|\s*[–—]\s*|:\s+`;

let cachedPattern: RegExp | null = null;

/** The dateline pattern, built once from the month names of data/time/lexicon.yaml. */
function datelinePattern(): RegExp {
  if (cachedPattern) return cachedPattern;
  // Title case or capitals ("March", "MARCH"); longest first so "Sept" wins over "Sep".
  const names = [...lexicon().months.keys()].sort((a, b) => b.length - a.length);
  const months = names.flatMap((m) => [m[0].toUpperCase() + m.slice(1), m.toUpperCase()]).join('|');
  // "March 3", "Jan. 5, 2022", "3 March 2022".
  const month = String.raw`(?:${months})\.?`;
  const date = String.raw`${month} \d{1,2}(?:${COMMA}\d{4})?|\d{1,2} ${month}(?: \d{4})?`;
  cachedPattern = new RegExp(
    String.raw`^(?<place>${PLACES})(?:(?:${COMMA}| )(?<date>${date}))?(?: (?:${OUTLET}))?(?<dash>${DASH})(?!${month} \d)(?=["“‘'\p{Lu}\p{N}])`,
    'du',
  );
  return cachedPattern;
}

const MAX_PLACE_CHARS = 60;

/**
 * Reads a dateline at `start` of `text` (a paragraph start). A colon or a title-case place
 * alone is weak evidence ("Update: ...", "Russia – which ..."), so a colon needs a city in capitals and
 * a title-case place needs a comma part, a date or an outlet.
 */
export function findDateline(text: string, start: number, end: number): Dateline | null {
  const m = datelinePattern().exec(text.slice(start, Math.min(end, start + 160)));
  const g = m?.indices?.groups;
  if (!m || !g || !m.groups) return null;
  const placeText = m.groups.place;
  if (placeText.length > MAX_PLACE_CHARS) return null;
  // The city is what wires write in capitals; a state or country after it may be title case.
  const city = placeText.split(',')[0];
  const upper = city === city.toUpperCase();
  const colon = m.groups.dash.includes(':');
  const outletSpan = g.po ?? g.so ?? g.bo;
  if (colon && !upper) return null;
  if (shouted(text, start + m[0].length)) return null;
  if (!upper && !placeText.includes(',') && !g.date && !outletSpan) return null;
  const at = (s: [number, number]): Span => [start + s[0], start + s[1]];
  let dashEnd = g.dash[1];
  while (/\s/.test(m[0][dashEnd - 1])) dashEnd--;
  return {
    span: at([0, dashEnd]),
    place: at(g.place),
    date: g.date ? at(g.date) : undefined,
    outlet: outletSpan ? at(outletSpan) : undefined,
    bodyStart: start + m[0].length,
  };
}

/** Two capitalised words after the dash: a headline in capitals ("NAME - FIRST CASE"), not a story. */
function shouted(text: string, at: number): boolean {
  const words = text.slice(at, at + 60).match(/\p{L}[\p{L}'’.]*/gu) ?? [];
  return words.length >= 2 && words.slice(0, 2).every((w) => w.length > 1 && w === w.toUpperCase());
}
