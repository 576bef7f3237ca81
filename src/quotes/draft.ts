import { partitionPoint } from '../common/bisect.js';
import type { QuoteKind } from '../contract/extraction.js';
import type { Span } from '../text/types.js';
import type { Attribution } from './attribution.js';
import { overlap } from './spans.js';

/** A quote before naming: its content, kind and the attribution it got (if any). */
export interface Draft {
  span: Span;
  kind: QuoteKind;
  attribution: Attribution | null;
  rule: string;
}

/** The drafts (sorted by start, not overlapping each other) that overlap a span. */
export function overlapping(sorted: Draft[], span: Span): Draft[] {
  const lo = partitionPoint(sorted.length, (i) => sorted[i].span[1] <= span[0]);
  const out: Draft[] = [];
  for (let k = lo; k < sorted.length && sorted[k].span[0] < span[1]; k++) {
    if (overlap(sorted[k].span, span) > 0) out.push(sorted[k]);
  }
  return out;
}
