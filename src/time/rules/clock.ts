/** Clock times ("10:30 a.m.", "noon"), with the day they name when one follows. */
import type { WordCursor } from '../cursor.js';
import type { Match } from '../reading.js';
import { monthDate, withDate } from './dates.js';
import { deictic, weekday } from './relative.js';

/** "10:30 a.m.", "5 p.m.", "noon", "midnight". */
export function clock(c: WordCursor, i: number): Match | null {
  const w = c.w(i);
  if (w === 'noon' && c.isWord(i - 1, 'high')) return null; // "High Noon", a showdown
  if (w === 'noon' || w === 'midnight' || w === 'midday') {
    const t = w === 'midnight' ? 'T24:00' : 'T12:00';
    // "noon ET Friday", "midnight local time"
    return clockWithDay(c, i, zoneEnd(c, i, i + 1), t);
  }
  const joined = joinedClock(c, i);
  if (joined) return withZone(c, i, joined.end, joined.h, joined.min, joined.mer);
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(w);
  if (!m) return twentyFourHour(c, i);
  if (!c.same(i, i + 1)) return null;
  const spoken = partOfDayClock(c, i, m[1], m[2]);
  if (spoken) return spoken;
  const mer = c.w(i + 1).replace(/\./g, '');
  // "2.30" is a clock time only before am/pm, or a zone ("09.40 GMT", as British papers write it).
  if (w.includes('.') && mer !== 'am' && mer !== 'pm') {
    const zone = zoneEnd(c, i, i + 1);
    if (zone === i + 1 || !m[2] || +m[1] > 23 || +m[2] > 59) return null;
    return clockWithDay(c, i, zone, `T${m[1].padStart(2, '0')}:${m[2]}`);
  }
  if (mer !== 'am' && mer !== 'pm' && !(m[2] && c.isWord(i + 1, "o'clock"))) {
    if (!m[2]) return null;
    // "22:30 GMT", "10:00 local time"; "at 09:00", "shortly before 02:00" (a preposition of time)
    const zone = zoneEnd(c, i, i + 1);
    const prev = c.w(i - 1);
    // (after "around", "before"... only a time no 12-hour reading shares: "around 3:00" may be 3 p.m.)
    const prepared =
      prev === 'at' ||
      prev === 'by' ||
      prev === 'until' ||
      (CLOCK_PREPOSITIONS.has(prev) && /^(0\d|1[3-9]|2[0-3])$/.test(m[1]));
    if (!prepared && zone === i + 1) return null;
    return clockWithDay(c, i, zone, `T${m[1].padStart(2, '0')}:${m[2]}`);
  }
  return withZone(c, i, i + 2, Number(m[1]), m[2] ?? '00', mer);
}

/** Words before a 24-hour time written without a zone that make it one ("before 02:00"), beside "at", "by", "until". */
const CLOCK_PREPOSITIONS = new Set(['till', 'before', 'after', 'around', 'since']);

/** Words before a spoken hour ("at 4 in the morning"). */
const HOUR_PREPOSITIONS = new Set([
  'at',
  'by',
  'until',
  'till',
  'around',
  'about',
  'after',
  'before',
  'from',
  'to',
]);

/** "4 in the morning", "10 at night": the hour of a part of the day, 12-hour counted. */
function partOfDayClock(c: WordCursor, i: number, hour: string, min: string | undefined): Match | null {
  if (!HOUR_PREPOSITIONS.has(c.w(i - 1))) return null; // "had 4 in the morning session"
  const part =
    c.isWord(i + 1, 'in') && c.isWord(i + 2, 'the') ? c.w(i + 3) : c.isWord(i + 1, 'at') ? c.w(i + 2) : '';
  const code = part === 'tonight' ? undefined : c.lex.dayParts.get(part);
  const end = c.isWord(i + 1, 'in') ? i + 4 : i + 3;
  if (!code || !c.same(i, end - 1) || +hour < 1 || +hour > 12 || (code !== 'NI' && c.isWord(i + 1, 'at')))
    return null;
  // Morning hours stay; afternoon and evening add 12; at night, 9 to 11 add 12 and 12 to 4 are early hours.
  const h =
    code === 'MO'
      ? +hour % 12
      : code === 'NI' && (+hour <= 4 || +hour === 12)
        ? +hour % 12
        : (+hour % 12) + 12;
  return clockWithDay(c, i, end, `T${String(h).padStart(2, '0')}:${min ?? '00'}`);
}

export const ZONE = /^(est|edt|gmt|bst|pst|pdt|cst|cdt|mst|mdt|et|pt|utc|cet|cest)$/;

/** US time zones written as words after a clock time. */
const US_ZONES = new Set(['eastern', 'central', 'mountain', 'pacific']);

/** The end of a time zone at word k ("EST", "local time"), or k when there is none. */
function zoneEnd(c: WordCursor, start: number, k: number): number {
  if (ZONE.test(c.w(k)) && c.same(start, k)) return k + 1;
  if (c.w(k) === 'local' && c.w(k + 1) === 'time' && c.same(start, k + 1)) return k + 2;
  // "14:05 UK time", "9 a.m. Moscow time": a place's time.
  if (/^[A-Z]/.test(c.ws[k]?.raw ?? '') && c.w(k + 1) === 'time' && c.same(start, k + 1)) return k + 2;
  // "11:45 a.m. Eastern time", "9 p.m. Pacific Daylight Time", "8 p.m. Eastern,": US zones in words.
  if (US_ZONES.has(c.w(k)) && /^[A-Z]/.test(c.ws[k].raw) && c.same(start, k)) {
    const kind = c.isWord(k + 1, 'standard', 'daylight') && c.same(k, k + 1) ? 1 : 0;
    if (c.w(k + 1 + kind) === 'time' && c.same(k, k + 1 + kind)) return k + 2 + kind;
    // bare "Eastern" only where no noun follows it ("8 p.m. Eastern on Friday", not "Eastern Europe")
    const after = c.ws[k + 1];
    if (!after || !c.same(k, k + 1) || !/^[A-Z]/.test(after.raw)) return k + 1;
  }
  return k;
}

