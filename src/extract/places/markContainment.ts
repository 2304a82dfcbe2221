import type { GazetteerEntry } from '../../gazetteer/types';
import { indexMentions } from './indexMentions';
import type { Token } from './tokenize';
import type { PlaceMention, PlaceStep } from './types';
import { noteReason } from './noteReason';
import { regionForAbbreviation } from './regionAbbreviations';

const BOOST = 5;

/**
 * Refiner: "X, Y" where Y is a region or country ("Paris, Texas", "Alexandria, La.",
 * "Tbilisi, Georgia") favours the X inside Y, and the Y that contains an X.
 */
export const markContainment: PlaceStep = {
  name: 'containment',
  run(ctx) {
    const byFirst = indexMentions(ctx.mentions, (m) => m.firstToken, ctx.tokens.length);
    for (const x of ctx.mentions) {
      if (x.dropped || x.adjective) continue;
      const last = ctx.tokens[x.endToken - 1] as Token;
      const after = ctx.tokens[x.endToken];
      if (!after || !/^,\s*$/.test(ctx.article.text.slice(last.end, after.start))) continue;
      const y = byFirst.get(x.endToken);
      const abbrev = after.cap ? regionForAbbreviation(after.text) : undefined;
      if (y && !y.dropped && !y.adjective) boostPair(x, y);
      else if (abbrev) {
        for (const e of x.entries) {
          if (`${e.countryCode}.${e.admin1}` !== abbrev) continue;
          x.boosts.set(e.id, BOOST);
          noteReason(x, e.id, { code: 'within', weight: BOOST, places: [after.text] });
        }
      }
    }
  },
};

function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer === inner || outer.countryCode === '' || outer.countryCode !== inner.countryCode) return false;
  if (outer.kind === 'country') return true;
  return outer.featureCode === 'ADM1' && outer.admin1 === inner.admin1 && inner.featureCode !== 'ADM1';
}

function boostPair(x: PlaceMention, y: PlaceMention): void {
  for (const outer of y.entries) {
    if (outer.kind !== 'region' && outer.kind !== 'country') continue;
    for (const inner of x.entries) {
      if (!contains(outer, inner)) continue;
      x.boosts.set(inner.id, BOOST);
      y.boosts.set(outer.id, BOOST);
      noteReason(x, inner.id, { code: 'within', weight: BOOST, places: [y.text] });
      noteReason(y, outer.id, { code: 'namedWith', weight: BOOST, places: [x.text] });
    }
  }
}
