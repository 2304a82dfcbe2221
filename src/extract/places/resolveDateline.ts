import type { ArticleEvidence } from './scoreCandidate';
import { scoreCandidate } from './scoreCandidate';
import type { PlaceStep } from './types';

/** Refiner: resolves the dateline's place on priors alone (datelines name cities), so later ranking can lean on it. */
export const resolveDateline: PlaceStep = {
  name: 'dateline',
  run(ctx) {
    const dl = ctx.article.dateline;
    if (!dl) return;
    const m = ctx.mentions.find((x) => !x.dropped && !x.adjective && x.start >= dl.start && x.end <= dl.end);
    if (!m) return;
    const none: ArticleEvidence = { countries: new Map(), admins: new Map(), points: [], international: false };
    let best = m.entries[0];
    let bestScore = -Infinity;
    for (const e of m.entries) {
      const s = scoreCandidate(e, none, (m.boosts.get(e.id) ?? 0) + (e.kind === 'city' ? 2 : 0));
      if (s > bestScore) [best, bestScore] = [e, s];
    }
    if (best) ctx.dateline = best;
  },
};
