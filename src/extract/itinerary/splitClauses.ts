/**
 * Where the clauses of a sentence start (offsets into the sentence, the first is 0): at a
 * semicolon, a dash or bracket, and at a comma or "and"/"but" that opens a new clause (a
 * conjunction, a relative word or a subject pronoun follows), and at the comma that closes a
 * relative clause before the main clause goes on ("X, who left months ago, had arrived"). A comma
 * inside a list of names ("Belarus, Ukraine and Moldova") does not split.
 */
export function splitClauses(sentence: string): number[] {
  const found: { index: number; at: number }[] = [];
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(sentence)) !== null) found.push({ index: m.index, at: m.index + m[0].length });
  const starts = [0];
  found.forEach(({ at }, k) => {
    starts.push(at);
    // "X, who left the ship months ago, had arrived here": the comma that closes a relative clause, before the next
    // boundary and within a relative clause's reach (so a long sentence of many of them stays linear), opens the main clause again.
    if (!RELATIVE_OPENER.test(sentence.slice(at, at + 16))) return;
    const close = CLOSER.exec(sentence.slice(at, Math.min(found[k + 1]?.index ?? sentence.length, at + RELATIVE_REACH)));
    if (close) starts.push(at + close.index + close[0].length);
  });
  return starts;
}

const RELATIVE_REACH = 300;
const RELATIVE_OPENER = /^(?:(?:of|in|from|to|with|by|for|on|at)\s+)?(?:who|which|whom|whose)\b/;
// The comma that ends a relative clause: a verb of the main clause follows it.
const CLOSER = /,\s+(?=(?:had|has|have|was|were|is|are|will|would|could|can|did|does|do|then|later|also|came|went|left|took|made|ran|flew|rode|drove|got|gave|met|saw|found|became|began|brought|sent|held|kept|fled|led|spent|swam|stood|won|lost|[a-z]+ed)\b)/;

const OPENERS = 'said|says|told|tells|added|adds|while|whereas|where|when|which|who|whom|whose|as|although|though|because|since|so|yet|he|she|they|it|we|i|prompting|leaving|forcing|causing|killing|despite|amid|although|until|unless|whereupon|only';
// "and"/"but" after a comma open a clause unless a name follows ("Belarus, Ukraine, and Moldova").
const BOUNDARY = new RegExp(`(?:[;()]|\\s[—–]\\s|\\s--\\s)\\s*|,\\s+(?=(?:and|but)\\s+(?!\\p{Lu})|(?:${OPENERS})\\b|(?:of|in|from|to|with|by|for|on|at)\\s+(?:which|whom|whose)\\b)|\\s(?=but\\s)|\\s(?=(?:while|before|after|when)\\s+[a-z]+ing\\b)`, 'gu');

/** The clause of `sentence` that holds offset `at`: its start and end. */
export function clauseAt(starts: readonly number[], length: number, at: number): { start: number; end: number } {
  let start = 0;
  let end = length;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] ?? 0;
    if (s <= at) start = s;
    else {
      end = s;
      break;
    }
  }
  return { start, end };
}
