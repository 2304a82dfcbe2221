import { normalizeName } from '../../gazetteer/normalizeName';
import type { TextRange } from '../../article/types';
import { REGION_ABBREVIATIONS } from './regionAbbreviations';

/** A word of the article, with what place matching needs to know about it. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** normalizeName(text). */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Every letter a capital ("NUR-SULTAN", "US"). */
  upper: boolean;
  /** First word of its sentence (its capital says nothing). */
  sentenceStart: boolean;
  /** Index of its sentence in article.sentences (-1 outside any). */
  sentence: number;
}

// Hyphens split words ("Middlesex-London", "Turkish-Russian"); the name matcher joins them again ("Nur-Sultan").
const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu;
// "d'Olonne", "l'Aquila", "dell'Emilia": a French or Italian article elided before a capital starts a name's word.
const ELIDED = /^(?:d|l|dell|dall|nell|sull|all)['’]\p{Lu}/u;
const KEEP_DOT = /^\p{L}+\.\p{L}[\p{L}.]*\.$|^(?:st|mt|ft|ste|pt)\.$/iu;

function keepsDot(word: string): boolean {
  return KEEP_DOT.test(word) || (word.length <= 6 && REGION_ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()));
}

/** Splits text into words: inner dots stay inside ("U.S."), hyphens and a possessive 's do not. */
export function tokenize(text: string, sentences: readonly TextRange[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  let lastSentence = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let word = m[0];
    if (word.endsWith('.') && !keepsDot(word)) word = word.slice(0, -1);
    const last = word.charCodeAt(word.length - 1);
    // A possessive 's ("China's"): checked by character codes, this runs for every word.
    if ((last === 115 || last === 83) && word.length > 3 && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) word = word.slice(0, -2);
    if (word === '') continue;
    const end = start + word.length;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= start) s++;
    const inSentence = s < sentences.length && (sentences[s]?.start ?? Infinity) <= start;
    const sentence = inSentence ? s : -1;
    const first = word[0] ?? '';
    const cap = first !== first.toLowerCase() || ((first === 'd' || first === 'l' || first === 'a' || first === 'n' || first === 's') && ELIDED.test(word));
    const ascii = asciiLetters(word);
    const letters = cap ? (ascii ? word : word.replace(/[^\p{L}]/gu, '')) : '';
    tokens.push({
      start,
      end,
      text: word,
      // Most words are plain letters, and numbers are digits: normalizeName's regexes would only lower-case the one and keep the other.
      norm: ascii && word.length > 3 ? word.toLowerCase() : !ascii && asciiDigits(word) ? word : normalizeName(word),
      cap,
      upper: cap && letters.length > 1 && letters === letters.toUpperCase(),
      sentenceStart: sentence !== lastSentence && sentence !== -1,
      sentence,
    });
    lastSentence = sentence;
  }
  return tokens;
}

/**
 * Only letters A-Z and a-z: such a word is all letters, and, longer than the longest abbreviation
 * normalizeName spells out ("twp"), its lower case is its normalised form.
 */
function asciiLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Only digits 0-9 ("2020", "35"): normalizeName gives such a word back as it is. */
function asciiDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
