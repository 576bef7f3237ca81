/**
 * The event coder: clause frames → dictionary matches → CAMEO/PLOVER events with source,
 * target, modality, negation and date. One event per clause; a compound side ("Washington and
 * NATO") gives one event whose first actor is `source`/`target` and whose others are listed in
 * `sources`/`targets`, as PLOVER records actor lists (see data/events/README.md).
 */
import type { Event, EventSide, Modality, Quote, Timex } from '../contract/extraction.js';
import type { StageResults } from '../pipeline/stage.js';
import type { Chunk, NounGroup } from '../text/chunks.js';
import type { Doc } from '../text/types.js';
import { type Dictionary, refine } from './dictionary.js';
import { type Frame, sentenceFrames, subjectOf } from './frames.js';
import { fallbackTargets, matchNoun, matchVerb } from './match.js';
import { ActorIndex } from './participants.js';
import { earlierYear, eventDate } from './when.js';

/** Verbs that report speech or thought: their complement clause is the event. */
const REPORTING = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'add',
  'claim',
  'report',
  'confirm',
  'note',
  'declare',
  'stress',
  'believe',
  'conclude',
  'reiterate',
  'write',
  'argue',
  'acknowledge',
  'admit',
  'indicate',
  'reveal',
  'assert',
  'think',
  'insist',
  'explain',
  'suggest',
  'remark',
]);
const HYPOTHETICAL_MODALS = new Set(['could', 'might', 'may', 'can']);
const FUTURE_MODALS = new Set(['will', 'would', 'shall']);
const OBLIGATION_MODALS = new Set(['must', 'should']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);

interface Draft {
  event: Event;
  /** All sides of a compound speaker (the event shows the first in `reportedBy`). */
  speakers?: EventSide[];
  primary: boolean;
  order: number;
}

export function codeEvents(doc: Doc, earlier: Readonly<Partial<StageResults>>, dict: Dictionary): Event[] {
  const lemmas = doc.lemmas();
  const index = new ActorIndex(earlier.actors ?? []);
  const timexes: readonly Timex[] = earlier.timexes ?? [];
  const quotes: readonly Quote[] = earlier.quotes ?? [];
  const out: Event[] = [];
  const speakersOf = new Map<Event, EventSide[]>();
  for (const sentence of doc.sentences) {
    const { chunks, frames } = sentenceFrames(doc, lemmas, sentence.firstToken, sentence.endToken);
    // Once the actors stage has spoken, an event with no participant at all is not coded.
    const drafts = codeSentence(doc, lemmas, dict, index, chunks, frames, timexes).filter(
      (d) => !index.size || d.event.source || d.event.target,
    );
    // Once actors are known, a deed with no doer ("concerns were ignored") is kept but not counted.
    if (index.size) for (const d of drafts) if (!d.event.source) d.event.counts = false;
    const primary = drafts.filter((d) => d.primary && d.event.counts);
    const chosen = primary.length ? primary : drafts.filter((d) => d.event.counts);
    const rest = drafts.filter((d) => !d.event.counts);
    for (const d of [...chosen, ...rest]) {
      const e = d.event;
      e.sentence = [...sentence.span];
      e.span = [...sentence.span];
      const date = e.date ?? eventDate(timexes, sentence.span, e.trigger!.span, doc.article.date);
      if (date) e.date = date;
      const q = quotes.findIndex((x) => x.span[0] <= e.trigger!.span[0] && e.trigger!.span[1] <= x.span[1]);
      if (q >= 0) e.quote = q;
      if (d.speakers) speakersOf.set(e, d.speakers);
      out.push(e);
    }
  }
  // Ids and statement links, after ordering.
  out.forEach((e, i) => {
    e.id = `e${i + 1}`;
  });
  linkStatements(out, speakersOf);
  return out;
}

