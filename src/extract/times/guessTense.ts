/** Which way a clause points in time, as far as its words show. */
export type Tense = 'past' | 'future' | 'unknown';

// A plan still ahead ("is scheduled to", "postponed until", "effective"), unless told in the
// pluperfect ("had been due to expire Friday" is over).
const FUTURE = new RegExp(
  [
    "will|won't|shall|'ll|going to|would|might|may|expects?|forecasts?|predicts?|anticipates?",
    '(?<!had been )(?:set|scheduled|expected|due|planned|plans?|planning|slated|ready|hopes?|intends?) to',
    '(?:has|have) (?:scheduled|planned|slated)|scheduled for',
    '(?:is|are) to',
    '(?:postponed|delayed|adjourned|deferred|put off|extended|extends?) (?:\\w+ ){0,2}(?:until|till)',
    '(?<!(?:became|been|was|were|went into) )effective',
    'as (?:soon|early) as|next(?! to)|upcoming',
  ].join('|'),
);
// past tenses and words that look back; "-ed" words that are no past tense stay out
const PAST = new RegExp(
  [
    'said|says|was|were|had|did|ago|earlier|last|since|previously',
    '(?!(?:need|exceed|succeed|proceed|feed|speed|seed|heed|indeed|hundred|sacred|naked|wicked|kindred)\\b)[a-z]{2,}ed',
    'brought|bought|took|made|came|went|gave|got|began|became|fell|rose|left|held|met|paid|sold|told|found|thought|won|lost|ran|saw|wrote|spoke|struck',
    'led|sent|spent|built|kept|grew|drew|threw|flew|knew|chose|broke|stood|fought|caught|taught|sought|felt|meant|arrived|killed',
    'fed|fled|swept|drove|rode|shot|dug|hung|slid|spun|swung|tore|wore|woke|sank|sang|rang|shrank|stole|froze|hid|bled|bent|lent|wept|crept|slept|swam|sat|lay|laid',
  ].join('|'),
);
// A programme told in the present ("the race starts on Friday", "the pope arrives on Sunday") is still ahead.
const SCHEDULE = /\b(?:starts|begins|opens|arrives|arrive|leaves|departs|resumes|ends|finishes|closes|returns|flies|heads|travels|moves|goes|visits|sails|kicks off|gets under way|is|are)\s+(?:[\w,]+\s+){0,8}$/;
// eslint-disable-next-line regexp/no-super-linear-backtracking -- guessTense tests it on the 50 characters after the expression, at most.
const SCHEDULE_AFTER = /^\s*,?\s*(?:[\w'’-]+\s+){0,4}(?:starts|begins|opens|arrives|leaves|departs|resumes|runs|ends|finishes|closes|returns|flies|heads|travels|kicks off|fly|head|travel|arrive|depart|sail|return)\b/;
// A day that is the subject of a verb of a programme ("Thursday brings the walkers a long climb", "Sunday brings the finale") is ahead.
const DAY_AS_SUBJECT = /^(?:['’]s\s+[\w-]+)?\s+(?:offers|brings|sees|features|promises|hosts|holds|takes|sends|gives|pits)\b/;
// a sentence ends at ". " unless the dot ends an initial or a title ("Daniel P. Davison", "U.S. Trust")
const CLAUSE_STOP = /(?<!(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|Co|Corp|Inc|Ltd|No|vs|Ft|Mt)))[.!?]['"]*\s|[;\n]/g;
const REACH = 80;
// a participle after "be" is a passive still to come ("will be named", "to be held"), not a past
const PAST_AFTER_BE = new RegExp(`(?<!\\b(?:be|being) )(?:${PAST.source})`);
// with nothing else to go on, a deadline looks ahead ("has until noon Friday to reply")
const DEADLINE = /\b(?:until|till|by)\s+$/i;

const WORD = (re: RegExp, flags = ''): RegExp => new RegExp(`\\b(?:${re.source})\\b`, flags);
const FUTURE_ONE = WORD(FUTURE);
const PAST_ONE = WORD(PAST_AFTER_BE);
const FUTURE_ALL = WORD(FUTURE, 'g');
const PAST_ALL = WORD(PAST_AFTER_BE, 'g');

/**
 * Guesses the tense of the clause around [start, end): the words before the expression back to
 * the sentence start, then a few words after it. News defaults to past when nothing says otherwise.
 */
export function guessTense(text: string, start: number, end: number): Tense {
  const from = Math.max(0, start - REACH);
  let before = text.slice(from, start);
  const stop = lastEnd(before, CLAUSE_STOP);
  if (stop >= 0) before = before.slice(stop);
  const after = clauseAfter(text, end);
  const nearBefore = lastMatch(before);
  if (nearBefore !== 'unknown') return nearBefore;
  if (SCHEDULE.test(before)) return 'future';
  const f = after.search(FUTURE_ONE);
  const p = after.search(PAST_ONE);
  if (f < 0 && p < 0) return DEADLINE.test(before) || SCHEDULE_AFTER.test(after) || DAY_AS_SUBJECT.test(after) ? 'future' : 'unknown';
  if (f < 0) return 'past';
  if (p < 0) return 'future';
  return f <= p ? 'future' : 'past';
}

/** True when the words right after `end` tell a programme in the present ("'s match opens the", "brings the walkers"). */
export function programmeAfter(text: string, end: number): boolean {
  const after = clauseAfter(text, end);
  return SCHEDULE_AFTER.test(after) || DAY_AS_SUBJECT.test(after);
}

/** The 50 characters after `end`, up to the clause's end (a full stop, a semicolon or a line break). */
function clauseAfter(text: string, end: number): string {
  const after = text.slice(end, end + 50);
  const cut = after.search(/[.;\n]/);
  return cut >= 0 ? after.slice(0, cut) : after;
}

function lastMatch(s: string): Tense {
  const f = lastEnd(s, FUTURE_ALL);
  const p = lastEnd(s, PAST_ALL);
  if (f < 0 && p < 0) return 'unknown';
  return f >= p ? 'future' : 'past';
}

/** Where the last match of `re` in `s` ends (matches are compared by their ends, so "is scheduled" beats "scheduled"). */
function lastEnd(s: string, re: RegExp): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index + m[0].length;
  return last;
}
