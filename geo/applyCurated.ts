import { REGION_ABBREVIATIONS } from '../src/extract/places/regionAbbreviations';
import { curatedAdditions } from './curated';
import { curatedRegionAdditions } from './curatedRegionAdditions';
import type { Draft } from './draft';

/** Adds geo/curated.ts's names, adjectives and held names to the entries they name (`iso:KZ`, `gn:ID`, "CC.admin1" for a region). */
export function applyAdditions(drafts: Draft[]): void {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const d of drafts) if (d.featureCode === 'ADM1') byId.set(`${d.countryCode}.${d.admin1}`, d);
  for (const [id, add] of [...Object.entries(curatedAdditions), ...Object.entries(curatedRegionAdditions)]) {
    const d = byId.get(id);
    if (!d) throw new Error(`geo/curated.ts names ${id}, which no source has`);
    if (add.name !== undefined && add.name !== d.name) {
      d.aliases.push(d.name);
      d.name = add.name;
    }
    d.aliases.push(...(add.names ?? []));
    d.adjectives.push(...(add.adjectives ?? []));
    d.held.push(...(add.otherNames ?? []));
  }
}

/** "W.Va.", "S.C.", "B.C.": dotted abbreviations are unambiguous enough to stand alone. */
export function addDottedAbbreviations(drafts: Draft[]): void {
  const regions = new Map(drafts.filter((d) => d.featureCode === 'ADM1').map((d) => [`${d.countryCode}.${d.admin1}`, d]));
  for (const [abbrev, code] of REGION_ABBREVIATIONS) {
    if (!abbrev.includes('.')) continue;
    const dotted = `${abbrev.split('.').map((p) => (p[0] ?? '').toUpperCase() + p.slice(1)).join('.')}.`;
    regions.get(code)?.aliases.push(dotted);
  }
}

/** The plural a demonym takes for the people ("Palestinian" -> "Palestinians", "Kazakh" -> "Kazakhs"). */
export function pluralOf(adjective: string): string[] {
  return /(an|i|k|ch|z|er|ite)$/.test(adjective) ? [`${adjective}s`] : [];
}
