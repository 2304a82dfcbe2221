import type { GazetteerEntry } from '../../gazetteer/types';
import type { ArticleEvidence } from './scoreCandidate';
import { normalizeName } from '../../gazetteer/normalizeName';
import { distanceKm } from './distanceKm';
import { bboxesTouch } from './bboxesTouch';
import { findLists, LIST_GAP, listNeighbours } from './findLists';
import { gatherEvidence, personKeysOf, readableMentions, type ReadableMentions, type Surroundings } from './gatherEvidence';
import { noteReason } from './noteReason';
import { ownSenses } from './ownSenses';
import { famous, scoreCandidate } from './scoreCandidate';
import type { PlaceContext, PlaceMention, PlaceStep, RankReason, ScoredEntry } from './types';

const BARE_COUNTY = 1.5;
const CAPITAL_OVER_STATE = 2;
const NAMESAKE_TOWN = 2.5;
const NAMESAKE_COUNTY = 4;
/** Less than a state's namesake loses: a town named after a foreign country is what local news of its county means ("Turkey", Texas). */
const NAMESAKE_OF_COUNTRY = 1.5;
const FOREIGN_AFFAIRS = 0.75;
const COUNTRY_NAMESAKE = 3;
const GENERAL_CAP = 5.5;
const CELL_ROW = 10_000;
/** How many of a name's best readings keep their reasons (the story keeps five candidates). */
const EXPLAINED = 5;
const WATER_WORD = /\b(?:Sea|Ocean|Gulf|Bay|Strait|Straits|Channel|Lake|River|Sound|Lagoon|Canal)$/;

/**
 * Refiner: ranks every live mention's candidates twice, first on priors alone, then with the
 * evidence the first pass found in the other mentions (one sense per name per article: every
 * mention of a name shares the boosts of all of them).
 */
export const resolveMentions: PlaceStep = {
  name: 'resolve',
  run(ctx) {
    const live = ctx.mentions.filter((m) => !m.dropped);
    const dl = ctx.article.dateline;
    // The dateline was read on priors (a dateline names a city); the rest of the article does not overturn it.
    if (dl && ctx.dateline) {
      for (const m of live) {
        if (m.start < dl.start || m.end > dl.end) continue;
        m.boosts.set(ctx.dateline.id, 10);
        noteReason(m, ctx.dateline.id, { code: 'dateline', weight: 10 });
      }
    }
    // A name that says what it is ("Red Sea", "Hudson River") means the water, not a district named after it.
    for (const m of live) {
      if (!WATER_WORD.test(m.text)) continue;
      for (const e of m.entries) if (e.kind === 'water') addBoost(m, e.id, 4, 'nameSaysKind');
    }
    // "across the Atlantic", "at the North Pole": a town is not called "the X"; a sea or a land feature with a
    // town's name is (a name that keeps its article, "The Hague", is read whole and never gets here).
    for (const m of live) {
      if (!/\bthe\s+$/i.test(ctx.article.text.slice(Math.max(0, m.start - 5), m.start))) continue;
      const feature = (k: string): boolean => k === 'water' || k === 'area';
      if (!m.entries.some((e) => e.kind === 'city') || !m.entries.some((e) => feature(e.kind))) continue;
      for (const e of m.entries) if (feature(e.kind)) addBoost(m, e.id, 4, 'nameSaysKind');
    }
    // "Washington" alone is the capital; beside another state ("Washington and Oregon") it stands among its peers.
    const nextTo = listNeighbours(live);
    for (const m of live) {
      if (besideAState(ctx.article.text, nextTo(m), m)) continue;
      for (const capital of capitalsNamedLikeAState(m.entries)) addBoost(m, capital.id, CAPITAL_OVER_STATE, 'capital');
    }
    const senses = ownSenses(live);
    const groups = groupByKey(live, senses);
    const around = surroundings(ctx, live, groups, senses);
    const empty: ArticleEvidence = { countries: new Map(), admins: new Map(), points: [], international: false };
    if (ctx.dateline) empty.dateline = ctx.dateline;
    coLocatedReadings(groups);
    const people = personKeysOf(ctx);
    const priors = new Map([...groups].map(([key, group]) => [key, namePrior(group)]));
    for (const [key, group] of groups) rank(group, priors.get(key) ?? namePrior(group), empty);
    for (let pass = 0; pass < 2; pass++) {
      // Only the last pass says why: reasons are kept for the candidates a person will see.
      for (const [key, group] of groups) rank(group, priors.get(key) ?? namePrior(group), gatherEvidence(ctx, groups, key, around.get(key), pass === 1, people), pass === 1, key.includes('@'));
    }
  },
};

function addBoost(m: PlaceMention, id: string, weight: number, code: RankReason['code'], places?: string[]): void {
  m.boosts.set(id, (m.boosts.get(id) ?? 0) + weight);
  noteReason(m, id, places ? { code, weight, places } : { code, weight });
}

