import type { Stage } from '../pipeline/stage.js';

/**
 * Events coded in CAMEO and PLOVER, with source, target, negation and modality.
 * Not built yet: it returns no annotations, but it is wired into the pipeline like any stage.
 */
export const eventsStage: Stage<'events'> = {
  name: 'events',
  run: () => [],
};
