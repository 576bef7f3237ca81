import { StoreInputError } from '../store.js';

/** A sort-key value: the keyset is compared as an SQL row value, `(k1, k2, ...) > (v1, v2, ...)`. */
export type KeyValue = string | number;

/** The opaque cursor for "after this row": its sort key, as base64url JSON. */
export function encodeCursor(key: KeyValue[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor names, checked against the list's key shape; undefined when no cursor. */
export function decodeCursor(cursor: string | undefined, shape: ('s' | 'n')[]): KeyValue[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const fits =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((v, i) => (shape[i] === 's' ? typeof v === 'string' : typeof v === 'number'));
  if (!fits) throw new StoreInputError('bad cursor (pass back the "next" value of the previous page)');
  return key as KeyValue[];
}

/**
 * Cuts a page from rows fetched with `limit + 1`: the extra row only says a next page exists;
 * the cursor is the key of the last row returned.
 */
export function page<R, T>(rows: R[], limit: number, key: (r: R) => KeyValue[], map: (r: R) => T) {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return {
    items: kept.map(map),
    next: more ? encodeCursor(key(kept[kept.length - 1])) : null,
  };
}
