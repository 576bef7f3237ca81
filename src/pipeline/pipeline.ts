import type { Extraction } from '../contract/extraction.js';
import type { Article } from '../ingest/article.js';
import { buildDoc } from '../text/doc.js';
import type { Doc } from '../text/types.js';
import type { Stage, StageName, StageResults } from './stage.js';

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs the text layer and every stage over one article. */
  extract(article: Article): Extraction;
  /** Runs the stages over an already built Doc. */
  extractDoc(doc: Doc): Extraction;
}

/** Composes stages in order; each one sees the results of those before it. */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const names = new Set<StageName>();
  for (const s of stages) {
    if (names.has(s.name)) throw new Error(`pipeline: stage "${s.name}" given twice`);
    names.add(s.name);
  }
  const extractDoc = (doc: Doc): Extraction => {
    const results: Partial<StageResults> = {};
    for (const stage of stages) {
      (results as Record<StageName, unknown>)[stage.name] = stage.run(doc, results);
    }
    return {
      id: doc.article.id,
      article: doc.article,
      actors: results.actors ?? [],
      timexes: results.timexes ?? [],
      quotes: results.quotes ?? [],
      events: results.events ?? [],
    };
  };
  return { stages, extractDoc, extract: (article) => extractDoc(buildDoc(article)) };
}
