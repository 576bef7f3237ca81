import type { Doc, Span, Token } from '../text/types.js';
import type { Report } from './indirect.js';
import { inside } from './spans.js';
import { tokenAt } from './tokens.js';

/** Reports by the sentence they lie in, so that every look-up stays local. */
export class ReportIndex {
  readonly all: Report[] = [];
  private readonly bySentence = new Map<number, Report[]>();

  constructor(private readonly doc: Doc) {}

  add(r: Report): void {
    this.all.push(r);
    const s = this.sentenceOf(r.content[0]);
    const list = this.bySentence.get(s);
    if (list) list.push(r);
    else this.bySentence.set(s, [r]);
  }

  inSentence(s: number): Report[] {
    return this.bySentence.get(s) ?? [];
  }

  /** The first report with a known speaker whose content holds the span. */
  containing(span: Span): Report | undefined {
    return this.inSentence(this.sentenceOf(span[0])).find(
      (r) => r.attribution.speaker !== null && inside(span, r.content),
    );
  }

  isNested(r: Report): boolean {
    const at = this.doc.tokens[r.attribution.cueFirst].span[0];
    return this.inSentence(this.sentenceOf(r.content[0])).some(
      (o) => o !== r && o.content[0] <= at && at < o.content[1],
    );
  }

  /**
   * A noun's report ending its sentence-mate verbal report's content, by the same speaker or an
   * unnamed/pronoun possessor: "Roe pledged her support for the levy" gives (support for → "the
   * levy") inside (pledged → "her support for the levy"), one remark read twice.
   */
  isTailOfVerbal(r: Report): boolean {
    if (r.rule !== 'report/noun') return false;
    const sp = r.attribution.speaker;
    return this.inSentence(this.sentenceOf(r.content[0])).some((o) => {
      const outer = o.attribution.speaker;
      if (o.rule === 'report/noun' || !outer || !inside(r.content, o.content)) return false;
      if (o.content[1] !== r.content[1] || o.content[0] === r.content[0]) return false;
      return !sp || sp.kind === 'pronoun' || (sp.first === outer.first && sp.last === outer.last);
    });
  }

  private sentenceOf(offset: number): number {
    const { tokens } = this.doc;
    const i = Math.min(tokenAt(tokens, offset), tokens.length - 1);
    return i >= 0 ? tokens[i].sentence : 0;
  }
}

/** The last report with a speaker whose cue lies in the token range [first, end). */
export function lastReportIn(
  reports: ReportIndex,
  tokens: Token[],
  first: number,
  end: number,
): Report | undefined {
  if (end <= first) return undefined;
  let found: Report | undefined;
  for (let s = tokens[first].sentence; s <= tokens[end - 1].sentence; s++) {
    for (const r of reports.inSentence(s)) {
      const c = r.attribution.cueFirst;
      if (r.attribution.speaker && c >= first && c < end && (!found || c > found.attribution.cueFirst))
        found = r;
    }
  }
  return found;
}
