import { POSSESSIVE_PRONOUNS } from '../text/english.js';
import type { Span, Token } from '../text/types.js';
import { impersonalPassive } from './indirect.js';
import type { CueForm, QuoteLexicon } from './lexicon.js';
import { type MentionRange, mentionAfter, mentionBefore } from './mention.js';
import {
  DASHES,
  endsSentence,
  isCapitalised,
  isMark,
  isPossessiveMark,
  isSentenceEnd,
  isVerbal,
  lower,
  opensAdjunct,
} from './tokens.js';

/** Who said it and with which cue; `speaker` is null for a cue whose speaker comes from context. */
export interface Attribution {
  cueFirst: number;
  cueLast: number;
  form: CueForm | null;
  speaker: MentionRange | null;
  /** The tokens the attribution occupies, for relay and date look-ups. */
  tokens: [number, number];
  rule: string;
}

/**
 * The cue at token i: a cue verb form or a multi-word phrase; returns its last token. Stance verbs
 * (`stances`) count for reports only: they never attribute the words of a quotation.
 */
export function cueAt(tokens: Token[], i: number, end: number, lex: QuoteLexicon, stances = false) {
  const word = lower(tokens[i]);
  for (const p of lex.phrasesByFirst.get(word) ?? []) {
    if (i + p.words.length > end) continue;
    if (p.words.every((w, k) => lower(tokens[i + k]) === w)) {
      return { last: i + p.words.length - 1, form: null, phrase: p };
    }
  }
  const form = lex.cues.get(word);
  if (
    form &&
    (stances || !form.stance) &&
    (tokens[i].pos === 'VERB' ||
      tokens[i].pos === 'AUX' ||
      // A tagged noun may be a verb ("the protests demands that"), but not a base form ("the call")
      // nor a noun after a modifier or a noun ("his recent attacks", "cost estimates were").
      (tokens[i].pos === 'NOUN' && word !== form.verb && !nounAfterModifier(tokens, i)) ||
      (tokens[i].pos === 'NOUN' && word === form.verb && afterPluralSubject(tokens, i)) ||
      (tokens[i].pos === 'NOUN' && word === form.verb && afterQuantifier(tokens, i, lex)) ||
      // "Roe fumed.": a past form the tagger reads as an adjective right after a name or pronoun.
      (tokens[i].pos === 'ADJ' &&
        /ed$/.test(word) &&
        !form.belief &&
        /^(PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? '')) ||
      form.participle)
  ) {
    return { last: i, form, phrase: null };
  }
  return null;
}

const NEW_SENTENCE_PRONOUNS = new Set(['He', 'She', 'They', 'We', 'It']);
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM']);

const CLAUSE_OPENING_POS = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

/** "Some say ...", "Six in 10 say ...": a base form after a group word or a number is a verb. */
function afterQuantifier(tokens: Token[], i: number, lex: QuoteLexicon): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (
    !before ||
    !next ||
    !(lex.quantifiers.has(lower(before)) || before.pos === 'NUM' || before.text === '%')
  )
    return false;
  return lower(next) === 'that' || CLAUSE_OPENING_POS.has(next.pos);
}

