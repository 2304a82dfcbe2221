import type { EventKind, PlaceKind, When } from '../story/types';

/** A place an importer found: a name and a point (and an area's box [south, west, north, east]). */
export interface DraftPlace {
  name: string;
  lat: number;
  lon: number;
  kind?: PlaceKind;
  bbox?: [number, number, number, number];
}

/** An event an importer found, its text already plain. */
export interface DraftEvent {
  id?: string;
  title: string;
  text: string;
  when?: When;
  kind?: EventKind;
  /** The title of the group (a TimelineJS group, a collection's article) it belongs to. */
  group?: string;
  places: DraftPlace[];
}

/** A journey an importer found (a StoryMapJS line, a GeoJSON LineString). */
export interface DraftRoute {
  traveller: string;
  title?: string;
  stops: { place: DraftPlace; when?: When; eventIndex?: number }[];
}

/** What an importer hands to draftToStory: plain text and numbers, no markup. */
export interface DraftStory {
  title: string;
  intro: string;
  published?: string;
  sourceName?: string;
  language?: string;
  events: DraftEvent[];
  routes: DraftRoute[];
  notes: string[];
}

/** An importer's outcome: a draft with notes for the user, or the reasons it could not read the file. */
export type DraftResult = { ok: true; draft: DraftStory } | { ok: false; errors: string[] };
