/** Source and target sides from the actors stage: the actor mentions inside an argument chunk. */

import { partitionPoint } from '../common/bisect.js';
import type { Actor, EventSide } from '../contract/extraction.js';
import type { NounGroup } from '../text/chunks.js';
import type { Doc, Span } from '../text/types.js';

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

interface Placed {
  span: Span;
  actor: Actor;
  rule: string;
}

export class ActorIndex {
  private readonly placed: Placed[];
  private readonly kinds = new Map<string, Actor['kind']>();

  constructor(actors: readonly Actor[]) {
    const placed: Placed[] = [];
    for (const actor of actors) {
      // An outlet relays; it is never a participant.
      if (actor.kind === 'media') continue;
      this.kinds.set(actor.id, actor.kind);
      for (const m of actor.mentions) placed.push({ span: m.span, actor, rule: m.rule });
    }
    placed.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
    this.placed = placed;
  }

  /** How many actor mentions can take part in events. */
  get size(): number {
    return this.placed.length;
  }

  /** The actors whose mentions overlap `[start, end)`, in text order, one side per distinct actor. */
  within(doc: Doc, start: number, end: number): EventSide[] {
    const out: EventSide[] = [];
    const seen = new Set<string>();
    // A mention may start before the group ("Republic of Korea" over two groups): step back a few.
    const lo = Math.max(0, partitionPoint(this.placed.length, (i) => this.placed[i].span[0] < start) - 4);
    for (let i = lo; i < this.placed.length && this.placed[i].span[0] < end; i++) {
      const p = this.placed[i];
      if (p.span[1] <= start || seen.has(p.actor.id)) continue;
      seen.add(p.actor.id);
      out.push({
        code: p.actor.code,
        name: p.actor.name,
        actor: p.actor.id,
        span: [p.span[0], p.span[1]],
      });
    }
    void doc;
    return out;
  }

  /**
   * The country a side belongs to, as a side: that country's own mention when the article names
   * it, else the side itself under its country code. Null for international bodies.
   */
  homeCountry(side: EventSide): EventSide | null {
    const country = side.code.slice(0, 3);
    if (!/^[A-Z]{3}$/.test(country) || country === 'IGO' || country === 'NGO') return null;
    for (const p of this.placed) {
      if (p.actor.kind === 'country' && p.actor.code === country)
        return { code: country, name: p.actor.name, actor: p.actor.id, span: [p.span[0], p.span[1]] };
    }
    return { ...side, code: country };
  }

  /**
   * The one country a sentence names (by name, adjective, capital or city, also inside longer
   * mentions such as "the Lithuanian Parliament"), as a side; null when it names none or several.
   * A city stands for its country here (its side carries the country's code).
   */
  soleCountry(doc: Doc, span: Span): EventSide | null {
    let found: EventSide | null = null;
    for (const s of this.within(doc, span[0], span[1])) {
      const kind = this.kinds.get(s.actor ?? '');
      if (kind !== 'country' && kind !== 'location') continue;
      if (found && found.code !== s.code) return null;
      found ??= s;
    }
    return found;
  }

  /** The side is a country or a place, not an organisation or a person. */
  isPlace(side: EventSide): boolean {
    const kind = this.kinds.get(side.actor ?? '');
    return kind === 'country' || kind === 'location';
  }

  /** The side is named by an organisation's seat ("met in Brussels": the EU's city). */
  isSeat(side: EventSide): boolean {
    const span = side.span;
    if (!span) return false;
    return this.placed.some(
      (p) =>
        p.span[0] === span[0] && p.span[1] === span[1] && p.actor.id === side.actor && /seat$/.test(p.rule),
    );
  }

  /** The countries and places named in a noun group ("in Hong Kong"). */
  places(doc: Doc, np: NounGroup): EventSide[] {
    const start = doc.tokens[np.first].span[0];
    const end = doc.tokens[np.end - 1].span[1];
    return this.within(doc, start, end).filter((s) => {
      const kind = this.kinds.get(s.actor ?? '');
      return kind === 'country' || kind === 'location';
    });
  }

  /** The sides of a noun group (all coordinated actors), widened by `extra` trailing groups. */
  sides(doc: Doc, np: NounGroup | null, extra: NounGroup[] = []): EventSide[] {
    if (!np) return [];
    const own = outermost(this.within(doc, doc.tokens[np.first].span[0], doc.tokens[np.end - 1].span[1]));
    // "Her Belarusian counterpart": the possessive names whose counterpart, not who; another actor
    // named in the group is the side.
    const named = own.filter(
      (s) => !s.span || !POSSESSIVES.has(doc.text.slice(s.span[0], s.span[1]).toLowerCase()),
    );
    if (named.length) return named;
    if (own.length) return own;
    for (const x of extra) {
      const found = outermost(this.within(doc, doc.tokens[x.first].span[0], doc.tokens[x.end - 1].span[1]));
      if (found.length) return found;
    }
    return [];
  }
}

/**
 * Drops a mention nested in another one of the same group: "the British government" is one
 * side (GBRGOV), not also its country named inside it; it stays free to be the target.
 */
function outermost(sides: EventSide[]): EventSide[] {
  const inside = (a: EventSide, b: EventSide) =>
    a !== b &&
    !!a.span &&
    !!b.span &&
    b.span[0] <= a.span[0] &&
    a.span[1] <= b.span[1] &&
    b.span[1] - b.span[0] > a.span[1] - a.span[0];
  return sides.filter((a) => !sides.some((b) => inside(a, b)));
}
