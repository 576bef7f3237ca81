import type { Span } from '../text/types.js';

export const inside = (a: Span, b: Span) => a[0] >= b[0] && a[1] <= b[1];
export const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
