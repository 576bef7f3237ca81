import type { Event, EventSide } from '../contract/extraction.js';

/**
 * Reported speech: when the speaker reports a hostile act against their own side ("Putin said
 * the West ignored Russia's demands"), the statement is itself an accusation (CAMEO 112) by the
 * speaker against the reported source; the two events are linked.
 */
export function linkStatements(events: Event[], speakersOf: Map<Event, EventSide[]>): void {
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