function codeSentence(
  doc: Doc,
  lemmas: string[],
  dict: Dictionary,
  index: ActorIndex,
  chunks: Chunk[],
  frames: Frame[],
  timexes: readonly Timex[],
): Draft[] {
  const drafts: Draft[] = [];
  const consumed = new Set<number>();
  const codedObjects = new Set<NounGroup>();
  const articleDate = doc.article.date;
  const sideOf = (np: NounGroup | null) => index.sides(doc, np, np ? trailingGroups(doc, chunks, np) : []);
  const sentenceEnd = chunks.length ? doc.tokens[chunks[chunks.length - 1].end - 1].span[1] : 0;
  for (let f = 0; f < frames.length; f++) {
    if (consumed.has(f)) continue;
    const fr = frames[f];

    let code: string;
    let rule: string;
    let targetNp: NounGroup | null;
    let fallbacks: NounGroup[] = [];
    let triggerTok = fr.vp.head;
    let negated = fr.vp.negated;
    let modal = fr.vp.modal;
    const m = matchVerb(dict, doc, lemmas, frames, f);
    if (m) {
      code = m.pattern.code;
      rule = m.pattern.rule;
      targetNp = m.target;
      fallbacks = m.fallbacks;
      if (m.complement !== null) {
        consumed.add(m.complement);
        const comp = frames[m.complement];
        const cm = matchVerb(dict, doc, lemmas, frames, m.complement);
        const cn = !cm && comp.object ? matchNoun(dict, doc, lemmas, comp.object, comp.pps) : null;
        const compCode = cm?.pattern.code ?? cn?.pattern.code;
        if (m.pattern.family && compCode) {
          code = refine(dict, m.pattern.family, compCode, code);
          rule += `+${cm?.pattern.rule ?? cn?.pattern.rule}`;
        }
        if (!targetNp) {
          const isThat = frames[f].thatComplement === m.complement;
          targetNp = isThat ? subjectOf(frames, m.complement) : (cm?.target ?? cn?.target ?? null);
        }
        fallbacks = [
          ...fallbacks,
          ...(cm?.fallbacks ??
            cn?.fallbacks ?? [...(comp.object ? [comp.object] : []), ...fallbackTargets(comp)]),
        ];
        // "refused to meet", "will not agree to": negation on either verb.
        negated = negated || comp.vp.negated;
        // Only a future modal carries over: "agreed that they should cooperate" is still an agreement.
        if (!modal && comp.vp.modal && FUTURE_MODALS.has(comp.vp.modal)) modal = comp.vp.modal;
      }
    } else {
      // A noun event as the object of a verb that codes nothing itself: "held a meeting with".
      const nm =
        fr.object && fr.thatComplement === null ? matchNoun(dict, doc, lemmas, fr.object, fr.pps) : null;
      if (nm && fr.object) {
        code = nm.pattern.code;
        rule = nm.pattern.rule;
        targetNp = nm.target;
        fallbacks = nm.fallbacks;
        triggerTok = fr.object.head;
      } else if (modal && OBLIGATION_MODALS.has(modal) && reportingGovernor(frames, f)) {
        // "the minister said Libya must hand over the suspects": a demand, whatever the act.
        code = '000';
        rule = '';
        targetNp = null;
      } else continue;
    }

    // Sides: the subject does it, unless the voice is passive.
    const subject = subjectOf(frames, f);
    let sourceNp: NounGroup | null = subject;
    const byPhrase = fr.pps.find((p) => p.prep === 'by')?.np ?? null;
    const hasObjectStep = m?.pattern.steps.some((s) => s.kind === 'object') ?? false;
    // "were engaged in ethnic cleansing": a be + participle with no by-phrase and no object slot
    // is a state of the subject, not a passive.
    if (fr.vp.passive && (byPhrase || hasObjectStep || !m)) {
      sourceNp = byPhrase;
      if (!hasObjectStep) targetNp = targetNp ?? subject;
    }
    let sources = sideOf(sourceNp);
    // "British aircraft using guided missiles killed ...": look past participle modifiers for
    // the actor the subject belongs to.
    if (!sources.length && sourceNp === subject && subject)
      sources = actorBeforeSubject(doc, index, chunks, subject);
    let targets = sideOf(targetNp);
    for (const np of fallbacks) {
      if (targets.length) break;
      if (np === sourceNp) continue;
      targets = index.sides(doc, np);
    }
    // Last resort: the first other actor named after the trigger in the sentence ("declined to
    // resign despite pressure from the Kenyan commission").
    if (!targets.length && sources.length) {
      const after = index.within(doc, doc.tokens[fr.vp.end - 1].span[1], sentenceEnd);
      const other = after.find((t) => !sources.some((s) => s.actor === t.actor));
      if (other) targets = [other];
    }

    // Modality and polarity.
    let modality: Modality = 'asserted';
    const reporter = reportingGovernor(frames, f);
    if (fr.role === 'purpose' || (fr.subordinator && CONDITIONALS.has(fr.subordinator)))
      modality = 'hypothetical';
    else if (isUnrealComplement(frames, f)) modality = 'hypothetical';
    else if (modal && HYPOTHETICAL_MODALS.has(modal)) modality = 'hypothetical';
    else if (modal && FUTURE_MODALS.has(modal)) modality = 'future';
    else if (modal && OBLIGATION_MODALS.has(modal)) {
      if (reporter) {
        // "Russia said Sudan must return the helicopter": a demand by the speaker.
        code = code === '000' ? '100' : refine(dict, 'demand', code, '100');
        rule = rule ? `${rule}+speech/must→demand` : 'speech/must→demand';
        targets = sideOf(subject);
        sources = sideOf(subjectOf(frames, frames.indexOf(reporter)));
      } else modality = 'hypothetical';
    }
    if (modality === 'asserted' && (fr.vp.pluperfect || clausePast(doc, chunks, fr, timexes, articleDate)))
      modality = 'past';
    const root = code.slice(0, 2);
    if (modality === 'future') {
      if (negated && root >= '02' && root <= '09') {
        // "will not accept refugees": a refusal, asserted now.
        code = refine(dict, 'refuse', code, '120');
        rule += '+future-not→refuse';
        negated = false;
      } else if (!negated && hasUnless(frames, f)) {
        // "will withdraw its force unless ...": a conditional threat.
        code = refine(dict, 'threat', code, '130');
        rule += '+unless→threat';
      } else if (!negated && ((root >= '04' && root <= '09') || root >= '14')) {
        code = refine(dict, 'intent', code, code);
        rule += '+future→intent';
      }
    }
    // Future intents and threats are coded as what they are: statements of intent, counted.
    const counts = !negated && modality !== 'hypothetical';
    const info = dict.cameo(code);
    const tok = doc.tokens[triggerTok];
    const event: Event = {
      span: [tok.span[0], tok.span[1]],
      code,
      plover: info.plover,
      source: sources[0] ?? null,
      target: targets.find((t) => t.code !== sources[0]?.code) ?? targets[0] ?? null,
      negated,
      modality,
      rule,
      root: code.slice(0, 2),
      quadClass: info.quad,
      goldstein: info.goldstein,
      trigger: { span: [tok.span[0], tok.span[1]], text: tok.text },
      counts,
    };
    if (sources.length > 1) event.sources = sources.slice(1);
    const otherTargets = targets.filter((t) => t !== event.target);
    if (otherTargets.length) event.targets = otherTargets;
    let speakers: EventSide[] | undefined;
    if (reporter) {
      const said = sideOf(subjectOf(frames, frames.indexOf(reporter)));
      if (said[0]) event.reportedBy = said[0];
      if (said.length > 1) speakers = said;
    }
    const past = modality === 'past' ? clausePast(doc, chunks, fr, timexes, articleDate) : null;
    if (past) event.date = past;
    // A gerund after a preposition ("guilty of violating") is coded only when nothing else is.
    drafts.push({ event, primary: fr.role === 'main', order: f, speakers });
    if (fr.object) codedObjects.add(fr.object);
  }
  drafts.push(...standaloneNounEvents(doc, lemmas, dict, index, chunks, frames, codedObjects));
  return drafts;
}

