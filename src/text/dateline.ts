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

// The shape is generic (capitals, a day number, a dash), so no word lists are needed here.
// A place word: capitalised, may hold dots, apostrophes and hyphens ("ST. LOUIS", "Port-au-Prince").
const WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
// Lowercase particles inside place names ("Rio de Janeiro", "Stratford-upon-Avon" is one word).
const PARTICLE = String.raw`(?:de|da|do|del|della|di|la|le|el|al|of|on|upon|am|an|im)`;
const PLACE = String.raw`${WORD}(?:(?: ${PARTICLE})? ${WORD}|/${WORD}){0,3}`;
const PLACES = String.raw`${PLACE}(?:, ${PLACE}){0,2}`;
// "March 3", "Jan. 5, 2022", "3 March 2022".
const DATE = String.raw`\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?(?: \d{4})?`;
const OUTLET = String.raw`\((?<po>[^()\n]{1,40})\)|/(?<so>[^/\n]{1,40})/`;
// Hyphen and underscore need spaces round them, or they would be word-internal.
const DASH = String.raw`\s+(?:--?|_)\s+|\s*[–—]\s*|:\s+`;

const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACES})(?:,? (?<date>${DATE}))?(?: (?:${OUTLET}))?(?<dash>${DASH})(?=["“‘'\p{Lu}\p{N}])`,
  'du',
);

const MAX_PLACE_CHARS = 60;

/**
 * Reads a dateline at `start` of `text` (a paragraph start). A colon or a title-case place
 * alone is weak evidence ("Update: ...", "Russia – which ..."), so a colon needs a city in capitals and
 * a title-case place needs a comma part, a date or an outlet.
 */
export function findDateline(text: string, start: number, end: number): Dateline | null {
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + 160)));
  const g = m?.indices?.groups;
  if (!m || !g || !m.groups) return null;
  const placeText = m.groups.place;
  if (placeText.length > MAX_PLACE_CHARS) return null;
  // The city is what wires write in capitals; a state or country after it may be title case.
  const city = placeText.split(',')[0];
  const upper = city === city.toUpperCase();
  const colon = m.groups.dash.includes(':');
  const outletSpan = g.po ?? g.so;
  if (colon && !upper) return null;
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
