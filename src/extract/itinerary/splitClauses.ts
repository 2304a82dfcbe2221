/**
 * Where the clauses of a sentence start (offsets into the sentence, the first is 0): at a
 * semicolon, a dash or bracket, and at a comma or "and"/"but" that opens a new clause (a
 * conjunction, a relative word or a subject pronoun follows). A comma inside a list of names
 * ("Belarus, Ukraine and Moldova") does not split.
 */
export function splitClauses(sentence: string): number[] {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(sentence)) !== null) starts.push(m.index + m[0].length);
  return starts;
}

const OPENERS = 'said|says|told|tells|added|adds|while|whereas|where|when|which|who|whom|whose|as|although|though|because|since|so|yet|he|she|they|it|we|i|prompting|leaving|forcing|causing|killing|despite|amid|although|until|unless|whereupon|only';
// "and"/"but" after a comma open a clause unless a name follows ("Belarus, Ukraine, and Moldova").
const BOUNDARY = new RegExp(`(?:[;()]|\\s[—–]\\s|\\s--\\s)\\s*|,\\s+(?=(?:and|but)\\s+(?!\\p{Lu})|(?:${OPENERS})\\b)|\\s(?=but\\s)|\\s(?=(?:while|before|after|when)\\s+[a-z]+ing\\b)`, 'gu');

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
