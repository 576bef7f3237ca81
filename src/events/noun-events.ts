import type { Event } from '../contract/extraction.js';
import type { Chunk, NounGroup } from '../text/chunks.js';
import type { Doc } from '../text/types.js';
import {
  CONDITIONALS,
  FUTURE_MODALS,
  followingPhrases,
  isUnrealComplement,
  trailingGroups,
} from './clauses.js';
import type { Dictionary } from './dictionary.js';
import type { Draft } from './draft.js';
import { type Frame, subjectOf } from './frames.js';
import { matchNoun } from './match.js';
import type { ActorIndex } from './participants.js';

/**
 * Noun events standing on their own ("following a meeting in the capital with the Polish
 * premier, the president said"): coded when the noun's own phrases name the target and the source
 * is the group's possessor or the subject of the nearest main clause. Never inside a purpose,
 * conditional or wished-for clause.
 */
export function standaloneNounEvents(
  doc: Doc,
  lemmas: string[],
  dict: Dictionary,
  index: ActorIndex,
  chunks: Chunk[],
  frames: Frame[],
  coded: Set<NounGroup>,
): Draft[] {
  const out: Draft[] = [];
  chunks.forEach((c, j) => {
    if (c.kind !== 'noun' || coded.has(c)) return;
    const following = followingPhrases(doc, chunks, j);
    const nm = matchNoun(dict, doc, lemmas, c, following);
    if (!nm?.target) return;
    const targets = index.sides(doc, nm.target);
    if (!targets.length) return;
    // The governing clause: the last verb before the noun.
    let f = -1;
    for (let g = 0; g < frames.length; g++) if (frames[g].chunk < j) f = g;
    const gov = f >= 0 ? frames[f] : null;
    if (gov && (gov.role === 'purpose' || gov.vp.negated || isUnrealComplement(frames, f))) return;
    if (gov?.subordinator && CONDITIONALS.has(gov.subordinator)) return;
    if (gov?.vp.modal && !FUTURE_MODALS.has(gov.vp.modal)) return;
    let sources = index.sides(doc, c).filter((s) => !targets.some((t) => t.actor === s.actor));
    if (!sources.length) {
      const main = frames.find(
        (fr) => fr.role === 'main' && fr.chunk > j && subjectOf(frames, frames.indexOf(fr)),
      );
      const subject = main ? subjectOf(frames, frames.indexOf(main)) : gov ? subjectOf(frames, f) : null;
      sources = subject ? index.sides(doc, subject, trailingGroups(doc, chunks, subject)) : [];
    }
    if (!sources.length) return;
    const info = dict.cameo(nm.pattern.code);
    const tok = doc.tokens[c.head];
    const event: Event = {
      span: [tok.span[0], tok.span[1]],
      code: nm.pattern.code,
      plover: info.plover,
      source: sources[0],
      target: targets[0],
      negated: false,
      modality: 'asserted',
      rule: nm.pattern.rule,
      root: nm.pattern.code.slice(0, 2),
      quadClass: info.quad,
      goldstein: info.goldstein,
      trigger: { span: [tok.span[0], tok.span[1]], text: tok.text },
      counts: true,
    };
    if (sources.length > 1) event.sources = sources.slice(1);
    if (targets.length > 1) event.targets = targets.slice(1);
    out.push({ event, primary: true, order: j });
  });
  return out;
}
