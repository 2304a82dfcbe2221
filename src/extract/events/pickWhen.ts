import type { Precision, When } from '../../story/types';
import type { TimeHit } from '../types';

const RANK: Record<Precision, number> = {
  century: 0, decade: 1, year: 2, season: 3, quarter: 4, month: 5, week: 6, day: 7, partOfDay: 8, hour: 9, minute: 10,
};

/** The time hit that dates a sentence: a DATE or TIME with a resolved `when`, the most precise first. */
export function pickWhen(times: readonly TimeHit[]): (TimeHit & { when: When }) | undefined {
  let best: (TimeHit & { when: When }) | undefined;
  for (const t of times) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (!t.when) continue;
    const hit = { ...t, when: t.when };
    if (!best || rank(hit.when) > rank(best.when)) best = hit;
  }
  return best;
}

function rank(w: When): number {
  return w.precision === undefined ? -1 : RANK[w.precision];
}
