/**
 * The event coder: clause frames → dictionary matches → CAMEO/PLOVER events with source,
 * target, modality, negation and date. One event per clause; a compound side ("Washington and
 * NATO") gives one event whose first actor is `source`/`target` and whose others are listed in
 * `sources`/`targets`, as PLOVER records actor lists (see data/events/README.md).
 */
import type { Event, EventSide, Modality, Quote, Timex } from '../contract/extraction.js';
import type { StageResults } from '../pipeline/stage.js';
import type { Chunk, NounGroup } from '../text/chunks.js';
import type { Doc, Span } from '../text/types.js';
import {
  actorBeforeSubject,
  CONDITIONALS,
  clausePast,
  FUTURE_MODALS,
  HYPOTHETICAL_MODALS,
  hasUnless,
  isUnrealComplement,
  OBLIGATION_MODALS,
  reportingGovernor,
  trailingGroups,
} from './clauses.js';
import { type Dictionary, refine } from './dictionary.js';
import type { Draft } from './draft.js';
import { type Frame, sentenceFrames, subjectOf } from './frames.js';
import { fallbackTargets, matchNoun, matchVerb, mayHoldEvent } from './match.js';
import { standaloneNounEvents } from './noun-events.js';
import { ActorIndex } from './participants.js';
import { linkStatements } from './statements.js';
import { eventDate } from './when.js';

