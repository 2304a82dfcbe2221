import { describe, expect, it } from 'vitest';
import { storyToStoryMapJs } from '../../src/formats/storyToStoryMapJs';
import type { Story } from '../../src/story/types';
import { seedStories } from './seedStories';

describe('storyToStoryMapJs', () => {
  for (const { name, story } of seedStories()) {
    it(`writes ${name} as storymap.slides: an overview first, then a slide with lat/lon for every event that has a place`, () => {
      const doc = storyToStoryMapJs(story);
      expect(doc.storymap.map_as_image).toBe(false);
      expect(doc.storymap.language).toBe('en');
      const [overview, ...slides] = doc.storymap.slides;
      expect(overview?.type).toBe('overview');
      expect(overview?.text.headline).toBeTruthy();
      const placed = story.events.filter((e) => e.placeIds.length > 0);
      expect(slides).toHaveLength(placed.length);
      for (const s of doc.storymap.slides) {
        expect(Math.abs(s.location.lat)).toBeLessThanOrEqual(90);
        expect(Math.abs(s.location.lon)).toBeLessThanOrEqual(180);
        expect(typeof s.text.headline).toBe('string');
        expect(typeof s.text.text).toBe('string');
      }
      expect(slides.every((s) => s.type === undefined)).toBe(true);
    });
  }

  it('says in the overview how many events had no place, and escapes all text', () => {
    const story = seedStories()[0]?.story as Story;
    const evil = story.events.map((e, i) => ({ ...e, title: `<script>x</script>${e.title}`, placeIds: i < 2 ? [] : e.placeIds }));
    const doc = storyToStoryMapJs({ ...story, events: evil });
    expect(doc.storymap.slides[0]?.text.text).toContain(`${story.events.length - 2} events on the map; 2 without a place are not shown`);
    expect(doc.storymap.slides).toHaveLength(story.events.length - 1);
    expect(JSON.stringify(doc)).not.toContain('<script>');
  });

  it('writes text as StoryMapJS shows it: & < > escaped once for its innerHTML, quotes as typed for the marker tooltip, line breaks as <br>', () => {
    const story = seedStories()[0]?.story as Story;
    const title = `Tom & Jerry's <b>"tour"</b>`;
    const doc = storyToStoryMapJs({ ...story, meta: { ...story.meta, title }, events: story.events.map((e) => ({ ...e, title, summary: `${title}\nNext line` })) });
    const [overview, first] = doc.storymap.slides;
    expect(overview?.text.headline).toBe(`Tom &amp; Jerry's &lt;b&gt;"tour"&lt;/b&gt;`);
    expect(first?.text.headline).toBe(`Tom &amp; Jerry's &lt;b&gt;"tour"&lt;/b&gt;`);
    expect(first?.text.text.startsWith(`Tom &amp; Jerry's &lt;b&gt;"tour"&lt;/b&gt;<br>Next line`)).toBe(true);
  });
});
