import type { Stage } from '../pipeline/stage.js';
import { extractQuotes } from './extract.js';
import { quoteLexicon } from './lexicon.js';

/**
 * Quotations (direct, partial, mixed, indirect) with speaker, cue, relaying outlet and date.
 * Knowledge (cue verbs, speaker words, relay patterns) lives in data/quotes/.
 */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  run: (doc, earlier) => extractQuotes(doc, earlier, quoteLexicon()),
};
