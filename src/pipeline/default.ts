import { actorsStage } from '../actors/index.js';
import { eventsStage } from '../events/index.js';
import { quotesStage } from '../quotes/index.js';
import { timeStage } from '../time/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

/** The standard pipeline: time, then actors, quotes (which need actors and time), then events. */
export function defaultPipeline(): Pipeline {
  return createPipeline([timeStage, actorsStage, quotesStage, eventsStage]);
}
