import type { z } from 'zod';
import type { OtherNameSchema, PlaceKindSchema } from '../story/schema';

/** The kinds of place a story knows (continent, country, region, area, city, landmark, water). */
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/** A name a place has held or goes by, with the years it held it where known. */
export type OtherName = z.infer<typeof OtherNameSchema>;

/** One place in the gazetteer, as lookups return it. */
export interface GazetteerEntry {
  /** `gn:<GeoNames id>`, `iso:<country code>` or `dl:<curated slug>`. */
  id: string;
  /** The current English name. */
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, or '' for places in no one country (seas, continents). */
  countryCode: string;
  /** The GeoNames first-level admin code ("TX", "13"), or ''. */
  admin1: string;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA admin seat, ADM1, PCLI...), or ''. */
  featureCode: string;
  /** Every other name: aliases without years, held names with their years. */
  otherNames: OtherName[];
  /** Adjectives and demonyms that mention the place ("Kazakh", "Chinese"). */
  adjectives: string[];
  /** [south, west, north, east] in degrees, where known. */
  bbox?: [number, number, number, number];
}

/** A held name in the compact table: [name, from or 0, to or 0]. */
export type TableOtherName = [string, number, number];

/**
 * One row of the compiled table: id, name, kind index, lat, lon, country, admin1, population,
 * feature code, other names, adjectives, bbox (empty when unknown), and last, only where the
 * place has some, its lookup-only names: spellings text may use ("Marseilles", "Tromsoe") that
 * the name index reads but no entry shows or a story writes.
 */
export type TableRow = [string, string, number, number, number, string, string, number, string, TableOtherName[], string[], number[], string[]?];

/** The compiled table as committed in geo/gazetteer.json. */
export interface GazetteerTable {
  format: 'dateline-gazetteer/1';
  kinds: PlaceKind[];
  /** Normalised names that are also common English words ("reading", "mobile"). */
  commonWords: string[];
  /** Normalised names that are usually a person or a month, not a place. */
  weakNames: string[];
  rows: TableRow[];
}

/** The part of a table besides its rows: the kinds and the word lists. */
export type TableHead = Pick<GazetteerTable, 'kinds' | 'commonWords' | 'weakNames'>;

/** A table's rows however they are held: parsed already (the browser) or parsed when first read (Node). */
export interface TableRows {
  readonly count: number;
  /** Row `i` (0 <= i < count). */
  row(i: number): TableRow;
}

/** Keys and the rows each one leads to: `rows(i)` lists the rows of `keys[i]`, in lookup order. */
export interface KeyedRows {
  readonly keys: readonly string[];
  rows(i: number): readonly number[];
}

/**
 * What lookups need that takes reading every row to learn, with every name normalised once:
 * built at load in the browser, read from geo/gazetteer-index.txt (written by geo:build) in Node.
 */
export interface GazetteerIndex {
  /** Normalised names and other names; each key's rows most populous first. */
  names: KeyedRows;
  /** Normalised adjectives and demonyms; each key's rows in table order. */
  adjectives: KeyedRows;
  /** First word of a name -> the most words a name starting with it has. */
  firstWords: ReadonlyMap<string, number>;
  /** First word of an adjective -> the most words an adjective starting with it has. */
  adjectiveFirstWords: ReadonlyMap<string, number>;
  /** ISO country code -> the row of its `iso:` country. */
  countries: ReadonlyMap<string, number>;
  /** "CC.admin1" -> the row of that first-level region (ADM1). */
  regions: ReadonlyMap<string, number>;
}

/** A loaded gazetteer: lookups by normalised name, adjective, id, country and admin region. */
export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** Every entry a name (any spelling; normalised inside) may mean, most populous first. */
  lookup(name: string): GazetteerEntry[];
  /** Every entry an adjective or demonym mentions ("Kazakh" -> Kazakhstan). */
  lookupAdjective(word: string): GazetteerEntry[];
  /** lookup() for a name already in normalizeName() form (the fast path for matchers). */
  lookupKey(key: string): GazetteerEntry[];
  /** lookupAdjective() for a word already in normalizeName() form. */
  lookupAdjectiveKey(key: string): GazetteerEntry[];
  byId(id: string): GazetteerEntry | undefined;
  /** The country with this ISO code. */
  country(countryCode: string): GazetteerEntry | undefined;
  /** The first-level region (state, province) with this country and admin1 code. */
  admin1(countryCode: string, admin1: string): GazetteerEntry | undefined;
  /** The most words any name starting with this normalised word has (0: no name starts so). */
  maxWords(firstWord: string): number;
  /** The most words any adjective starting with this normalised word has. */
  maxAdjectiveWords(firstWord: string): number;
  /** True for a normalised name that is also a common English word ("reading"). */
  isCommonWord(normalised: string): boolean;
  /** True for a normalised name that is usually a person or a month ("jordan", "may"). */
  isWeakName(normalised: string): boolean;
  /** Up to `limit` entries with a name starting with `prefix` (normalised), exact names first, then by kind and population. */
  search(prefix: string, limit: number): GazetteerEntry[];
}
