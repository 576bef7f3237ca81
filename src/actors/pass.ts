import type { Doc, Span } from '../text/types.js';
import type { PersonMention, PlainMention } from './coref.js';
import { foldKey, isCapitalised, isHyphen, slug } from './keys.js';
import type { GazEntry, Knowledge, TrieHit } from './knowledge/compile.js';
import type { Item } from './match.js';
import { type ActorRef, Registry } from './registry.js';
import { findQuoted, findSpeakerKeys, OPEN_QUOTES } from './signals.js';

/** Small words inside a name: "Ministry of Defence", "Office for Peace and Justice", "Banco de España". */
export const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'and']);

/** Prepositions of direction: a country after them is a destination. */
const DIRECTIONS = new Set(['to', 'into', 'towards', 'toward']);

import { dateKey, distanceFrom, personStanding } from './tenure.js';

export type Qualifier = { item: Item; hit?: TrieHit; where: string; country?: string };

/** The state of one pass over a document: tokens, what was matched, and the mentions emitted so far. */
export class Pass {
  readonly keys: string[];
  readonly quoted: Uint8Array;
  readonly itemAt: (Item | undefined)[];
  readonly itemEnding: (Item | undefined)[];
  readonly firstVerb: Int32Array;
  readonly reg = new Registry();
  readonly persons: PersonMention[] = [];
  readonly plain: PlainMention[] = [];
  readonly gender = new Map<string, 'm' | 'f'>();
  readonly docSurnames = new Map<string, string>();
  /** Acronyms given in brackets after an unknown organisation's name → its id. */
  readonly docAcronyms = new Map<string, string>();
  /** Unknown organisations by their name without the marker that made them one ("Zipra", "Harbour Rovers" after "FC Harbour Rovers"). */
  readonly docOrgNames = new Map<string, string>();
  readonly unknownRoles = new Map<string, string>();
  readonly countryCount = new Map<string, number>();
  readonly lastOrg = new Map<string, number>();
  /** "the government" with no country yet: placed after the pass (recognise.ts). */
  readonly bareBodies: { start: number; end: number; sector: string }[] = [];
  readonly day: string;

  constructor(
    readonly doc: Doc,
    readonly k: Knowledge,
  ) {
    const n = doc.tokens.length;
    this.keys = doc.tokens.map((t) => foldKey(t.text));
    this.quoted = findQuoted(doc);
    this.itemAt = new Array(n);
    this.itemEnding = new Array(n + 1);
    this.firstVerb = new Int32Array(doc.sentences.length);
    this.day = dateKey(doc.article.date);
    this.lineStart = markLineStarts(doc);
    this.titleCase = markTitleCaseLines(doc.tokens, this.lineStart);
    const silent = (t: number) => !this.isSpeech(t, n);
    this.speakerKeys = findSpeakerKeys(doc, this.keys, this.quoted, k.cues.speech, silent);
  }

  /** For a pronoun opening its sentence, the first verb of the sentence before (else -1): its subject ends there. */
  subjectEndBefore(t: number): number {
    const s = this.doc.tokens[t].sentence;
    if (s === 0 || this.doc.sentences[s].firstToken !== t) return -1;
    const prev = this.doc.sentences[s - 1];
    return this.doc.sentences[s].paragraph === prev.paragraph ? this.firstVerb[s - 1] : -1;
  }

  /** Tokens of a title-case line ("Court Reverses Bush On Wiretaps"): capitals there say nothing of names. */
  readonly titleCase: Uint8Array;

  /** Tokens that open a new line of the text: a headline or dateline line ends before them. */
  readonly lineStart: Uint8Array;

