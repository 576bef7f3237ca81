/**
 * Clause frames read off the flat chunk sequence of one sentence: for each verb group, its
 * subject, object(s), prepositional phrases, complements and the role of its clause.
 */
import { type Chunk, chunkRange, type NounGroup, type VerbGroup } from '../text/chunks.js';
import { TEMPORAL as DATE_WORDS } from '../text/english.js';
import type { Doc } from '../text/types.js';

export type Role =
  /** A main clause. */
  | 'main'
  /** A participle clause after a comma, a relative or adverbial clause: coded only when the
   * sentence has no main event. */
  | 'secondary'
  /** A to-infinitive that no verb governs: a purpose clause (hypothetical). */
  | 'purpose'
  /** A gerund after a preposition ("accused X of restoring"): part of another event. */
  | 'embedded';

export interface PrepPhrase {
  prep: string;
  np: NounGroup;
}

export interface Frame {
  chunk: number;
  vp: VerbGroup;
  lemma: string;
  subject: NounGroup | null;
  object: NounGroup | null;
  object2: NounGroup | null;
  /** Lower-cased words right after the verb (particles, adjectives: "off", "willing"). */
  after: string[];
  /** Lower-cased single-word particles later in the clause ("forced X, Y, out of"). */
  particles: string[];
  pps: PrepPhrase[];
  /** Frame index of a to-infinitive or gerund complement ("agreed to meet", "began collecting"). */
  toComplement: number | null;
  /** Frame index of a finite complement clause ("said (that) X ...", "demanded that X ..."). */
  thatComplement: number | null;
  /** Frame index of the verb whose complement this clause is. */
  governor: number | null;
  role: Role;
  /** The word opening the clause: if, unless, because, which, ... */
  subordinator?: string;
  /** Frame index this one shares its subject with (coordination, participle clause). */
  sharesSubjectWith: number | null;
}

// The chunker's date words, plus the period nouns that head temporal noun groups ("last week").
const TEMPORAL = new Set([
  ...DATE_WORDS,
  'week',
  'month',
  'year',
  'morning',
  'evening',
  'night',
  'weekend',
  'day',
  'time',
]);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '``', "''", '`']);
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'over', 'back', 'away', 'aside']);
/** Verbs that take a complement clause without "that": "said NATO would ...". */
const BARE_CLAUSE_VERBS = new Set(
  (
    'say tell think believe claim announce add insist warn demand hope know state report confirm argue suggest ' +
    'note fear expect deny acknowledge admit reveal indicate agree conclude decide reiterate stress declare ' +
    'allege charge threaten promise pledge vow assure urge'
  ).split(' '),
);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
const ADVERBIAL = new Set([
  'because',
  'after',
  'before',
  'while',
  'when',
  'since',
  'as',
  'although',
  'though',
  'until',
]);

export interface SentenceFrames {
  chunks: Chunk[];
  frames: Frame[];
}