/** "Polls show that ...", "the reports show the PAC ...", "..., reports show.": a base form after a plural subject. */
function afterPluralSubject(tokens: Token[], i: number): boolean {
  // "Polls there show ...": the subject before a place adverb.
  const before = lower(tokens[i - 1] ?? tokens[i]) === 'there' ? tokens[i - 2] : tokens[i - 1];
  const next = tokens[i + 1];
  if (!before || !next) return false;
  const plural = /^(NOUN|PROPN)$/.test(before.pos) && /[^'’]s$/.test(lower(before));
  // "Norway and Sweden support the plan", "towns that support the levy", "1 percent support the
  // party": a coordinated name, a relative pronoun or a share of a poll before the base form.
  const coordinated = before.pos === 'PROPN' && lower(tokens[i - 2] ?? before) === 'and';
  // "Data show that ...": any noun before a base form that a complementizer follows.
  const complementized = /^(NOUN|PROPN)$/.test(before.pos) && lower(next) === 'that' && next.pos === 'SCONJ';
  const other = coordinated || complementized || /^(that|who|percent|%)$/.test(lower(before));
  if (!plural && !other) return false;
  // "..., new fundraising reports show.": closing the sentence after its content.
  if (lower(next) === 'that' || CLAUSE_OPENING_POS.has(next.pos) || isSentenceEnd(next)) return true;
  // "senators support reforming the levy", "Millennials support background checks".
  return (next.pos === 'VERB' && /ing$/.test(lower(next))) || (plural && next.pos === 'NOUN');
}

/** A noun-tagged word after a modifier, or after a noun without "that" following: a noun. */
function nounAfterModifier(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (MODIFIER_POS.has(before.pos) || POSSESSIVE_PRONOUNS.has(lower(before)) || /^['’]s$/.test(lower(before)))
    return true;
  return before.pos === 'NOUN' && lower(tokens[i + 1] ?? before) !== 'that' && !quotationNext(tokens, i);
}

/** "The ad claims, “...”": a quotation opens right after token i (past a comma or colon). */
function quotationNext(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (k < tokens.length && (tokens[k].text === ',' || tokens[k].text === ':')) k++;
  return k < tokens.length && isMark(tokens[k]) && !isPossessiveMark(tokens, k);
}

/** The one capitalised word (an abbreviation may add its period) between commas j and k: "Dayton, Ohio,". */
function isStateAfterCity(tokens: Token[], j: number, k: number): boolean {
  const n = k - j - 1;
  if (n < 1 || n > 2 || !isCapitalised(tokens[j + 1])) return false;
  return n === 1 || tokens[j + 2].text === '.';
}

/** "Oslo-based", "long-serving": a participle fused to the word before it by a hyphen is an adjective. */
function afterHyphen(tokens: Token[], c: number): boolean {
  const h = tokens[c - 1];
  return !!h && h.text === '-' && h.span[1] === tokens[c].span[0] && tokens[c - 2]?.span[1] === h.span[0];
}

/** Skips adverbs and auxiliaries backwards from i ("he has also said"). */
function skipBack(tokens: Token[], i: number, floor: number, lex: QuoteLexicon): number {
  let k = i;
  // Listed adverbs and any -ly adverb ("increasingly worried", "has repeatedly said").
  while (
    k >= floor &&
    (lex.skip.has(lower(tokens[k])) || (tokens[k].pos === 'ADV' && /ly$/.test(lower(tokens[k]))))
  )
    k--;
  return k;
}

const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);

/** The token before a parenthesis closing at token i ("Roe (D-Ohio)"), else i itself. */
function beforeParenthesis(tokens: Token[], i: number, floor: number): number {
  if (i < floor || tokens[i].text !== ')') return i;
  for (let j = i - 1; j >= floor && j >= i - 8; j--) if (tokens[j].text === '(') return j - 1;
  return i;
}

/**
 * "Those surveyed say", "voters polled said": a group and the past participle that picks it out,
 * ending at token k, speak together.
 */
function polledGroup(tokens: Token[], k: number, floor: number, lex: QuoteLexicon): MentionRange | null {
  if (k - 1 < floor || !lex.groupParticiples.has(lower(tokens[k]))) return null;
  if (lower(tokens[k - 1]) === 'those') return { first: k - 1, last: k, kind: 'nominal' };
  const m = mentionBefore(tokens, k - 1, floor, lex);
  return m && m.kind !== 'pronoun' && m.last === k - 1 ? { ...m, last: k } : null;
}

/**
 * "New polls released Sunday showed", "The report published Tuesday found": a source, its past
 * participle and a date ending at token k speak together.
 */
function datedSource(tokens: Token[], k: number, floor: number, lex: QuoteLexicon): MentionRange | null {
  let d = k;
  while (d >= floor && lex.timeWords.has(lower(tokens[d]))) d--;
  // "released last week", "out this month": a determiner of the date.
  if (d < k && d >= floor && /^(?:this|last|next|early|late)$/.test(lower(tokens[d]))) d--;
  // "A Tarn poll out Monday showed": "out" stands for the participle.
  const out = d < k && d - 1 >= floor && lower(tokens[d]) === 'out';
  if (
    d === k ||
    d - 1 < floor ||
    (!out && (tokens[d].pos !== 'VERB' || !/(?:ed|en|wn)$/.test(lower(tokens[d]))))
  )
    return null;
  const m = mentionBefore(tokens, d - 1, floor, lex);
  return m && m.kind === 'nominal' && m.last === d - 1 ? { ...m, last: k } : null;
}

/**
 * "Residents who lost their homes said", "Officials who have read the report said": a mention
 * right before the cue that is the object of a verb in a relative clause on "who" is not the
 * speaker; the noun the clause describes is. Null when the mention is no such object.
 */
function relativeObjectOwner(
  tokens: Token[],
  m: MentionRange,
  floor: number,
  lex: QuoteLexicon,
): MentionRange | null {
  const skip = (p: number) => {
    while (p > floor && /^(ADV|AUX|PART)$/.test(tokens[p].pos)) p--;
    return p;
  };
  let p = skip(m.first - 1);
  if (p > floor && tokens[p].pos === 'ADP') p = skip(p - 1); // "who fled to the hills"
  if (p <= floor || tokens[p].pos !== 'VERB') return null;
  p = skip(p - 1);
  if (p <= floor || lower(tokens[p]) !== 'who') return null;
  const owner = mentionBefore(tokens, p - 1, floor, lex);
  if (!owner || owner.last !== p - 1 || owner.kind === 'pronoun') return null;
  // "voters in Iowa who watched ...": the clause describes the voters, not the place.
  const a = owner.first - 1;
  const head = a - 1 > floor && tokens[a].pos === 'ADP' ? mentionBefore(tokens, a - 1, floor, lex) : null;
  return head && head.last === a - 1 && head.kind !== 'pronoun' ? head : owner;
}

/**
 * The speaker of a cue at [c, cLast]: the mention before it, behind an appositive when a comma
 * ends it ("Jane Roe, a lawyer, said"), or after an inverted cue ("said Jane Roe").
 */
export function speakerOfCue(
  tokens: Token[],
  c: number,
  cLast: number,
  floor: number,
  ceil: number,
  form: CueForm | null,
  lex: QuoteLexicon,
): MentionRange | null {
  let k = skipBack(tokens, c - 1, floor, lex);
  if (k >= floor && tokens[k].text === ')') {
    // "Jane Roe (D-Ohio) said": the parenthesis qualifies the name before it.
    let j = k - 1;
    while (j >= floor && j >= k - 8 && tokens[j].text !== '(') j--;
    if (j >= floor && tokens[j].text === '(') k = skipBack(tokens, j - 1, floor, lex);
  }
  if (k >= floor && DASHES.has(tokens[k].text)) {
    // "Jane Roe -- a lawyer who ... -- said": the name before the opening dash.
    for (let j = k - 1; j >= floor && j >= k - 30; j--) {
      if (isMark(tokens[j]) || isSentenceEnd(tokens[j])) break;
      if (DASHES.has(tokens[j].text)) return mentionBefore(tokens, j - 1, floor, lex);
    }
  }
  // "Roe, who calls Vale a “crook,” said": the aside's comma inside the quotation's closing mark;
  // the aside's one quotation is passed over.
  let quoted = 0;
  if (
    k - 1 > floor &&
    isMark(tokens[k]) &&
    tokens[k - 1].text === ',' &&
    tokens[k].span[0] === tokens[k - 1].span[1]
  ) {
    for (let j = k - 2; j >= floor && j >= k - 12; j--) {
      if (isSentenceEnd(tokens[j])) break;
      if (isMark(tokens[j])) {
        quoted = j;
        k--;
        break;
      }
    }
  }
  if (k >= floor && tokens[k].text === ',' && (form ?? lex.cues.get(lower(tokens[c])))?.inverted) {
    // "In a dry year, farmers sell early, said Ana Lind.": a clause before the comma, not an
    // appositive; the name after the cue speaks (read as an inverted speaker when the cue's form is
    // given, as for a backward report; nobody before the cue otherwise).
    const after = mentionAfter(tokens, cLast + 1, ceil, lex, true);
    if (
      after &&
      after.kind !== 'pronoun' &&
      !subjectOfVerb(tokens, after, ceil, lex) &&
      clauseBefore(tokens, k, floor)
    )
      return form ? after : null;
  }
  if (k >= floor && tokens[k].text === ',') {
    // An appositive or relative clause: find its opening comma and the name before it
    // ("Jane Roe, a lawyer, said"), or the name inside it ("the chairman, Jane Roe, said").
    let placeHolder: MentionRange | null = null;
    for (let j = k - 1; j >= floor && j >= k - 40; j--) {
      if (quoted && j >= quoted) continue; // the aside's quotation, marks included
      if ((isMark(tokens[j]) && !isPossessiveMark(tokens, j)) || isSentenceEnd(tokens[j])) break; // never reach into a quotation
      if (tokens[j].text !== ',') continue;
      // "Roe, meanwhile, who ..., said": an adverb set off by commas stands between name and clause.
      if (j - 2 >= floor && tokens[j - 1].pos === 'ADV' && tokens[j - 2].text === ',') j -= 2;
      // "Sen. Jane Roe (D-Ohio), a lawyer, said": the parenthesis qualifies the name before it;
      // "Roe himself, who ..., said": so does a reflexive.
      const named = REFLEXIVES.has(lower(tokens[j - 1] ?? tokens[j])) ? j - 2 : j - 1;
      const m = mentionBefore(tokens, beforeParenthesis(tokens, named, floor), floor, lex);
      // "Jane Roe, 35, the daughter of ..., said": an age set off by commas follows the name.
      if (
        m &&
        m.first === m.last &&
        /^\d{1,3}$/.test(tokens[m.first].text) &&
        tokens[m.first - 1]?.text === ','
      ) {
        j = m.first;
        continue;
      }
      // "Roe, during a visit to Dayton, Ohio, said": a city and its state inside a prepositional phrase.
      if (m && m.first - 1 > floor && tokens[m.first - 1].pos === 'ADP' && isStateAfterCity(tokens, j, k)) {
        placeHolder ??= m; // "a nurse in Salem, Oregon, said": no comma opens a phrase before it
        j = m.first;
        continue;
      }
      // "Tarn's Trade Secretary, Ada Vell, said": an office before the comma, its holder's name inside.
      const office = m?.kind === 'name' && lex.titles.has(lower(tokens[m.last]));
      if (m && m.kind !== 'nominal' && !office) return m;
      const inside = mentionBefore(tokens, k - 1, j + 1, lex);
      // "the commander, Colonel Ada Vell, said": the name may follow its title words.
      let open = j + 1;
      while (inside && open < inside.first && lex.titles.has(lower(tokens[open]))) open++;
      if (inside && inside.kind === 'name' && inside.first === open) return inside;
      if (m) return m;
      break;
    }
    if (placeHolder) return placeHolder;
  } else {
    const polled = polledGroup(tokens, k, floor, lex);
    if (polled) return polled;
    const dated = datedSource(tokens, k, floor, lex);
    if (dated) return dated;
    const m = mentionBefore(tokens, k, floor, lex);
    const antecedent = m && relativeObjectOwner(tokens, m, floor, lex);
    if (antecedent) return affiliated(tokens, antecedent, floor, lex) ?? antecedent;
    // "Roe at the time said", "Roe in an interview said": the phrase is no speaker, the name is.
    const before = m && m.kind === 'nominal' && m.first - 1 > floor ? tokens[m.first - 1] : null;
    if (before?.pos === 'ADP') {
      const named = mentionBefore(tokens, m!.first - 2, floor, lex);
      if (named && named.kind !== 'nominal') return named;
      // "Nurses walking along the road chanted": the subject before its participle.
      const p = m!.first - 2;
      if (p - 1 >= floor && tokens[p].pos === 'VERB' && /ing$/.test(lower(tokens[p]))) {
        const subject = mentionBefore(tokens, p - 1, floor, lex);
        if (subject && subject.last === p - 1) return subject;
      }
    }
    if (m) return affiliated(tokens, m, floor, lex) ?? m;
  }
  if (form?.inverted) {
    // "said he would ...", "said the program is ...": a mention with its own verb is the subject
    // of the content clause, not an inverted speaker.
    const m = mentionAfter(tokens, cLast + 1, ceil, lex, true);
    return m && !subjectOfVerb(tokens, m, ceil, lex) ? m : null;
  }
  return null;
}

/**
 * An attribution right after a quote: `," Jane Roe said`, `," said Jane Roe`, `," he added`,
 * `," according to the agency`. `end` bounds the search (next quote or paragraph end).
 */
export function attributionAfter(
  tokens: Token[],
  from: number,
  end: number,
  lex: QuoteLexicon,
): Attribution | null {
  let i = from;
  while (i < end && tokens[i].pos === 'PUNCT' && !isMark(tokens[i]) && !isSentenceEnd(tokens[i])) i++;
  if (i >= end) return null;
  // `“... you?” She replied`: a capitalised pronoun after a quote ending its sentence opens a new one.
  if (NEW_SENTENCE_PRONOUNS.has(tokens[i].text) && i === from && isSentenceEnd(tokens[from - 2] ?? tokens[i]))
    return null;
  // `“...?” Roe then wrote back, “...”`: a quote that closed its sentence.
  const closedSentence = isSentenceEnd(tokens[from - 2] ?? tokens[i]);
  let stop = i;
  let depth = 0; // a period inside "(D-Ohio.)" ends no sentence
  while (stop < end && !isMark(tokens[stop]) && (depth > 0 || !endsSentence(tokens, stop))) {
    if (tokens[stop].text === '(') depth++;
    else if (tokens[stop].text === ')') depth = Math.max(0, depth - 1);
    stop++;
  }
  const dash = dashCredit(tokens, i, stop, lex);
  if (dash) return dash;
  const appositive = afterAppositive(tokens, i, stop, lex);
  if (appositive) return appositive;
  // The cue must come within a few tokens: a mention, maybe an appositive, then the verb.
  for (let c = i; c < stop && c <= i + 14; c++) {
    const cue = cueAt(tokens, c, stop, lex);
    if (!cue) {
      const framed = quotativeFrame(tokens, from, i, c, stop, lex);
      if (framed) return framed;
      if (
        c > i &&
        isVerbal(tokens[c]) &&
        !isCapitalised(tokens[c]) &&
        !lex.skip.has(lower(tokens[c])) &&
        !afterHyphen(tokens, c)
      )
        return null;
      continue;
    }
    if (cue.phrase?.speaker === 'after') {
      const m = statementAuthor(tokens, mentionAfter(tokens, cue.last + 1, stop, lex, true), stop, lex);
      if (m && c === i) return attribution(c, cue.last, null, m, stop, i, 'after/according');
      return null;
    }
    if (c === i) {
      if (!cue.form?.inverted) return null;
      const m = mentionAfter(tokens, c + 1, stop, lex, true);
      // `“...,” said he would ...`: a mention with its own verb is the subject of a clause, not an
      // inverted speaker.
      if (m && subjectOfVerb(tokens, m, stop, lex)) return null;
      // `“...” Said Roe: “...”`: a new sentence whose cue introduces a quotation of its own.
      if (closedSentence && introducesOwn(tokens, cue.last, stop)) return null;
      return m ? attribution(c, cue.last, cue.form, m, stop, i, 'after/inverted') : null;
    }
    const m = speakerOfCue(tokens, c, cue.last, i, stop, null, lex);
    if (!m || m.first < i) return null;
    if (closedSentence && introducesOwn(tokens, cue.last, stop)) return null;
    return attribution(c, cue.last, cue.form, m, stop, i, 'after/subject');
  }
  return null;
}

/**
 * An attribution right before a quote: `Jane Roe said: "`, `He told reporters, "`,
 * `According to the report, "`, `..., adding: "` (speaker from context).
 */
export function attributionBefore(
  tokens: Token[],
  to: number,
  floor: number,
  lex: QuoteLexicon,
): Attribution | null {
  let k = to - 1;
  while (k >= floor && tokens[k].pos === 'PUNCT' && !isMark(tokens[k]) && !isSentenceEnd(tokens[k])) k--;
  for (let c = k; c >= floor && c >= k - 8; c--) {
    if (tokens[c].text === ')') {
      while (c > floor && tokens[c].text !== '(') c--;
      continue;
    }
    if (isMark(tokens[c]) || isSentenceEnd(tokens[c])) return null;
    const cue = cueAt(tokens, c, to, lex);
    if (!cue) {
      if (isVerbal(tokens[c]) && !isCapitalised(tokens[c]) && !lex.skip.has(lower(tokens[c]))) return null;
      continue;
    }
    if (cue.phrase?.speaker === 'after') {
      const m = statementAuthor(tokens, mentionAfter(tokens, cue.last + 1, to, lex, true), to, lex);
      return m ? attribution(c, cue.last, null, m, to, c, 'before/according') : null;
    }
    // "..., calling him “...”": a participle after a comma takes the clause's subject (found later).
    const prev = c > floor ? lower(tokens[c - 1]) : '';
    const afterComma =
      (cue.form?.participle === true && opensAdjunct(tokens, c, floor)) || prev === 'and' || prev === 'but';
    // "Roe went on to say, “...”", "he began by saying, “...”": the subject of the verb before.
    const governed = prev === 'to' || prev === 'by';
    const m = afterComma
      ? null
      : (speakerOfCue(tokens, c, cue.last, floor, to, cue.form, lex) ??
        (governed ? participleSubject(tokens, c, floor, lex) : null) ??
        relativeThat(tokens, c, cue.last, floor, to));
    // "Roe was asked, “Will you resign?”": the subject of a passive hearer cue heard the question;
    // its asker is not named.
    if (m && cue.form?.takesObject && impersonalPassive(tokens, m, c, true))
      return attribution(c, cue.last, cue.form, null, to, Math.min(m.first, c), 'before/passive-hearer');
    if (m) return attribution(c, cue.last, cue.form, m, to, Math.min(m.first, c), 'before/subject');
    if (cue.form?.participle || afterComma)
      return attribution(c, cue.last, cue.form, null, to, c, 'before/participle');
    return null;
  }
  return null;
}

/**
 * `flyers that said, “...”`, `a sign that read “...”`: a relative "that" right after a noun, its cue
 * right before the quotation, is the speaker (named, like "which", by the noun before it).
 */
function relativeThat(
  tokens: Token[],
  c: number,
  cueLast: number,
  floor: number,
  to: number,
): MentionRange | null {
  if (c - 2 < floor || lower(tokens[c - 1]) !== 'that' || !/^(NOUN|PROPN)$/.test(tokens[c - 2].pos))
    return null;
  for (let j = cueLast + 1; j < to; j++) if (!/^[,:]$/.test(tokens[j].text)) return null;
  return { first: c - 1, last: c - 1, kind: 'pronoun' };
}

/**
 * The words before the comma at k, back to the comma or sentence start before them, are a clause:
 * a finite verb with no relative pronoun before it ("farmers sell early", not "a lawyer who sells").
 */
function clauseBefore(tokens: Token[], k: number, floor: number): boolean {
  let j = k - 1;
  while (j >= floor && tokens[j].text !== ',' && !isMark(tokens[j]) && !isSentenceEnd(tokens[j])) j--;
  // Words of a quotation are no clause of the writer's (`“I think he will win,” said Roe`).
  if ((j >= floor && isMark(tokens[j])) || isMark(tokens[k + 1] ?? tokens[k])) return false;
  for (let v = j + 1; v < k; v++) {
    if (CLAUSE_RELATIVES.has(lower(tokens[v]))) return false;
    if (tokens[v].pos === 'AUX' || (tokens[v].pos === 'VERB' && !/(?:ing|ed|en|wn)$/.test(lower(tokens[v]))))
      return v > j + 1;
  }
  return false;
}

const CLAUSE_RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose', 'where', 'when']);

/**
 * A verb follows the mention (past adverbs): it is that verb's subject. After a pronoun any verb
 * counts; after a name or description a participle may be a modifier ("the chief known as Bob").
 */
function subjectOfVerb(tokens: Token[], m: MentionRange, stop: number, lex: QuoteLexicon): boolean {
  let v = m.last + 1;
  while (v < stop && lex.skip.has(lower(tokens[v])) && tokens[v].pos !== 'AUX') v++;
  if (v >= stop || !isVerbal(tokens[v]) || isCapitalised(tokens[v])) return false;
  return m.kind === 'pronoun' || tokens[v].pos === 'AUX' || !/(?:ing|ed|en|wn)$/.test(lower(tokens[v]));
}

/**
 * The quotative frame: a quotation cut off by its comma, `?` or `!` and followed by a clause of
 * nothing but a subject and one verb (`“...,” Roe retaliated.`, `“...?” Berg pressed.`), or the
 * verb and a name (`“...,” remembered Ana Lind, a former aide.`). In that frame the verb reports
 * the words whatever it is, so it needs no entry in the cue list (a listed verb keeps its class:
 * `“...,” Roe opposed.` is no attribution). Only a full verb, not an
 * auxiliary, and only where the clause ends right after it (period, or a comma before more quoted
 * words or an appositive).
 */
function quotativeFrame(
  tokens: Token[],
  from: number,
  i: number,
  c: number,
  stop: number,
  lex: QuoteLexicon,
): Attribution | null {
  const v = tokens[c];
  // A listed verb keeps its class: stances and beliefs never attribute a quotation.
  if (v.pos !== 'VERB' || isCapitalised(v) || lex.skip.has(lower(v)) || lex.cues.has(lower(v))) return null;
  if (!isMark(tokens[from - 1] ?? v) || !/^[,?!]$/.test(tokens[from - 2]?.text ?? '')) return null;
  const ends = (k: number) =>
    k >= stop || isSentenceEnd(tokens[k]) || (tokens[k].text === ',' && k + 1 >= stop);
  if (c > i) {
    if (!ends(c + 1)) return null;
    const m = speakerOfCue(tokens, c, c, i, stop, null, lex);
    if (!m || m.first !== i || m.last !== c - 1) return null;
    return attribution(c, c, null, m, stop, i, 'after/frame');
  }
  if (!/ed$/.test(lower(v)) || tokens[c + 1]?.pos !== 'PROPN') return null;
  const m = mentionAfter(tokens, c + 1, stop, lex, true);
  if (m?.kind !== 'name' || !(ends(m.last + 1) || tokens[m.last + 1].text === ',')) return null;
  return attribution(c, c, null, m, stop, i, 'after/frame');
}

/**
 * The clause of the cue ending at `cueLast` (up to `stop`) introduces words of its own: a quotation
 * after its comma or colon (`Roe wrote back, “...”`) or a that-clause (`Roe added that ...`).
 */
function introducesOwn(tokens: Token[], cueLast: number, stop: number): boolean {
  if (lower(tokens[cueLast + 1] ?? tokens[cueLast]) === 'that') return true;
  const open = tokens[stop];
  return !!open && isMark(open) && /^[,:]$/.test(tokens[stop - 1]?.text ?? '');
}

/** `” — Jane Roe`: a credit line after the quote, with the dash as its cue. */
function dashCredit(tokens: Token[], i: number, stop: number, lex: QuoteLexicon): Attribution | null {
  if (!/^[―—–-]$/.test(tokens[i].text) && !/^[―—–]$/.test(tokens[i - 1]?.text ?? '')) return null;
  const from = /^[―—–-]$/.test(tokens[i].text) ? i + 1 : i;
  const m = mentionAfter(tokens, from, stop, lex);
  if (m?.kind !== 'name') return null;
  return attribution(from - 1, from - 1, null, m, stop, i, 'after/dash');
}

/** `," Jane Roe, a lawyer for the city, said`: a name, an appositive, then the cue. */
function afterAppositive(tokens: Token[], i: number, stop: number, lex: QuoteLexicon): Attribution | null {
  const m = mentionAfter(tokens, i, stop, lex);
  if (m?.kind !== 'name') return null;
  let k = m.last + 1;
  if (k < stop && tokens[k].text === '(') {
    while (k < stop && tokens[k].text !== ')') k++;
    k++;
  }
  if (k >= stop || tokens[k].text !== ',') return null;
  for (let j = k + 1; j < stop && j <= k + 35; j++) {
    if (tokens[j].text !== ',') continue;
    let c = j + 1;
    while (c < stop && lex.skip.has(lower(tokens[c]))) c++;
    const cue = c < stop ? cueAt(tokens, c, stop, lex) : null;
    if (cue?.form && !cue.form.participle)
      return attribution(c, cue.last, cue.form, m, stop, i, 'after/appositive');
  }
  return null;
}

/**
 * "according to a statement from the board": a medium's author, after `from`/`by`, speaks (a
 * relay is an outlet, not a statement).
 */
function statementAuthor(
  tokens: Token[],
  m: MentionRange | null,
  ceil: number,
  lex: QuoteLexicon,
): MentionRange | null {
  if (m?.kind !== 'nominal') return m;
  let k = m.last;
  while (k > m.first && !lex.mediumNouns.has(lower(tokens[k]))) k--;
  if (!lex.mediumNouns.has(lower(tokens[k])) || !/^(from|by)$/.test(lower(tokens[k + 1] ?? tokens[k])))
    return m;
  return mentionAfter(tokens, k + 2, ceil, lex, true) ?? m;
}

function attribution(
  cueFirst: number,
  cueLast: number,
  form: CueForm | null,
  speaker: MentionRange | null,
  end: number,
  start: number,
  rule: string,
): Attribution {
  return { cueFirst, cueLast, form, speaker, tokens: [start, end], rule };
}

export const spanOf = (tokens: Token[], first: number, last: number): Span => [
  tokens[first].span[0],
  tokens[last].span[1],
];

/**
 * "Ieva Mockute of the Baltic Institute of Security said", "Anna Berg of Reuters said": the full
 * name before "of" speaks, not her affiliation. Null when no such name stands there: "the head of
 * Rosneft", "The Ministry of Defence" and "Bank of England" are one mention.
 */
export function affiliated(
  tokens: Token[],
  m: MentionRange,
  floor: number,
  lex: QuoteLexicon,
): MentionRange | null {
  let found: MentionRange | null = null;
  for (let at = m; at.kind === 'name'; ) {
    let j = at.first - 1;
    if (j >= floor && lower(tokens[j]) === 'the') j--;
    if (j < floor || lower(tokens[j]) !== 'of') break;
    const holder = mentionBefore(tokens, j - 1, floor, lex);
    if (holder?.kind !== 'name' || holder.last !== j - 1) break;
    // A full name: two words or more, no determiner ("The Ministry"), no title ("Deputy Head of Mission Jan Novak").
    let titled = false;
    for (let k = holder.first; k <= holder.last; k++) titled ||= lex.titles.has(lower(tokens[k]));
    const fullName = holder.last > holder.first && tokens[holder.first].pos !== 'DET' && !titled;
    if (fullName) found = holder;
    at = holder;
  }
  return found;
}

const CLOSES_QUOTE = /["“”„«»‘’']$/;
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'you']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** A token that makes a comma-set phrase a clause of its own, not an aside. */
function opensClause(t: Token): boolean {
  const w = lower(t);
  if (t.pos === 'AUX' || SUBJECT_PRONOUNS.has(w) || RELATIVES.has(w)) return true;
  // A participle ("using", "born", "asked") may stand in an aside; another verb form is a clause.
  return t.pos === 'VERB' && !/(?:ing|ed|en|wn|rn)$/.test(w);
}

/**
 * `Roe joked, still holding the map, “...”`, `Roe said on Monday, in reply to a question, “...”`:
 * the cue stands before asides set off by commas, each a phrase without a clause of its own.
 */
export function attributionBeforeAsides(
  tokens: Token[],
  to: number,
  floor: number,
  lex: QuoteLexicon,
): Attribution | null {
  const k = to - 1;
  if (k <= floor || tokens[k].text !== ',') return null;
  for (let j = k - 1; j > floor && j >= k - 40; j--) {
    const t = tokens[j];
    if (isMark(t) || isSentenceEnd(t) || opensClause(t)) return null;
    if (t.text !== ',') continue;
    const a = attributionBefore(tokens, j + 1, floor, lex);
    if (!a) continue;
    // `“...,” said Roe, a lawyer, “...”`: the attribution of the quote before; the carry reads it.
    let b = a.tokens[0] - 1;
    while (b > 0 && tokens[b].pos === 'PUNCT' && !CLOSES_QUOTE.test(tokens[b].text)) b--;
    if (b >= 0 && CLOSES_QUOTE.test(tokens[b].text)) return null;
    return { ...a, tokens: [a.tokens[0], to], rule: 'before/aside' };
  }
  return null;
}

/**
 * `Said Jane Roe, who grew up near the mill, “...”`: a sentence that opens with an inverted cue and
 * its speaker, then an appositive or relative clause of any length up to the comma or colon before
 * the quote.
 */
export function invertedOpening(
  tokens: Token[],
  to: number,
  floor: number,
  lex: QuoteLexicon,
): Attribution | null {
  const k = to - 1;
  if (k <= floor || !/^[,:]$/.test(tokens[k].text)) return null;
  let s = k - 1;
  while (s >= floor && s >= k - 45 && !isMark(tokens[s]) && !isSentenceEnd(tokens[s])) s--;
  if (s >= floor && !isSentenceEnd(tokens[s])) return null;
  s++;
  const cue = cueAt(tokens, s, to, lex);
  if (!cue?.form?.inverted || !isCapitalised(tokens[s])) return null;
  const m = mentionAfter(tokens, cue.last + 1, k, lex, true);
  if (!m || m.kind === 'pronoun' || tokens[m.last + 1]?.text !== ',') return null;
  return attribution(s, cue.last, cue.form, m, to, s, 'before/inverted');
}

const COMPLEMENTIZERS = new Set(['that', 'if', 'whether']);

/** A subject at token i starts its clause: the sentence, a comma, a conjunction ("when", "and"). */
function opensClauseAt(tokens: Token[], i: number, floor: number): boolean {
  if (i === floor) return true;
  const before = tokens[i - 1];
  const w = lower(before);
  if (w === 'and' || w === 'but') return true;
  // "Then Roe went ...", ", when nurses interrupted ...": an adverb opening the clause.
  if (before.pos === 'ADV') return opensClauseAt(tokens, i - 1, floor);
  // "argued that the plan would ...": a content clause's subject is not the participle's.
  return w === ',' || w === ';' || DASHES.has(w) || (before.pos === 'SCONJ' && !COMPLEMENTIZERS.has(w));
}

/**
 * "Roe went on the attack, saying ...", "“...,” Roe said, while arguing ...": a participle's
 * speaker is the subject of the nearest finite verb before it (read as that verb's cue would be,
 * past appositives), not the first mention of the sentence. A verb whose subject does not open a
 * clause's subject only ("the plan Vale drafted", "said she agreed") is passed over. Stops at a
 * quotation mark; null when no such verb stands between `floor` and the participle at `c`.
 */
export function participleSubject(
  tokens: Token[],
  c: number,
  floor: number,
  lex: QuoteLexicon,
): MentionRange | null {
  for (let j = c - 1; j >= floor; j--) {
    const t = tokens[j];
    if ((isMark(t) && !isPossessiveMark(tokens, j)) || isSentenceEnd(t)) return null;
    if (!isVerbal(t) || /ing$/.test(lower(t)) || isCapitalised(t)) continue;
    let head = j;
    while (head - 1 >= floor && (tokens[head - 1].pos === 'AUX' || lex.skip.has(lower(tokens[head - 1]))))
      head--;
    if (head - 1 >= floor && lower(tokens[head - 1]) === 'to') {
      j = head;
      continue;
    }
    const m = speakerOfCue(tokens, head, head, floor, c, null, lex);
    j = head;
    if (!m || m.last >= head) continue;
    if (opensClauseAt(tokens, m.first, floor)) return m;
  }
  return null;
}
