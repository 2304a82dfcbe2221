import type { GazetteerEntry } from '../../gazetteer/types';
import type { ArticleEvidence } from './scoreCandidate';
import type { PlaceContext, PlaceMention } from './types';

const VILLAGE = 1000;

/**
 * The mentions around one name: those listed with it and those in its sentences (other names only),
 * each other name by the mentions of it that give evidence (readableMentions).
 */
export interface Surroundings {
  listed: PlaceMention[];
  sentence: PlaceMention[];
}

/** Mentions gathered for Surroundings: `add` keeps only those that can give evidence. */
export interface ReadableMentions {
  add(m: PlaceMention): void;
  readonly mentions: PlaceMention[];
}

/**
 * Gathers mentions keeping, of each name (`nameOf`), only its first mention and its first anchored
 * one: every mention of a name shares one ranking, and a person's name gives evidence only where it
 * is anchored (tops), so the others add nothing. A sentence naming a state a hundred thousand times
 * is then read as one name by each other name, not a hundred thousand times by each.
 */
export function readableMentions(nameOf: (m: PlaceMention) => string | undefined): ReadableMentions {
  const mentions: PlaceMention[] = [];
  const first = new Set<string | undefined>();
  const firstAnchored = new Set<string | undefined>();
  return {
    mentions,
    add(m) {
      const name = nameOf(m);
      const isFirst = !first.has(name);
      const isFirstAnchored = m.anchored === true && !firstAnchored.has(name);
      if (isFirst) first.add(name);
      if (isFirstAnchored) firstAnchored.add(name);
      if (isFirst || isFirstAnchored) mentions.push(m);
    },
  };
}

/**
 * What the rest of the article says about where the name `skip` is, from the current best
 * reading of every other name: countries, regions, points, the lists it stands in and the
 * regions its sentences name; `named` adds the names of those countries and regions (for reasons).
 */
export function gatherEvidence(ctx: PlaceContext, groups: Map<string, PlaceMention[]>, skip: string, around: Surroundings | undefined, named = false, personKeys: ReadonlySet<string> = personKeysOf(ctx)): ArticleEvidence {
  const evidence: ArticleEvidence = { countries: new Map(), admins: new Map(), points: [], international: false };
  if (ctx.dateline) evidence.dateline = ctx.dateline;
  const countries = new Set<string>();
  // The countries the text names outright (a name, a demonym, the dateline): an article about several of them lends
  // no weight to a cluster of towns that only read as lying in yet another country ("Canton", "Batavia", "Madeira").
  const spoken = new Set<string>();
  if (ctx.dateline) spoken.add(ctx.dateline.countryCode);
  for (const group of groups.values()) {
    const top = group[0]?.scored?.[0]?.entry;
    if (top?.kind === 'country') spoken.add(top.countryCode);
  }
  for (const [key, group] of groups) {
    const top: GazetteerEntry | undefined = group[0]?.scored?.[0]?.entry;
    if (!top || top.countryCode === '') continue;
    // A village nothing in the text shows to be a place ("Center", "Justice") is likelier a word than evidence.
    if (top.kind === 'city' && top.population < VILLAGE && !group.some((m) => m.supported)) continue;
    // Nor is a bare county nothing shows to be a place ("King", "Lincoln"), which the text never names as one.
    if (top.featureCode === 'ADM2' && !group.some((m) => m.supported || / (?:county|parish|borough)$/.test(m.key))) continue;
    // A name that is part of a person's name elsewhere ("George Bush ... Bush said") is that person, no evidence.
    if (group.every((m) => personKeys.has(m.key) && !m.supported)) continue;
    countries.add(top.countryCode);
    // A name is no evidence for itself, nor for another meaning of it that the text set apart ("@": ownSenses).
    if (key === skip || key.split('@')[0] === skip.split('@')[0]) continue;
    if (unspoken(top, spoken)) continue;
    evidence.countries.set(top.countryCode, (evidence.countries.get(top.countryCode) ?? 0) + 1);
    if (top.admin1 !== '') evidence.admins.set(`${top.countryCode}.${top.admin1}`, (evidence.admins.get(`${top.countryCode}.${top.admin1}`) ?? 0) + (top.featureCode === 'ADM1' ? 2 : 1));
    if (top.kind === 'city' || top.kind === 'region') evidence.points.push(top);
    if (top.featureCode === 'ADM1') evidence.regions = (evidence.regions ?? 0) + 1;
  }
  evidence.international = countries.size > 1;
  if (named) {
    const names = new Map<string, string>();
    for (const code of evidence.countries.keys()) {
      const c = ctx.gazetteer.country(code);
      if (c) names.set(code, c.name);
    }
    for (const key of evidence.admins.keys()) {
      const r = ctx.gazetteer.admin1(key.slice(0, 2), key.slice(3));
      if (r) names.set(key, r.name);
    }
    evidence.names = names;
  }
  // Lists and sentences choose between the readings of a name the text shows to be a place; they do not make a word a place.
  if (around && groups.get(skip)?.some((m) => m.supported)) {
    evidence.listPeers = tops(around.listed, personKeys).filter((e) => !unspoken(e, spoken));
    evidence.sentencePlaces = tops(around.sentence, personKeys).filter((e) => e.featureCode === 'ADM1');
  }
  return evidence;
}

/** A town that only reads as lying in a country the article, about two or more others, never names. */
function unspoken(e: GazetteerEntry, spoken: ReadonlySet<string>): boolean {
  return spoken.size >= 2 && !spoken.has(e.countryCode) && e.kind === 'city' && e.featureCode !== 'PPLC';
}

/** The keys of names that are part of a person's name somewhere in the article ("Marco Rubio"). */
export function personKeysOf(ctx: PlaceContext): Set<string> {
  return new Set(ctx.mentions.filter((m) => m.dropped === 'person' || m.dropped === 'title').map((m) => m.key));
}

/** The best readings of these mentions, leaving out a person's name not anchored as a place. */
function tops(ms: readonly PlaceMention[], personKeys: ReadonlySet<string>): GazetteerEntry[] {
  const out = new Set<GazetteerEntry>();
  for (const m of ms) {
    if (personKeys.has(m.key) && !m.anchored) continue;
    const top = m.scored?.[0]?.entry;
    if (top) out.add(top);
  }
  return [...out];
}