/** Frames for the tokens `[first, end)` of one sentence. */
export function sentenceFrames(doc: Doc, lemmas: string[], first: number, end: number): SentenceFrames {
  // Quotation marks around words ("has “conned” Russia") say nothing about structure.
  const chunks = chunkRange(doc, lemmas, first, end).filter(
    (c) => !(c.kind === 'punct' && QUOTES.has(doc.tokens[c.first].text)),
  );
  const word = (c: Chunk) => doc.tokens[c.first].text.toLowerCase();
  const isTemporal = (np: NounGroup) => TEMPORAL.has(doc.tokens[np.head].text.toLowerCase());
  // A subject is no time either in the plural ("Two weeks after ..."); an object may be ("launched
  // 10 days of war games").
  const isTimeSubject = (np: NounGroup) =>
    isTemporal(np) || TEMPORAL.has(doc.tokens[np.head].text.toLowerCase().replace(/s$/, ''));
  const frameAt = new Map<number, number>();
  const frames: Frame[] = [];
  chunks.forEach((c, k) => {
    if (c.kind !== 'verb') return;
    frameAt.set(k, frames.length);
    frames.push({
      chunk: k,
      vp: c,
      lemma: (lemmas[c.head] ?? doc.tokens[c.head].text).toLowerCase(),
      subject: null,
      object: null,
      object2: null,
      after: [],
      particles: [],
      pps: [],
      toComplement: null,
      thatComplement: null,
      governor: null,
      role: 'main',
      sharesSubjectWith: null,
    });
  });

  // Relative clauses opened after a comma, by frame: their antecedent.
  const relativeAfterComma = new Map<number, NounGroup>();
  for (let f = 0; f < frames.length; f++) {
    const fr = frames[f];
    const k = fr.chunk;
    const vp = fr.vp;
    for (let t = vp.end; t < Math.min(vp.end + 3, end); t++) fr.after.push(doc.tokens[t].text.toLowerCase());

    // Left side: walk back to the clause boundary.
    let b = k - 1;
    while (b >= 0) {
      const c = chunks[b];
      // "guerrillas operating in Macedonia have been ...": a participle after a noun belongs to it.
      if (c.kind === 'verb' && isReducedRelative(doc, chunks, b) && !fr.vp.gerund) {
        b--;
        continue;
      }
      // "Lithuania, in turn, did not agree": a bare word after a preposition and before a comma,
      // read as a verb, is the preposition's noun; it ends no clause.
      if (
        c.kind === 'verb' &&
        b > 0 &&
        chunks[b - 1].kind === 'prep' &&
        c.first === c.head &&
        c.end - c.first === 1 &&
        !c.gerund &&
        !c.infinitive &&
        chunks[b + 1]?.kind === 'punct' &&
        word(chunks[b + 1]) === ','
      ) {
        b--;
        continue;
      }
      if (c.kind === 'verb' || c.kind === 'sub') break;
      if (c.kind === 'punct' && (word(c) === ';' || word(c) === ':')) break;
      b--;
    }
    let pk = k - 1;
    while (pk > b && chunks[pk].kind === 'other' && doc.tokens[chunks[pk].first].pos === 'ADV') pk--;
    const prevChunk = chunks[pk];
    const boundary = b >= 0 ? chunks[b] : null;
    if (boundary?.kind === 'sub') fr.subordinator = word(boundary);
    // Subject: the first noun group of the region that is not a prepositional object or a date;
    // after a comma when one follows it ("..., EC sources said").
    let from = b + 1;
    for (let j = k - 1; j > b; j--) {
      if (chunks[j].kind === 'punct' && word(chunks[j]) === ',') {
        if (chunks.slice(j + 1, k).some((c) => c.kind === 'noun')) from = j + 1;
        break;
      }
    }
    // ", killing nine people": a participle after a comma that follows another verb's words has
    // no subject in them (they are that verb's object); it shares the main clause's subject.
    const trailingParticiple =
      vp.gerund && boundary?.kind === 'verb' && prevChunk?.kind === 'punct' && word(prevChunk) === ',';
    for (let j = from; j < k && !trailingParticiple; j++) {
      const c = chunks[j];
      if (c.kind !== 'noun') continue;
      if (j > 0 && chunks[j - 1].kind === 'prep') continue;
      if (isTimeSubject(c)) continue;
      fr.subject = c;
      break;
    }
    // "handed him a note demanding ...": a participle right after another verb's second object
    // modifies that nearest group, not the first one.
    if (
      vp.gerund &&
      boundary?.kind === 'verb' &&
      prevChunk?.kind === 'noun' &&
      fr.subject &&
      fr.subject !== prevChunk
    )
      fr.subject = prevChunk as NounGroup;
    // "a week after an earthquake killed ...", "recalled its envoy after troops crossed ...":
    // "after" tagged as a preposition is a subordinator when its noun group runs straight into a
    // finite verb and the region has no other subject (or only the previous verb's object).
    if ((!fr.subject || boundary?.kind === 'verb') && !vp.gerund && !vp.infinitive && k - 2 > b) {
      const sub = chunks[k - 2];
      if (sub.kind === 'prep' && ADVERBIAL.has(word(sub)) && chunks[k - 1].kind === 'noun') {
        fr.subject = chunks[k - 1] as NounGroup;
        fr.subordinator = word(sub);
      }
    }
    // "killed two policemen and wounded three others": a verb right after "and" that follows
    // another verb's words has no subject of its own; the noun before "and" is that verb's object.
    // (Not after a to-infinitive: "aims to tighten sanctions and impose ..." stays as it was.)
    if (
      fr.subject &&
      prevChunk?.kind === 'conj' &&
      boundary?.kind === 'verb' &&
      (!vp.gerund || frames[f - 1].vp.gerund) &&
      !vp.infinitive &&
      f > 0 &&
      frames[f - 1].chunk === b &&
      (!frames[f - 1].vp.infinitive || pastForm(doc, vp))
    )
      fr.subject = null;
    // "One third of the guerrillas have been ...": a quantity, then of + the real subject.
    if (!fr.subject && from + 2 < k && chunks[from].kind === 'other') {
      for (let j = from; j + 1 < k; j++) {
        if (chunks[j].kind === 'prep' && word(chunks[j]) === 'of' && chunks[j + 1].kind === 'noun') {
          fr.subject = chunks[j + 1] as NounGroup;
          break;
        }
        if (chunks[j].kind !== 'other') break;
      }
    }
    // Role.
    if (vp.gerund && prevChunk?.kind === 'prep') fr.role = 'embedded';
    else if (vp.gerund && prevChunk?.kind === 'punct') fr.role = 'secondary';
    else if (fr.subordinator && (RELATIVES.has(fr.subordinator) || ADVERBIAL.has(fr.subordinator)))
      fr.role = 'secondary';
    else if (fr.subordinator === 'that' && b > 0 && chunks[b - 1].kind === 'noun' && !fr.subject)
      fr.role = 'secondary';
    else if (
      !vp.gerund &&
      vp.first === vp.head &&
      !vp.infinitive &&
      fr.after[0] === 'by' &&
      prevChunk?.kind === 'noun' &&
      /ed$/.test(doc.tokens[vp.head].text)
    ) {
      // A reduced relative: "the demands put forward by Moscow", "a camp attacked by militias".
      fr.role = 'secondary';
      fr.vp = { ...vp, passive: true };
      fr.subject = prevChunk as NounGroup;
    }
    // Coordinated verbs share the subject: "X rejected the plan and said ...".
    const coordinated =
      prevChunk?.kind === 'conj' || (prevChunk?.kind === 'punct' && word(prevChunk) === ',' && vp.gerund);
    if (!fr.subject && f > 0 && (coordinated || (fr.role === 'secondary' && vp.gerund))) {
      let g = f - 1;
      while (g > 0 && frames[g].role !== 'main') g--;
      // "rejected a deadline to free the guards, and ordered drills", "said Minsk would respond
      // and warned that ...": a past-tense verb is coordinated with no infinitive and no verb under
      // a modal; it goes with the finite verb that governs that one.
      if (pastForm(doc, vp) && !vp.modal) {
        // Past gerunds, and a participle on the previous verb's object ("to release two guards
        // detained near the border, and warned ...").
        while (g > 0 && frames[g].vp.gerund) g--;
        while (
          g > 0 &&
          pastForm(doc, frames[g].vp) &&
          frames[g].subject &&
          frames[g].subject === frames[g - 1].object
        )
          g--;
        for (
          let gov = governing(frames, g);
          g > 0 && (frames[g].vp.infinitive || frames[g].vp.modal) && gov >= 0;
        )
          [g, gov] = [gov, governing(frames, gov)];
        while (g > 0 && frames[g].vp.infinitive) g--;
      }
      fr.sharesSubjectWith = g;
    }
    if (fr.role === 'secondary' && fr.subordinator && RELATIVES.has(fr.subordinator) && !fr.subject) {
      // "Hamas, which advocates ...": the relative pronoun stands for the noun before it.
      let j = b - 1;
      if (j >= 0 && chunks[j].kind === 'punct') j--;
      if (j >= 0 && chunks[j].kind === 'noun') fr.subject = chunks[j] as NounGroup;
    }

    // "The minister, who signed the accord in Oslo, praised it": a "who" read as the subject
    // stands for the group before it (and its comma); the clause is a relative one, and the verb
    // after the relative clause's closing comma has that group as its subject. ("which" too cost
    // the timelines eval 0.1 ROUGE; left as it was.)
    const rel = fr.subject && fr.subject.end - fr.subject.first === 1 ? word(fr.subject) : '';
    const at = fr.subject ? chunks.indexOf(fr.subject) : -1;
    if (rel === 'who' && at === k - 1 && at > 0) {
      const a = chunks[at - 1].kind === 'punct' && word(chunks[at - 1]) === ',' ? at - 2 : at - 1;
      if (a >= 0 && chunks[a].kind === 'noun') {
        const antecedent = chunks[a] as NounGroup;
        fr.subject = antecedent;
        fr.subordinator = rel;
        fr.role = 'secondary';
        if (a === at - 2) relativeAfterComma.set(f, antecedent);
      }
    }
    if (boundary?.kind === 'verb' && prevChunk?.kind === 'punct' && word(prevChunk) === ',' && !vp.gerund) {
      const antecedent = relativeAfterComma.get(frameAt.get(b)!);
      if (antecedent && !chunks.slice(b + 1, k).some((c) => c.kind === 'sub' || c.kind === 'conj'))
        fr.subject = antecedent;
    }

    // Right side: particle, objects, prepositional phrases, complements.
    let m = k + 1;
    if (
      m < chunks.length &&
      chunks[m].kind !== 'noun' &&
      PARTICLES.has(word(chunks[m])) &&
      chunks[m].end - chunks[m].first === 1
    )
      m++;
    // Adverbs before the object: "provide nearly 25,000 tons", "rejected outright the plan".
    while (m < chunks.length && chunks[m].kind === 'other' && doc.tokens[chunks[m].first].pos === 'ADV') {
      // "suspended part of a programme": a quantity word whose of-phrase is the real object.
      if (
        m + 2 < chunks.length &&
        chunks[m + 1].kind === 'prep' &&
        word(chunks[m + 1]) === 'of' &&
        chunks[m + 2].kind === 'noun'
      ) {
        m += 2;
        break;
      }
      m++;
    }
    // Dates between the verb and its object: "expelled on Friday more than 300 traders".
    if (
      m + 1 < chunks.length &&
      chunks[m].kind === 'prep' &&
      chunks[m + 1].kind === 'noun' &&
      isTemporal(chunks[m + 1] as NounGroup)
    )
      m += 2;
    if (m < chunks.length && chunks[m].kind === 'noun' && isTemporal(chunks[m] as NounGroup)) m++;
    if (m < chunks.length && chunks[m].kind === 'noun' && !isTemporal(chunks[m] as NounGroup)) {
      fr.object = chunks[m] as NounGroup;
      m++;
      if (m < chunks.length && chunks[m].kind !== 'noun' && PARTICLES.has(word(chunks[m]))) m++;
      if (m < chunks.length && chunks[m].kind === 'noun' && !isTemporal(chunks[m] as NounGroup)) {
        fr.object2 = chunks[m] as NounGroup;
        m++;
      }
    }
    let sawComma = false;
    for (; m < chunks.length; m++) {
      const c = chunks[m];
      if (c.kind === 'verb') {
        const fi = frameAt.get(m)!;
        const next = frames[fi];
        if ((next.vp.infinitive || (next.vp.gerund && m === k + 1)) && !sawComma) {
          fr.toComplement = fi;
        } else if (
          BARE_CLAUSE_VERBS.has(fr.lemma) &&
          !next.vp.infinitive &&
          !next.vp.gerund &&
          !sawComma &&
          m > k + 1 &&
          onlyNounsBetween(chunks, k, m)
        ) {
          fr.thatComplement = fi;
        }
        break;
      }
      if (c.kind === 'sub') {
        if (
          word(c) === 'that' &&
          !sawComma &&
          (m === k + 1 || chunks[m - 1].kind === 'noun' || chunks[m - 1].kind === 'other')
        ) {
          const fi = firstVerbAfter(chunks, m, frameAt);
          if (fi !== null && (m === k + 1 || !fr.object || m === k + 2)) fr.thatComplement = fi;
        }
        break;
      }
      if (c.kind === 'punct') {
        if (word(c) === ';' || word(c) === ':') break;
        if (word(c) === ',') sawComma = true;
        continue;
      }
      if ((c.kind === 'prep' || c.kind === 'other') && PARTICLES.has(word(c))) fr.particles.push(word(c));
      if (c.kind === 'prep' && m + 1 < chunks.length && chunks[m + 1].kind === 'noun') {
        fr.pps.push({ prep: word(c), np: chunks[m + 1] as NounGroup });
        m++;
      }
    }
  }
  // Governors, and purpose clauses: an infinitive nothing governs.
  frames.forEach((fr, f) => {
    if (fr.toComplement !== null) frames[fr.toComplement].governor = f;
    if (fr.thatComplement !== null && frames[fr.thatComplement].governor === null)
      frames[fr.thatComplement].governor = f;
  });
  // "Minsk says they crossed the border and has accused them": a singular verb cannot share a
  // plural pronoun's subject; it goes with the clause that governs that pronoun's clause.
  for (const fr of frames) {
    const g = fr.sharesSubjectWith;
    if (g === null || !singularVerb(doc, fr.vp)) continue;
    const subj = frames[g].subject;
    const gov = frames[g].governor;
    if (subj && gov !== null && subj.end - subj.first === 1 && PLURAL_PRONOUNS.has(word(subj)))
      fr.sharesSubjectWith = gov;
  }
  for (const fr of frames) {
    if (fr.vp.infinitive && fr.governor === null && fr.role === 'main') fr.role = 'purpose';
    if (fr.vp.gerund && fr.governor === null && fr.role === 'main' && !fr.subject) fr.role = 'secondary';
  }
  // A participle clause opening the sentence shares the main clause's subject ("Speaking in
  // Rome, the minister said ...").
  frames.forEach((fr, f) => {
    if (fr.role !== 'secondary' || !fr.vp.gerund || fr.subject || fr.sharesSubjectWith !== null) return;
    const next = frames.findIndex((g, i) => i > f && g.role === 'main' && g.subject !== null);
    if (next > f) fr.sharesSubjectWith = next;
  });
  // Subjects of complements default to the governor's ("agreed to meet": the meeter agreed).
  for (const fr of frames) {
    if (fr.subject || fr.governor === null) continue;
    const gov = frames[fr.governor];
    if (gov.toComplement !== frames.indexOf(fr)) continue;
    // "urged Uganda to repatriate": the object does it.
    fr.subject = gov.object ?? subjectOf(frames, fr.governor);
  }
  return { chunks, frames };
}

