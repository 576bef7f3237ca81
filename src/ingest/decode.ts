/** Turns raw bytes into text, or says in a few words why they are not a readable article. */
export type Decoded = { ok: true; text: string } | { ok: false; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  if (bytes.length > maxBytes)
    return {
      ok: false,
      error: `too large: ${formatBytes(bytes.length)} (the limit is ${formatBytes(maxBytes)}; see --max-bytes)`,
    };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, error: `binary content (a NUL byte at offset ${nul})` };
  try {
    const text = decoder.decode(bytes);
    if (text.trim() === '') return { ok: false, error: 'no text (only white space)' };
    return { ok: true, text };
  } catch {
    return { ok: false, error: `invalid UTF-8 ${locateInvalidUtf8(bytes)}` };
  }
}

/** Names the line and byte offset of the first byte sequence that is not UTF-8. */
function locateInvalidUtf8(bytes: Uint8Array): string {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return `at line ${line}, byte ${i}`;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return `at line ${line}, byte ${i}`;
    }
    if (b === 0x0a) line++;
    i += need + 1;
  }
  return '';
}

export function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(1)} kB`;
  return `${n} B`;
}
