import { createActorsStage, loadKnowledge } from '../actors/index.js';
import type { Store } from '../store/store.js';
import { defaultPipeline } from './default.js';
import type { Pipeline } from './pipeline.js';

/** The default pipeline, with the actors stage reading the user dictionaries stored in the database. */
export async function pipelineFor(store: Store): Promise<Pipeline> {
  const dictionaries = await store.dictionaries();
  if (!dictionaries.length) return defaultPipeline();
  const knowledge = loadKnowledge({ extraTexts: dictionaries });
  return defaultPipeline({ actors: createActorsStage(() => knowledge) });
}
