import type { Stage } from '../pipeline/stage.js';
import type { Knowledge } from './knowledge/compile.js';
import { bundledKnowledge } from './knowledge/load.js';
import { recogniseActors } from './recognise.js';

export type { Knowledge } from './knowledge/compile.js';
export { bundledKnowledge, type LoadOptions, loadKnowledge } from './knowledge/load.js';

/** An actors stage over a given knowledge base (the bundled one layered with user dictionaries). */
export function createActorsStage(knowledge: () => Knowledge = bundledKnowledge): Stage<'actors'> {
  return { name: 'actors', run: (doc) => recogniseActors(doc, knowledge()) };
}

/**
 * Actors (people, countries, organisations, groups, outlets, sectors) and their mentions,
 * resolved to canonical identities with the role held on the article date.
 */
export const actorsStage: Stage<'actors'> = createActorsStage();