/** A 12-hour time ending at word `end` (exclusive), then an optional time zone and day. */
function withZone(
  c: WordCursor,
  i: number,
  end: number,
  hour: number,
  min: string,
  mer: string,
): Match | null {
  let h = hour;
  if (h > 12 || +min > 59) return null;
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  return clockWithDay(c, i, zoneEnd(c, i, end), `T${String(h).padStart(2, '0')}:${min}`);
}

/** "2pm", "10:30pm" written as one word; "2.30pm", which the tokenizer cuts into "2.3" + "0pm". */
function joinedClock(c: WordCursor, i: number): { end: number; h: number; min: string; mer: string } | null {
  const w = c.w(i);
  let m = /^(\d{1,2})(?::(\d{2}))?(am|pm)$/.exec(w);
  if (m) return { end: i + 1, h: +m[1], min: m[2] ?? '00', mer: m[3] };
  m = /^(\d{1,2})\.(\d)$/.exec(w);
  const next = c.ws[i + 1];
  const tail = m && next && next.start === c.ws[i].end ? /^(\d)(am|pm)$/.exec(next.w) : null;
  return m && tail ? { end: i + 2, h: +m[1], min: m[2] + tail[1], mer: tail[2] } : null;
}

/** "0500 GMT", "1653 local time": a 24-hour time is read only with its zone. */
function twentyFourHour(c: WordCursor, i: number): Match | null {
  const m = /^([01]\d|2[0-3])([0-5]\d)$/.exec(c.w(i));
  // "1653 local time", "0910 GMT": with a zone after it, four figures are a time, not a year.
  const zone = m ? zoneEnd(c, i, i + 1) : i + 1;
  if (!m || zone === i + 1) return null;
  // ("0900 local time (1400 GMT)": a bracketed conversion is a time too, as "(06:00 GMT)" is.)
  return clockWithDay(c, i, zone, `T${m[1]}:${m[2]}`);
}

/**
 * "4:00 this afternoon", "8:30 Friday evening": an hour written without a.m. or p.m. before a part of
 * the day after noon is that afternoon's or evening's hour (a 12-hour time with its meridiem was
 * already read as written).
 */
function afternoonHour(time: string, part: string | undefined): string {
  const m = /^T(\d\d):(\d\d)$/.exec(time);
  if (!m || !part) return time;
  const h = Number(m[1]);
  const later =
    ((part === 'AF' || part === 'EV') && h >= 1 && h <= 11) || (part === 'NI' && h >= 7 && h <= 11);
  return later ? `T${h + 12}:${m[2]}` : time;
}

export function clockWithDay(c: WordCursor, start: number, end: number, time: string): Match {
  // "10 a.m. Friday", "noon today", "5 p.m. on Tuesday", "5 p.m. EST, Nov. 9"
  let k = end;
  // "6 a.m. local time (0400 GMT) on Friday": the bracketed conversion stands between the time and
  // its day; the time takes the day's date, but the day stays an expression of its own (TimeBank).
  let bracketed = false;
  if (c.w(k) === '(') {
    let close = k + 1;
    while (close < k + 5 && close < c.ws.length && c.w(close) !== ')') close++;
    if (c.w(close) === ')' && c.same(k, close + 1)) {
      k = close + 1;
      bracketed = true;
    }
  }
  if (c.isWord(k, 'on', ',')) k++;
  // "Updated 10:42 a.m. ET, Fri March 22, 2013": a web page's stamp, the weekday abbreviated
  // before the date (a lone "Fri" or "Sun" is never read, see `weekday`).
  const dow = c.lex.weekdays.get(c.w(k));
  if (dow && c.w(k).length <= 5 && /^[A-Z]/.test(c.ws[k].raw) && c.same(start, k + 1)) {
    const after = c.w(k + 1) === ',' ? k + 2 : k + 1;
    const date = c.same(start, after) ? monthDate(c, after) : null;
    if (date?.reading.k === 'date' && date.reading.d !== undefined)
      return { ...date, start, time, rule: 'time/clock-day' };
  }
  if (c.same(start, k)) {
    const day = weekday(c, k) ?? deictic(c, k) ?? monthDate(c, k);
    const r = day?.reading;
    const dayLike =
      r && (r.k === 'weekday' || (r.k === 'deictic' && r.grain === 'day') || (r.k === 'date' && r.d));
    if (day && dayLike) {
      const dated = withDate(c, day);
      if (bracketed) return { ...dated, start, end, time, rule: 'time/clock-day' };
      // "9:30 tomorrow morning", "8 p.m. Friday night": the part of the day joins the span; the
      // clock time is finer and gives the value.
      const part = dated.time ? undefined : c.partOfDay(dated.end);
      const last = part && c.same(start, dated.end) ? dated.end + 1 : dated.end;
      return {
        ...dated,
        start,
        end: last,
        time: afternoonHour(time, dated.time ?? part),
        rule: 'time/clock-day',
      };
    }
  }
  // A bare time belongs to the day the narrative is on: the last day mentioned, else the anchor.
  return { start, end, reading: { k: 'same', grain: 'day', n: 0 }, rule: 'time/clock', time };
}