  /**
   * A name never runs into token `t`: a new line ("... 4:59 PM EDT\nLindsay Lohan") or a word of
   * datelines and timestamps ("Published", "EDT", "Tuesday").
   */
  /**
   * "… Association [of Manufacturers]", "… Federation [of Traders and Farmers]": the capitalised words an
   * organisation's name goes on with after "of"/"for"/"and" (common words of the data, such as the
   * sector word "Manufacturers", count as capitalised words here; other names do not). Returns the new end.
   */
  nameTail(end: number, b: number): number {
    const plain = (t: number) =>
      t < b &&
      isCapitalised(this.doc.tokens[t].text) &&
      !this.quoted[t] &&
      !this.stopsName(t) &&
      (!this.itemAt[t] || this.itemAt[t]!.hits.every((h) => h.caseless));
    while (end + 1 < b && NAME_CONNECTORS.has(this.keys[end]) && plain(end + 1)) {
      end += 2;
      while (plain(end)) end++;
    }
    return end;
  }

  stopsName(t: number): boolean {
    return this.lineStart[t] === 1 || this.k.cues.dateline.has(this.keys[t]);
  }

  readonly speakerKeys: Set<string>;

  /** Unknown officials titled without a country: id → the token they were named at. */
  readonly unplaced = new Map<string, number>();
  /** Country mentions of each sentence, in order: sentence → [token, code]. */
  readonly countriesIn = new Map<number, [number, string][]>();
  /** Country mentions after a preposition of direction ("exports to Kenya", "flew to Moscow"), by token. */
  readonly destinations = new Set<number>();

  // ---- text helpers ----

  span(start: number, end: number): Span {
    return [this.doc.tokens[start].span[0], this.doc.tokens[end - 1].span[1]];
  }

  textOf(start: number, end: number): string {
    const [s, e] = this.span(start, end);
    return this.doc.text.slice(s, e);
  }

  /** Extends a phrase start back over a directly preceding "the". */
  withArticle(start: number, a: number): number {
    return start > a && this.keys[start - 1] === 'the' && !this.itemEnding[start] ? start - 1 : start;
  }

  isSpeech(t: number, b: number): boolean {
    if (t >= b || !this.k.cues.speech.has(this.keys[t])) return false;
    // "Posted Oct 26" heads a line, and "Escapee Added To List" is a headline: neither says anything.
    if (!isCapitalised(this.doc.tokens[t].text)) return true;
    return !this.k.cues.dateline.has(this.keys[t]) && !this.titleCase[t];
  }

  /** "X said", "X, a diplomat, said": a speech verb right after, or after one parenthetical. */
  followedBySpeech(end: number, b: number): boolean {
    if (this.isSpeech(end, b)) return true;
    // "Ieva Mockute of the Baltic Institute of Security said": the affiliation does not silence her.
    if (this.keys[end] === 'of') {
      let t = end + 1 + (this.keys[end + 1] === 'the' ? 1 : 0);
      const from = t;
      const stop = Math.min(b, from + 8);
      while (
        t < stop &&
        (isCapitalised(this.doc.tokens[t].text) ||
          NAME_CONNECTORS.has(this.keys[t]) ||
          this.keys[t] === 'the')
      )
        t++;
      return t > from && isCapitalised(this.doc.tokens[t - 1].text) && this.isSpeech(t, b);
    }
    if (this.keys[end] !== ',') return false;
    for (let t = end + 1; t < Math.min(b, end + 16); t++)
      if (this.keys[t] === ',') return this.isSpeech(t + 1, b);
    return false;
  }

  qualifierAt(i: number, b: number): (Qualifier & { hit: TrieHit }) | null {
    const item = i < b ? this.itemAt[i] : undefined;
    if (!item) return null;
    for (const hit of item.hits) {
      const e = hit.entry;
      // "The British Prime Minister": a people form ("the British") qualifies a title as well.
      if (e.type === 'country') return { item, hit, where: e.country, country: e.country };
      if (e.type === 'org')
        return { item, hit, where: e.actor, country: this.k.actors.get(e.actor)?.country };
    }
    return null;
  }

  // ---- emitting ----

