import type { Event, EventSide } from '../contract/extraction.js';

/** An event before ordering: whether its clause is a main one, and a compound speaker's sides. */
export interface Draft {
  event: Event;
  /** All sides of a compound speaker (the event shows the first in `reportedBy`). */
  speakers?: EventSide[];
  primary: boolean;
  /** The clause names its doer (a noun group, not a bare pronoun), known to the actors stage or not. */
  namedDoer?: boolean;
  /** The doer is posted on another's behalf ("diplomats"): the sentence's country is not its side. */
  postedDoer?: boolean;
  /** The clause acts on something: an object or a target group, known to the actors stage or not. */
  hasObject?: boolean;
  /** The target was found only in a prepositional phrase or later in the sentence, not in the argument. */
  looseTarget?: boolean;
  order: number;
}
