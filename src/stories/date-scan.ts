/**
 * STOP-GAP date scanner for timelines, until the time stage lands: finds day-precise dates in
 * text ("March 3, 2025", "3 March", "Jan. 25", "2025-03-03", weekday names, "yesterday") and
 * resolves them against the publication date. It only serves timelines; the time stage's
 * timexes are preferred whenever an extraction has them.
 */

export interface DateMention {
  /** Offsets of the expression in the scanned text. */
  span: [number, number];
  /** YYYY-MM-DD */
  date: string;
  rule: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
// One pass over the text: each alternative is a named rule.
const PATTERN = new RegExp(
  [
    `(?<md>\\b${MONTH}\\s+(?<mdDay>\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*,?\\s*(?<mdYear>(?:19|20)\\d{2})\\b)?)`,
    `(?<dm>\\b(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH.replace('(', '(?<dmMonth>')}\\b(?:\\s*,?\\s*(?<dmYear>(?:19|20)\\d{2})\\b)?)`,
    '(?<iso>\\b(?<isoY>(?:19|20)\\d{2})-(?<isoM>\\d{2})-(?<isoD>\\d{2})\\b)',
    '(?<wd>\\b(?:on|last|this|since|until|by|from|late|early)?\\s*(?<wdName>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)',
    '(?<rel>\\b(?<relWord>yesterday|today|tonight|last night|this morning)\\b)',
  ].join('|'),
  'gi',
);

const DAY_MS = 86400000;
const pad = (n: number) => String(n).padStart(2, '0');
const toIso = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const utc = (y: number, m: number, d: number) => {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : null;
};

/** Dates mentioned in `text`, resolved against the publication date `published` (YYYY-MM-DD). */
export function scanDates(text: string, published: string): DateMention[] {
  const pub = Date.parse(`${published}T00:00:00Z`);
  if (Number.isNaN(pub)) return [];
  const pubYear = new Date(pub).getUTCFullYear();
  const out: DateMention[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const g = m.groups!;
    let t: number | null = null;
    let rule = '';
    if (g.md || g.dm) {
      const monthWord = (g.md ? m[2] : g.dmMonth).toLowerCase().replace('.', '');
      const month =
        MONTHS[monthWord.slice(0, monthWord.startsWith('sept') ? 4 : 3)] ?? MONTHS[monthWord.slice(0, 3)];
      const day = Number(g.md ? g.mdDay : g.dmDay);
      const year = g.md ? g.mdYear : g.dmYear;
      rule = g.md ? 'date-scan/month-day' : 'date-scan/day-month';
      if (year) t = utc(Number(year), month, day);
      else {
        // No year: the one that puts the date nearest the publication date.
        const candidates = [pubYear - 1, pubYear, pubYear + 1]
          .map((y) => utc(y, month, day))
          .filter((x): x is number => x !== null);
        candidates.sort((a, b) => Math.abs(a - pub) - Math.abs(b - pub));
        t = candidates[0] ?? null;
      }
    } else if (g.iso) {
      t = utc(Number(g.isoY), Number(g.isoM), Number(g.isoD));
      rule = 'date-scan/iso';
    } else if (g.wd) {
      // A bare weekday in news means the most recent one, the publication day included.
      const want = WEEKDAYS.indexOf(g.wdName.toLowerCase());
      const have = new Date(pub).getUTCDay();
      t = pub - ((have - want + 7) % 7) * DAY_MS;
      rule = 'date-scan/weekday';
    } else if (g.rel) {
      const w = g.relWord.toLowerCase();
      t = w === 'yesterday' || w === 'last night' ? pub - DAY_MS : pub;
      rule = `date-scan/${w.replace(' ', '-')}`;
    }
    if (t === null) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ span: [start, m.index + m[0].length], date: toIso(t), rule });
  }
  return out;
}
