/**
 * The seed's dated-text format: a leading ` date YYYY-MM-DD ` header, then the body.
 * Paragraphs are separated by blank lines; a short line without final punctuation is a
 * subheading (the text layer finds both).
 */
const HEADER_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*(?:\r?\n)?[ \t]*/;

export interface DatedText {
  date: string;
  /** The body, exactly as in the file after the header. */
  body: string;
}

/** Splits off the date header; null when the text has none. */
export function parseDatedText(text: string): DatedText | null {
  const m = HEADER_RE.exec(text);
  if (!m) return null;
  return { date: m[1], body: text.slice(m[0].length) };
}
