/** Wraps a quotation in curly quotes unless it already carries its own marks (direct quotes do). */
export function quoted(text: string, max = Number.POSITIVE_INFINITY): string {
  const t = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return /^["“‘'«„]/.test(text) ? t : `“${t}”`;
}
