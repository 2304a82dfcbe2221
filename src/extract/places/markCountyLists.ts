import type { PlaceMention, PlaceStep } from './types';

// The gap between two names of a list (", ", " and ", ", or ", " & "), however long: no run of spaces can be split two ways.
const LIST_GAP = /^\s*(?:,(?:\s*(?:and|or))?|and|or|&)\s*$/;
const UNIT = /^(?:counties|county|parishes|parish|districts|boroughs)\b/i;
const BOOST = 5;

/**
 * Refiner: "Becker, Clay and Douglas counties" names counties: every name of a list that ends
 * in "counties" (or "county", "parishes", "districts") favours its second-level admin reading
 * and is supported as a place.
 */
export const markCountyLists: PlaceStep = {
  name: 'county list',
  run(ctx) {
    const text = ctx.article.text;
    const live = ctx.mentions.filter((m) => !m.dropped && !m.adjective).sort((a, b) => a.start - b.start);
    for (let i = 0; i < live.length; i++) {
      const last = live[i] as PlaceMention;
      if (!UNIT.test(text.slice(last.end).trimStart()) || !/^\s/.test(text.slice(last.end, last.end + 1))) continue;
      const run = [last];
      for (let j = i - 1; j >= 0; j--) {
        const prev = live[j] as PlaceMention;
        const head = run[run.length - 1] as PlaceMention;
        if (!LIST_GAP.test(text.slice(prev.end, head.start))) break;
        run.push(prev);
      }
      for (const m of run) {
        if (!m.entries.some((e) => e.featureCode === 'ADM2')) continue;
        m.supported = true;
        for (const e of m.entries) if (e.featureCode === 'ADM2') m.boosts.set(e.id, Math.max(m.boosts.get(e.id) ?? 0, BOOST));
      }
    }
  },
};
