/**
 * TimelineJS 3 JSON, as documented at https://timeline.knightlab.com/docs/json-format.html.
 * Only what Dateline writes is typed; reading goes through `unknown` and narrowing.
 */

/** A TimelineJS date object: `year` is required, the finer fields are optional. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  display_date?: string;
}

/** A TimelineJS text object; TimelineJS reads both fields as HTML, so Dateline escapes what it writes. */
export interface TimelineJsText {
  headline: string;
  text: string;
}

/**
 * A TimelineJS slide. `location` is not a TimelineJS field (TimelineJS ignores it): Dateline
 * writes an event's first place there so a re-import keeps it on the map.
 */
export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: TimelineJsText;
  group?: string;
  unique_id: string;
  location?: { lat: number; lon: number; name: string };
}

/** The title slide: no date. */
export interface TimelineJsTitle {
  text: TimelineJsText;
}

/** An era: a labelled span on the time axis (its text has only a headline). */
export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text?: { headline: string };
}

/** A whole TimelineJS document. */
export interface TimelineJsDocument {
  title?: TimelineJsTitle;
  events: TimelineJsSlide[];
  eras?: TimelineJsEra[];
  scale?: 'human' | 'cosmological';
}