  personRef(person: string): ActorRef {
    const p = this.k.people.get(person)!;
    const standing = personStanding(this.k, person, this.day);
    if (p.gender && !this.gender.has(`person:${person}`)) this.gender.set(`person:${person}`, p.gender);
    return { id: `person:${person}`, name: p.name, kind: 'person', code: standing.code, role: standing.role };
  }

  emit(ref: ActorRef, start: number, end: number, rule: string, sentence: number): void {
    this.reg.add(ref, this.span(start, end), this.textOf(start, end), rule);
    if (ref.kind === 'person') this.notePerson(ref.id, start, end, sentence);
    this.plain.push({ actors: [ref.id], kind: ref.kind, rule, sentence, start, end });
    if (ref.kind === 'country') {
      this.countryCount.set(ref.code, (this.countryCount.get(ref.code) ?? 0) + 1);
      const here = this.countriesIn.get(sentence) ?? [];
      this.countriesIn.set(sentence, here);
      here.push([start, ref.code]);
      const before = start > 0 && this.keys[start - 1] === 'the' ? start - 2 : start - 1;
      if (before >= 0 && DIRECTIONS.has(this.keys[before])) this.destinations.add(start);
    }
    if (ref.kind === 'organization' || ref.kind === 'group') this.lastOrg.set(ref.id, start);
  }

