import type { EventKind, PlaceKind, When } from '../story/types';

/** A gazetteer entry (or a candidate) the author picked for a place. */
export interface PlaceChoice {
  gazetteerId: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  countryCode?: string;
}

/** A range of the article text the author selected. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What may change in an event through the editor. */
export interface EventPatch {
  title?: string;
  kind?: EventKind;
  /** `null` removes the date (background). */
  when?: When | null;
  placeIds?: string[];
}

/** One change the author makes to a story; {@link applyEdit} applies it, the history undoes it. */
export type Edit =
  | { type: 'switchCandidate'; placeId: string; gazetteerId: string }
  | { type: 'setLocation'; placeId: string; lat: number; lon: number }
  | { type: 'removeMention'; placeId: string; start: number }
  | { type: 'removePlace'; placeId: string }
  | { type: 'addPlace'; span: TextSpan; choice: PlaceChoice }
  | { type: 'addTime'; span: TextSpan; value: string }
  | { type: 'removeTime'; timeId: string }
  | { type: 'updateEvent'; eventId: string; patch: EventPatch }
  | { type: 'addEvent'; title: string }
  | { type: 'removeEvent'; eventId: string }
  | { type: 'moveStop'; routeId: string; index: number; delta: -1 | 1 }
  | { type: 'mergeStops'; routeId: string; index: number }
  | { type: 'removeStop'; routeId: string; index: number }
  | { type: 'setTitle'; title: string };
