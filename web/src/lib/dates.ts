/** Turns an ISO date or partial date (2025, 2025-03, 2025-03-02, 2025-03-02T10:00) into a JS Date, or null. */
export function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A compact range label: "2025-03-01 – 2025-03-07", or one date when both ends agree. */
export function rangeLabel(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'undated';
  if (!to || from === to) return from ?? to ?? '';
  if (!from) return to;
  return `${from} – ${to}`;
}
