import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Article } from '../ingest/article.js';
import { type Dateline, findDateline } from './dateline.js';
import { findParagraphs, isHeading } from './paragraphs.js';
import type { Doc, Paragraph, Sentence, Span, Token } from './types.js';

/**
 * wink-nlp learns each out-of-vocabulary word it meets and later looks whole space-separated
 * tokens up among them, so how it split a paragraph depended on the articles read before it
 * ("the plan was Vale's." teaches it "vale's", and "Vale's plan" then stayed one token): the same
 * article came out differently alone and in a batch. Each paragraph's learned words are forgotten
 * once it is read, so the split depends on the paragraph alone. Forgotten words still take room in
 * wink's tables; past LEARNED_MAX of them a fresh reader starts over (about 0.1 s).
 */
const LEARNED_MAX = 2_000_000;

interface WinkLexeme {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
}

let lexeme: WinkLexeme;
// Only sentence boundaries and POS: wink's NER, negation and sentiment passes are not used.
let nlp = newReader();
const its = nlp.its;

function newReader() {
  // The core model is loaded afresh by each reader; keep a handle on its lexicon.
  const model = {
    ...winkModel,
    core: () => {
      // wink's own types leave the core model opaque.
      const core = (winkModel.core as () => { features: { lexeme: WinkLexeme } })();
      lexeme = core.features.lexeme;
      return core;
    },
  };
  return winkNLP(model, ['sbd', 'pos']);
}

function readParagraph(text: string): ReturnType<typeof nlp.readDoc> {
  if (lexeme.list.length - lexeme.intrinsicSize > LEARNED_MAX) nlp = newReader();
  const { list, hash } = lexeme;
  const mark = list.length;
  const wdoc = nlp.readDoc(text);
  for (let i = mark; i < list.length; i++) if (hash[list[i]] === i) delete hash[list[i]];
  return wdoc;
}

/**
 * Builds the text layer of an article: paragraphs, sentences and tokens with offsets into
 * `article.text`. Each paragraph is read by wink-nlp on its own, so no sentence crosses a
 * paragraph break and headings stay separate.
 */
export function buildDoc(article: Article): Doc {
  const text = article.text;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const winkDocs: ReturnType<typeof nlp.readDoc>[] = [];
  // wink token types per paragraph, kept so that lemmas() need not ask wink for them again.
  const winkTypes: string[][] = [];
  let dateline: Dateline | null = null;
  for (const pspan of findParagraphs(text)) {
    const heading = isHeading(text, pspan);
    const firstSentence = sentences.length;
    const pindex = paragraphs.length;
    const wdoc = readParagraph(text.slice(pspan[0], pspan[1]));
    winkDocs.push(wdoc);
    winkTypes.push(readTokens(wdoc, text, pspan, pindex, heading, sentences, tokens));
    // Only the first body paragraph (after headline and byline) may open with a dateline.
    if (!heading && !paragraphs.some((p) => !p.heading)) {
      dateline = findDateline(text, pspan[0], pspan[1]);
      if (dateline) splitDateline(dateline, firstSentence, sentences, tokens);
    }
    paragraphs.push({ span: pspan, heading, firstSentence, endSentence: sentences.length });
  }
  let lemmaCache: string[] | null = null;
  let lowerCache: string[] | null = null;
  return {
    article,
    text,
    paragraphs,
    sentences,
    tokens,
    dateline: dateline ?? undefined,
    lemmas() {
      if (!lemmaCache) {
        lemmaCache = [];
        for (let d = 0; d < winkDocs.length; d++) {
          const w = winkDocs[d];
          const types = winkTypes[d];
          // wink types its.lemma with an addons signature its own out() does not accept.
          const lemmas = w.tokens().out(its.lemma as unknown as typeof its.value) as string[];
          for (let i = 0; i < lemmas.length; i++) if (!isSpaceToken(types[i])) lemmaCache.push(lemmas[i]);
        }
      }
      return lemmaCache;
    },
    lower() {
      if (!lowerCache) {
        lowerCache = new Array<string>(tokens.length);
        for (let i = 0; i < tokens.length; i++) lowerCache[i] = tokens[i].text.toLowerCase();
      }
      return lowerCache;
    },
  };
}

