/**
 * StoryMapJS JSON, as documented at https://storymap.knightlab.com/advanced/ ("JSON syntax").
 * Only what Dateline writes is typed; reading goes through `unknown` and narrowing.
 */

/** Where a slide sits on the map; `line` draws the connecting line to it. */
export interface StoryMapJsLocation {
  lat: number;
  lon: number;
  name?: string;
  zoom?: number;
  line?: boolean;
}

/** One slide: the overview (first) or a point of the story. Text fields are HTML in StoryMapJS. */
export interface StoryMapJsSlide {
  type?: 'overview';
  date?: string;
  text: { headline: string; text: string };
  location: StoryMapJsLocation;
}

/** A whole map-based StoryMapJS document. */
export interface StoryMapJsDocument {
  storymap: {
    language: string;
    map_type: string;
    map_as_image: false;
    slides: StoryMapJsSlide[];
  };
}
