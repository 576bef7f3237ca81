import type { Stage } from '../pipeline/stage.js';
import { codeEvents } from './coder.js';
import { dictionary } from './dictionary.js';

/**
 * Events coded in CAMEO and PLOVER, with source, target, negation, modality and date. Every event
 * names the dictionary pattern that fired (`verbs/112#1`, `nouns/163#1`). Events that do not count
 * by default (negated, hypothetical) are kept, after the counting ones, with `counts: false`.
 */
export const eventsStage: Stage<'events'> = {
  name: 'events',
  run: (doc, earlier) => codeEvents(doc, earlier, dictionary()),
};