  /**
   * The country of a sentence for a token in it: the only one named there, else (when it names
   * none) the only one of the sentence before it in the paragraph, else the article's
   * dominant one, else the one named nearest the token. For officials (no `except`) a destination
   * ("exports to Japan") is no country of the sentence. With `except` (an ethnic group's people),
   * that country is left out and only the sentence's own countries, the dominant and the nearest count.
   */
  countryFor(token: number, except?: string): string | undefined {
    const sentence = this.doc.tokens[token].sentence;
    const all = (this.countriesIn.get(sentence) ?? []).filter(([, c]) => c !== except);
    // "… expected exports to South Korea to triple": where something goes is not whose official speaks.
    // (An ethnic group, `except` its people's country, may live where it went: "Serbs fled to Kosovo".)
    const here = except ? all : all.filter(([at]) => !this.destinations.has(at));
    const codes = new Set(here.map(([, c]) => c));
    if (codes.size === 1) return here[0][1];
    // "The response from Vilnius was swift. Foreign Minister X called …": with no country of its own,
    // the sentence goes on from the one before it in the paragraph when that names one country.
    if (!except && !here.length) {
      const before = this.countryOfSentenceBefore(sentence);
      if (before) return before;
    }
    const dominant = this.dominantCountry();
    if (dominant && dominant !== except) return dominant;
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const [at, code] of here) {
      if (Math.abs(at - token) < bestDistance) {
        best = code;
        bestDistance = Math.abs(at - token);
      }
    }
    return best;
  }

  /** The one country the sentence before names, when it is in the same paragraph; else undefined. */
  private countryOfSentenceBefore(sentence: number): string | undefined {
    if (
      sentence === 0 ||
      this.doc.sentences[sentence - 1].paragraph !== this.doc.sentences[sentence].paragraph
    )
      return undefined;
    const before = this.countriesIn.get(sentence - 1) ?? [];
    return new Set(before.map(([, c]) => c)).size === 1 ? before[0][1] : undefined;
  }

  /**
   * The countries an unknown official named at `tokens` (the title first, then later mentions by
   * name) may serve, best first, and how strong the first one is (`tier`, lower is stronger). In a
   * sentence of theirs a place after "in"/"at"/"near" ("who signed the deal in Vienna") is where
   * something happens and a country after the speech verb that follows them ("said the deadline set
   * by Vilnius", "said Belarusian troops …") is what they speak of: neither counts. The one country
   * left in the title's sentence (tier 0), else, when it names none, in the sentence before in the
   * paragraph (1), else in a later sentence naming them (2: "Dranko said in Riga"), else the one
   * country a quotation of those sentences names (3: "“Belarus will not bow,” Dranko said" — what
   * a quotation names may be their own country or the one they speak against), then the dominant
   * country (4), then, only to pass over an office someone else holds, every other country by how
   * often the article names it.
   */
  officialCountries(tokens: number[], before = false): { tier: number; codes: string[] } {
    const token = tokens[0];
    const sentence = this.doc.tokens[token].sentence;
    const ownOf = (t0: number) => {
      const s = this.doc.tokens[t0].sentence;
      const { endToken: b } = this.doc.sentences[s];
      let said = b;
      for (let t = t0 + 1; t < b; t++)
        if (!this.quoted[t] && this.isSpeech(t, b)) {
          said = t;
          break;
        }
      return (this.countriesIn.get(s) ?? []).filter(
        ([at]) =>
          !this.destinations.has(at) &&
          at < said &&
          !(at > 0 && this.k.cues.scenePrepositions.has(this.keys[at - 1])),
      );
    };
    const one = (found: [number, string][]) =>
      new Set(found.map(([, c]) => c)).size === 1 ? found[0][1] : undefined;
    const plain = (found: [number, string][]) => found.filter(([at]) => !this.quoted[at]);
    const quotes = (found: [number, string][]) => found.filter(([at]) => this.quoted[at]);
    // `before`: only countries named before the official in their sentence are theirs ("the
    // government closed its border with Belarus" is not Belarus's government).
    const own = ownOf(token).filter(([at]) => !before || at < token);
    const later = tokens
      .slice(1)
      .filter((t) => this.doc.tokens[t].sentence !== sentence)
      .map(ownOf);
    let first: string | undefined;
    let tier = 4;
    const tiers: (() => string | undefined)[] = [
      () => one(plain(own)),
      () => (plain(own).length ? undefined : this.countryOfSentenceBefore(sentence)),
      () => later.map((l) => one(plain(l))).find(Boolean),
      () => [own, ...later].map((l) => (plain(l).length ? undefined : one(quotes(l)))).find(Boolean),
    ];
    for (let x = 0; x < tiers.length && !first; x++) {
      first = tiers[x]();
      if (first) tier = x;
    }
    const codes: string[] = first ? [first] : [];
    const dominant = this.dominantCountry();
    if (dominant) codes.push(dominant);
    else {
      // No dominant country: the nearest of their own sentence, then of any other of its countries.
      const all = (this.countriesIn.get(sentence) ?? []).filter(([at]) => !this.destinations.has(at));
      const byDistance = (x: [number, string], y: [number, string]) =>
        Math.abs(x[0] - token) - Math.abs(y[0] - token) || x[0] - y[0];
      for (const [, c] of [...own].sort(byDistance)) codes.push(c);
      for (const [, c] of [...all].sort(byDistance)) codes.push(c);
    }
    if (!codes.length) return { tier, codes };
    const ranked = [...this.countryCount].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [c] of ranked) codes.push(c);
    return { tier, codes: [...new Set(codes)] };
  }

  /** The most recently mentioned person passing `test` (one check per person, not per mention). */
  latestPerson(test: (id: string) => boolean): string | undefined {
    let best: string | undefined;
    let bestAt = -1;
    for (const [id, at] of this.lastPersonAt) {
      if (at > bestAt && test(id)) {
        best = id;
        bestAt = at;
      }
    }
    return best;
  }

  readonly lastPersonAt = new Map<string, number>();

  notePerson(id: string, start: number, end: number, sentence: number): void {
    this.lastPersonAt.set(id, start);
    const { firstToken: a, endToken: b } = this.doc.sentences[sentence];
    this.persons.push({
      actor: id,
      sentence,
      start,
      end,
      subject: start <= this.firstVerb[sentence],
      speaker: this.followedBySpeech(end, b) || (start > a && this.isSpeech(start - 1, b)),
      quoted: this.quoted[start] === 1,
    });
  }

  emitKnown(hit: GazEntry, item: Item, sentence: number, inPhrase = false): boolean {
    const ref = this.entryRef(hit);
    if (!ref) return false;
    // Inside a phrase, "the" belongs to the phrase: "[the [US] President]".
    const start =
      inPhrase && this.keys[item.start] === 'the' && item.end - item.start > 1 ? item.start + 1 : item.start;
    this.emit(ref.ref, start, item.end, ref.rule, sentence);
    return true;
  }

  entryRef(e: GazEntry): { ref: ActorRef; rule: string } | null {
    const actor = (id: string) => this.k.actors.get(id)!;
    switch (e.type) {
      case 'country':
        // A city is a place of its own, coded by its country: "in Basra" places an event in Iraq
        // without naming the Iraqi state as an actor.
        if (e.form === 'city' && e.place)
          return {
            ref: { id: `location:${slug(e.place)}`, name: e.place, kind: 'location', code: e.country },
            rule: 'gazetteer/city',
          };
        return { ref: actor(`country:${e.country}`), rule: `gazetteer/${COUNTRY_RULE[e.form]}` };
      case 'org': {
        const a = actor(e.actor);
        const rule =
          a.kind === 'group' ? 'gazetteer/group' : e.form === 'seat' ? 'gazetteer/org-seat' : 'gazetteer/org';
        return { ref: a, rule };
      }
      case 'outlet':
        return { ref: actor(e.actor), rule: 'gazetteer/outlet' };
      case 'person':
        return { ref: this.personRef(e.person), rule: 'gazetteer/person' };
      default:
        return null;
    }
  }

  dominantCountry(): string | undefined {
    let best: string | undefined;
    let bestN = 0;
    let second = 0;
    for (const [c, n] of this.countryCount) {
      if (n > bestN) {
        second = bestN;
        bestN = n;
        best = c;
      } else if (n > second) second = n;
    }
    return bestN >= 2 && bestN > second ? best : undefined;
  }

  /** "President Prosper Avril": a first name the tagger read as a verb, before a proper noun. */
  firstNameLike(j: number, b: number): boolean {
    const next = this.doc.tokens[j + 1];
    return j + 1 < b && next.pos === 'PROPN' && isCapitalised(next.text) && this.nameLike(j);
  }

  /** End of a run of capitalised name tokens at `i` (i when there is none). */
  nameEnd(i: number, b: number): number {
    const { tokens } = this.doc;
    let j = i;
    while (
      j < b &&
      j - i < 5 &&
      isCapitalised(tokens[j].text) &&
      (tokens[j].pos === 'PROPN' || this.firstNameLike(j, b)) &&
      !this.quoted[j] &&
      !this.k.cues.dateline.has(this.keys[j]) &&
      !this.k.cues.namePrefix.has(this.keys[j]) &&
      !this.lineStart[j]
    ) {
      const it = this.itemAt[j];
      if (it && j > i) break;
      if (it && !it.hits.some((h) => h.entry.type === 'person' || h.entry.type === 'surname')) break;
      j = it ? it.end : j + 1;
      while (this.joinsName(j, b)) j += 2;
    }
    return j;
  }

  /** "Park Ji-hoon": a hyphen glued to the name word before it and a word after it joins them. */
  joinsName(t: number, b: number): boolean {
    const { tokens } = this.doc;
    return (
      t > 0 &&
      t + 1 < b &&
      isHyphen(tokens[t].text) &&
      tokens[t + 1].type === 'word' &&
      tokens[t - 1].span[1] === tokens[t].span[0] &&
      tokens[t].span[1] === tokens[t + 1].span[0] &&
      !this.quoted[t + 1]
    );
  }

  /** Namesakes: one already in the document, then one holding the title's role, then the nearest in time. */
  pickSurname(people: string[], roles: string[] = [], where?: string): string {
    if (people.length === 1) return people[0];
    const seen = this.latestPerson((id) => people.includes(id.slice(7)));
    if (seen) return seen.slice(7);
    // Namesakes who held the title's role, else all of them; the one nearest in time wins.
    const holding = people.filter((p) =>
      (this.k.tenures.get(p) ?? []).some((t) => roles.includes(t.role) && (!where || t.where === where)),
    );
    const pool = holding.length ? holding : people;
    return [...pool].sort((x, y) => distanceFrom(this.k, x, this.day) - distanceFrom(this.k, y, this.day))[0];
  }

  emitUnknownPerson(name: string, from: number, end: number, rule: string, sentence: number) {
    const id = `person:~${slug(name)}`;
    const ref: ActorRef = this.reg.get(id) ?? { id, name, kind: 'person', code: '---' };
    this.docSurnames.set(this.keys[end - 1], id);
    this.emit(ref, from, end, rule, sentence);
    return id;
  }

  /**
   * A capitalised word the tagger took for a verb or noun inside a sentence ("Lynch said") is a
   * name, except in headings, where every word is capitalised.
   */
  nameLike(t: number): boolean {
    const tok = this.doc.tokens[t];
    if (!isCapitalised(tok.text) || tok.type !== 'word') return false;
    const sentence = this.doc.sentences[tok.sentence];
    if (this.doc.paragraphs[sentence.paragraph].heading || this.titleCase[t]) return false;
    // Sentence-initial words are capitalised anyway, unless a speech verb follows: "Lynch said".
    const nounish = tok.pos === 'VERB' || tok.pos === 'NOUN' || tok.pos === 'PROPN';
    if (t === sentence.firstToken) return nounish && this.isSpeech(t + 1, sentence.endToken);
    // The first word of a quotation or after a colon is capitalised anyway.
    const prev = this.doc.tokens[t - 1].text;
    if (OPEN_QUOTES.has(prev) || prev === ':' || prev === '(' || (prev === '"' && this.quoted[t] === 1))
      return false;
    return nounish || tok.pos === 'ADJ';
  }
}