/**
 * A participle right after a noun, with no auxiliary, that modifies it: "guerrillas operating in
 * Macedonia", "the demands issued by Moscow in December".
 */
function isReducedRelative(doc: Doc, chunks: Chunk[], k: number): boolean {
  const c = chunks[k];
  if (c.kind !== 'verb' || k === 0 || chunks[k - 1].kind !== 'noun' || c.first !== c.head || c.infinitive)
    return false;
  if (c.gerund) return true;
  const next = chunks[k + 1];
  return (
    /ed$/.test(doc.tokens[c.head].text) &&
    next !== undefined &&
    next.kind === 'prep' &&
    doc.tokens[next.first].text.toLowerCase() === 'by'
  );
}

function onlyNounsBetween(chunks: Chunk[], k: number, m: number): boolean {
  let nouns = 0;
  for (let j = k + 1; j < m; j++) {
    const c = chunks[j];
    if (c.kind === 'noun') nouns++;
    else if (c.kind !== 'prep' && c.kind !== 'other') return false;
  }
  return nouns > 0;
}

function firstVerbAfter(chunks: Chunk[], m: number, frameAt: Map<number, number>): number | null {
  for (let j = m + 1; j < chunks.length; j++) if (chunks[j].kind === 'verb') return frameAt.get(j)!;
  return null;
}

