import type { Doc } from '../text/types.js';
import { speakerOfCue } from './attribution.js';
import { contentEnd, EMBEDDED_QUESTION, fusedPeriod, QUESTION_WORDS } from './boundaries.js';
import type { Report } from './indirect.js';
import type { QuoteLexicon } from './lexicon.js';
import { readingStart } from './sentence-reports.js';
import { isMark, lower } from './tokens.js';

const ASIDES = new Set(['though', 'however', 'now', 'then']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s']);
// Words a subject phrase runs over backwards from its head ("Enthusiasm for the levy").
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART']);

/**
 * The writer's hedges and forecasts: "the levy seems to have failed", "the vote is expected to
 * pass", "It appears that ..." (data/quotes/cues.yaml `evidential`). The clause, its subject
 * included, is the content; nobody is named as its source (speaker null). With an empty "it"
 * the content starts after the verb ("It appears that ...": "that ...").
 */
export function evidentialReports(doc: Doc, sentence: number, lex: QuoteLexicon): Report[] {
  const { tokens } = doc;
  const s = doc.sentences[sentence];
  const first = readingStart(doc, sentence);
  const end = s.endToken;
  const out: Report[] = [];
  const words = doc.lower();
  for (let c = first + 1; c + 1 < end; c++) {
    const kind = lex.evidential.get(words[c]);
    if (!kind) continue;
    const next = tokens[c + 1];
    const nextWord = lower(next);
    let head = c;
    if (kind === 'expected') {
      // "is (widely) expected to": a passive forecast.
      while (head - 1 > first && lex.skip.has(lower(tokens[head - 1])) && !BE.has(lower(tokens[head - 1])))
        head--;
      if (!BE.has(lower(tokens[head - 1])) || nextWord !== 'to') continue;
      head--;
    } else if (
      !(
        nextWord === 'to' ||
        nextWord === 'that' ||
        nextWord === 'like' ||
        nextWord === ',' ||
        next.pos === 'ADJ'
      )
    )
      continue;
    const subject = speakerOfCue(tokens, head, head, first, end, null, lex);
    if (!subject || subject.last >= head) continue;
    let start: number;
    if (lower(tokens[subject.first]) === 'it') {
      start = c + 1;
      // "It appears, though, that ...": asides before the clause.
      while (
        start < end &&
        (tokens[start].text === ',' || ASIDES.has(lower(tokens[start])) || tokens[start].pos === 'ADV')
      )
        start++;
      if (start >= end) continue;
    } else {
      start = subject.first;
      while (
        start - 1 >= first &&
        subject.first - start < 8 &&
        SUBJECT_POS.has(tokens[start - 1].pos) &&
        !isMark(tokens[start - 1])
      )
        start--;
      // "In May the vote ...": a phrase opening the sentence is not the subject's.
      while (start < subject.first && tokens[start].pos === 'ADP') start++;
      // "(unclear) how long the talks are expected to last": a question, not a forecast.
      const asked = tokens
        .slice(Math.max(first, start - 1), subject.first)
        .some((t) => QUESTION_WORDS.has(lower(t)) || EMBEDDED_QUESTION.has(lower(t)));
      if (asked) continue;
    }
    let last = contentEnd(tokens, start, end, lex);
    while (last > start && tokens[last].pos === 'PUNCT' && !isMark(tokens[last])) last--;
    if (last <= c) continue;
    out.push({
      content: [tokens[start].span[0], tokens[last].span[1] - fusedPeriod(tokens[last])],
      attribution: {
        cueFirst: head,
        cueLast: c,
        form: null,
        speaker: null,
        tokens: [start, c + 1],
        rule: '',
      },
      rule: 'report/evidential',
    });
    c = last;
  }
  return out;
}
