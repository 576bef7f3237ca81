import type { Article } from '../ingest/article.js';
import type { Dateline } from './dateline.js';

/** `[start, end)` offsets in UTF-16 code units (JavaScript string indices) into `article.text`. */
export type Span = [number, number];

export interface Token {
  span: Span;
  /** The token exactly as in the text. */
  text: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, PUNCT, ...). */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, emoji, email, url, tabCRLF, ... */
  type: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  span: Span;
  paragraph: number;
  /** Tokens of the sentence are `doc.tokens.slice(firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
  /** The article's dateline ("OSLO, May 6 -"), split off so it is not read as the first clause. */
  dateline?: true;
}

export interface Paragraph {
  span: Span;
  /** A short line without final punctuation: a subheading or headline. */
  heading: boolean;
  firstSentence: number;
  endSentence: number;
}

/** The one currency between stages: the article plus its text layer. Immutable by convention. */
export interface Doc {
  article: Article;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** The dateline opening the first body paragraph, if any; also a sentence of its own. */
  dateline?: Dateline;
  /** Lemmas, one per token; computed on first use (stages that need them pay for them). */
  lemmas(): string[];
  /** Token texts lowercased, one per token; computed on first use. */
  lower(): string[];
}
