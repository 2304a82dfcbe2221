import { shorten } from './shorten';

/** What {@link headline} may use besides the sentence. */
export interface HeadlineContext {
  /** The event's first actor's full name ("Mike Pompeo"), if any. */
  actor?: string;
  /** Time expressions inside the sentence, as offsets into it: the timeline shows the date, so the title drops them. */
  times?: readonly { start: number; end: number }[];
}

const MAX_READ = 2_000;
const TITLE_RUN = /^(?:(?:[A-Z][\w.'’-]*|of|the|and)\s+)*$/;
const SPEECH = '(?:said|says|told reporters|added|continued|announced|wrote|tweeted|stated|insisted|claimed|argued|warned)';
// A quotation followed by its attribution: "…," Mr Pompeo said.
const QUOTE_THEN_SPEAKER = new RegExp(`^["“]([^"”]{8,}?)[,.!?]?["”],?\\s+(?:he|she|they|[A-Z][\\w.'’ -]{1,60}?)\\s+${SPEECH}\\b[^"“]*$`);
// The end of a quotation that began in an earlier sentence: … flee China," he added.
const SPEAKER_AFTER = new RegExp(`[,.!?]?["”],?\\s+(?:he|she|they|[A-Z][\\w.'’ -]{1,60}?)\\s+${SPEECH}\\.?$`);
// Reported speech opening the sentence: Mr Pompeo said (on Twitter) (that) …
// eslint-disable-next-line regexp/no-super-linear-backtracking -- anchored at the start, on a title text cut to MAX_READ = 2,000 characters whose whitespace runs were collapsed to one space (two where an aside was cut).
const SPEAKER_SAID = new RegExp(`^([A-Z][\\w.'’ -]{1,60}?)\\s+${SPEECH}(?:\\s+(?:on|in|at|to)\\s+[\\w ]{1,30}?)?(?:\\s+that)?\\s+(?=[\\w"“])`);
// A non-restrictive clause about the subject: ", whose government has …,".
const ASIDE = /,\s+(?:who|whose|which)\s[^,]{3,120},\s*|\s[-–—]\s(?:who|whose|which)\s[^-–—]{3,120}\s[-–—]\s/;

/**
 * A short headline for a sentence that is not a journey: the actor by surname instead of
 * "United States Secretary of State Mike Pompeo", quotations as "Pompeo: “…”", reported speech
 * without "said that", no relative dates (the timeline shows the date) and no asides.
 */
export function headline(sentence: string, ctx: HeadlineContext = {}): string {
  // A title shows about 90 characters: a sentence longer than a page is read only as far as that needs.
  const text = sentence.length > MAX_READ ? sentence.slice(0, MAX_READ) : sentence;
  let s = dropTimes(text, (ctx.times ?? []).filter((t) => t.end <= text.length))
    .replace(/\s+/g, ' ')
    // What removing the times leaves: a liveblog stamp's dash ("— Wheels down"), an empty range ("between and").
    .replace(/^[\s—–:-]+/, '')
    // eslint-disable-next-line regexp/no-super-linear-move -- the line before collapsed whitespace runs to one space, and the text is at most MAX_READ = 2,000 characters.
    .replace(/(,?)\s*\b(?:between|from)\s+(?:and|to|until|till|through)\b\s*,?/gi, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
  s = capitalise(s);
  const surname = ctx.actor?.split(' ').at(-1);
  const quoted = QUOTE_THEN_SPEAKER.exec(s);
  if (quoted?.[1] !== undefined && surname !== undefined) return `${surname}: “${shorten(quoted[1], 70)}”`;
  const tail = SPEAKER_AFTER.exec(s);
  if (tail && !/["“]/.test(s.slice(0, tail.index))) return `${surname !== undefined ? `${surname}: ` : ''}“${shorten(s.slice(0, tail.index), 70)}”`;
  if (surname !== undefined && ctx.actor !== undefined) s = shortSubject(s, ctx.actor, surname);
  s = s.replace(ASIDE, ' ');
  const said = SPEAKER_SAID.exec(s);
  if (said?.[1] !== undefined && surname !== undefined && said[1].endsWith(surname)) {
    const rest = s.slice(said[0].length);
    // "Pompeo said he has met …" reads as "Pompeo has met …".
    const own = /^(?:he|she)\s+/i.exec(rest);
    s = own ? `${surname} ${rest.slice(own[0].length)}` : `${surname}: ${capitalise(rest)}`;
  } else if (surname !== undefined && /^(?:He|She)\s/.test(s)) {
    s = `${surname}${s.slice(s.indexOf(' '))}`;
  }
  return shorten(clause(s), 90);
}

/** "United States Secretary of State Mike Pompeo urged" and "Mr Pompeo urged" become "Pompeo urged". */
function shortSubject(s: string, actor: string, surname: string): string {
  for (const name of [actor, surname]) {
    const at = s.indexOf(name);
    // Only a run of capitalised words (a title, an honorific, a first name) may come before the name.
    if (at >= 0 && at < 80 && TITLE_RUN.test(s.slice(0, at))) return `${surname}${s.slice(at + name.length)}`;
  }
  return s;
}

/**
 * Removes time expressions with the preposition before them ("on Monday", "late yesterday"),
 * left to right in one pass: each cut looks back a few characters only, so a sentence of any
 * length costs time in proportion to its length.
 */
function dropTimes(sentence: string, times: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const t of [...times].sort((a, b) => a.start - b.start)) {
    if (t.start < at || t.end > sentence.length) continue;
    let before = out + sentence.slice(at, t.start);
    const prep = PREPOSITION_BEFORE.exec(before.slice(-16));
    if (prep) before = before.slice(0, before.length - prep[0].length);
    const after = sentence.slice(t.end, t.end + 2);
    // Keep the time when removing it would leave a dangling comma at the start.
    if (before.trim() === '' && /^\s*,/.test(after)) {
      out = out + sentence.slice(at, t.end);
      at = t.end;
      continue;
    }
    const trimmed = before.trimEnd();
    out = `${trimmed}${/^[\s,.;:!?]/.test(after) || trimmed === '' ? '' : ' '}`;
    at = t.end;
  }
  return out + sentence.slice(at);
}

const PREPOSITION_BEFORE = /\b(?:on|in|at|since|during)\s+$/i;

/** The first clause when it is long enough to stand alone (cut at a dash, semicolon or comma). */
function clause(s: string): string {
  const cut = /\s[-–—]\s|;\s|,\s/g;
  for (let m = cut.exec(s); m !== null; m = cut.exec(s)) {
    if (m.index >= 35 && m.index <= 90) return s.slice(0, m.index);
    if (m.index > 90) break;
  }
  return s;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
