import type { PlaceKind, When } from '../story/types';

/** A resolved place mention, as the event and itinerary stages consume it. */
export interface PlaceHit {
  start: number;
  end: number;
  text: string;
  /** The story place id this mention resolved to. */
  placeId: string;
  kind: PlaceKind;
  countryCode?: string;
  /** True when the mention is an adjective or demonym ("Kazakh"), which never makes a travel stop. */
  demonym?: boolean;
}

/** A normalised time mention, as the event and itinerary stages consume it. */
export interface TimeHit {
  id: string;
  start: number;
  end: number;
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  rule?: string;
  when?: When;
}

/** A person named in the article, with the canonical name all their mentions share. */
export interface PersonHit {
  start: number;
  end: number;
  text: string;
  name: string;
}
