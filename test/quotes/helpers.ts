import type { Actor, Quote, Timex } from '../../src/contract/extraction.js';
import type { StageResults } from '../../src/pipeline/stage.js';
import { quotesStage } from '../../src/quotes/index.js';
import { buildDoc } from '../../src/text/doc.js';

/** Runs the quotes stage alone on a text of our own. */
export function quotesOf(text: string, earlier: Partial<StageResults> = {}): Quote[] {
  const doc = buildDoc({ id: 'test', date: '2024-03-05', text });
  return quotesStage.run(doc, earlier);
}

/** The quote whose text contains `needle` (fails loudly when there is none). */
export function quoteWith(quotes: Quote[], needle: string): Quote {
  const q = quotes.find((x) => x.text.includes(needle));
  if (!q)
    throw new Error(
      `no quote contains ${JSON.stringify(needle)}: ${JSON.stringify(quotes.map((x) => x.text))}`,
    );
  return q;
}

/** The report whose text is exactly `content` (fails loudly when there is none). */
export function reportOf(quotes: Quote[], content: string): Quote {
  const q = quotes.find((x) => x.text === content);
  if (!q)
    throw new Error(
      `no quote reads ${JSON.stringify(content)}: ${JSON.stringify(quotes.map((x) => x.text))}`,
    );
  return q;
}

/** The text under the speaker's mention span. */
export function speakerText(text: string, q: Quote): string | undefined {
  return q.speaker?.span ? text.slice(q.speaker.span[0], q.speaker.span[1]) : undefined;
}

/** An actor with one mention per listed surface string (first occurrence in text). */
export function actor(
  text: string,
  id: string,
  name: string,
  kind: Actor['kind'],
  surfaces: string[],
): Actor {
  const mentions = surfaces.map((s) => {
    const at = text.indexOf(s);
    if (at < 0) throw new Error(`${s} is not in the text`);
    return { span: [at, at + s.length] as [number, number], text: s, rule: 'test' };
  });
  return { id, name, kind, code: '---', mentions };
}

export function dateTimex(text: string, surface: string, value: string): Timex {
  const at = text.indexOf(surface);
  if (at < 0) throw new Error(`${surface} is not in the text`);
  return { span: [at, at + surface.length], text: surface, type: 'DATE', value, rule: 'test' };
}
