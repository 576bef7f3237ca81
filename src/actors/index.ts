import type { Stage } from '../pipeline/stage.js';

/**
 * Actors (people, countries, organisations, outlets) and their mentions, resolved to canonical identities.
 * Not built yet: it returns no annotations, but it is wired into the pipeline like any stage.
 */
export const actorsStage: Stage<'actors'> = {
  name: 'actors',
  run: () => [],
};
