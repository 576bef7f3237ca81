/** Output formats shared by the query commands: table (default on a terminal), json, jsonl, csv. */
export type Format = 'table' | 'json' | 'jsonl' | 'csv';
export const FORMATS: Format[] = ['table', 'json', 'jsonl', 'csv'];

export type Row = Record<string, unknown>;

export function parseFormat(value: string): Format {
  if (!(FORMATS as string[]).includes(value))
    throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  return value as Format;
}

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  // A span reads "17-41"; a list of names "Belarus; Lithuania" (names may hold hyphens).
  if (Array.isArray(v)) return v.join(v.every((x) => typeof x === 'number') ? '-' : '; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/** Renders rows in the chosen format; `columns` picks and orders the table/csv columns. */
export function render(
  rows: Row[],
  format: Format,
  columns: string[],
  widths: Record<string, number> = {},
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'jsonl':
      return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv':
      return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(cell(r[c]))).join(','))]
        .map((l) => `${l}\n`)
        .join('');
    case 'table':
      return table(rows, columns, widths);
  }
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(rows: Row[], columns: string[], widths: Record<string, number>): string {
  if (rows.length === 0) return '(no rows)\n';
  const clip = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s);
  const cells = rows.map((r) => columns.map((c) => clip(cell(r[c]).replace(/\s+/g, ' '), widths[c] ?? 40)));
  const w = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => v.padEnd(w[i]))
      .join('  ')
      .trimEnd();
  return `${[line(columns), line(w.map((n) => '-'.repeat(n))), ...cells.map(line)].join('\n')}\n`;
}
