/** Reads the suite's `{text}=ID@CODE` marks into plain text and expected mentions. */
export interface ExpectedMention {
  span: [number, number];
  text: string;
  actor: string;
  code?: string;
}

const ID_CHAR = /[A-Za-z0-9:~_.+@-]/;

export function parseMarkup(marked: string): { text: string; expected: ExpectedMention[] } {
  let text = '';
  const open: number[] = [];
  const expected: ExpectedMention[] = [];
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c === '{') {
      open.push(text.length);
      continue;
    }
    if (c === '}' && marked[i + 1] === '=') {
      const start = open.pop();
      if (start === undefined) throw new Error(`unbalanced mark in: ${marked}`);
      let j = i + 2;
      while (j < marked.length && ID_CHAR.test(marked[j])) j++;
      // A trailing full stop ends the sentence, not the id.
      while (marked[j - 1] === '.') j--;
      const [ids, code] = marked.slice(i + 2, j).split('@');
      for (const actor of ids.split('+')) {
        expected.push({ span: [start, text.length], text: text.slice(start), actor, code });
      }
      i = j - 1;
      continue;
    }
    text += c;
  }
  if (open.length) throw new Error(`unclosed mark in: ${marked}`);
  return { text, expected };
}
