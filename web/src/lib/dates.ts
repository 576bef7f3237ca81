/** Turns an ISO date or partial date (2025, 2025-03, 2025-03-02, 2025-03-02T10:00) into a JS Date, or null. */
export function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * A day to place an item on a timeline: only dates precise to the day or the ISO week
 * (2025-W10 → its Monday). A bare year or month would pile items on January 1st or the 1st of the
 * month, so callers fall back to the article's date instead.
 */
export function dayOf(value: string | null | undefined): Date | null {
  if (!value) return null;
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    // ISO week 1 contains January 4th; weeks start on Monday.
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000;
    return new Date(mondayOfWeek1 + (Number(week[2]) - 1) * 7 * 86400000);
  }
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? toDate(value) : null;
}

/** A compact range label: "2025-03-01 – 2025-03-07", or one date when both ends agree. */
export function rangeLabel(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'undated';
  if (!to || from === to) return from ?? to ?? '';
  if (!from) return to;
  return `${from} – ${to}`;
}
