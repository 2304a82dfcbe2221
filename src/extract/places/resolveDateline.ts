import type { ArticleEvidence } from './scoreCandidate';
import { famous, scoreCandidate } from './scoreCandidate';
import type { PlaceContext, PlaceMention, PlaceStep } from './types';

/**
 * Refiner: resolves the dateline's place (datelines name cities), so later ranking can lean on it:
 * on priors, and on the countries and states the body names outright ("ST. LOUIS" over a story of
 * Missouri and Illinois is the Missouri city, not its namesake in Senegal). A famous reading
 * (a national capital, a city of a million) is read on priors alone.
 */
export const resolveDateline: PlaceStep = {
  name: 'dateline',
  run(ctx) {
    const dl = ctx.article.dateline;
    if (!dl) return;
    const m = ctx.mentions.find((x) => !x.dropped && !x.adjective && x.start >= dl.start && x.end <= dl.end);
    if (!m) return;
    // A famous reading ("PARIS", "PERTH") is what a dateline means, whatever the body says of other countries.
    const none: ArticleEvidence = { countries: new Map(), admins: new Map(), points: [], international: false };
    const evidence = m.entries.some((e) => e.kind === 'city' && famous(e)) ? none : bodyEvidence(ctx, m);
    let best = m.entries[0];
    let bestScore = -Infinity;
    for (const e of m.entries) {
      const s = scoreCandidate(e, evidence, (m.boosts.get(e.id) ?? 0) + (e.kind === 'city' ? 2 : 0));
      if (s > bestScore) [best, bestScore] = [e, s];
    }
    if (best) ctx.dateline = best;
  },
};

/**
 * The countries and first-level regions the body names outright, each name once: a name whose
 * likeliest reading is a country or a state ("Missouri", "Spain"), not a town read on priors.
 */
function bodyEvidence(ctx: PlaceContext, dateline: PlaceMention): ArticleEvidence {
  const evidence: ArticleEvidence = { countries: new Map(), admins: new Map(), points: [], international: false };
  const seen = new Set<string>([dateline.key]);
  for (const m of ctx.mentions) {
    if (m.dropped || m.adjective || seen.has(m.key)) continue;
    seen.add(m.key);
    const top = m.entries[0];
    if (!top || top.countryCode === '' || (top.kind !== 'country' && top.featureCode !== 'ADM1')) continue;
    evidence.countries.set(top.countryCode, (evidence.countries.get(top.countryCode) ?? 0) + 1);
    if (top.featureCode === 'ADM1') evidence.admins.set(`${top.countryCode}.${top.admin1}`, (evidence.admins.get(`${top.countryCode}.${top.admin1}`) ?? 0) + 2);
  }
  evidence.international = evidence.countries.size > 1;
  return evidence;
}
