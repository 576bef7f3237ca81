import type { Actor, Event, Quote, Timex } from '../contract/extraction.js';
import type { Doc } from '../text/types.js';

/** What each stage adds to the extraction, keyed by stage name. */
export interface StageResults {
  timexes: Timex[];
  actors: Actor[];
  quotes: Quote[];
  events: Event[];
}

export type StageName = keyof StageResults;

/**
 * A stage: a pure function from the Doc and the earlier stages' results to annotations, each
 * with its span and the id of the rule that produced it. Stages never read the clock, the
 * network or the store.
 */
export interface Stage<K extends StageName = StageName> {
  readonly name: K;
  run(doc: Doc, earlier: Readonly<Partial<StageResults>>): StageResults[K];
}