const TITLE_CASE_SHARE = 0.9;
const TITLE_CASE_MIN_WORDS = 3;

/** Lines whose longer words (4+ letters, so "of", "in", "the" do not count) are nearly all capitalised. */
/** Tokens with a line break between them and the token before. */
function markLineStarts(doc: Doc): Uint8Array {
  const { tokens, text } = doc;
  const out = new Uint8Array(tokens.length);
  // The first line break at or after `searchedFrom` (infinite when none): searched again only when
  // the gap starts before that point or after that break, so text in order is read once.
  let searchedFrom = Number.POSITIVE_INFINITY;
  let nextBreak = Number.POSITIVE_INFINITY;
  for (let t = 1; t < tokens.length; t++) {
    const gapStart = tokens[t - 1].span[1];
    if (gapStart < searchedFrom || nextBreak < gapStart) {
      const found = text.indexOf('\n', gapStart);
      searchedFrom = gapStart;
      nextBreak = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    if (nextBreak < tokens[t].span[0]) out[t] = 1;
  }
  return out;
}

function markTitleCaseLines(tokens: Doc['tokens'], lineStart: Uint8Array): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let from = 0;
  for (let t = 1; t <= tokens.length; t++) {
    if (t < tokens.length && !lineStart[t]) continue;
    let words = 0;
    let capitals = 0;
    for (let j = from; j < t; j++) {
      if (tokens[j].type !== 'word' || tokens[j].text.length < 4 || !/^\p{L}/u.test(tokens[j].text)) continue;
      words++;
      if (isCapitalised(tokens[j].text)) capitals++;
    }
    if (words >= TITLE_CASE_MIN_WORDS && capitals >= TITLE_CASE_SHARE * words) out.fill(1, from, t);
    from = t;
  }
  return out;
}

const COUNTRY_RULE: Record<string, string> = {
  name: 'country-name',
  alias: 'country-alias',
  adjective: 'adjective',
  people: 'people',
  capital: 'capital',
  seat: 'seat',
  city: 'city',
};
