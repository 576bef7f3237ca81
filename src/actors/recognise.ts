import type { Actor } from '../contract/extraction.js';
import type { Doc, Span } from '../text/types.js';
import {
  type PersonMention,
  type PlainMention,
  resolveNeuter,
  resolvePlural,
  resolvePronoun,
} from './coref.js';
import { foldKey, isCapitalised, slug } from './keys.js';
import type { GazEntry, Knowledge, TrieHit } from './knowledge/compile.js';
import { type Item, matchTokens } from './match.js';
import { type ActorRef, Registry } from './registry.js';
import { findQuoted, findSpeakerKeys, MODALS, OPEN_QUOTES, PRONOUNS } from './signals.js';
import { dateKey, distanceFrom, holderOn, personStanding, tenureOn } from './tenure.js';

const SURNAME_YEARS = 4;
const PAST_MODIFIERS = new Set(['former', 'ex', 'late']);
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD']);
const CONNECTORS = new Set(['of', 'for', 'de', 'and']);
const APPOSITION_STARTERS = new Set(['a', 'an', 'the', 'who', 'whose']);

type Qualifier = { item: Item; hit?: TrieHit; where: string; country?: string };

/** Recognises and resolves the actors of one document in a single left-to-right pass. */
export function recogniseActors(doc: Doc, k: Knowledge): Actor[] {
  return new Pass(doc, k).run();
}

class Pass {
  private readonly keys: string[];
  private readonly quoted: Uint8Array;
  private readonly itemAt: (Item | undefined)[];
  private readonly itemEnding: (Item | undefined)[];
  private readonly firstVerb: Int32Array;
  private readonly reg = new Registry();
  private readonly persons: PersonMention[] = [];
  private readonly plain: PlainMention[] = [];
  private readonly gender = new Map<string, 'm' | 'f'>();
  private readonly docSurnames = new Map<string, string>();
  private readonly unknownRoles = new Map<string, string>();
  private readonly countryCount = new Map<string, number>();
  private readonly lastOrg = new Map<string, number>();
  private readonly day: string;

  constructor(
    private readonly doc: Doc,
    private readonly k: Knowledge,
  ) {
    const n = doc.tokens.length;
    this.keys = doc.tokens.map((t) => foldKey(t.text));
    this.quoted = findQuoted(doc);
    this.itemAt = new Array(n);
    this.itemEnding = new Array(n + 1);
    this.firstVerb = new Int32Array(doc.sentences.length);
    this.day = dateKey(doc.article.date);
    this.speakerKeys = findSpeakerKeys(doc, this.keys, this.quoted, k.cues.speech);
  }

  private readonly speakerKeys: Set<string>;

  run(): Actor[] {
    const { tokens, sentences } = this.doc;
    for (let s = 0; s < sentences.length; s++) {
      const { firstToken: a, endToken: b } = sentences[s];
      for (const it of matchTokens(this.keys, tokens, a, b, this.k.trie)) {
        this.itemAt[it.start] = it;
        this.itemEnding[it.end] = it;
      }
      let fv = b;
      for (let t = a; t < b; t++) {
        const pos = tokens[t].pos;
        if ((pos === 'VERB' || pos === 'AUX') && !this.quoted[t]) {
          fv = t;
          break;
        }
      }
      this.firstVerb[s] = fv;
      let i = a;
      while (i < b) {
        i =
          this.rolePhrase(i, a, b) ??
          this.sectorPhrase(i, a, b) ??
          this.bodyPhrase(i, a, b) ??
          this.standalone(i, a, b) ??
          this.unknownName(i, a, b) ??
          this.pronoun(i, a, b) ??
          i + 1;
      }
    }
    this.placeUnknownOfficials();
    return this.reg.result();
  }

  /**
   * "President Abdelaziz Bouteflika", with no country word before the title: the official takes the
   * one country named in the sentence, else the country the article names most.
   */
  private placeUnknownOfficials(): void {
    const dominant = this.dominantCountry();
    for (const [id, sentence] of this.unplaced) {
      const actor = this.reg.get(id)!;
      if (!actor.code.startsWith('---')) continue;
      const here = this.countriesIn.get(sentence);
      const country = here?.size === 1 ? [...here][0] : dominant;
      if (!country) continue;
      const place = this.k.countries.get(country)?.name;
      const role =
        actor.role && place && !actor.role.includes(' of ') ? `${actor.role} of ${place}` : actor.role;
      this.reg.refine(id, { code: `${country}${actor.code.slice(3)}`, role });
    }
  }

