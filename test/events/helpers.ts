import type { Actor, ActorKind, Event } from '../../src/contract/extraction.js';
import { eventsStage } from '../../src/events/index.js';
import { buildDoc } from '../../src/text/doc.js';

export type ActorTable = [string, string, ActorKind?][];

/** Builds the actors stage's output by hand: every occurrence of each surface is a mention. */
export function actorsFor(text: string, table: ActorTable): Actor[] {
  const byCode = new Map<string, Actor>();
  for (const [surface, code, kind] of table) {
    let actor = byCode.get(code);
    if (!actor) {
      actor = { id: code.toLowerCase(), name: surface, kind: kind ?? 'country', code, mentions: [] };
      byCode.set(code, actor);
    }
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      actor.mentions.push({ span: [at, at + surface.length], text: surface, rule: 'test' });
    }
  }
  return [...byCode.values()];
}

/** The events stage on one text with hand-made actors, the article dated `defaultDate` unless given. */
export function coderOn(defaultDate: string) {
  return (text: string, table: ActorTable = [], date = defaultDate): Event[] => {
    const doc = buildDoc({ id: 't', date, text });
    return eventsStage.run(doc, { actors: actorsFor(text, table), timexes: [], quotes: [] });
  };
}

export const counted = (events: Event[]) => events.filter((e) => e.counts);
