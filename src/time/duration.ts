import type { Grain } from './lexicon.js';

/** A TIMEX3 duration: P3D, P2W, PT4H, PXY; decades P10Y, centuries P100Y. */
export function durationValue(
  n: number | null,
  info: { letter: string; clock?: boolean; grain?: Grain },
  unit: string,
): string | null {
  const q = n === null ? 'X' : Number.isInteger(n) ? String(n) : null;
  // "half a century", "two and a half decades": whole years.
  if (n !== null && q === null && (unit === 'decade' || unit === 'century')) {
    const years = n * (unit === 'decade' ? 10 : 100);
    return Number.isInteger(years) ? `P${years}Y` : null;
  }
  if (q === null) {
    // Halves: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
    const HALF: Record<string, string> = {
      year: '6M',
      month: '15D',
      day: 'T12H',
      hour: '30M',
      minute: '30S',
    };
    if (n !== null && n % 1 === 0.5 && HALF[unit]) {
      const whole = Math.floor(n);
      // "half a year" is P6M, "half an hour" PT30M, "half a day" PT12H: no zero count before it.
      if (whole === 0)
        return info.clock || HALF[unit].startsWith('T')
          ? `PT${HALF[unit].replace('T', '')}`
          : `P${HALF[unit]}`;
      if (info.clock) return `PT${whole}${info.letter}${HALF[unit]}`;
      return `P${whole}${info.letter}${HALF[unit]}`;
    }
    return null;
  }
  if (info.clock) return `PT${q}${info.letter}`;
  if (unit === 'decade') return n === null ? 'PXDE' : `P${n * 10}Y`;
  // TempEval writes several quarters in months: "the next three quarters" is P9M.
  if (unit === 'quarter' && n !== 1) return n === null ? 'PXM' : `P${n * 3}M`;
  if (unit === 'century') return n === null ? 'PXCE' : `P${n * 100}Y`;
  if (unit === 'weekend') return n === null ? 'PXWE' : `P${q}WE`;
  return `P${q}${info.letter}`;
}
