import type { Actor, ActorKind, Mention } from '../contract/extraction.js';
import type { Span } from '../text/types.js';

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
  code: string;
  role?: string;
}

/** An organisation named by a media word ("Global Affairs Radio", "the Tarvosa Herald") is an outlet. */
export const orgKind = (sector: string): ActorKind => (sector === 'MED' ? 'media' : 'organization');

/** The actors of one document, collecting mentions as the pass finds them. */
export class Registry {
  private readonly byId = new Map<string, Actor>();
  private readonly seen = new Set<string>();

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  /** Updates what is known of an actor (an unknown person's role found in an apposition). */
  refine(id: string, patch: Partial<Pick<Actor, 'code' | 'role'>>): void {
    const a = this.byId.get(id);
    if (a) Object.assign(a, patch);
  }

  add(ref: ActorRef, span: Span, text: string, rule: string): void {
    const key = `${ref.id}\u0000${span[0]}\u0000${span[1]}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    let actor = this.byId.get(ref.id);
    if (!actor) {
      actor = { id: ref.id, name: ref.name, kind: ref.kind, code: ref.code, mentions: [] };
      if (ref.role) actor.role = ref.role;
      this.byId.set(ref.id, actor);
    }
    const mention: Mention = { span, text, rule };
    actor.mentions.push(mention);
  }

  /** Actors ordered by first mention, mentions by span: the same input gives the same output. */
  result(): Actor[] {
    const out = [...this.byId.values()];
    for (const a of out) a.mentions.sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);
    out.sort(
      (a, b) => a.mentions[0].span[0] - b.mentions[0].span[0] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return out;
  }
}
