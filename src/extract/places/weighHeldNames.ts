import { normalizeName } from '../../gazetteer/normalizeName';
import type { GazetteerEntry, OtherName } from '../../gazetteer/types';
import { noteReason } from './noteReason';
import type { PlaceStep } from './types';

/** A reading by the name a place bore in the article's years ("Queenstown" in a report of 1912) gains this much. */
const HELD_THEN = 2;
/** A reading by a name the place had given up before every year of the article loses this much. */
const GIVEN_UP = 5;
// Years the text names: 1000-2099, as words of their own ("in 1835", "1912's").
const YEAR = /\b(1\d{3}|20\d{2})\b/g;
/** A town this big bears its name in its own right (geo/namesTaken.ts's SHARED_BELOW). */
const LIVING_TOWN = 10_000;
/** Enough years to know an article's era; a text that names more is read by its first ones. */
const YEARS_READ = 200;

/**
 * Refiner: a name a place has held and given up ("Queenstown" for Cobh until 1920, "Batavia"
 * for Jakarta until 1942) means that place in a text of its years, and not in a text whose every
 * year (publication and the years it names) comes after, where a town of 10,000 or more, a region
 * or a country bears the name today: there the living namesake is meant ("Poona" with no year
 * is still Pune, not a hamlet in Australia). Names whose years are unknown are left to the ranking.
 */
export const weighHeldNames: PlaceStep = {
  name: 'held names',
  run(ctx) {
    const era = articleYears(ctx.article.text, ctx.article.published);
    // Every mention of a name has the same readings: each name is weighed once, however often the text says it.
    const byName = new Map<string, [id: string, weight: number][]>();
    for (const m of ctx.mentions) {
      if (m.dropped || m.adjective) continue;
      let weights = byName.get(m.key);
      if (!weights) byName.set(m.key, (weights = weigh(m.entries, m.key, era)));
      for (const [id, weight] of weights) {
        m.boosts.set(id, (m.boosts.get(id) ?? 0) + weight);
        if (weight > 0) noteReason(m, id, { code: 'heldThen', weight });
      }
    }
  },
};

/** The boost of each reading of `key` that is a name held and given up: in the article's years, or before them all. */
function weigh(entries: readonly GazetteerEntry[], key: string, era: readonly number[]): [string, number][] {
  const out: [string, number][] = [];
  for (const e of entries) {
    const held = heldBy(e, key);
    if (!held) continue;
    const from = held.from ?? -Infinity;
    const to = held.to ?? Infinity;
    if (era.some((y) => y >= from && y <= to)) out.push([e.id, HELD_THEN]);
    else if (entries.some((o) => o !== e && bearsToday(o, key))) out.push([e.id, -GIVEN_UP]);
  }
  return out;
}

/** The name `key` as a name the place held and gave up (its years known), not its name today. */
function heldBy(e: GazetteerEntry, key: string): OtherName | undefined {
  if (normalizeName(e.name) === key) return undefined;
  return e.otherNames.find((o) => o.to !== undefined && normalizeName(o.name) === key);
}

/** A town of 10,000 or more, a region, a country or a feature that bears the name now: the living namesake a later text means. */
function bearsToday(e: GazetteerEntry, key: string): boolean {
  return (e.kind !== 'city' || e.population >= LIVING_TOWN) && heldBy(e, key) === undefined;
}

/** The publication year and the years the text names. */
export function articleYears(text: string, published: string): number[] {
  const years = new Set<number>();
  const year = Number(published.slice(0, 4));
  if (Number.isFinite(year)) years.add(year);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text), n = 0; m !== null && n < YEARS_READ; m = YEAR.exec(text), n++) years.add(Number(m[1]));
  return [...years];
}