function groupKey(m: PlaceMention, senses: ReadonlyMap<PlaceMention, string>): string {
  const own = senses.get(m);
  return `${m.adjective ? 'a' : 'n'}:${m.key}${own === undefined ? '' : `@${own}`}`;
}

/** For each name, the other names listed with it and those in the same sentences as it. */
function surroundings(ctx: PlaceContext, live: readonly PlaceMention[], groups: Map<string, PlaceMention[]>, senses: ReadonlyMap<PlaceMention, string>): Map<string, Surroundings> {
  const lists = findLists(live, ctx.article.text);
  // The Y of "X, Y" ("Springfield, Illinois") tells where X is, not where the rest of its sentence is.
  const text = ctx.article.text;
  const byEnd = new Set(live.map((m) => m.end));
  const keys = new Map(live.map((m) => [m, groupKey(m, senses)]));
  const nameOf = (m: PlaceMention): string | undefined => keys.get(m);
  // Only a name that may be a state or province can place the rest of its sentence.
  const bySentence = new Map<number, ReadableMentions>();
  for (const m of live) {
    const s = ctx.tokens[m.firstToken]?.sentence ?? -1;
    if (s < 0 || m.adjective || !m.entries.some((e) => e.featureCode === 'ADM1')) continue;
    const comma = /,\s*$/.exec(text.slice(Math.max(0, m.start - 4), m.start));
    if (comma !== null && byEnd.has(m.start - comma[0].length)) continue;
    let inSentence = bySentence.get(s);
    if (!inSentence) bySentence.set(s, (inSentence = readableMentions(nameOf)));
    inSentence.add(m);
  }
  const out = new Map<string, Surroundings>();
  for (const [key, group] of groups) {
    const listed = readableMentions(nameOf);
    const sentence = readableMentions(nameOf);
    // Each sentence once per name: a name said a thousand times in one sentence reads its states once.
    const seen = new Set<number>();
    for (const m of group) {
      for (const o of lists.get(m) ?? []) if (keys.get(o) !== key) listed.add(o);
      const s = ctx.tokens[m.firstToken]?.sentence ?? -1;
      if (seen.has(s)) continue;
      seen.add(s);
      for (const o of bySentence.get(s)?.mentions ?? []) if (keys.get(o) !== key) sentence.add(o);
    }
    out.set(key, { listed: listed.mentions, sentence: sentence.mentions });
  }
  return out;
}

/**
 * Two different names with readings a town apart ("London" and "St. Thomas", both in Ontario)
 * support those readings, even before either is resolved.
 */
function coLocatedReadings(groups: Map<string, PlaceMention[]>): void {
  const all = [...groups.values()];
  const lists = all.map((g) => (g[0]?.entries ?? []).filter((e) => e.kind === 'city' || e.featureCode === 'ADM2').slice(0, 80));
  // A grid of 0.3-degree cells (about 33 km north-south) so each reading only meets its neighbours.
  // A cell is one number (row * CELL_ROW + column; columns span -600..600): no string built per cell visited.
  const cell = (cy: number, cx: number): number => cy * CELL_ROW + cx;
  const grid = new Map<number, { group: number; e: GazetteerEntry }[]>();
  lists.forEach((list, group) => {
    for (const e of list) {
      const k = cell(Math.floor(e.lat / 0.3), Math.floor(e.lon / 0.3));
      const bucket = grid.get(k);
      if (bucket) bucket.push({ group, e });
      else grid.set(k, [{ group, e }]);
    }
  });
  lists.forEach((list, i) => {
    for (const e of list) {
      const [cy, cx] = [Math.floor(e.lat / 0.3), Math.floor(e.lon / 0.3)];
      let near: GazetteerEntry | undefined;
      for (let dy = -1; dy <= 1 && !near; dy++) {
        for (let dx = -1; dx <= 1 && !near; dx++) {
          near = (grid.get(cell(cy + dy, cx + dx)) ?? []).find((o) => o.group !== i && distanceKm(o.e.lat, o.e.lon, e.lat, e.lon) < 30)?.e;
        }
      }
      if (near) for (const m of all[i] ?? []) addBoost(m, e.id, 1.5, 'namedWith', [near.name]);
    }
  });
  neighbouringCounties(all, lists);
}

/**
 * Two names with county readings that touch ("Hall County" and "Forsyth County", both in
 * Georgia) support those readings: a county's neighbours lie too far for the town test above.
 */
