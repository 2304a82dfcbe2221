import type { GazetteerEntry } from '../../gazetteer/types';
import type { ArticleEvidence } from './scoreCandidate';
import { normalizeName } from '../../gazetteer/normalizeName';
import { distanceKm } from './distanceKm';
import { bboxesTouch } from './bboxesTouch';
import { scoreCandidate } from './scoreCandidate';
import type { PlaceContext, PlaceMention, PlaceStep } from './types';

const BARE_COUNTY = 1.5;
const CAPITAL_OVER_STATE = 2;
const NAMESAKE_TOWN = 2.5;
const NAMESAKE_COUNTY = 4;
const FOREIGN_AFFAIRS = 0.75;
const VILLAGE = 1000;
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
    if (dl && ctx.dateline) for (const m of live) if (m.start >= dl.start && m.end <= dl.end) m.boosts.set(ctx.dateline.id, 10);
    // A name that says what it is ("Red Sea", "Hudson River") means the water, not a district named after it.
    for (const m of live) {
      if (!WATER_WORD.test(m.text)) continue;
      for (const e of m.entries) if (e.kind === 'water') m.boosts.set(e.id, (m.boosts.get(e.id) ?? 0) + 4);
    }
    // "Washington" alone is the capital; beside another state ("Washington and Oregon") it stands among its peers.
    const nextTo = listNeighbours(live);
    for (const m of live) {
      if (besideAState(ctx.article.text, nextTo(m), m)) continue;
      for (const capital of capitalsNamedLikeAState(m.entries)) m.boosts.set(capital.id, (m.boosts.get(capital.id) ?? 0) + CAPITAL_OVER_STATE);
    }
    const groups = groupByKey(live);
    const empty: ArticleEvidence = { countries: new Map(), admins: new Map(), points: [], international: false };
    if (ctx.dateline) empty.dateline = ctx.dateline;
    coLocatedReadings(groups);
    for (const group of groups.values()) rank(group, empty);
    for (let pass = 0; pass < 2; pass++) {
      for (const [key, group] of groups) rank(group, evidenceExcept(ctx, groups, key));
    }
  },
};

/**
 * Two different names with readings a town apart ("London" and "St. Thomas", both in Ontario)
 * support those readings, even before either is resolved.
 */
