/**
 * Wraps a quotation in curly quotes unless it already carries its own marks (direct quotes do).
 * Indirect and mixed quotes are the writer's words: marks around them would pass a paraphrase off
 * as verbatim, so they are shown as they are.
 */
export function quoted(text: string, max = Number.POSITIVE_INFINITY, kind?: string): string {
  const t = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  if (kind === 'indirect' || kind === 'mixed') return t;
  return /^["“‘'«„]/.test(text) ? t : `“${t}”`;
}
