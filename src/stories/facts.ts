import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../common/package-root.js';

/**
 * Measured facts of a report (data/stories/facts.yaml), such as magnitudes, written `kind:value`
 * with the value a plain number ("magnitude:6.1"). Two reports whose leads give different values
 * of one kind, neither saying the other's anywhere, are about two events of one kind
 * (story-index.ts, factsDiffer).
 */
interface FactsData {
  measures: Record<string, { words: string[]; tolerance: number }>;
  /** Words that may stand between a measure's word and its value ("magnitude of at least 6.2"). */
  hedges?: string[];
  years: { min: number; max: number };
}

interface Patterns {
  /** Each kind with its patterns; group 1 is the number. */
  kinds: { kind: string; patterns: RegExp[] }[];
  tolerance: Map<string, number>;
  years: { min: number; max: number };
}

let patterns: Patterns | null = null;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

function load(): Patterns {
  if (patterns) return patterns;
  const data = parse(readFileSync(join(packageRoot(), 'data', 'stories', 'facts.yaml'), 'utf8')) as FactsData;
  // Digits with thousands separators or a decimal part, written "6.1" or, in tokenised text,
  // "6 . 1" (not "6. 10": a sentence's last number and the next one's first).
  const comma = '(?:,|\\s,\\s)';
  const dot = '(?:\\.|\\s\\.\\s)';
  const num = `(\\d{1,3}(?:${comma}\\d{3})+(?:${dot}\\d+)?|\\d+(?:${dot}\\d+)?)`;
  const kinds: Patterns['kinds'] = [];
  const hedges = data.hedges?.length ? `(?:\\s(?:${alternatives(data.hedges)}))?` : '';
  const tolerance = new Map<string, number>();
  for (const [kind, m] of Object.entries(data.measures)) {
    const words = alternatives(m.words);
    kinds.push({
      kind,
      patterns: [
        new RegExp(`(?<![\\p{L}\\p{N}.,])${num}\\s?-?\\s?(?:${words})(?![\\p{L}])`, 'giu'),
        // "magnitude 6.1", "magnitude of 6.1", "magnitude-6.1", "magnitude of at least 6 . 2".
        new RegExp(
          `(?<![\\p{L}])(?:${words})(?:\\s(?:of|at))?${hedges}(?:\\s?-\\s?|\\s)${num}(?![\\p{N}])`,
          'giu',
        ),
      ],
    });
    tolerance.set(kind, Number(m.tolerance));
  }
  patterns = { kinds, tolerance, years: { min: Number(data.years.min), max: Number(data.years.max) } };
  return patterns;
}

/** The number written in a match: separators and the spaces of "6 . 1" dropped. */
function value(digits: string): number | null {
  const n = Number(digits.replace(/[\s,]/g, ''));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * The facts a text states, `kind:value`, sorted and each once: all of them, and those that start
 * before `leadEnd` (a number split over a sentence break, "5 . 9", still counts whole).
 */
export function textFacts(text: string, leadEnd = text.length): { lead: string[]; all: string[] } {
  const p = load();
  const lead = new Set<string>();
  const all = new Set<string>();
  for (const { kind, patterns: res } of p.kinds)
    for (const re of res)
      for (const m of text.matchAll(re)) {
        const v = value(m[1]);
        if (v === null) continue;
        all.add(`${kind}:${v}`);
        if (m.index < leadEnd) lead.add(`${kind}:${v}`);
      }
  return { lead: [...lead].sort(), all: [...all].sort() };
}

// A four-digit number standing alone, or the two-digit year of a date written in figures
// ("12/16/08", "16-12-08", tokenised "12 / 16 / 08").
const YEAR_RE = /(?<![\p{L}\p{N}])(?:(\d{4})|\d{1,2}\s?([/-])\s?\d{1,2}\s?\2\s?(\d{2}))(?![\p{L}\p{N}])/gu;

// The two-digit end of a span of years written right after a four-digit year, with no spaces
// ("2007-08", counted only for the next year); not the month of a date in figures ("2008-12-16").
const SPAN_END_RE = /^[-–/](\d{2})(?![\p{L}\p{N}]|[-–/.:]\d)/u;

/**
 * The years a text says (data/stories/facts.yaml's range), sorted and each once: all of them,
 * and those that start before `leadEnd`. A two-digit year is read as the one within a century
 * of the range's start; a span of years ("2007-08") says both.
 */
export function textYears(text: string, leadEnd = text.length): { lead: string[]; all: string[] } {
  const { min, max } = load().years;
  const lead = new Set<string>();
  const all = new Set<string>();
  for (const m of text.matchAll(YEAR_RE)) {
    let y = Number(m[1] ?? m[3]);
    if (m[1] === undefined) y += Math.ceil((min - y) / 100) * 100;
    if (y < min || y > max) continue;
    const ys = [y];
    // A season or fiscal year ("the 2007-08 season", "fiscal 1999/00") says the year it ends in as well.
    const end = m[1] !== undefined ? SPAN_END_RE.exec(text.slice(m.index + 4, m.index + 8)) : null;
    if (end && Number(end[1]) === (y + 1) % 100 && y + 1 <= max) ys.push(y + 1);
    for (const v of ys) {
      all.add(String(v));
      if (m.index < leadEnd) lead.add(String(v));
    }
  }
  return { lead: [...lead].sort(), all: [...all].sort() };
}

/** Two facts of one kind whose values agree within the kind's tolerance. */
export function sameFact(a: string, b: string): boolean {
  const i = a.indexOf(':');
  if (a.slice(0, i + 1) !== b.slice(0, i + 1)) return false;
  const x = Number(a.slice(i + 1));
  const y = Number(b.slice(i + 1));
  const tolerance = load().tolerance.get(a.slice(0, i)) ?? 1;
  return Math.max(x, y) <= tolerance * Math.min(x, y);
}

/** The kind of a fact: what comes before its colon. */
export const factKind = (f: string) => f.slice(0, f.indexOf(':'));
