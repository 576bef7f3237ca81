/** Clock times ("10:30 a.m.", "noon"), with the day they name when one follows. */
import type { WordCursor } from '../cursor.js';
import type { Match } from '../reading.js';
import { monthDate, withDate } from './dates.js';
import { deictic, weekday } from './relative.js';

/** "10:30 a.m.", "5 p.m.", "noon", "midnight". */
export function clock(c: WordCursor, i: number): Match | null {
  const w = c.w(i);
  if (w === 'noon' || w === 'midnight' || w === 'midday') {
    const t = w === 'midnight' ? 'T24:00' : 'T12:00';
    return clockWithDay(c, i, i + 1, t);
  }
  const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(w);
  if (!m || !c.same(i, i + 1)) return null;
  const mer = c.w(i + 1).replace(/\./g, '');
  if (mer !== 'am' && mer !== 'pm' && !(m[2] && c.isWord(i + 1, "o'clock"))) {
    if (!m[2]) return null;
    const prev = c.w(i - 1);
    if (prev !== 'at' && prev !== 'by' && prev !== 'until') return null;
    return clockWithDay(c, i, i + 1, `T${m[1].padStart(2, '0')}:${m[2]}`);
  }
  let h = Number(m[1]);
  if (h > 12) return null;
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  let end = i + 2;
  if (/^(est|edt|gmt|pst|pdt|cst|cdt|et|utc)$/.test(c.w(end))) end++;
  return clockWithDay(c, i, end, `T${String(h).padStart(2, '0')}:${m[2] ?? '00'}`);
}

export function clockWithDay(c: WordCursor, start: number, end: number, time: string): Match {
  // "10 a.m. Friday", "noon today", "5 p.m. on Tuesday", "5 p.m. EST, Nov. 9"
  let k = end;
  if (c.isWord(k, 'on', ',')) k++;
  if (c.same(start, k)) {
    const day = weekday(c, k) ?? deictic(c, k) ?? monthDate(c, k);
    const r = day?.reading;
    const dayLike =
      r && (r.k === 'weekday' || (r.k === 'deictic' && r.grain === 'day') || (r.k === 'date' && r.d));
    if (day && dayLike) return { ...withDate(c, day), start, time, rule: 'time/clock-day' };
  }
  return { start, end, reading: { k: 'deictic', grain: 'day', offset: 0 }, rule: 'time/clock', time };
}
