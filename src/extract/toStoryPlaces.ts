import type { Article } from '../article/types';
import type { Place } from '../story/types';
import { displayName } from '../gazetteer/displayName';
import type { PlaceFind } from './places/types';
import type { PlaceHit } from './types';

/** Story places (one per gazetteer entry, with every mention), the hits later stages use, and the dateline's place. */
export interface StoryPlaces {
  places: Place[];
  hits: PlaceHit[];
  datelinePlaceId?: string;
}

/** Groups resolved mentions by gazetteer entry into story places with stable, readable ids. */
export function toStoryPlaces(finds: readonly PlaceFind[], article: Article): StoryPlaces {
  const year = Number(article.published.slice(0, 4));
  const byEntry = new Map<string, Place>();
  const usedIds = new Set<string>();
  const hits: PlaceHit[] = [];
  for (const f of [...finds].sort((a, b) => a.start - b.start)) {
    let place = byEntry.get(f.entry.id);
    if (!place) {
      place = {
        id: uniqueId(slug(f.entry.name), usedIds),
        name: f.entry.name,
        kind: f.entry.kind,
        lat: f.entry.lat,
        lon: f.entry.lon,
        gazetteerId: f.entry.id,
        mentions: [],
        confidence: f.confidence,
      };
      const shown = displayName(f.entry, year);
      if (shown !== f.entry.name) place.displayName = shown;
      if (f.entry.countryCode) place.countryCode = f.entry.countryCode;
      if (f.entry.bbox) place.bbox = f.entry.bbox;
      if (f.entry.otherNames && f.entry.otherNames.length > 0) place.otherNames = f.entry.otherNames;
      if (f.candidates.length > 1) place.candidates = f.candidates.slice(0, 5);
      byEntry.set(f.entry.id, place);
    }
    place.mentions.push({ start: f.start, end: f.end, text: f.text, rule: f.rule });
    place.confidence = Math.max(place.confidence, f.confidence);
    const hit: PlaceHit = { start: f.start, end: f.end, text: f.text, placeId: place.id, kind: place.kind };
    if (place.countryCode) hit.countryCode = place.countryCode;
    if (/demonym|adjective/.test(f.rule)) hit.demonym = true;
    hits.push(hit);
  }
  const out: StoryPlaces = { places: [...byEntry.values()], hits };
  const dl = article.dateline;
  const inDateline = dl ? hits.find((h) => h.start >= dl.start && h.end <= dl.end) : undefined;
  if (inDateline) out.datelinePlaceId = inDateline.placeId;
  return out;
}

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s === '' ? 'place' : s;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