export function codeEvents(doc: Doc, earlier: Readonly<Partial<StageResults>>, dict: Dictionary): Event[] {
  const lemmas = doc.lemmas();
  const index = new ActorIndex(earlier.actors ?? []);
  const timexes: readonly Timex[] = earlier.timexes ?? [];
  const quotes: readonly Quote[] = earlier.quotes ?? [];
  const out: Event[] = [];
  const speakersOf = new Map<Event, EventSide[]>();
  for (const sentence of doc.sentences) {
    if (!mayHoldEvent(dict, doc, lemmas, sentence.firstToken, sentence.endToken)) continue;
    const { chunks, frames } = sentenceFrames(doc, lemmas, sentence.firstToken, sentence.endToken);
    const drafts = codeSentence(doc, lemmas, dict, index, chunks, frames, timexes);
    // Once actors are known, a deed with no known doer ("concerns were ignored", "hackers defaced
    // Danish sites": an actor the actors stage does not know) is kept, not counted...
    const doerless = index.size ? drafts.filter((d) => !d.event.source && d.event.counts) : [];
    // (A passive with no agent hides its doer, and an unresolved pronoun is no doer we know.)
    const unknownDoer = doerless.filter((d) => d.namedDoer);
    for (const d of doerless) d.event.counts = false;
    const primary = drafts.filter((d) => d.primary && d.event.counts);
    let chosen = primary.length ? primary : drafts.filter((d) => d.event.counts);
    // ... unless nothing else in the sentence counts: then the sentence still reports what
    // happened, once, with its source unknown (its main clause's event first).
    if (!chosen.length && unknownDoer.length) {
      const lead = unknownDoer.find((d) => d.primary) ?? unknownDoer[0];
      lead.event.counts = true;
      chosen = [lead];
    }
    // A doer or a material target the actors stage does not know ("the Homeland Union", "power
    // lines leading into Kabul") belongs to the one country the sentence names, as PLOVER codes
    // domestic actors and places; with several countries named, it stays unknown.
    let home = chosen.length ? index.soleCountry(doc, sentence.span) : null;
    if (home && namedOnlyAcross(doc, dict, chunks, index, sentence.span, home.code)) home = null;
    if (home) {
      for (const d of chosen) {
        const e = d.event;
        // Not when that country is a target found only inside the complement's phrases ("urged the
        // government to close crossings with Belarus") or later in the sentence: X->X would be an
        // artefact. A target of the act itself stays domestic ("a party began a boycott of the
        // Chadian parliament").
        // Nor when a speaker of another side reports it ("An EU official said ministers would meet,
        // 'whatever happens in Oslo'"): the country is then no clue to the doer's side.
        const otherReporter = !!e.reportedBy && e.reportedBy.code.slice(0, 3) !== home.code.slice(0, 3);
        // Nor when talks or a signing only took place there ("who signed the accord in Oslo").
        const venueOnly =
          cooperativeAtVenue(e.code) &&
          index
            .within(doc, sentence.span[0], sentence.span[1])
            .filter((x) => x.code === home.code)
            .every((x) => afterLocative(doc, x.span));
        if (
          !e.source &&
          d.namedDoer &&
          !venueOnly &&
          !d.postedDoer &&
          !otherReporter &&
          !(d.looseTarget && e.target?.code === home.code)
        ) {
          e.source = { ...home };
          e.rule += '+sentence-country';
        }
        // "President Ahmed Ali" with no known country (---GOV): the sentence's country, same sector.
        for (const side of [e.source, e.target]) {
          if (side?.code.startsWith('---')) {
            side.code = home.code.slice(0, 3) + side.code.slice(3);
            e.rule += '+sentence-country';
          }
        }
        // A force posture at home ("reinforcements arrived in the border town") aims at nobody.
        const atHome = e.code.startsWith('15') && e.source?.code.slice(0, 3) === home.code.slice(0, 3);
        if (!e.target && e.code.slice(0, 2) >= '14' && d.hasObject && !atHome) {
          e.target = { ...home };
          e.rule += '+sentence-country';
        }
      }
    }
    const rest = drafts.filter((d) => !d.event.counts);
    // One trigger, one event: "A bombing killed one soldier and wounded two" names one attack.
    const triggers = new Set<string>();
    for (const d of [...chosen, ...rest]) {
      const e = d.event;
      const key = `${e.trigger!.span[0]}:${e.code}`;
      if (triggers.has(key)) continue;
      triggers.add(key);
      e.sentence = [...sentence.span];
      e.span = [...sentence.span];
      const date = e.date ?? eventDate(timexes, sentence.span, e.trigger!.span, doc.article.date, quotes);
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
  const sideOf = (np: NounGroup | null) =>
    index.sides(doc, np, np ? trailingGroups(doc, chunks, np, dict.posted) : []);
  const sentenceEnd = chunks.length ? doc.tokens[chunks[chunks.length - 1].end - 1].span[1] : 0;
  for (let f = 0; f < frames.length; f++) {
    if (consumed.has(f)) continue;
    const fr = frames[f];

    // "Detaining officers of a member state is unacceptable": a gerund phrase that is the subject
    // of the next verb names an act in general, not one that happened.
    if (gerundSubject(doc, chunks, frames, f)) continue;
    let code: string;
    let rule: string;
    let targetNp: NounGroup | null;
    let fallbacks: NounGroup[] = [];
    let compFallbacks: NounGroup[] = [];
    let triggerTok = fr.vp.head;
    let negated = fr.vp.negated;
    // The cooperative act a refusal refuses ("failed to agree": 030), for venues and joint acts.
    let refusedCode: string | null = null;
    // "by not returning fire", "for never meeting them": a negator before a gerund or an
    // infinitive marker negates it, though it stands outside the verb group.
    const before = fr.vp.first > 0 ? doc.tokens[fr.vp.first - 1].text.toLowerCase() : '';
    if (!negated && (before === 'not' || before === 'never') && /ing$/i.test(doc.tokens[fr.vp.first].text))
      negated = true;
    let modal = fr.vp.modal;
    // "Lithuania would have to apologise", "has to reopen": an obligation, like "must".
    if (obligedByHaveTo(doc, fr.vp.first, fr.vp.head)) modal = 'must';
    // "X would have to reopen the crossings and apologise", "will meet Y and sign": a bare verb
    // after "and"/"or" shares the modal of the verb it is coordinated with.
    if (!modal) modal = coordinatedModal(doc, chunks, frames, f);
    const m = matchVerb(dict, doc, lemmas, frames, f);
    if (m) {
      code = m.pattern.code;
      rule = m.pattern.rule;
      targetNp = m.target;
      fallbacks = m.fallbacks;
      // "Minsk insists its patrol was shot at first": a demand's that-clause in the past tense
      // states a fact; the insisting is no demand (its clause is coded on its own).
      if (
        m.pattern.family === 'demand' &&
        m.complement !== null &&
        frames[f].thatComplement === m.complement &&
        reportsPast(doc, frames[m.complement])
      )
        continue;
      // "Seismologists warned that aftershocks were likely": a warning of what nature will do
      // threatens nobody.
      if (
        m.pattern.family === 'threat' &&
        m.complement !== null &&
        frames[f].thatComplement === m.complement
      ) {
        const about = subjectOf(frames, m.complement);
        if (about && isNature(dict, doc, lemmas, about)) continue;
      }
      if (m.complement !== null) {
        consumed.add(m.complement);
        const comp = frames[m.complement];
        const cm = matchVerb(dict, doc, lemmas, frames, m.complement);
        const cn = !cm && comp.object ? matchNoun(dict, doc, lemmas, comp.object, comp.pps) : null;
        const compCode = cm?.pattern.code ?? cn?.pattern.code;
        // "Analysts warned that the charge could make a deal harder": a warning of what a thing
        // may bring, with no deed in it and no actor named as its subject, is a pessimistic
        // comment (012), not a threat.
        const about = subjectOf(frames, m.complement);
        if (
          m.pattern.family === 'threat' &&
          frames[f].thatComplement === m.complement &&
          !compCode &&
          about &&
          !isBarePronoun(doc, about) &&
          !index.sides(doc, about).length &&
          comp.vp.modal &&
          HYPOTHETICAL_MODALS.has(comp.vp.modal)
        ) {
          code = '012';
          rule += '+warning→pessimism';
        }
        if (m.pattern.family && compCode) {
          if (m.pattern.family === 'refuse') refusedCode = compCode;
          code = refine(dict, m.pattern.family, compCode, code);
          rule += `+${cm?.pattern.rule ?? cn?.pattern.rule}`;
        }
        if (!targetNp) {
          const isThat = frames[f].thatComplement === m.complement;
          targetNp = isThat ? subjectOf(frames, m.complement) : (cm?.target ?? cn?.target ?? null);
        }
        compFallbacks = cm?.fallbacks ??
          cn?.fallbacks ?? [...(comp.object ? [comp.object] : []), ...fallbackTargets(comp)];
        fallbacks = [...fallbacks, ...compFallbacks];
        // "refused to meet", "will not agree to": negation on either verb.
        negated = negated || comp.vp.negated;
        // Only a future modal carries over: "agreed that they should cooperate" is still an agreement.
        if (!modal && comp.vp.modal && FUTURE_MODALS.has(comp.vp.modal)) modal = comp.vp.modal;
      }
    } else {
      // A noun event as the object of a verb that codes nothing itself: "held a meeting with".
      // (Not when the subject undergoes it: "Belarus would answer any new sanctions".)
      const nm =
        fr.object && fr.thatComplement === null && !dict.undergo.has(fr.lemma)
          ? matchNoun(dict, doc, lemmas, fr.object, fr.pps)
          : null;
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

    // "help producers meet safety standards", "will receive a mirror response": a meeting or
    // hosting verb whose object is a thing one meets or receives (agents.yaml `unmet`) meets nobody.
    if (
      code.startsWith('04') &&
      targetNp &&
      targetNp === fr.object &&
      headIn(dict.unmet, doc, lemmas, targetNp)
    )
      continue;
    // Sides: the subject does it, unless the voice is passive.
    const subject = subjectOf(frames, f);
    let sourceNp: NounGroup | null = subject;
    const byPhrase = fr.pps.find((p) => p.prep === 'by')?.np ?? null;
    const hasObjectStep = m?.pattern.steps.some((s) => s.kind === 'object') ?? false;
    // "were engaged in ethnic cleansing": a be + participle with no by-phrase and no object slot
    // is a state of the subject, not a passive.
    // "its patrol was fired upon near the river": a preposition stranded after a passive verb
    // (no group of its own follows) makes the subject its object, the target.
    const next = chunks[fr.chunk + 1];
    const stranded =
      fr.vp.passive &&
      next?.kind === 'prep' &&
      next.end === fr.vp.end + 1 &&
      STRANDABLE.has(doc.tokens[next.first].text.toLowerCase()) &&
      chunks[fr.chunk + 2]?.kind !== 'noun';
    if (fr.vp.passive && (byPhrase || hasObjectStep || !m || stranded)) {
      sourceNp = byPhrase;
      if (stranded) targetNp = subject;
      else if (!hasObjectStep) targetNp = targetNp ?? subject;
    }
    const root0 = code.slice(0, 2);
    const harm = root0 >= '17' && root0 <= '20';
    // "An earthquake killed 200 people", "homes destroyed by floods", "a quake struck the coast":
    // a disaster, not an event, whatever the verb codes.
    if (sourceNp && isNature(dict, doc, lemmas, sourceNp)) continue;
    // "A roadside bombing killed two soldiers": the attack named by the subject is the event.
    if (harm && m && !fr.vp.passive && subject && root0 >= '18') {
      const attack = matchNoun(dict, doc, lemmas, subject, []);
      if (attack && attack.pattern.code.slice(0, 2) >= '18' && attack.pattern.code.slice(0, 2) <= '20') {
        code = attack.pattern.code;
        rule = `${attack.pattern.rule}+subject`;
        triggerTok = subject.head;
      }
    }
    let sources = sideOf(sourceNp);
    // "approved a law recognizing ...", "issued a declaration demanding ...", "handed him a note
    // demanding ...": a participle on the previous verb's object acts for that verb's subject.
    // "handed him a note demanding ...": the note's first object, the one handed it, is its hearer.
    let handedTo: NounGroup | null = null;
    if (
      !sources.length &&
      f > 0 &&
      fr.vp.gerund &&
      subject &&
      (subject === frames[f - 1].object || subject === frames[f - 1].object2)
    ) {
      sources = sideOf(subjectOf(frames, f - 1));
      if (subject === frames[f - 1].object2) handedTo = frames[f - 1].object;
    }
    // "The meeting came a day after Belarus rejected the deadline and ordered drills": a verb
    // coordinated past a subordinate clause, whose shared main subject names no actor, goes with
    // that nearer clause's subject when it does.
    if (!sources.length && sourceNp === subject && fr.sharesSubjectWith !== null && !fr.vp.gerund) {
      for (let g = f - 1; g > fr.sharesSubjectWith && !sources.length; g--) {
        if (frames[g].subordinator && frames[g].subject) sources = sideOf(frames[g].subject);
      }
    }
    // "British aircraft using guided missiles killed ...": look past participle modifiers for
    // the actor the subject belongs to.
    if (!sources.length && sourceNp === subject && subject)
      sources = actorBeforeSubject(doc, index, chunks, subject);
    // "Syria says it will not accept ...": a pronoun subject the actors stage left unresolved
    // stands for the speaker.
    const speaker = reportingGovernor(frames, f);
    const itMayBeThing =
      !!speaker &&
      !!subject &&
      thingBefore(doc, index, chunks, subjectOf(frames, frames.indexOf(speaker)), subject, fr.vp.modal);
    if (
      !sources.length &&
      speaker &&
      sourceNp === subject &&
      subject &&
      isPersonalPronoun(doc, subject) &&
      !itMayBeThing
    )
      sources = sideOf(subjectOf(frames, frames.indexOf(speaker)));
    // "was arrested in Lebanon", "crowds blocked streets in Hong Kong": with no named doer, the
    // place where it happened stands for it.
    let placeNp: NounGroup | null = null;
    // Not a venue of talks or signing: "who signed the accord in Oslo" was not signed by Norway.
    // Nor where people posted on another's behalf are ("the envoy ... in Oslo").
    if (
      !sources.length &&
      (sourceNp === null || sourceNp === subject) &&
      !cooperativeAtVenue(code) &&
      !(sourceNp && headIn(dict.posted, doc, lemmas, sourceNp))
    ) {
      const place = fr.pps.find((p) => p.prep === 'in' && index.places(doc, p.np).length);
      if (place && place.np !== targetNp) {
        sources = index.places(doc, place.np);
        placeNp = place.np;
      }
    }
    // The doer is not its own target: "reiterated its demand that Israel ...", "demanded that its
    // partners refuse ..." look past a pronoun that points back at the source ("Bosnian Serbs
    // ... in east Bosnia" names the country anew, and may be the target).
    // Nor is a country named inside the doer's own mention ("Burundian" in "Burundian militiamen").
    const inSource = (t: EventSide) =>
      !!t.span && sources.some((x) => !!x.span && x.span[0] <= t.span![0] && t.span![1] <= x.span[1]);
    const notSource = (list: EventSide[]) =>
      list.filter(
        (t) =>
          !inSource(t) &&
          (!t.actor || !sources.some((x) => x.actor === t.actor) || !isPronounSpan(doc, t.span)),
      );
    let targets = notSource(sideOf(targetNp));
    if (!targets.length && handedTo) targets = notSource(sideOf(handedTo));
    // "spoke with counterparts in Warsaw, Riga and Berlin": the places after a partner that names
    // no actor itself say whose the partners are, not where the talks were.
    const whose = new Set(targetNp && !index.sides(doc, targetNp).length ? targets : []);
    // "Belarus's minister threatened to close Belarusian territory to Lithuanian traffic": the doer's
    // own country, named as an adjective of the thing acted on, gives way to another country
    // named further on.
    const ownCountry = (list: EventSide[]) =>
      !!sources[0] &&
      sources[0].code.length > 3 &&
      list.length > 0 &&
      list.every((t) => t.code === sources[0].code.slice(0, 3));
    // "urged the government to close the crossings with Belarus": the verb's own object is the
    // hearer, named but unknown to the actors stage; the complement's phrases and the rest of the
    // sentence do not stand in for it.
    const unknownHearer =
      !targets.length &&
      !!targetNp &&
      targetNp === fr.object &&
      hasObjectStep &&
      !fr.vp.passive &&
      !isBarePronoun(doc, targetNp);
    // A target found only inside the complement's phrases or later in the sentence.
    let looseTarget = false;
    for (const np of fallbacks) {
      if (targets.length && !ownCountry(targets)) break;
      if (np === sourceNp || np === placeNp) continue;
      if (unknownHearer && compFallbacks.includes(np)) continue;
      const found = notSource(index.sides(doc, np));
      if (!found.length || (targets.length && ownCountry(found))) continue;
      targets = found;
      looseTarget = compFallbacks.includes(np) && np !== targetNp;
    }
    // Last resort: the first other actor named after the trigger in the sentence ("declined to
    // resign despite pressure from the Kenyan commission").
    if (!targets.length && sources.length) {
      const after = index.within(
        doc,
        doc.tokens[fr.vp.end - 1].span[1],
        clauseEnd(doc, chunks, fr, sentenceEnd, code.slice(0, 2) < '14'),
      );
      const other = after.find((t) => !sources.some((s) => s.actor === t.actor) && !inSource(t));
      if (other) {
        targets = [other];
        looseTarget = true;
      }
    }

    // "met in Vienna", "signed the accord in Nairobi": where talks take place is their venue, not
    // their counterpart (a visit's destination is: "arrived in Oslo").
    const venue = (t: EventSide) => (index.isPlace(t) || index.isSeat(t)) && afterLocative(doc, t.span);
    // Likewise where they failed to agree ("failed to agree at Oslo's city hall").
    const atVenue = cooperativeAtVenue(code) || (refusedCode !== null && mutual(refusedCode));
    if (atVenue) targets = targets.filter((t) => whose.has(t) || !venue(t));
    // "Speaking to Baltic Radio, the minister said": an interview is no consultation.
    if (code.startsWith('04') && targets.length && targets.every((t) => t.code.endsWith('MED'))) continue;

    // "Danish reinforcements began arriving at the base": forces arriving are deployed, not visiting.
    if (code === '042' && sourceNp && headIn(dict.forces, doc, lemmas, sourceNp)) {
      code = '154';
      rule += '+forces→deploy';
    }
    // "Oslo will send 200 soldiers to Latvia": a deployment to an ally (alliances.yaml) protects
    // it (074; as an intent 0334), it does not threaten it.
    const mainTarget = targets.find((t) => t.code !== sources[0]?.code) ?? targets[0];
    const year = articleDate ? Number(articleDate.slice(0, 4)) : undefined;
    if (code === '154' && sources[0] && mainTarget && dict.allied(sources[0].code, mainTarget.code, year)) {
      code = '074';
      rule += '+ally→protect';
    }

    // Modality and polarity.
    let modality: Modality = 'asserted';
    const reporter = reportingGovernor(frames, f);
    if (fr.role === 'purpose' || (fr.subordinator && CONDITIONALS.has(fr.subordinator)))
      modality = 'hypothetical';
    else if (conditionalPartner(chunks, frames, f)) modality = 'hypothetical';
    else if (isUnrealComplement(frames, f)) modality = 'hypothetical';
    else if (untilUnreal(frames, f)) modality = 'hypothetical';
    else if (fr.subordinator === 'that' && wantedByNoun(doc, lemmas, dict, chunks, fr.chunk))
      modality = 'hypothetical';
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
      } else if (root === '15' && !targets.some((t) => t.code.slice(0, 3) !== sources[0]?.code.slice(0, 3))) {
        // "Germany said it would reinforce its brigade in the country": a future force posture
        // aimed at nobody (or at home) threatens nobody; it stays a posture (15x), in the future.
      } else if (!negated && ((root >= '04' && root <= '09') || root >= '14')) {
        code = refine(dict, 'intent', code, code);
        rule += '+future→intent';
      }
    }
    // A protest with no named target is aimed at the protesters' own country ("opposition
    // parties in Nepal organized a general strike"), as PLOVER codes domestic dissent.
    if (code.startsWith('14') && !targets.length && sources.length) {
      const home = index.homeCountry(sources[0]);
      if (home) targets = [home];
    }
    // "Kenya and Peru signed an agreement (in Nairobi)": a joint cooperative act by a compound
    // subject has its other member as the target, not a place or nobody.
    // So is a compound subject's failure to agree ("Chile and Peru failed to agree on ...").
    const joint = (mutual(code) || (refusedCode !== null && mutual(refusedCode))) && sources.length > 1;
    // A target inside a member's own country ("agreed to the release of Lithuanian guards") is
    // no third party either.
    const memberCountries = new Set(sources.map((x) => x.code.slice(0, 3)));
    if (joint && !targets.some((t) => !memberCountries.has(t.code.slice(0, 3)))) {
      targets = [sources[1]];
      sources = [sources[0], ...sources.slice(2)];
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
    // "The Umma party said it will boycott ...": the pronoun stands for a speaker named in the text.
    const speakerNp = speaker ? subjectOf(frames, frames.indexOf(speaker)) : null;
    const namedDoer =
      sourceNp !== null &&
      (!isBarePronoun(doc, sourceNp) ||
        (sourceNp === subject &&
          isPersonalPronoun(doc, sourceNp) &&
          !itMayBeThing &&
          !!speakerNp &&
          !isBarePronoun(doc, speakerNp)));
    const hasObject = targetNp !== null || fr.object !== null;
    drafts.push({
      event,
      primary: fr.role === 'main',
      order: f,
      speakers,
      namedDoer,
      postedDoer: sourceNp !== null && headIn(dict.posted, doc, lemmas, sourceNp),
      hasObject,
      looseTarget,
    });
    if (fr.object) codedObjects.add(fr.object);
  }
  drafts.push(...standaloneNounEvents(doc, lemmas, dict, index, chunks, frames, codedObjects));
  return drafts;
}

/**
 * Every mention of the country in the sentence lies in the group of an `across` preposition that
 * follows a noun group: "urged the government to close the crossings with Belarus".
 */
function namedOnlyAcross(
  doc: Doc,
  dict: Dictionary,
  chunks: Chunk[],
  index: ActorIndex,
  span: Span,
  code: string,
): boolean {
  const mentions = index.within(doc, span[0], span[1]).filter((x) => x.code === code && x.span);
  if (!mentions.length) return false;
  return mentions.every((x) => {
    const k = chunks.findIndex(
      (c) =>
        c.kind === 'noun' &&
        doc.tokens[c.first].span[0] <= x.span![0] &&
        x.span![1] <= doc.tokens[c.end - 1].span[1],
    );
    return (
      k >= 2 &&
      chunks[k - 1].kind === 'prep' &&
      dict.across.has(doc.tokens[chunks[k - 1].first].text.toLowerCase()) &&
      chunks[k - 2].kind === 'noun'
    );
  });
}

/**
 * Subordinators of a clause that tells a separate state of affairs: time and concession ("while
 * talks in Vienna continue"). Not a condition: a threat's "if X goes ahead" names its target.
 */
const SEPARATE_CLAUSES = new Set([
  'while',
  'whereas',
  'although',
  'though',
  'when',
  'as',
  'since',
  'until',
  'before',
  'after',
]);

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/**
 * Where the last-resort search for a target stops: the next clause of time or concession, or a
 * semicolon or colon (another sentence in all but name).
 */
function clauseEnd(doc: Doc, chunks: Chunk[], fr: Frame, sentenceEnd: number, verbal: boolean): number {
  for (let k = fr.chunk + 1; k < chunks.length; k++) {
    const c = chunks[k];
    const w = doc.tokens[c.first].text;
    if (
      (c.kind === 'sub' && SEPARATE_CLAUSES.has(w.toLowerCase())) ||
      (c.kind === 'punct' && (w === ';' || w === ':'))
    )
      return doc.tokens[c.first].span[0];
    // "has accused the pair of spying and has ignored calls from X", "dismissed the claim, saying
    // he was ...": a coordinated finite verb or a participle clause after a comma starts another
    // clause.
    const next = chunks[k + 1];
    // "said Belarus was open to a ceasefire but that Lithuania had to ...": a second complement.
    if (c.kind === 'conj' && next?.kind === 'sub') return doc.tokens[c.first].span[0];
    // "to prepare restrictions that would be triggered if ...": a relative clause (its pronoun
    // right before its verb) describes a thing; it names no counterpart of the act.
    if (
      (c.kind === 'sub' || (c.kind === 'noun' && c.end - c.first === 1)) &&
      RELATIVE_PRONOUNS.has(w.toLowerCase()) &&
      next?.kind === 'verb' &&
      k > fr.chunk + 1 &&
      chunks[k - 1].kind === 'noun'
    )
      return doc.tokens[c.first].span[0];
    if (next?.kind === 'verb' && !next.infinitive) {
      const finite = next.first !== next.head || /ed$/i.test(doc.tokens[next.head].text);
      if (c.kind === 'conj' && !next.gerund && finite) return doc.tokens[c.first].span[0];
      // (A material act's participle tells its outcome: "shelled the harbour, killing four sailors".)
      if (c.kind === 'punct' && w === ',' && next.gerund && verbal) return doc.tokens[c.first].span[0];
    }
  }
  return sentenceEnd;
}

/**
 * "If the officers are not released and the troops are not withdrawn, ...", "unless it frees
 * them and pulls back its troops": a clause joined by and/or to a conditional clause, with no
 * comma between, is part of the condition.
 */
function conditionalPartner(chunks: Chunk[], frames: Frame[], f: number): boolean {
  for (let g = f - 1; g >= 0; g--) {
    const between = chunks.slice(frames[g].chunk + 1, frames[f].chunk);
    if (
      !between.some((c) => c.kind === 'conj') ||
      between.some((c) => c.kind === 'punct' || c.kind === 'sub')
    )
      return false;
    if (frames[g].subordinator && CONDITIONALS.has(frames[g].subordinator!)) return true;
    // Past the infinitive and gerund complements of the clause ("unless it agrees to X and ...").
    if (!frames[g].vp.infinitive && !frames[g].vp.gerund) return false;
  }
  return false;
}

/** Prepositions a passive may strand ("was fired upon", "were shot at"); not particles ("shipped out of"). */
const STRANDABLE = new Set(['at', 'on', 'upon']);

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const BACK_POINTING_PRONOUNS = new Set([
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'it',
  'they',
  'them',
  'itself',
  'themselves',
]);

/** A mention written as a pronoun ("its" in "its partners"). */
function isPronounSpan(doc: Doc, span: Span | undefined): boolean {
  return !!span && BACK_POINTING_PRONOUNS.has(doc.text.slice(span[0], span[1]).toLowerCase());
}

/** The that-clause ending at chunk `k` hangs on a noun of wanting ("its demand [today] that ..."). */
function wantedByNoun(doc: Doc, lemmas: string[], dict: Dictionary, chunks: Chunk[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && !(chunks[j].kind === 'sub' && doc.tokens[chunks[j].first].text.toLowerCase() === 'that')) {
    if (chunks[j].kind === 'verb') return false;
    j--;
  }
  // Skip a date between the noun and "that": "its demand today that ...".
  for (let n = j - 1, seen = 0; n >= 0 && seen < 2 && chunks[n].kind === 'noun'; n--, seen++) {
    const head = chunks[n].head;
    if (dict.wanted.has((lemmas[head] ?? doc.tokens[head].text).toLowerCase())) return true;
  }
  return false;
}

/** A group headed by a force of nature, disease or accident (a capitalised "Floods" too). */
function isNature(dict: Dictionary, doc: Doc, lemmas: string[], np: NounGroup): boolean {
  return headIn(dict.nature, doc, lemmas, np);
}

/** The group's head lemma (or its singular, for a capitalised "Floods" the tagger left alone) is in `words`. */
function headIn(words: ReadonlySet<string>, doc: Doc, lemmas: string[], np: NounGroup): boolean {
  const lemma = (lemmas[np.head] ?? doc.tokens[np.head].text).toLowerCase();
  return words.has(lemma) || words.has(lemma.replace(/s$/, ''));
}

/** A group that is just a pronoun: "they", "somebody". */
function isBarePronoun(doc: Doc, np: NounGroup): boolean {
  return np.end - np.first === 1 && doc.tokens[np.first].pos === 'PRON';
}

/** A group that is just a personal pronoun. */
function isPersonalPronoun(doc: Doc, np: NounGroup): boolean {
  return np.end - np.first === 1 && PERSONAL_PRONOUNS.has(doc.tokens[np.first].text.toLowerCase());
}

/**
 * Meetings and talks (04, but visits and hosting, 042 and 043, whose place is the counterpart)
 * and signing an agreement (057). Material help "in Liberia" does target the place.
 */
/**
 * "would stay closed until engineers had inspected it", "will not leave before the guards are
 * freed": a clause opened by until/before under a main clause that has not happened yet (a
 * modal) tells a condition, not a deed.
 */
function untilUnreal(frames: Frame[], f: number): boolean {
  const sub = frames[f].subordinator;
  if (sub !== 'until' && sub !== 'before') return false;
  for (let g = f - 1; g >= 0; g--) {
    // Not a participle right after the verb ("would remain closed until ...").
    const participle = g > 0 && frames[g - 1].chunk === frames[g].chunk - 1 && !frames[g].vp.modal;
    if (frames[g].role !== 'main' || frames[g].vp.gerund || participle) continue;
    const modal = frames[g].vp.modal;
    return (
      !!modal && (FUTURE_MODALS.has(modal) || HYPOTHETICAL_MODALS.has(modal) || OBLIGATION_MODALS.has(modal))
    );
  }
  return false;
}

/** A cooperative act done together: agree (03), consult (04), cooperate (05, 06). */
function mutual(code: string): boolean {
  return code >= '03' && code < '07';
}

function cooperativeAtVenue(code: string): boolean {
  return (
    (code.startsWith('04') && !code.startsWith('042') && !code.startsWith('043')) || code.startsWith('057')
  );
}

/** The mention follows "in" or "at" ("in Vienna", "at the Hague"). */
function afterLocative(doc: Doc, span: Span | undefined): boolean {
  if (!span) return false;
  let t = doc.tokens.findIndex((x) => x.span[0] === span[0]);
  if (t <= 0) return false;
  if (doc.tokens[t - 1].text.toLowerCase() === 'the') t--;
  const prev = t > 0 ? doc.tokens[t - 1].text.toLowerCase() : '';
  return prev === 'in' || prev === 'at';
}

/**
 * "Vilnius called the broadcast degrading and said that it violated norms": an "it" with no
 * modal, after a definite singular thing (a "the" object naming no actor) between the speaker and
 * the pronoun, may well be that thing; it does not fall back to the speaker. "Syria said it will
 * not accept" (a modal, nothing between) still does.
 */
function thingBefore(
  doc: Doc,
  index: ActorIndex,
  chunks: Chunk[],
  speakerNp: NounGroup | null,
  pronoun: NounGroup,
  modal: string | undefined,
): boolean {
  if (modal || !speakerNp || doc.tokens[pronoun.first].text.toLowerCase() !== 'it') return false;
  const from = chunks.indexOf(speakerNp);
  const to = chunks.indexOf(pronoun);
  for (let k = from + 1; k < to; k++) {
    const c = chunks[k];
    // The object of a verb, not an apposition of the speaker ("the union, the umbrella body, said").
    if (c.kind !== 'noun' || chunks[k - 1].kind !== 'verb') continue;
    if (doc.tokens[c.first].text.toLowerCase() !== 'the') continue;
    const head = doc.tokens[c.head];
    if (head.pos !== 'NOUN' || /s$/.test(head.text)) continue;
    if (!index.sides(doc, c).length) return true;
  }
  return false;
}

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);

/**
 * A clause led by a past auxiliary: "was shot", "had crossed", "did not". (A bare "-ed" may be
 * a participle read as a clause, "talks aimed at ...".)
 */
function reportsPast(doc: Doc, fr: Frame): boolean {
  return !fr.vp.modal && PAST_AUXILIARIES.has(doc.tokens[fr.vp.first].text.toLowerCase());
}

/**
 * A gerund opening the sentence whose phrase runs, with no comma, into the verb it shares a subject with, and
 * that verb's subject lies inside the phrase: the phrase is that verb's subject ("Detaining
 * observers is unacceptable"), unlike "Speaking to reporters, the minister said ...".
 */
function gerundSubject(doc: Doc, chunks: Chunk[], frames: Frame[], f: number): boolean {
  const fr = frames[f];
  const g = fr.sharesSubjectWith;
  if (!fr.vp.gerund || g === null || g <= f) return false;
  // The gerund opens the sentence (after an opening quote mark at most).
  if (chunks.slice(0, fr.chunk).some((c) => c.kind !== 'punct')) return false;
  const subject = frames[g].subject;
  if (!subject) return false;
  const at = chunks.indexOf(subject);
  if (at <= fr.chunk || at >= frames[g].chunk) return false;
  for (let k = fr.chunk + 1; k < frames[g].chunk; k++)
    if (chunks[k].kind === 'punct' && doc.tokens[chunks[k].first].text === ',') return false;
  return true;
}

/** "have to", "has to", "would have to" in the verb group (not the past "had to", a fact). */
/**
 * The modal a bare coordinated verb takes over: the nearest earlier finite verb group's (or its
 * "have to"), past the infinitive and gerund complements in between ("would have to stop flying
 * drones and apologise"). Undefined when the verb is not bare, not after and/or, or that verb has
 * no modal.
 */
function coordinatedModal(doc: Doc, chunks: Chunk[], frames: Frame[], f: number): string | undefined {
  const fr = frames[f];
  const prev = chunks[fr.chunk - 1];
  if (prev?.kind !== 'conj' || fr.vp.first !== fr.vp.head || fr.vp.infinitive || fr.vp.gerund)
    return undefined;
  // A base form: no -ed, no third-person -s ("apologise", "discuss"; not "signed", "agrees").
  const bare = (t: number) => {
    const w = doc.tokens[t].text.toLowerCase();
    return /^[a-z]+$/.test(w) && !/ed$/.test(w) && (!/s$/.test(w) || /ss$/.test(w));
  };
  if (!bare(fr.vp.head)) return undefined;
  for (let g = f - 1; g >= 0; g--) {
    const vp = frames[g].vp;
    if (obligedByHaveTo(doc, vp.first, vp.head)) return 'must';
    if (vp.modal) return vp.modal;
    if (vp.infinitive || vp.gerund) continue;
    // Another bare verb of the same series: "would reopen, stop ... and apologise".
    if (vp.first === vp.head && bare(vp.head)) continue;
    return undefined;
  }
  return undefined;
}

function obligedByHaveTo(doc: Doc, first: number, head: number): boolean {
  for (let t = first; t + 1 < head; t++) {
    const w = doc.tokens[t].text.toLowerCase();
    if ((w === 'have' || w === 'has') && doc.tokens[t + 1].text.toLowerCase() === 'to') return true;
  }
  return false;
}