  private readonly unplaced = new Map<string, number>();
  private readonly countriesIn = new Map<number, Set<string>>();

  // ---- text helpers ----

  private span(start: number, end: number): Span {
    return [this.doc.tokens[start].span[0], this.doc.tokens[end - 1].span[1]];
  }

  private textOf(start: number, end: number): string {
    const [s, e] = this.span(start, end);
    return this.doc.text.slice(s, e);
  }

  /** Extends a phrase start back over a directly preceding "the". */
  private withArticle(start: number, a: number): number {
    return start > a && this.keys[start - 1] === 'the' && !this.itemEnding[start] ? start - 1 : start;
  }

  private isSpeech(t: number, b: number): boolean {
    return t < b && this.k.cues.speech.has(this.keys[t]);
  }

  /** "X said", "X, a diplomat, said": a speech verb right after, or after one parenthetical. */
  private followedBySpeech(end: number, b: number): boolean {
    if (this.isSpeech(end, b)) return true;
    if (this.keys[end] !== ',') return false;
    for (let t = end + 1; t < Math.min(b, end + 16); t++)
      if (this.keys[t] === ',') return this.isSpeech(t + 1, b);
    return false;
  }

  private qualifierAt(i: number, b: number): (Qualifier & { hit: TrieHit }) | null {
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

  private personRef(person: string): ActorRef {
    const p = this.k.people.get(person)!;
    const standing = personStanding(this.k, person, this.day);
    if (p.gender && !this.gender.has(`person:${person}`)) this.gender.set(`person:${person}`, p.gender);
    return { id: `person:${person}`, name: p.name, kind: 'person', code: standing.code, role: standing.role };
  }

  private emit(ref: ActorRef, start: number, end: number, rule: string, sentence: number): void {
    this.reg.add(ref, this.span(start, end), this.textOf(start, end), rule);
    if (ref.kind === 'person') this.notePerson(ref.id, start, end, sentence);
    this.plain.push({ actors: [ref.id], kind: ref.kind, rule, sentence, start, end });
    if (ref.kind === 'country') {
      this.countryCount.set(ref.code, (this.countryCount.get(ref.code) ?? 0) + 1);
      const here = this.countriesIn.get(sentence) ?? new Set<string>();
      this.countriesIn.set(sentence, here.add(ref.code));
    }
    if (ref.kind === 'organization' || ref.kind === 'group') this.lastOrg.set(ref.id, start);
  }

  /** The most recently mentioned person passing `test` (one check per person, not per mention). */
  private latestPerson(test: (id: string) => boolean): string | undefined {
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

  private readonly lastPersonAt = new Map<string, number>();

  private notePerson(id: string, start: number, end: number, sentence: number): void {
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

  private emitKnown(hit: GazEntry, item: Item, sentence: number, inPhrase = false): boolean {
    const ref = this.entryRef(hit);
    if (!ref) return false;
    // Inside a phrase, "the" belongs to the phrase: "[the [US] President]".
    const start =
      inPhrase && this.keys[item.start] === 'the' && item.end - item.start > 1 ? item.start + 1 : item.start;
    this.emit(ref.ref, start, item.end, ref.rule, sentence);
    return true;
  }

  private entryRef(e: GazEntry): { ref: ActorRef; rule: string } | null {
    const actor = (id: string) => this.k.actors.get(id)!;
    switch (e.type) {
      case 'country':
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

  // ---- recognisers: each returns the next token index, or null when it does not apply ----

  /** "Russian President Vladimir Putin", "the Kremlin leader", "the Prime Minister", "President of Russia". */
  private rolePhrase(i: number, a: number, b: number): number | null {
    let q = this.qualifierAt(i, b) ?? this.possessiveQualifier(i, b);
    let t = i;
    if (q) {
      t = q.item.end;
      if (this.keys[t] === "'s") t++;
    }
    const titleItem = t < b ? this.itemAt[t] : undefined;
    if (!titleItem) return null;
    const title = titleItem.hits.find(
      (h) => h.entry.type === 'title' || (q && h.entry.type === 'description'),
    );
    if (!title || (title.entry.type !== 'title' && title.entry.type !== 'description')) return null;
    // "the Hungarian leader": the country's executive role first (the prime minister in parliamentary systems).
    const executive =
      q?.country && title.entry.type === 'description'
        ? this.k.countries.get(q.country)?.executive
        : undefined;
    const roles =
      executive && title.entry.roles.includes(executive)
        ? [executive, ...title.entry.roles.filter((r) => r !== executive)]
        : title.entry.roles;
    const sentence = this.doc.tokens[i].sentence;
    let end = titleItem.end;
    if (!q && this.keys[end] === 'of') {
      const q2 = this.qualifierAt(end + 1, b);
      if (q2) {
        q = q2;
        end = q2.item.end;
      }
    }
    if (q?.hit) this.emitKnown(q.hit.entry, q.item, sentence, true);
    const head = q && q.item.start < titleItem.start ? q.item.start : titleItem.start;
    let start = this.withArticle(head, a);
    const definite = start < head || this.keys[head] === 'the';
    // "envoy to the UN Sergiy Kyslytsya": a complement between the title and a name.
    let nameAt = end;
    if (this.keys[end] === 'to') {
      const p = end + 1;
      const c = this.qualifierAt(p, b) ?? (this.keys[p] === 'the' ? this.qualifierAt(p + 1, b) : null);
      if (c && this.nameEnd(c.item.end, b) > c.item.end) {
        this.emitKnown(c.hit.entry, c.item, sentence);
        nameAt = c.item.end;
      }
    }
    const titleGender = this.k.cues.genderedTitle.get(this.keys[titleItem.end - 1]);
    let named = this.namedHolder(nameAt, b, roles, q?.where);
    // "Its foreign minister, Viktor Dranko, said": the name in apposition after the title.
    let appositive = false;
    if (!named && this.keys[nameAt] === ',') {
      const after = this.namedHolder(nameAt + 1, b, roles, q?.where);
      const k = after ? this.keys[after.end] : '';
      if (after && (after.end >= b || k === ',' || k === '.' || this.isSpeech(after.end, b))) {
        named = after;
        appositive = true;
      }
    }
    if (named) {
      // "the former prime minister Tony Blair": a named holder keeps "former" in the mention.
      if (start > a && PAST_MODIFIERS.has(this.keys[start - 1])) start = this.withArticle(start - 1, a);
      const role = roles.map((r) => this.k.roles.get(r)).find(Boolean);
      let ref = named.ref;
      if (!ref) {
        const name = this.textOf(named.start, named.end);
        const place = q
          ? (this.k.countries.get(q.where)?.name ?? this.k.actors.get(q.where)?.name)
          : undefined;
        const code = q
          ? q.where.startsWith('org:')
            ? this.k.actors.get(q.where)!.code
            : `${q.where}${role?.sector ?? ''}`
          : `---${role?.sector ?? ''}`;
        ref = { id: `person:~${slug(name)}`, name, kind: 'person', code };
        if (role) ref.role = place ? `${role.name} of ${place}` : role.name;
        if (role) this.unknownRoles.set(ref.id, role.id);
        if (!q && !this.unplaced.has(ref.id)) this.unplaced.set(ref.id, sentence);
        this.docSurnames.set(this.keys[named.end - 1], ref.id);
      }
      if (titleGender && !this.gender.has(ref.id)) this.gender.set(ref.id, titleGender);
      if (appositive) {
        this.emit(ref, start, nameAt, 'coref/apposition', sentence);
        this.emit(ref, named.start, named.end, named.rule, sentence);
      } else this.emit(ref, start, named.end, named.rule, sentence);
      return named.end;
    }
    const before = start > a ? this.keys[start - 1] : '';
    if (this.k.cues.indefinite.has(before)) return end;
    // "Sergiy Kyslytsya, Ukraine's envoy": an apposition names the person just mentioned.
    const last = this.persons[this.persons.length - 1];
    if (before === ',' && last && last.sentence === sentence && last.end === start - 1) {
      const actor = this.reg.get(last.actor)!;
      if (actor.id.startsWith('person:~') && q && roles.length) {
        const role = this.k.roles.get(roles[0]);
        if (role && !q.where.startsWith('org:')) {
          const place = this.k.countries.get(q.where)?.name;
          this.reg.refine(actor.id, { code: `${q.where}${role.sector}`, role: `${role.name} of ${place}` });
        }
      }
      this.emit(actor, start, end, 'coref/apposition', sentence);
      return end;
    }
    if (q) {
      for (const r of roles) {
        const holder = holderOn(this.k, r, q.where, this.day);
        if (holder) {
          this.emit(this.personRef(holder.person), start, end, 'title/dated-holder', sentence);
          return end;
        }
      }
      const role = this.k.roles.get(roles[0]);
      const place = this.k.countries.get(q.where)?.name ?? this.k.actors.get(q.where)?.name;
      if (role && place && title.entry.type === 'title') {
        const name = `${role.name} of ${place}`;
        const code = q.where.startsWith('org:')
          ? this.k.actors.get(q.where)!.code
          : `${q.where}${role.sector}`;
        this.emit(
          { id: `person:~${slug(name)}`, name, kind: 'person', code, role: name },
          start,
          end,
          'title/unfilled',
          sentence,
        );
      }
      return end;
    }
    if (!definite || title.entry.type !== 'title') return end;
    // "the Prime Minister": the person of the document who holds the role, else the dominant country's.
    const holder = this.latestPerson((id) => {
      const known = id.startsWith('person:~') ? undefined : tenureOn(this.k, id.slice(7), this.day);
      return (known && roles.includes(known.role)) || roles.includes(this.unknownRoles.get(id) ?? '');
    });
    if (holder) {
      this.emit(this.reg.get(holder)!, start, end, 'coref/title', sentence);
      return end;
    }
    const dominant = this.dominantCountry();
    if (dominant) {
      for (const r of roles) {
        const holder = holderOn(this.k, r, dominant, this.day);
        if (holder) {
          this.emit(this.personRef(holder.person), start, end, 'title/dominant-country', sentence);
          return end;
        }
      }
    }
    return end;
  }

  private dominantCountry(): string | undefined {
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

  /** End of a run of capitalised name tokens at `i` (i when there is none). */
  private nameEnd(i: number, b: number): number {
    const { tokens } = this.doc;
    let j = i;
    while (
      j < b &&
      j - i < 5 &&
      isCapitalised(tokens[j].text) &&
      tokens[j].pos === 'PROPN' &&
      !this.quoted[j]
    ) {
      const it = this.itemAt[j];
      if (it && j > i) break;
      if (it && !it.hits.some((h) => h.entry.type === 'person' || h.entry.type === 'surname')) break;
      j = it ? it.end : j + 1;
    }
    return j;
  }

  /** "its foreign minister": "its" read as the country or organisation it stands for. */
  private possessiveQualifier(i: number, b: number): Qualifier | null {
    if (this.keys[i] !== 'its' || this.quoted[i]) return null;
    const next = i + 1 < b ? this.itemAt[i + 1] : undefined;
    if (!next?.hits.some((h) => h.entry.type === 'title')) return null;
    const sentence = this.doc.tokens[i].sentence;
    const id = resolveNeuter(this.plain, sentence, i);
    const actor = id ? this.k.actors.get(id) : undefined;
    if (!actor || (actor.kind !== 'country' && actor.kind !== 'organization')) return null;
    this.reg.add(this.reg.get(actor.id)!, this.span(i, i + 1), this.textOf(i, i + 1), 'coref/its');
    const where = actor.kind === 'country' ? actor.code : actor.id;
    return { item: { start: i, end: i + 1, hits: [] }, where, country: actor.country };
  }

  /** The name after a title: a known person (full name or surname) or an unknown one. */
  private namedHolder(
    i: number,
    b: number,
    roles: string[],
    where?: string,
  ): { start: number; end: number; ref?: ActorRef; rule: string } | null {
    const it = i < b ? this.itemAt[i] : undefined;
    if (it) {
      const hit = it.hits[0].entry;
      if (hit.type === 'person')
        return { start: i, end: it.end, ref: this.personRef(hit.person), rule: 'title/named' };
      // "President Levy Mwanawasa": a surname that opens a longer name is someone else's first name.
      if (hit.type === 'surname' && this.nameEnd(i, b) === it.end) {
        const person = this.pickSurname(hit.people, roles, where);
        return { start: i, end: it.end, ref: this.personRef(person), rule: 'title/surname' };
      }
      if (hit.type !== 'surname') return null;
    }
    // A rank or honorific opens the name but is not part of it: "commander Colonel Ann Vale".
    if (i + 1 < b && this.k.cues.honorific.has(this.keys[i]) && isCapitalised(this.doc.tokens[i + 1].text)) {
      return this.namedHolder(i + 1, b, roles, where);
    }
    const end = this.nameEnd(i, b);
    if (end === i) return null;
    const local = end - i === 1 ? this.docSurnames.get(this.keys[i]) : undefined;
    if (local) return { start: i, end, ref: this.reg.get(local), rule: 'coref/surname' };
    return { start: i, end, rule: 'unknown/titled-name' };
  }

  /** Namesakes: one already in the document, then one holding the title's role, then the nearest in time. */
  private pickSurname(people: string[], roles: string[] = [], where?: string): string {
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

  /** "Russian troops", "Ukraine's army": a country's sector. */
  private sectorPhrase(i: number, a: number, b: number): number | null {
    const q = this.qualifierAt(i, b);
    if (!q?.country || q.where.startsWith('org:')) return null;
    let t = q.item.end;
    if (this.keys[t] === "'s") t++;
    const s = t < b ? this.itemAt[t] : undefined;
    const hit = s?.hits.find((h) => h.entry.type === 'sector');
    if (!s || !hit || hit.entry.type !== 'sector') return null;
    const sentence = this.doc.tokens[i].sentence;
    this.emitKnown(q.hit.entry, q.item, sentence, true);
    const sector = this.k.sectors.get(hit.entry.sector)!;
    const country = this.k.countries.get(q.country)!;
    const ref: ActorRef = {
      id: `sector:${q.country}${sector.code}`,
      name: `${country.adjective} ${sector.name}`,
      kind: 'sector',
      code: `${q.country}${sector.code}`,
    };
    this.emit(ref, this.withArticle(q.item.start, a), s.end, 'gazetteer/sector', sentence);
    return s.end;
  }

  /**
   * "the Russian Defence Ministry", "Russia's defence ministry", "the US Congress": a country's
   * body, named "Defence Ministry of Russia" so that every wording gets the same id.
   */
  private bodyPhrase(i: number, a: number, b: number): number | null {
    const q = this.qualifierAt(i, b);
    if (!q?.country || q.where.startsWith('org:')) return null;
    // "the Washington Post" is a name, not Washington's post: only country words qualify a body.
    const form = q.hit.entry.type === 'country' ? q.hit.entry.form : '';
    if (form !== 'name' && form !== 'alias' && form !== 'adjective') return null;
    let t = q.item.end;
    if (this.keys[t] === "'s") t++;
    const { tokens } = this.doc;
    let head = -1;
    for (let j = t; j < Math.min(b, t + 4); j++) {
      const pos = tokens[j].pos;
      if (this.itemAt[j] || this.quoted[j] || (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ')) break;
      if (this.k.cues.orgWord.has(this.keys[j])) head = j;
    }
    if (head < 0) return null;
    const sector = this.k.cues.orgWord.get(this.keys[head])!;
    // Lowercase bodies are state bodies ("defence ministry"); other lowercase heads are common nouns.
    if (!isCapitalised(tokens[head].text) && !STATE_SECTORS.has(sector)) return null;
    const sentence = tokens[i].sentence;
    this.emitKnown(q.hit.entry, q.item, sentence, true);
    const words = tokens.slice(t, head + 1).map((x) => x.text[0].toUpperCase() + x.text.slice(1));
    const name = `${words.join(' ')} of ${this.k.countries.get(q.country)!.name}`;
    const code = sector === 'NGO' ? `${q.country}NGO` : `${q.country}${sector}`;
    const ref: ActorRef = { id: `org:~${slug(name)}`, name, kind: 'organization', code };
    this.emit(ref, this.withArticle(q.item.start, a), head + 1, 'unknown/body', sentence);
    return head + 1;
  }

  private standalone(i: number, a: number, b: number): number | null {
    const it = this.itemAt[i];
    if (!it) return null;
    const sentence = this.doc.tokens[i].sentence;
    const e = it.hits[0].entry;
    if (e.type === 'country' && e.form !== 'adjective' && e.form !== 'people') {
      const named = this.namedAfterPlace(it, e.country, a, b);
      if (named !== null) return named;
    }
    // "Mr Zelensky": the honorific belongs to the mention of a known person.
    const titled = i > a && this.k.cues.honorific.has(this.keys[i - 1]) && !this.itemEnding[i];
    if (e.type === 'person' && titled) {
      this.emit(this.personRef(e.person), i - 1, it.end, 'gazetteer/person', sentence);
      return it.end;
    }
    // "the West Bank", "Moro Islamic Liberation Front": a name inside a longer unknown name is not itself.
    if (e.type !== 'country' && this.embedded(it, a, b)) return it.end;
    if (this.emitKnown(e, it, sentence)) return it.end;
    if (e.type === 'surname') {
      // "Bernie Sanders ... Sanders": a namesake the data does not know, named earlier in the text, wins.
      const local = this.docSurnames.get(this.keys[i]);
      if (local?.startsWith('person:~')) {
        this.emit(this.reg.get(local)!, titled ? i - 1 : i, it.end, 'coref/surname', sentence);
        return it.end;
      }
      const person = this.pickSurname(e.people);
      const inText = this.reg.has(`person:${person}`);
      // A bare surname names a known person only around their time in office ("Brown" in 2016 is someone else).
      if (!inText && this.doc.article.date && distanceFrom(this.k, person, this.day) > SURNAME_YEARS)
        return it.end;
      // "May", "Rice prices": a bare surname that is also a common word needs the person in the text.
      const next = this.doc.tokens[it.end];
      const opener = i === a && !titled && next && next.sentence === this.doc.tokens[i].sentence;
      const common =
        this.k.cues.notName.has(this.keys[i]) || (opener && (next.pos === 'NOUN' || next.pos === 'ADJ'));
      // "Mr. Sanders" is not a woman of that name; "WALLACE:" is a transcript label, not a name.
      const honorific = titled ? this.k.cues.honorific.get(this.keys[i - 1]) : undefined;
      const gender = this.k.people.get(person)?.gender;
      const clash = honorific && honorific !== 'any' && gender && gender !== honorific;
      const shouting =
        this.doc.tokens[i].text.length > 3 &&
        this.doc.tokens[i].text === this.doc.tokens[i].text.toUpperCase();
      if (!inText && (common || clash || shouting)) return it.end;
      const rule = inText ? 'coref/surname' : 'gazetteer/surname';
      this.emit(this.personRef(person), titled ? i - 1 : i, it.end, rule, sentence);
      return it.end;
    }
    if (e.type === 'anaphor') {
      let best: string | undefined;
      let bestAt = -1;
      for (const org of e.orgs) {
        const at = this.lastOrg.get(org);
        if (at !== undefined && at > bestAt) {
          best = org;
          bestAt = at;
        }
      }
      if (!best || !this.definiteBefore(i, a)) return it.end;
      this.emit(this.k.actors.get(best)!, this.withArticle(i, a), it.end, 'coref/org-anaphor', sentence);
      return it.end;
    }
    return it.end;
  }

  private embedded(it: Item, a: number, b: number): boolean {
    const { tokens } = this.doc;
    const next = it.end < b ? tokens[it.end] : undefined;
    const nounish = next && (next.pos === 'PROPN' || next.pos === 'NOUN');
    // A capitalised common word after it ("West Bank") continues the name; a title after it does not.
    const after = this.itemAt[it.end];
    const plain = !after || after.hits.every((h) => h.entry.type === 'sector');
    if (next && plain && nounish && isCapitalised(next.text) && !this.quoted[it.end]) return true;
    if (it.end - it.start > 1 || it.start === a) return false;
    const prev = tokens[it.start - 1];
    const named = prev.pos === 'PROPN' && isCapitalised(prev.text);
    return named && !this.itemEnding[it.start] && !this.k.cues.honorific.has(this.keys[it.start - 1]);
  }

  /** "the Washington Post", "Moscow City Court": a place name opening an organisation's name. */
  private namedAfterPlace(it: Item, country: string, a: number, b: number): number | null {
    const { tokens } = this.doc;
    let head = -1;
    for (let j = it.end; j < Math.min(b, it.end + 3); j++) {
      const pos = tokens[j].pos;
      if (this.itemAt[j] || !isCapitalised(tokens[j].text) || (pos !== 'PROPN' && pos !== 'NOUN')) break;
      if (this.k.cues.orgWord.has(this.keys[j])) head = j;
    }
    if (head < 0) return null;
    const sector = this.k.cues.orgWord.get(this.keys[head])!;
    const name = this.textOf(it.start, head + 1).replace(/^the\s+/i, '');
    const code = sector === 'NGO' ? `${country}NGO` : `${country}${sector}`;
    const start = this.withArticle(it.start, a);
    this.emit(
      { id: `org:~${slug(name)}`, name, kind: 'organization', code },
      start,
      head + 1,
      'unknown/org',
      tokens[it.start].sentence,
    );
    return head + 1;
  }

  /** "the alliance", "the [NATO] bloc", "the US-led alliance": a "the" a few tokens back, no comma between. */
  private definiteBefore(i: number, a: number): boolean {
    for (let t = i - 1; t >= Math.max(a, i - 5); t--) {
      const k = this.keys[t];
      if (k === 'the') return true;
      if (k === ',' || k === '.' || k === ';' || this.doc.tokens[t].pos === 'ADP') return false;
    }
    return false;
  }

  /** Names the data does not know: "Mr Smith", "Sergiy Kyslytsya said", "the Defence Ministry". */
  private unknownName(i: number, a: number, b: number): number | null {
    const { tokens } = this.doc;
    const cues = this.k.cues;
    const honorific = cues.honorific.get(this.keys[i]);
    let start = i;
    if (honorific) {
      if (i + 1 >= b || !isCapitalised(tokens[i + 1].text)) return null;
      if (this.itemAt[i + 1]) return i + 1;
      start = i + 1;
    } else if (this.itemAt[i] || !isCapitalised(tokens[i].text) || this.quoted[i]) {
      return null;
    } else if (tokens[i].pos !== 'PROPN' && !this.nameLike(i)) {
      // A capitalised adjective may open a name: "Democratic National Committee".
      const next = tokens[i + 1];
      if (tokens[i].pos !== 'ADJ' || i + 1 >= b || next.pos !== 'PROPN' || !isCapitalised(next.text))
        return null;
    }
    // The run: capitalised proper nouns, with "of"/"for" inside organisation names.
    let end = start;
    let orgSector: string | undefined;
    let orgAt = -1;
    let cut = -1;
    while (end < b && end - start < 7) {
      const tok = tokens[end];
      if ((this.itemAt[end] && !this.surnameOnly(end)) || this.quoted[end]) break;
      if (
        isCapitalised(tok.text) &&
        (tok.pos === 'PROPN' || tok.pos === 'NOUN' || tok.pos === 'ADJ' || this.nameLike(end))
      ) {
        if (!orgSector && cues.orgWord.has(this.keys[end])) {
          orgSector = cues.orgWord.get(this.keys[end]);
          orgAt = end;
        }
        end++;
        continue;
      }
      if (
        CONNECTORS.has(this.keys[end]) &&
        end > start &&
        end + 1 < b &&
        isCapitalised(tokens[end + 1].text)
      ) {
        if (cut < 0) cut = end;
        end++;
        continue;
      }
      break;
    }
    if (end === start) return i + 1;
    // "Ministry of Defence" keeps its "of"; "Shares of Northwind Energy" starts after it.
    if (cut > 0 && !orgSector) end = cut;
    else if (cut > 0 && orgAt > cut) start = cut + 1;
    while (end > start && CONNECTORS.has(this.keys[end - 1])) end--;
    const sentence = tokens[i].sentence;
    const before = start > a ? this.keys[start - 1] : '';
    if (orgSector && end - start > 1) {
      const name = this.textOf(start, end);
      const q = this.itemEnding[start] ? this.qualifierAt(this.itemEnding[start]!.start, b) : null;
      const country = q?.country;
      const code =
        orgSector === 'NGO' ? (country ? `${country}NGO` : 'NGO') : `${country ?? '---'}${orgSector}`;
      const full = q ? this.textOf(q.item.start, end) : name;
      const ref: ActorRef = { id: `org:~${slug(full)}`, name: full, kind: 'organization', code };
      this.emit(ref, this.withArticle(q ? q.item.start : start, a), end, 'unknown/org', sentence);
      return end;
    }
    // "Senior Sergeant Ann Vale", "Chief Justice John Roberts": ranks and titles are not the name.
    let ranked = false;
    for (let k = end - 2; k >= start; k--) {
      if (cues.honorific.has(this.keys[k]) || cues.namePrefix.has(this.keys[k])) {
        ranked = true;
        start = k + 1;
        break;
      }
    }
    const name = this.textOf(start, end);
    const speech = this.followedBySpeech(end, b) || (start > a && this.isSpeech(start - 1, b));
    if (end - start === 1 && !honorific && !ranked) {
      const local = this.docSurnames.get(this.keys[start]);
      if (local) this.emit(this.reg.get(local)!, start, end, 'coref/surname', sentence);
      // "Warren said": a lone name speaking is a person, even unnamed before.
      else if (speech && this.loneName(start) && !cues.placePrep.has(before) && before !== 'the')
        this.emitUnknownPerson(name, i, end, 'unknown/speaker', sentence);
      return end;
    }
    const apposition =
      this.keys[end] === ',' &&
      end + 1 < b &&
      (tokens[end + 1].pos === 'NUM' ||
        APPOSITION_STARTERS.has(this.keys[end + 1]) ||
        !!this.qualifierAt(end + 1, b));
    // After a preposition of place, or "the" ("the Suwalki Gap"), a capitalised pair is a place.
    const place = cues.placePrep.has(before) || before === 'the';
    // "Hillary Clinton is seizing ... Clinton says": the surname speaks elsewhere in the text.
    const speaksLater = end - start <= 3 && this.speakerKeys.has(this.keys[end - 1]);
    if (!honorific && !ranked && (place || !(speech || apposition || speaksLater))) return end;
    const rule = honorific
      ? 'unknown/honorific'
      : speech
        ? 'unknown/speaker'
        : apposition
          ? 'unknown/apposition'
          : 'unknown/named-speaker';
    const id = this.emitUnknownPerson(name, i, end, rule, sentence);
    if (honorific && honorific !== 'any' && !this.gender.has(id)) this.gender.set(id, honorific);
    return end;
  }

  private emitUnknownPerson(name: string, from: number, end: number, rule: string, sentence: number) {
    const id = `person:~${slug(name)}`;
    const ref: ActorRef = this.reg.get(id) ?? { id, name, kind: 'person', code: '---' };
    this.docSurnames.set(this.keys[end - 1], id);
    this.emit(ref, from, end, rule, sentence);
    return id;
  }

  /** A single word that can be a person's name: not a day or a party, an acronym, an abbreviation or an organisation word. */
  private loneName(t: number): boolean {
    const { text, pos } = this.doc.tokens[t];
    const key = this.keys[t];
    if (
      (pos !== 'PROPN' && !this.nameLike(t)) ||
      text.endsWith('.') ||
      this.k.cues.notName.has(key) ||
      this.k.cues.orgWord.has(key)
    )
      return false;
    return !(text.length > 1 && text === text.toUpperCase());
  }

  /**
   * A capitalised word the tagger took for a verb or noun inside a sentence ("Lynch said") is a
   * name, except in headings, where every word is capitalised.
   */
  private nameLike(t: number): boolean {
    const tok = this.doc.tokens[t];
    if (!isCapitalised(tok.text) || tok.type !== 'word') return false;
    const sentence = this.doc.sentences[tok.sentence];
    if (this.doc.paragraphs[sentence.paragraph].heading) return false;
    // Sentence-initial words are capitalised anyway, unless a speech verb follows: "Lynch said".
    const nounish = tok.pos === 'VERB' || tok.pos === 'NOUN' || tok.pos === 'PROPN';
    if (t === sentence.firstToken) return nounish && this.isSpeech(t + 1, sentence.endToken);
    // The first word of a quotation or after a colon is capitalised anyway.
    const prev = this.doc.tokens[t - 1].text;
    if (OPEN_QUOTES.has(prev) || prev === ':' || prev === '(' || (prev === '"' && this.quoted[t] === 1))
      return false;
    return nounish || tok.pos === 'ADJ';
  }

  private surnameOnly(t: number): boolean {
    const it = this.itemAt[t];
    return !!it && it.end === t + 1 && it.hits.every((h) => h.entry.type === 'surname');
  }

  private pronoun(i: number, _a: number, b: number): number | null {
    const kind = PRONOUNS.get(this.keys[i]);
    if (!kind) return null;
    const sentence = this.doc.tokens[i].sentence;
    if (kind === 'n') {
      // "it" only as the subject of saying or intending: "it said", "it would protect" (not "it is clear").
      if (
        this.keys[i] === 'it' &&
        !(this.isSpeech(i + 1, b) || (MODALS.has(this.keys[i + 1]) && this.keys[i + 2] !== 'be'))
      )
        return i + 1;
      const id = this.quoted[i] ? undefined : resolveNeuter(this.plain, sentence, i);
      if (id) this.reg.add(this.reg.get(id)!, this.span(i, i + 1), this.textOf(i, i + 1), 'coref/its');
      return i + 1;
    }
    if (kind === 'p') {
      if (this.quoted[i]) return i + 1;
      const found = resolvePlural(this.plain, this.keys, sentence, i);
      for (const id of found?.actors ?? []) {
        const ref = this.reg.get(id);
        if (ref) this.reg.add(ref, this.span(i, i + 1), this.textOf(i, i + 1), found!.rule);
      }
      return i + 1;
    }
    const speechSubject =
      this.isSpeech(i + 1, b) || (this.isSpeech(i + 2, b) && this.doc.tokens[i + 1].pos === 'ADV');
    const found = resolvePronoun(this.persons, this.gender, kind, {
      sentence,
      token: i,
      quoted: this.quoted[i] === 1,
      speechSubject,
    });
    if (!found) return i + 1;
    const id = found.actor;
    // A pronoun teaches a person's gender only when nobody else could have been meant.
    if (found.alone && !this.gender.has(id)) this.gender.set(id, kind);
    this.emit(this.reg.get(id)!, i, i + 1, 'coref/pronoun', sentence);
    return i + 1;
  }
}

const COUNTRY_RULE: Record<string, string> = {
  name: 'country-name',
  alias: 'country-alias',
  adjective: 'adjective',
  people: 'people',
  capital: 'capital',
  seat: 'seat',
};