/** The frame whose to- or that-complement frame `g` is, or -1. */
function governing(frames: Frame[], g: number): number {
  return frames.findIndex((x) => x.toComplement === g || x.thatComplement === g);
}

/** A verb group in the simple past ("ordered", "warned"): no auxiliary, no modal, an -ed head. */
function pastForm(doc: Doc, vp: VerbGroup): boolean {
  return (
    !vp.modal && !vp.infinitive && !vp.gerund && vp.first === vp.head && /ed$/i.test(doc.tokens[vp.head].text)
  );
}

/** The subject of a frame, following shared subjects. */
export function subjectOf(frames: Frame[], f: number): NounGroup | null {
  let g: number | null = f;
  for (let guard = 0; g !== null && guard < 8; guard++) {
    const fr: Frame = frames[g];
    if (fr.subject) return fr.subject;
    g = fr.sharesSubjectWith;
  }
  return null;
}

const PLURAL_PRONOUNS = new Set(['they', 'we']);
const SINGULAR_AUXILIARIES = new Set(['has', 'is', 'was', 'does']);

/** A finite verb group that agrees only with a singular subject: "has accused", "is", "says". */
function singularVerb(doc: Doc, vp: VerbGroup): boolean {
  if (vp.modal || vp.infinitive || vp.gerund) return false;
  const first = doc.tokens[vp.first].text.toLowerCase();
  if (SINGULAR_AUXILIARIES.has(first)) return true;
  return vp.first === vp.head && doc.tokens[vp.head].pos === 'VERB' && /[^s]s$/.test(first);
}
