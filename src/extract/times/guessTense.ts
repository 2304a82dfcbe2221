/** Which way a clause points in time, as far as its words show. */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = /\b(?:will|won't|shall|'ll|going to|would|might|may|expects?|forecasts?|predicts?|anticipates?|(?:set|scheduled|expected|due|planned|plans|planning|slated|ready|hopes?|intends?) to|as (?:soon|early) as|next|upcoming)\b/;
const PAST = /\b(?:said|says|was|were|had|did|ago|earlier|last|[a-z]{2,}ed|brought|bought|took|made|came|went|gave|got|began|became|fell|rose|left|held|met|paid|sold|told|found|thought|won|lost|ran|saw|wrote|spoke|struck|led|sent|spent|built|kept|grew|drew|threw|flew|knew|chose|broke|stood|fought|caught|taught|sought|felt|meant|arrived|killed)\b/;

const FUTURE_ALL = new RegExp(FUTURE.source, 'g');
const PAST_ALL = new RegExp(PAST.source, 'g');

/**
 * Guesses the tense of the clause around [start, end): the words before the expression back to
 * the sentence start, then a few words after it. News defaults to past when nothing says otherwise.
 */
export function guessTense(text: string, start: number, end: number): Tense {
  const from = Math.max(0, start - 80);
  let before = text.slice(from, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '));
  if (stop >= 0) before = before.slice(stop + 1);
  let after = text.slice(end, end + 50);
  const cut = after.search(/[.;\n]/);
  if (cut >= 0) after = after.slice(0, cut);
  const nearBefore = lastMatch(before);
  if (nearBefore !== 'unknown') return nearBefore;
  const f = after.search(FUTURE);
  const p = after.search(PAST);
  if (f < 0 && p < 0) return 'unknown';
  if (f < 0) return 'past';
  if (p < 0) return 'future';
  return f <= p ? 'future' : 'past';
}

function lastMatch(s: string): Tense {
  const f = lastIndex(s, FUTURE);
  const p = lastIndex(s, PAST);
  if (f < 0 && p < 0) return 'unknown';
  return f >= p ? 'future' : 'past';
}

/** Where the last match of `re` in `s` ends (matches are compared by their ends, so "is scheduled" beats "scheduled"). */
function lastIndex(s: string, re: RegExp): number {
  const g = re === FUTURE ? FUTURE_ALL : PAST_ALL;
  let last = -1;
  for (const m of s.matchAll(g)) last = m.index + m[0].length;
  return last;
}