/**
 * Noun events standing on their own ("following a meeting in the capital with the Polish
 * premier, the president said"): coded when the noun's own phrases name the target and the source
 * is the group's possessor or the subject of the nearest main clause. Never inside a purpose,
 * conditional or wished-for clause.
 */
function standaloneNounEvents(
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

/**
 * The actor of the noun groups before a subject, across participle modifiers only ("British
 * aircraft using precision guided missiles"): stops at a finite verb, a clause opener or a comma.
 */
function actorBeforeSubject(doc: Doc, index: ActorIndex, chunks: Chunk[], subject: NounGroup): EventSide[] {
  let found: EventSide[] = [];
  for (let j = chunks.indexOf(subject) - 1; j >= 0; j--) {
    const c = chunks[j];
    if (c.kind === 'verb') {
      const participle = c.first === c.head && /(?:ed|ing)$/.test(doc.tokens[c.head].text);
      if (!participle) break;
      continue;
    }
    if (c.kind === 'sub' || c.kind === 'punct' || c.kind === 'conj') break;
    if (c.kind === 'noun') {
      const sides = index.sides(doc, c);
      if (sides.length) found = sides;
    }
  }
  return found;
}

/** The prepositional phrases right after noun group j: "a meeting in the capital with X". */
function followingPhrases(doc: Doc, chunks: Chunk[], j: number): { prep: string; np: NounGroup }[] {
  const out: { prep: string; np: NounGroup }[] = [];
  for (let k = j + 1; k + 1 < chunks.length && out.length < 4; k += 2) {
    if (chunks[k].kind !== 'prep' || chunks[k + 1].kind !== 'noun') break;
    out.push({ prep: doc.tokens[chunks[k].first].text.toLowerCase(), np: chunks[k + 1] as NounGroup });
  }
  return out;
}

/** The reporting verb whose complement clause frame f is ("X said (that) ..."), if any. */
function reportingGovernor(frames: Frame[], f: number): Frame | null {
  const g = frames[f].governor;
  if (g === null) return null;
  const gov = frames[g];
  return gov.thatComplement === f && REPORTING.has(gov.lemma) ? gov : null;
}

/** A later clause of the sentence opens with "unless". */
function hasUnless(frames: Frame[], f: number): boolean {
  for (let g = f + 1; g < frames.length; g++) if (frames[g].subordinator === 'unless') return true;
  return false;
}

/** Verbs whose infinitive or gerund complement happens when they do: "began collecting". */
const ASPECTUAL = new Set([
  'begin',
  'start',
  'continue',
  'resume',
  'keep',
  'manage',
  'go',
  'proceed',
  'resort',
]);

/**
 * An infinitive the dictionary did not consume is only wanted, planned or forced, unless its
 * governor is aspectual ("wants to force allies to impose sanctions": nothing imposed yet).
 */
function isUnrealComplement(frames: Frame[], f: number): boolean {
  let g = f;
  for (let guard = 0; guard < 8; guard++) {
    const fr = frames[g];
    if (fr.governor === null || frames[fr.governor].toComplement !== g) return false;
    const gov = frames[fr.governor];
    if (!ASPECTUAL.has(gov.lemma)) return true;
    if (gov.role === 'purpose') return true;
    g = fr.governor;
  }
  return false;
}

/**
 * The phrases right after a group that say whose it is: "members of the Association", "doctors
 * from X", "the demands issued by Moscow".
 */
function trailingGroups(doc: Doc, chunks: Chunk[], np: NounGroup): NounGroup[] {
  const k = chunks.indexOf(np);
  const out: NounGroup[] = [];
  let j = k + 1;
  // A participle modifier: "issued by", "put forward by".
  if (j < chunks.length && chunks[j].kind === 'verb' && chunks[j].first === chunks[j].head) j++;
  for (; j + 1 < chunks.length && out.length < 2; j += 2) {
    const p = chunks[j];
    const w = doc.tokens[p.first].text.toLowerCase();
    if (
      p.kind !== 'prep' ||
      !['of', 'from', 'in', 'by', 'for', 'near'].includes(w) ||
      chunks[j + 1].kind !== 'noun'
    )
      break;
    out.push(chunks[j + 1] as NounGroup);
  }
  return out;
}

/**
 * A date before the article's in the clause: a time expression from the time stage ("in 2014",
 * "last March" resolved), else a bare year among the words. Returns its value, precision kept.
 */
function clausePast(
  doc: Doc,
  chunks: Chunk[],
  fr: Frame,
  timexes: readonly Timex[],
  articleDate: string | null,
): string | null {
  if (!articleDate) return null;
  const start = doc.tokens[fr.vp.first].span[0];
  let endChunk = fr.chunk + 1;
  while (endChunk < chunks.length && chunks[endChunk].kind !== 'verb') endChunk++;
  const end = doc.tokens[chunks[endChunk - 1].end - 1].span[1];
  for (const t of timexes) {
    if (t.span[0] < start || t.span[1] > end || !/^\d{4}/.test(t.value)) continue;
    if (isBackground(t.value, articleDate)) return t.value;
  }
  return earlierYear(clauseWords(doc, chunks, fr), articleDate);
}

/**
 * Background, not news: a date in an earlier year, or at least two months before the article
 * ("on Tuesday" is the news itself; "in 2014" or "last March" is background).
 */
function isBackground(value: string, articleDate: string): boolean {
  const year = Number(value.slice(0, 4));
  const articleYear = Number(articleDate.slice(0, 4));
  if (year !== articleYear) return year < articleYear;
  const month = /^\d{4}-(\d{2})/.exec(value);
  return month !== null && Number(articleDate.slice(5, 7)) - Number(month[1]) >= 2;
}

/** The words of a clause: from the verb to the next verb. */
function clauseWords(doc: Doc, chunks: Chunk[], fr: Frame): string[] {
  const words: string[] = [];
  for (let j = fr.chunk + 1; j < chunks.length && chunks[j].kind !== 'verb'; j++)
    for (let t = chunks[j].first; t < chunks[j].end; t++) words.push(doc.tokens[t].text);
  return words;
}

/**
 * Reported speech: when the speaker reports a hostile act against their own side ("Putin said
 * the West ignored Russia's demands"), the statement is itself an accusation (CAMEO 112) by the
 * speaker against the reported source; the two events are linked.
 */
function linkStatements(events: Event[], speakersOf: Map<Event, EventSide[]>): void {
  const added: Event[] = [];
  const country = (side: EventSide) => side.code.slice(0, 3);
  for (const e of events) {
    if (!e.reportedBy || !e.counts || !e.source || !e.target) continue;
    if (e.code.slice(0, 2) < '10') continue;
    // The speaker's own side is the target ("the US and NATO said Moscow's demands violate NATO's policy").
    const speakers = speakersOf.get(e) ?? [e.reportedBy];
    const targets = [e.target, ...(e.targets ?? [])];
    const hurt = speakers.find((sp) => targets.some((t) => country(t) === country(sp)));
    if (!hurt) continue;
    const by = speakers[0];
    if (country(by) === country(e.source)) continue;
    const statement: Event = {
      ...e,
      id: `${e.id}s`,
      code: '112',
      plover: 'ACCUSE',
      root: '11',
      quadClass: 3,
      goldstein: -2,
      source: by,
      target: e.source,
      sources: undefined,
      targets: undefined,
      reportedBy: undefined,
      rule: 'speech/reports-hostile-act',
      linked: e.id,
    };
    e.linked = statement.id;
    added.push(statement);
  }
  events.push(...added);
}
