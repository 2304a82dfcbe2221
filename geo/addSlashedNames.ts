import { normalizeName } from '../src/gazetteer/normalizeName';
import type { Draft } from './draft';

/**
 * GeoNames names some bilingual towns by both names ("Donostia / San Sebastián", "Biel/Bienne",
 * "Gasteiz / Vitoria"); text uses one. Each part that is a plain name (no bracketed district
 * number) becomes an alias of the town; where other places bear it too ("San Sebastián" in
 * Guatemala), the ranking weighs the readings as for any shared name. Returns how many were added.
 */
export function addSlashedNames(drafts: Draft[]): number {
  let added = 0;
  for (const d of drafts) {
    if (d.kind !== 'city' || !d.name.includes('/')) continue;
    const own = new Set([d.name, ...d.aliases].map(normalizeName));
    for (const part of d.name.split('/').map((p) => p.trim())) {
      if (part.length < 3 || /[()]/.test(part) || own.has(normalizeName(part))) continue;
      d.aliases.push(part);
      own.add(normalizeName(part));
      added++;
    }
  }
  return added;
}
