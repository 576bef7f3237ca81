/**
 * Fixture articles for the browser tests, written for them (fictional officials; no gold text).
 * Two outlets report the same accusation (so it is corroborated), a third article carries a quote
 * relayed by Reuters and an unattributed scare quote, and one article's text holds markup that must be shown as text (its url
 * is a javascript: one that must not become a link).
 */
export const HOSTILE_MARKUP = '<script>window.__pwned=1</script> and then <b>bold</b>';

export const FIXTURE_ARTICLES = [
  {
    id: 'fx-1',
    date: '2025-06-02',
    outlet: 'Tideline Post',
    title: 'Portugal accuses Spain of closing a river crossing',
    url: 'https://tideline.example/portugal-accuses-spain',
    text:
      'Portugal accused Spain on Monday of closing a river crossing near Elvas without warning.\n\n' +
      '"This closure hurts families on both banks," Foreign Minister Ana Ribeiro said on Monday.\n\n' +
      'Spain denied the accusation and said the crossing would reopen on Friday.',
  },
  {
    id: 'fx-2',
    date: '2025-06-02',
    outlet: 'Meridian Daily',
    title: 'Lisbon says Madrid shut a border crossing',
    url: 'javascript:window.__pwned=2',
    text:
      'Portugal on Monday accused Spain of closing a river crossing near Elvas.\n\n' +
      '"This closure hurts families on both banks," Foreign Minister Ana Ribeiro told reporters.\n\n' +
      `The ministry note read: ${HOSTILE_MARKUP} claims about the crossing.`,
  },
  {
    id: 'fx-3',
    date: '2025-06-04',
    outlet: 'Tideline Post',
    title: 'Spain and Portugal agree to talks on the crossing',
    text:
      'Spain agreed on Wednesday to hold talks with Portugal about the river crossing next week.\n\n' +
      '"We will reopen it as soon as the inspection ends," Foreign Minister Luis Ortega told Reuters.\n\n' +
      'The "temporary" closure has now lasted three days.',
  },
];

/** Posted while the home page is open, to see it arrive through the live feed. */
export const LATE_ARTICLE = {
  id: 'fx-4',
  date: '2025-06-05',
  outlet: 'Tideline Post',
  title: 'River crossing near Elvas reopens',
  text: 'Spain reopened the river crossing near Elvas on Thursday after the inspection ended.',
};

export function fixturesJsonl(): string {
  return `${FIXTURE_ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n`;
}