function neighbouringCounties(all: PlaceMention[][], lists: GazetteerEntry[][]): void {
  const counties = lists.flatMap((list, group) => list.filter((e) => e.featureCode === 'ADM2' && e.bbox).map((e) => ({ group, e })));
  const supported = new Set<string>();
  for (const a of counties) {
    for (const b of counties) {
      if (a.group >= b.group || a.e === b.e || a.e.countryCode !== b.e.countryCode || !bboxesTouch(a.e.bbox, b.e.bbox)) continue;
      supported.add(`${a.group} ${a.e.id}`);
      supported.add(`${b.group} ${b.e.id}`);
    }
  }
  for (const key of supported) {
    const [group = '', id = ''] = key.split(' ');
    for (const m of all[Number(group)] ?? []) addBoost(m, id, 1.5, 'namedWith');
  }
}

function groupByKey(mentions: PlaceMention[], senses: ReadonlyMap<PlaceMention, string>): Map<string, PlaceMention[]> {
  const groups = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    const key = groupKey(m, senses);
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

/** What a name's readings score before the article is weighed: the mentions' boosts and the rules that read the name alone. */
interface NamePrior {
  boosts: Map<string, number>;
  noted: Map<string, RankReason[]>;
  /** A national capital or a city of a million is among the readings. */
  famousReading: boolean;
  /** The entry with the most people, when there are several. */
  largest?: GazetteerEntry;
  /** Countries that may be helped by an article about countries (no state, continent, area or sea shares the name). */
  countries: GazetteerEntry[];
}

function namePrior(group: PlaceMention[]): NamePrior {
  const boosts = new Map<string, number>();
  const noted = new Map<string, RankReason[]>();
  for (const m of group) {
    for (const [id, b] of m.boosts) boosts.set(id, Math.max(boosts.get(id) ?? -Infinity, b));
    for (const [id, rs] of m.reasons ?? []) noted.set(id, [...(noted.get(id) ?? []), ...rs.filter((r) => !(noted.get(id) ?? []).some((o) => o.code === r.code))]);
  }
  const prior: NamePrior = { boosts, noted, famousReading: false, countries: [] };
  const entries = group[0]?.entries ?? [];
  for (const city of namesakeCities(entries)) addTo(prior, city.id, 2.5);
  for (const town of namesakeTowns(entries)) addTo(prior, town.id, -(town.featureCode === 'ADM2' ? NAMESAKE_COUNTY : namedAfterACountry(town, entries) ? NAMESAKE_OF_COUNTRY : NAMESAKE_TOWN));
  // A country's name read bare is the country, not its capital or a province named alike ("Luxembourg", "Guatemala"):
  // whatever the article says of the country speaks for both, so only words like "X, Y" or "X state" tell them apart.
  for (const inner of namesakesInsideACountry(entries)) {
    addTo(prior, inner.id, -COUNTRY_NAMESAKE);
    const country = entries.find((e) => e.kind === 'country' && e.countryCode === inner.countryCode);
    if (country && !(noted.get(country.id) ?? []).some((r) => r.code === 'countryName')) addTo(prior, country.id, 0, { code: 'countryName', weight: COUNTRY_NAMESAKE });
  }
  // "Delaware" alone is the state before it is one of the counties named after it.
  const key = group[0]?.key ?? '';
  for (const e of entries) if (e.featureCode === 'ADM2' && normalizeName(e.name) !== key) addTo(prior, e.id, -BARE_COUNTY);
  for (const e of entries) {
    if (e.kind === 'city' && famous(e)) prior.famousReading = true;
    if (entries.length > 1 && e.population > 0 && (!prior.largest || e.population > prior.largest.population)) prior.largest = e;
    if (e.kind === 'country' && !entries.some((o) => (o.featureCode === 'ADM1' && o.countryCode !== e.countryCode) || o.kind === 'continent' || o.kind === 'area' || o.kind === 'water')) prior.countries.push(e);
  }
  return prior;
}

function addTo(prior: NamePrior, id: string, weight: number, reason?: RankReason): void {
  prior.boosts.set(id, (prior.boosts.get(id) ?? 0) + weight);
  if (reason) prior.noted.set(id, [...(prior.noted.get(id) ?? []), reason]);
}

function rank(group: PlaceMention[], prior: NamePrior, evidence: ArticleEvidence, explain = false, ownSense = false): void {
  const entries = group[0]?.entries ?? [];
  // An article that names several countries is about countries: "China" and "Italy" there are not towns in
  // Texas (a state, continent or sea named like a country, "Georgia", "Antarctica", is their peer and gets no such help).
  let foreign: Map<string, number> | undefined;
  for (const e of prior.countries) {
    const w = FOREIGN_AFFAIRS * Math.min(3, Math.max(0, countriesBesides(evidence, e.countryCode) - 1));
    if (w > 0) (foreign ??= new Map()).set(e.id, w);
  }
  // A bare famous name means the famous place: the article's country or state alone does not make it a namesake.
  // A mention whose own words set it apart from the rest of its name (ownSenses) is not pulled back by the countries and
  // regions the article is about in general; a bare famous name means the famous place.
  const capped: ArticleEvidence = ownSense ? { ...evidence, countries: new Map(), admins: new Map() } : prior.famousReading ? { ...evidence, generalCap: GENERAL_CAP } : evidence;
  const scored: ScoredEntry[] = entries.map((entry) => ({ entry, score: scoreCandidate(entry, capped, (prior.boosts.get(entry.id) ?? 0) + (foreign?.get(entry.id) ?? 0)) }));
  scored.sort((a, b) => b.score - a.score || b.entry.population - a.entry.population || (a.entry.id < b.entry.id ? -1 : 1));
  if (explain) {
    for (const s of scored.slice(0, EXPLAINED)) {
      const reasons: RankReason[] = [...(prior.noted.get(s.entry.id) ?? [])];
      const w = foreign?.get(s.entry.id);
      if (w !== undefined) reasons.push({ code: 'list', weight: w, places: [...(evidence.names?.entries() ?? [])].filter(([k]) => k.length === 2 && k !== s.entry.countryCode).slice(0, 3).map(([, n]) => n) });
      scoreCandidate(s.entry, capped, 0, (r) => reasons.push(r));
      if (s.entry === prior.largest) reasons.push({ code: 'largest', weight: 0 });
      s.reasons = strongestFirst(reasons);
    }
  }
  for (const m of group) m.scored = scored;
}

/** One reason per code (its heaviest), heaviest first. */
function strongestFirst(reasons: readonly RankReason[]): RankReason[] {
  const best = new Map<string, RankReason>();
  for (const r of reasons) {
    const had = best.get(r.code);
    if (!had || r.weight > had.weight || (r.weight === had.weight && (r.places?.length ?? 0) > (had.places?.length ?? 0))) best.set(r.code, r);
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * Places inside a country that bear its name or an alias of it (its capital "Luxembourg",
 * "Guatemala City" under "Guatemala", a province "Panamá"): the bare name means the country.
 */
function namesakesInsideACountry(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  const countries = new Set(entries.filter((e) => e.kind === 'country').map((e) => e.countryCode));
  return entries.filter((e) => e.kind !== 'country' && countries.has(e.countryCode));
}

/** How many countries other than `code` the article's other places lie in. */
function countriesBesides(evidence: ArticleEvidence, code: string): number {
  let n = 0;
  for (const c of evidence.countries.keys()) if (c !== code) n++;
  return n;
}

/**
 * Cities that share their name with the region around them and hold a fifth of its people or
 * more ("New York", "São Paulo", "Rio de Janeiro"): news means the city.
 */
function namesakeCities(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  const regions = entries.filter((e) => e.featureCode === 'ADM1');
  return entries.filter((c) => c.kind === 'city' && regions.some((r) => r.countryCode === c.countryCode && r.admin1 === c.admin1 && c.population * 5 >= r.population));
}

/** The mention stands in a list next to a name that reads as a state or province (`near`: the mentions a gap away). */
function besideAState(text: string, near: readonly PlaceMention[], m: PlaceMention): boolean {
  return near.some((o) => o !== m && o.entries.some((e) => e.featureCode === 'ADM1') && LIST_GAP.test(o.start >= m.end ? text.slice(m.end, o.start) : o.end <= m.start ? text.slice(o.end, m.start) : 'x'));
}

/**
 * A national capital that shares its name with a state of its own country in which it does not
 * lie ("Washington"): news that names it bare means the capital; "Washington state", "X, Wash."
 * and the other region cues still favour the state.
 */
function capitalsNamedLikeAState(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  if (entries.some((e) => e.kind === 'country')) return [];
  return entries.filter((c) => c.featureCode === 'PPLC' && entries.some((r) => r.featureCode === 'ADM1' && r.countryCode === c.countryCode && r.admin1 !== c.admin1));
}

/** A town that bears the name of a country other than its own ("Egypt", Pennsylvania). */
function namedAfterACountry(town: GazetteerEntry, entries: readonly GazetteerEntry[]): boolean {
  return entries.some((k) => k.kind === 'country' && k.countryCode !== town.countryCode);
}

/**
 * Towns and counties named after a state or province of their own country, or after a country,
 * and a hundredth its size or less ("Florida, N.Y.", "Kansas, Ill.", Ohio County in Indiana,
 * "Egypt, Pa."): the bare name means the state or country unless "X, Y" or "X County" says otherwise.
 */
function namesakeTowns(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  const regions = entries.filter((e) => e.featureCode === 'ADM1');
  const countries = entries.filter((e) => e.kind === 'country');
  return entries.filter((c) => (c.kind === 'city' || c.featureCode === 'ADM2') && (regions.some((r) => r.countryCode === c.countryCode && c.population * 100 < r.population) || countries.some((k) => k.countryCode !== c.countryCode && c.population * 100 < k.population)));
}
