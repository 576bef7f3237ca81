import type { Gender } from '../actors/coref.js';
import { genderOfGivenName, genderOfNoun } from '../actors/pronouns.js';
import { PRONOUNS } from '../actors/signals.js';
import { partitionPoint } from '../common/bisect.js';
import type { Actor } from '../contract/extraction.js';
import { POSSESSIVE_PRONOUNS } from '../text/english.js';
import type { Doc, Span, Token } from '../text/types.js';
import type { QuoteLexicon } from './lexicon.js';
import { headToken, type MentionRange, mentionBefore } from './mention.js';
import { isCapitalised, lower } from './tokens.js';

interface Named {
  at: number;
  speaker: ResolvedSpeaker;
  person: boolean;
  sure: boolean;
  /** As the text tells it: a gendered noun ("his mother"), or he/she said of the person. */
  gender?: Gender;
}

export interface ResolvedSpeaker {
  name: string;
  actor?: string;
  /** True when the name came from the actors stage or the text itself, not from context. */
  named: boolean;
}

const RECENT_PERSONS = 6;

/** The gender of a third-person singular pronoun ("she" → f); none for any other word. */
function pronounGender(word: string): Gender | undefined {
  const g = PRONOUNS.get(word);
  return g === 'm' || g === 'f' ? g : undefined;
}
const RELATIVE = new Set(['who', 'which', 'that']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const MEMBER_WORDS = new Set(['one', 'another']);
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/**
 * Names speakers. With actors, the actor whose mention covers the speaker mention. Without,
 * a surname reads as the fullest form of that name in the article ("Roe" -> "Jane Roe"), and
 * a pronoun or a description ("the former senator") as the last named speaker before it.
 */
export class SpeakerNames {
  private fullNames: Map<string, string> | null = null;
  private last: Named | undefined;
  private lastPerson: Named | undefined;
  /** The last few persons who spoke, newest last: he/she goes to the newest of its gender. */
  private persons: Named[] = [];
  private lastThing: Named | undefined;
  /** Words written somewhere other than at a sentence's start, built on first use. */
  private inside: Set<string> | null = null;
  private group: { speaker: ResolvedSpeaker; phrase: string } | undefined;
  private mentionIndex: { span: Span; actor: Actor }[] | null = null;

  constructor(
    private readonly doc: Doc,
    private readonly actors: readonly Actor[],
    private readonly lex: QuoteLexicon,
  ) {}

  resolve(m: MentionRange): ResolvedSpeaker {
    const antecedent = this.relativeAntecedent(m);
    if (antecedent) return this.resolve(antecedent);
    const { tokens } = this.doc;
    const span: Span = [tokens[m.first].span[0], tokens[m.last].span[1]];
    const surface = this.doc.text.slice(span[0], span[1]);
    // "Few in Riga", "Nobody in the ministry": nobody the actors stage knows, and nobody a later
    // pronoun stands for.
    if (m.kind === 'nominal' && this.lex.negatives.has(lower(tokens[m.first])))
      return { name: surface, named: true };
    const head = headToken(tokens, m);
    const headNoun = lower(tokens[head]);
    const member = this.memberOfGroup(m);
    if (member) return member;
    const personal =
      /^(he|she|him|her|his|i)$/.test(headNoun) ||
      (m.kind !== 'pronoun' && this.lex.personNouns.has(headNoun));
    // "His mother", "the woman": a gendered noun names a person a later he/she may stand for; so
    // does an honorific before a name ("Ms. Roe").
    const nounGender =
      m.kind === 'pronoun' ? undefined : m.kind === 'name' ? this.honorificGender(m) : genderOfNoun(headNoun);
    let found = this.actorAt(span);
    // "They said", "it said": a group or a thing, whatever person the coreference gave it.
    if (found?.actor.kind === 'person' && m.kind === 'pronoun' && /^(they|we|it)$/.test(headNoun))
      found = undefined;
    const owned = this.ownedBy(m, head, span, found);
    if (owned)
      return this.remember(
        span[0],
        { name: owned, named: true },
        personal || !!nounGender,
        false,
        nounGender,
      );
    // "a resident of Tarn", "an aide to Roe": a place or a person named only in the head's
    // complement is not the speaker (an organisation is: "a spokesman for the
    // ministry" speaks for it); nor is a part of an organisation's name ("the Tarn Association of Millers").
    const match = found && !found.covers && this.beside(m, head, found.actor, span) ? undefined : found;
    // "The Russian president" with only the country found inside it: the person, when one is in play.
    const modifierOnly =
      match && !match.covers && match.actor.kind !== 'person' && personal && lower(tokens[m.first]) === 'the';
    // "A spokeswoman", "one diplomat": an indefinite description brings in someone new.
    if (personal && !match && m.kind === 'nominal' && this.indefinite(m))
      return this.remember(span[0], { name: surface, named: true }, true, false, nounGender);
    this.noteGroup(m, head, surface, match?.actor);
    if (match && !(modifierOnly && this.lastPerson)) {
      const { actor } = match;
      return this.remember(
        span[0],
        { name: actor.name, actor: actor.id, named: true },
        actor.kind === 'person',
        actor.kind === 'person',
        actor.kind === 'person' ? (nounGender ?? this.genderOf(actor)) : undefined,
      );
    }
    // "the Prime Minister": the office's holder named with it elsewhere ("Prime Minister Ada Vell"), else the office.
    if (m.kind === 'name' && this.isOffice(m))
      return this.remember(span[0], { name: this.officeHolder(m) ?? surface, named: true }, true);
    if (m.kind === 'pronoun' || personal) {
      // He/she and "the former senator" want a person; "it" no person; they/who take any speaker.
      const last = headNoun === 'it' && this.last?.sure ? this.lastThing : this.last;
      const antecedent = personal ? this.personOf(pronounGender(headNoun)) : last;
      if (antecedent) return antecedent.speaker;
      return { name: surface, named: false };
    }
    if (m.kind === 'name') {
      const full = this.fullName(tokens[m.last]) ?? surface;
      const name = full.length > surface.length ? full : surface;
      // A person is named with a first name and a surname, or with a title before the name.
      const titled = m.first > 0 && this.lex.titles.has(lower(tokens[m.first - 1]));
      const person = (/\s/.test(name) || titled) && name !== name.toUpperCase();
      return this.remember(span[0], { name, named: true }, person, false, nounGender);
    }
    return this.remember(span[0], { name: surface, named: true }, !!nounGender, false, nounGender);
  }

  /**
   * "Her family", "Roe's lawyer": someone close to a person, named after that person ("Ana Roe's
   * family") — the person's actor, found only on the possessor, or for his/her without one the last
   * person named. Null for any other mention.
   */
  private ownedBy(
    m: MentionRange,
    head: number,
    span: Span,
    found: { actor: Actor; covers: boolean } | undefined,
  ): string | null {
    const { tokens, text } = this.doc;
    if (m.kind !== 'nominal') return null;
    let mark = POSSESSIVE_PRONOUNS.has(lower(tokens[m.first])) ? m.first : -1;
    for (let k = m.first; k < head; k++) if (/^['’]s$/.test(tokens[k].text)) mark = k;
    if (mark < 0 || mark >= head) return null;
    let owner: string | undefined;
    if (found && !found.covers && found.actor.kind === 'person') {
      const mention = found.actor.mentions.find((x) => overlaps(x.span, span));
      if (mention && mention.span[1] <= tokens[mark].span[1]) owner = found.actor.name;
    } else if (!found && /^(his|her)$/.test(lower(tokens[mark]))) owner = this.lastPerson?.speaker.name;
    if (!owner) return null;
    return `${owner}'s ${text.slice(tokens[mark + 1].span[0], tokens[m.last].span[1])}`;
  }

  /** A name made of title words only ("Prime Minister", "The Secretary-General"). */
  private isOffice(m: MentionRange): boolean {
    const { tokens } = this.doc;
    const words = tokens.slice(m.first, m.last + 1).filter((t) => t.pos !== 'DET' && t.text !== '-');
    return words.length > 0 && words.every((t) => this.lex.titles.has(lower(t)));
  }

  /** The name written right after the same title words somewhere in the article ("Prime Minister Ada Vell"). */
  private officeHolder(m: MentionRange): string | undefined {
    const { tokens, text } = this.doc;
    let first = m.first;
    while (first < m.last && tokens[first].pos === 'DET') first++;
    const n = m.last - first + 1;
    for (let i = 0; i + n < tokens.length; i++) {
      let same = true;
      for (let k = 0; k < n && same; k++) same = tokens[i + k].text === tokens[first + k].text;
      if (!same) continue;
      let e = i + n;
      while (e < tokens.length && e - (i + n) < 3 && tokens[e].pos === 'PROPN' && isCapitalised(tokens[e]))
        e++;
      if (e - (i + n) >= 2 && !this.lex.titles.has(lower(tokens[i + n])))
        return text.slice(tokens[i + n].span[0], tokens[e - 1].span[1]);
    }
    return undefined;
  }

  /** Opens with "a", "an", "one", "another" or a number: someone not named before. */
  private indefinite(m: MentionRange): boolean {
    const t = this.doc.tokens[m.first];
    return INDEFINITE.has(lower(t)) || t.pos === 'NUM';
  }

  /**
   * The actor `a`, found over only part of the mention, stands beside its head rather than for it:
   * inside the complement after a link ("a resident of Tarn"), as a place or a person; or inside a
   * name joined by "of" or before its last word ("the US Geological Survey").
   */
  private beside(m: MentionRange, head: number, a: Actor, span: Span): boolean {
    const { tokens } = this.doc;
    const mention = a.mentions.find((x) => overlaps(x.span, span));
    if (!mention) return false;
    // "the US Geological Survey": an actor on a modifier of a name is not what the name names.
    if (m.kind === 'name')
      return /\sof\s/.test(this.doc.text.slice(span[0], span[1])) || mention.span[1] < span[1];
    if (a.kind !== 'person' && a.kind !== 'country' && a.kind !== 'location') return false;
    return mention.span[0] >= tokens[head].span[1];
  }

  /**
   * "Engineers urged ... “...,” said one": a bare "one" or "another" after a group's words is one of
   * that group (its actor, when it has one, else "one of the engineers").
   */
  private memberOfGroup(m: MentionRange): ResolvedSpeaker | null {
    const { tokens } = this.doc;
    const word = lower(tokens[m.first]);
    if (m.first !== m.last || !MEMBER_WORDS.has(word) || !this.group) return null;
    const { speaker, phrase } = this.group;
    if (speaker.actor) return speaker;
    return { name: `${word} of the ${phrase}`, named: true };
  }

  /** Remembers a plural description ("Engineers", "Several residents") as the last group that spoke. */
  private noteGroup(m: MentionRange, head: number, surface: string, actor?: Actor): void {
    const { tokens } = this.doc;
    const t = tokens[head];
    if (m.kind === 'pronoun' || !/^(NOUN|PROPN)$/.test(t.pos) || !/[^su'’]s$/.test(lower(t))) return;
    // "Several residents" → "residents": the phrase without its determiner or number.
    let k = m.first;
    while (
      k < head &&
      (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || this.lex.quantifiers.has(lower(tokens[k])))
    )
      k++;
    let phrase = this.doc.text.slice(tokens[k].span[0], tokens[m.last].span[1]);
    // A common noun capitalised only at the sentence's start ("Engineers urged ...") is written lower-case.
    const word = lower(tokens[k]);
    if (tokens[k].pos !== 'PROPN' || !this.capitalisedInside(tokens[k].text))
      phrase = word + phrase.slice(word.length);
    // A group is no person, whatever the actors stage made of a capitalised plural.
    const speaker: ResolvedSpeaker =
      actor && actor.kind !== 'person'
        ? { name: actor.name, actor: actor.id, named: true }
        : { name: surface, named: true };
    this.group = { speaker, phrase };
  }

  /** The word is written capitalised somewhere other than at a sentence's start (a name). */
  private capitalisedInside(word: string): boolean {
    if (!this.inside) {
      const { tokens, sentences } = this.doc;
      this.inside = new Set(
        tokens.filter((t, i) => sentences[t.sentence].firstToken !== i).map((t) => t.text),
      );
    }
    return this.inside.has(word);
  }

  /** "the agency, which said ...": a relative pronoun names the mention before it. */
  private relativeAntecedent(m: MentionRange): MentionRange | null {
    const { tokens } = this.doc;
    if (m.kind !== 'pronoun' || !RELATIVE.has(lower(tokens[m.first]))) return null;
    const k = m.first - 1 >= 0 && tokens[m.first - 1].text === ',' ? m.first - 2 : m.first - 1;
    const before = k >= 0 ? mentionBefore(tokens, k, Math.max(0, k - 12), this.lex) : null;
    return before && before.kind !== 'pronoun' ? before : null;
  }

  /** `sure`: a person for certain (the actors stage says so), never what "it" stands for. */
  private remember(
    at: number,
    speaker: ResolvedSpeaker,
    person = true,
    sure = false,
    gender?: Gender,
  ): ResolvedSpeaker {
    const entry: Named = { at, speaker, person, sure, gender };
    this.last = entry;
    if (person) {
      this.lastPerson = entry;
      this.persons.push(entry);
      if (this.persons.length > RECENT_PERSONS) this.persons.shift();
    }
    if (!sure) this.lastThing = entry;
    return speaker;
  }

  /**
   * The newest person who spoke that `gender` fits (one of unknown gender fits either), learning
   * the gender of the one it picks; the newest person when none fits.
   */
  private personOf(gender: Gender | undefined): Named | undefined {
    if (!gender) return this.lastPerson;
    for (let k = this.persons.length - 1; k >= 0; k--) {
      const p = this.persons[k];
      if (p.gender && p.gender !== gender) continue;
      p.gender = gender;
      return p;
    }
    return this.lastPerson;
  }

  /** The gender of an honorific opening the name or right before it ("Mrs. Vale", "Mr Roe"). */
  private honorificGender(m: MentionRange): Gender | undefined {
    const { tokens } = this.doc;
    const at = (k: number) => (k >= 0 && k <= m.last ? genderOfNoun(tokens[k].text) : undefined);
    return (
      at(m.first) ?? (tokens[m.first - 1] && isCapitalised(tokens[m.first - 1]) ? at(m.first - 1) : undefined)
    );
  }

  /**
   * A person's gender as their given name usually goes, else as the actors stage's he/she links
   * to them tell it when they all agree (mixed ones mean two people were joined: "Mr. and Ms. Roe").
   */
  private genderOf(actor: Actor): Gender | undefined {
    const named = genderOfGivenName(actor.name);
    if (named) return named;
    let m = 0;
    let f = 0;
    for (const x of actor.mentions) {
      const g = pronounGender(this.doc.text.slice(x.span[0], x.span[1]).toLowerCase());
      if (g === 'm') m++;
      else if (g === 'f') f++;
    }
    return m && !f ? 'm' : f && !m ? 'f' : undefined;
  }

  /**
   * The actor of the best mention over the span: a binary search over all mentions, sorted once.
   * A mention covering the whole span beats one inside it ("the Kremlin leader" is the person,
   * not the country of "Kremlin"); then a person, then the widest overlap.
   */
  private actorAt(span: Span): { actor: Actor; covers: boolean } | undefined {
    this.mentionIndex ??= this.actors
      .flatMap((actor) => actor.mentions.map((m) => ({ span: m.span, actor })))
      .sort((a, b) => a.span[0] - b.span[0]);
    const index = this.mentionIndex;
    const lo = partitionPoint(index.length, (i) => index[i].span[0] < span[1]);
    // Mentions starting before the span's end; the nearest few can still reach into it.
    let best: { actor: Actor; covers: boolean } | undefined;
    let bestScore = -1;
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      const m = index[k];
      if (!overlaps(m.span, span)) continue;
      const covers = m.span[0] <= span[0] && m.span[1] >= span[1];
      const shared = Math.min(m.span[1], span[1]) - Math.max(m.span[0], span[0]);
      const score = (covers ? 1e6 : 0) + (m.actor.kind === 'person' ? 1e5 : 0) + shared;
      if (score > bestScore) [best, bestScore] = [{ actor: m.actor, covers }, score];
    }
    return best;
  }

  private fullName(last: Token): string | undefined {
    this.fullNames ??= this.indexNames();
    return this.fullNames.get(lower(last));
  }

  /** The longest title-free capitalised run (up to four words) ending in each surname. */
  private indexNames(): Map<string, string> {
    const { tokens, text } = this.doc;
    const out = new Map<string, string>();
    let k = 0;
    while (k < tokens.length) {
      if (!isCapitalised(tokens[k]) || tokens[k].pos !== 'PROPN') {
        k++;
        continue;
      }
      let e = k;
      while (
        e + 1 < tokens.length &&
        isCapitalised(tokens[e + 1]) &&
        tokens[e + 1].sentence === tokens[k].sentence
      )
        e++;
      let s = k;
      for (let j = k; j < e; j++) if (this.lex.titles.has(lower(tokens[j]))) s = j + 1;
      if (e - s < 4 && e > s) {
        const name = text.slice(tokens[s].span[0], tokens[e].span[1]);
        const key = lower(tokens[e]);
        if (!out.has(key) || (out.get(key) as string).length < name.length) out.set(key, name);
      }
      k = e + 1;
    }
    return out;
  }
}