const isSpaceToken = (type: string) => type === 'tabCRLF';

/**
 * Makes the dateline its own sentence so the story's first sentence starts after the dash:
 * otherwise the place would read as the subject and the whole line as part of the first clause.
 * Sentence breaks wink put inside the dateline ("Jan. 5") are dropped. Only the paragraph's
 * sentences, `sentences[first..]`, change.
 */
function splitDateline(dateline: Dateline, first: number, sentences: Sentence[], tokens: Token[]): void {
  if (first >= sentences.length) return;
  const paragraph = sentences[first].paragraph;
  const startTok = sentences[first].firstToken;
  let cut = startTok;
  while (cut < tokens.length && tokens[cut].span[0] < dateline.bodyStart) cut++;
  if (cut === startTok || cut >= sentences[sentences.length - 1].endToken) return;
  const rest = sentences.splice(first).filter((s) => s.endToken > cut);
  rest[0] = { ...rest[0], firstToken: cut, span: [tokens[cut].span[0], rest[0].span[1]] };
  const head: Sentence = {
    span: [tokens[startTok].span[0], tokens[cut - 1].span[1]],
    paragraph,
    firstToken: startTok,
    endToken: cut,
    dateline: true,
  };
  sentences.push(head, ...rest);
  for (let s = first; s < sentences.length; s++) {
    for (let t = sentences[s].firstToken; t < sentences[s].endToken; t++) tokens[t].sentence = s;
  }
}

/**
 * Walks wink's tokens, placing each one in the text; appends sentences and tokens. Returns
 * wink's token types (space tokens included).
 */
function readTokens(
  wdoc: ReturnType<typeof nlp.readDoc>,
  text: string,
  pspan: Span,
  paragraph: number,
  heading: boolean,
  sentences: Sentence[],
  tokens: Token[],
): string[] {
  const wt = wdoc.tokens();
  const values = wt.out() as string[];
  const pos = wt.out(its.pos) as string[];
  const types = wt.out(its.type) as string[];
  const wsents = wdoc.sentences();
  const n = wsents.length();
  const bounds: [number, number][] = [];
  for (let s = 0; s < n; s++) {
    const [a, b] = wsents.itemAt(s).out(its.span) as unknown as [number, number];
    bounds.push([a, b]);
  }
  // Token offsets: find each token's text from the running position (wink keeps the original text).
  const starts = new Int32Array(values.length);
  let at = pspan[0];
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const found = text.startsWith(v, at) ? at : text.indexOf(v, at);
    starts[k] = found < 0 ? at : found;
    if (found >= 0) at = found + v.length;
  }
  const firstSentenceIndex = sentences.length;
  for (let s = 0; s < bounds.length; s++) {
    const first = tokens.length;
    for (let k = bounds[s][0]; k <= bounds[s][1]; k++) {
      if (isSpaceToken(types[k])) continue;
      tokens.push({
        span: [starts[k], starts[k] + values[k].length],
        text: values[k],
        pos: pos[k],
        type: types[k],
        sentence: sentences.length,
      });
    }
    if (tokens.length === first) continue;
    const span: Span = [tokens[first].span[0], tokens[tokens.length - 1].span[1]];
    // A heading is one sentence whatever wink thinks.
    if (heading && sentences.length > firstSentenceIndex) {
      const prev = sentences[sentences.length - 1];
      prev.span = [prev.span[0], span[1]];
      prev.endToken = tokens.length;
      for (let t = first; t < tokens.length; t++) tokens[t].sentence = sentences.length - 1;
      continue;
    }
    sentences.push({ span, paragraph, firstToken: first, endToken: tokens.length });
  }
  return types;
}
