import { firstAtLeast } from '../firstAtLeast';
import { liesWithin } from './liesWithin';
import type { PlaceMention } from './types';

/** What may stand between two items of a list: a comma, "and", "or", "&", a slash. */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- every caller tests a gap of at most MAX_GAP = 16 characters (findLists, and besideAState on listNeighbours).
export const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or|&|\/)\s*$/;
/** The longest text LIST_GAP can match with some spaces to spare (", and " is six). */
const MAX_GAP = 16;

/**
 * For each mention, the others that end or start within a list gap of it: the only ones a list
 * can join it to. Two sorted copies and binary search, so a 5 MB article with tens of thousands
 * of mentions is not compared pair by pair.
 */
export function listNeighbours(live: readonly PlaceMention[]): (m: PlaceMention) => PlaceMention[] {
  const byStart = [...live].sort((a, b) => a.start - b.start);
  const byEnd = [...live].sort((a, b) => a.end - b.end);
  return (m) => {
    const out: PlaceMention[] = [];
    for (let i = firstAtLeast(byStart, (o) => o.start, m.end); i < byStart.length && (byStart[i] as PlaceMention).start <= m.end + MAX_GAP; i++) out.push(byStart[i] as PlaceMention);
    for (let i = firstAtLeast(byEnd, (o) => o.end, m.start - MAX_GAP); i < byEnd.length && (byEnd[i] as PlaceMention).end <= m.start; i++) out.push(byEnd[i] as PlaceMention);
    return out;
  };
}

const PEERS = 12;

/**
 * The lists of names in the text ("Paris, Berlin and Rome", "Fiji, Samoa and Tonga"): each
 * name with the others of its list, joined by commas, "and", "or", "&" or "/". Adjectives
 * ("Kazakh and Chinese") are no list items, nor is the Y of "X, Y" that may hold X ("Florida, N.Y.").
 */
export function findLists(live: readonly PlaceMention[], text: string): Map<PlaceMention, PlaceMention[]> {
  const names = live.filter((m) => !m.adjective).sort((a, b) => a.start - b.start);
  const lists = new Map<PlaceMention, PlaceMention[]>();
  let run: PlaceMention[] = [];
  const close = (): void => {
    // A list in prose is short: each item's peers are its neighbours within PEERS places either side,
    // so a run of a million names costs a million small lists, not a million squared.
    if (run.length > 1) run.forEach((m, i) => lists.set(m, run.slice(Math.max(0, i - PEERS), i + PEERS + 1).filter((o) => o !== m)));
    run = [];
  };
  for (const m of names) {
    const last = run[run.length - 1];
    if (last && !(m.start >= last.end && m.start - last.end <= MAX_GAP && LIST_GAP.test(text.slice(last.end, m.start)) && !holds(m, last, text))) close();
    run.push(m);
  }
  close();
  return lists;
}

function holds(y: PlaceMention, x: PlaceMention, text: string): boolean {
  return /^,\s*$/.test(text.slice(x.end, y.start)) && y.entries.some((outer) => x.entries.some((inner) => liesWithin(inner, outer)));
}
