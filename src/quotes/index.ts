import type { Stage } from '../pipeline/stage.js';

/**
 * Quotations (direct, partial, mixed, indirect) with speaker, cue, relaying outlet and date.
 * Not built yet: it returns no annotations, but it is wired into the pipeline like any stage.
 */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  run: () => [],
};