function coLocatedReadings(groups: Map<string, PlaceMention[]>): void {
  const all = [...groups.values()];
  const lists = all.map((g) => (g[0]?.entries ?? []).filter((e) => e.kind === 'city' || e.featureCode === 'ADM2').slice(0, 80));
  // A grid of 0.3-degree cells (about 33 km north-south) so each reading only meets its neighbours.
  const cell = (lat: number, lon: number): string => `${Math.floor(lat / 0.3)}:${Math.floor(lon / 0.3)}`;
  const grid = new Map<string, { group: number; e: GazetteerEntry }[]>();
  lists.forEach((list, group) => {
    for (const e of list) {
      const k = cell(e.lat, e.lon);
      const bucket = grid.get(k);
      if (bucket) bucket.push({ group, e });
      else grid.set(k, [{ group, e }]);
    }
  });
  lists.forEach((list, i) => {
    for (const e of list) {
      const [cy, cx] = [Math.floor(e.lat / 0.3), Math.floor(e.lon / 0.3)];
      let near = false;
      for (let dy = -1; dy <= 1 && !near; dy++) {
        for (let dx = -1; dx <= 1 && !near; dx++) {
          near = (grid.get(`${cy + dy}:${cx + dx}`) ?? []).some((o) => o.group !== i && distanceKm(o.e.lat, o.e.lon, e.lat, e.lon) < 30);
        }
      }
      if (near) for (const m of all[i] ?? []) m.boosts.set(e.id, (m.boosts.get(e.id) ?? 0) + 1.5);
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
    for (const m of all[Number(group)] ?? []) m.boosts.set(id, (m.boosts.get(id) ?? 0) + 1.5);
  }
}

function groupByKey(mentions: PlaceMention[]): Map<string, PlaceMention[]> {
  const groups = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    const key = `${m.adjective ? 'a' : 'n'}:${m.key}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

function rank(group: PlaceMention[], evidence: ArticleEvidence): void {
  const boosts = new Map<string, number>();
  for (const m of group) for (const [id, b] of m.boosts) boosts.set(id, Math.max(boosts.get(id) ?? 0, b));
  const entries = group[0]?.entries ?? [];
  for (const city of namesakeCities(entries)) boosts.set(city.id, (boosts.get(city.id) ?? 0) + 2.5);
  for (const town of namesakeTowns(entries)) boosts.set(town.id, (boosts.get(town.id) ?? 0) - (town.featureCode === 'ADM2' ? NAMESAKE_COUNTY : NAMESAKE_TOWN));
  // An article that names several countries is about countries: "China" and "Italy" there are not towns in
  // Texas (a state, continent or sea named like a country, "Georgia", "Antarctica", is their peer and gets no such help).
  if (!entries.some((e) => e.featureCode === 'ADM1' || e.kind === 'continent' || e.kind === 'area' || e.kind === 'water')) {
    for (const e of entries) if (e.kind === 'country') boosts.set(e.id, (boosts.get(e.id) ?? 0) + FOREIGN_AFFAIRS * Math.min(3, Math.max(0, countriesBesides(evidence, e.countryCode) - 1)));
  }
  // "Delaware" alone is the state before it is one of the counties named after it.
  const key = group[0]?.key ?? '';
  for (const e of entries) if (e.featureCode === 'ADM2' && normalizeName(e.name) !== key) boosts.set(e.id, (boosts.get(e.id) ?? 0) - BARE_COUNTY);
  const scored = entries.map((entry) => ({ entry, score: scoreCandidate(entry, evidence, boosts.get(entry.id) ?? 0) }));
  scored.sort((a, b) => b.score - a.score || b.entry.population - a.entry.population || (a.entry.id < b.entry.id ? -1 : 1));
  for (const m of group) m.scored = scored;
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

const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or|&|\/)\s*$/;
/** The longest text LIST_GAP can match with some spaces to spare (", and " is six). */
const MAX_GAP = 16;

/** The first index in `sorted` whose `key` is at least `value` (binary search). */
function firstAtLeast(sorted: readonly PlaceMention[], key: (m: PlaceMention) => number, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid] as PlaceMention) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each mention, the others that end or start within a list gap of it: the only ones a list
 * can join it to. Two sorted copies and binary search, so a 5 MB article with tens of thousands
 * of mentions is not compared pair by pair.
 */
function listNeighbours(live: readonly PlaceMention[]): (m: PlaceMention) => PlaceMention[] {
  const byStart = [...live].sort((a, b) => a.start - b.start);
  const byEnd = [...live].sort((a, b) => a.end - b.end);
  return (m) => {
    const out: PlaceMention[] = [];
    for (let i = firstAtLeast(byStart, (o) => o.start, m.end); i < byStart.length && (byStart[i] as PlaceMention).start <= m.end + MAX_GAP; i++) out.push(byStart[i] as PlaceMention);
    for (let i = firstAtLeast(byEnd, (o) => o.end, m.start - MAX_GAP); i < byEnd.length && (byEnd[i] as PlaceMention).end <= m.start; i++) out.push(byEnd[i] as PlaceMention);
    return out;
  };
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

/**
 * Towns and counties named after a state or province of their own country and a hundredth its
 * size or less ("Florida, N.Y.", "Kansas, Ill.", Ohio County in Indiana): the bare name means
 * the state unless "X, Y" or "X County" says otherwise.
 */
function namesakeTowns(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  const regions = entries.filter((e) => e.featureCode === 'ADM1');
  return entries.filter((c) => (c.kind === 'city' || c.featureCode === 'ADM2') && regions.some((r) => r.countryCode === c.countryCode && c.population * 100 < r.population));
}

function evidenceExcept(ctx: PlaceContext, groups: Map<string, PlaceMention[]>, skip: string): ArticleEvidence {
  const evidence: ArticleEvidence = { countries: new Map(), admins: new Map(), points: [], international: false };
  if (ctx.dateline) evidence.dateline = ctx.dateline;
  const countries = new Set<string>();
  const personKeys = new Set(ctx.mentions.filter((m) => m.dropped === 'person' || m.dropped === 'title').map((m) => m.key));
  for (const [key, group] of groups) {
    const top: GazetteerEntry | undefined = group[0]?.scored?.[0]?.entry;
    if (!top || top.countryCode === '') continue;
    // A village nothing in the text shows to be a place ("Center", "Justice") is likelier a word than evidence.
    if (top.kind === 'city' && top.population < VILLAGE && !group.some((m) => m.supported)) continue;
    // A name that is part of a person's name elsewhere ("George Bush ... Bush said") is that person, no evidence.
    if (group.every((m) => personKeys.has(m.key) && !m.supported)) continue;
    countries.add(top.countryCode);
    if (key === skip) continue;
    evidence.countries.set(top.countryCode, (evidence.countries.get(top.countryCode) ?? 0) + 1);
    if (top.admin1 !== '') evidence.admins.set(`${top.countryCode}.${top.admin1}`, (evidence.admins.get(`${top.countryCode}.${top.admin1}`) ?? 0) + (top.featureCode === 'ADM1' ? 2 : 1));
    if (top.kind === 'city' || top.kind === 'region') evidence.points.push(top);
    if (top.featureCode === 'ADM1') evidence.regions = (evidence.regions ?? 0) + 1;
  }
  evidence.international = countries.size > 1;
  return evidence;
}
