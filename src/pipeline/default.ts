import { actorsStage } from '../actors/index.js';
import { eventsStage } from '../events/index.js';
import { quotesStage } from '../quotes/index.js';
import { timeStage } from '../time/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import type { Stage } from './stage.js';

/**
 * The standard pipeline: time, then actors, quotes (which need actors and time), then events.
 * `actors` replaces the actors stage (one built over user dictionaries).
 */
export function defaultPipeline(options: { actors?: Stage<'actors'> } = {}): Pipeline {
  return createPipeline([timeStage, options.actors ?? actorsStage, quotesStage, eventsStage]);
}
