import type { Stage } from '../pipeline/stage.js';

/**
 * Time expressions (TIMEX3 type, value, mod), anchored on the article or utterance date.
 * Not built yet: it returns no annotations, but it is wired into the pipeline like any stage.
 */
export const timeStage: Stage<'timexes'> = {
  name: 'timexes',
  run: () => [],
};
