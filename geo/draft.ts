import type { GazetteerEntry, OtherName, PlaceKind } from '../src/gazetteer/types';

/** Name patterns the build uses: a region's generic suffix, direction-only names, Latin script. */
export const REGION_SUFFIX = / (Province|Region|Oblast|Governorate|Prefecture|Autonomous Region|State|Territory|Department|District|Voivodeship|County)$/;
export const DIRECTIONS = /^(?:(?:far|north|south|east|west|central|centre|center|upper|lower|northern|southern|eastern|western|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s*)+$/i;
export const LATIN = /^[\p{Script=Latin}\p{M}\s.'’()-]+$/u;

/** A place on its way into the table: an entry whose names are still loose, with adjectives and held names still to add. */
export interface Draft extends Omit<GazetteerEntry, 'otherNames' | 'bbox'> {
  aliases: string[];
  /** Names the name index reads but no entry shows (geo/addLookupNames.ts). */
  lookupOnly: string[];
  held: OtherName[];
  bbox: number[];
}

/** A draft with no held names yet. */
export function draft(id: string, name: string, kind: PlaceKind, lat: number, lon: number, countryCode: string, admin1: string, population: number, featureCode: string, aliases: string[], adjectives: string[], bbox: number[]): Draft {
  return { id, name, kind, lat, lon, countryCode, admin1, population, featureCode, aliases, lookupOnly: [], held: [], adjectives, bbox };
}
