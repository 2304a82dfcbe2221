// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { granularityOf } from '../../src/formats/dateParts';
import { importStory } from '../../src/formats/importStory';
import { storyToTimelineJs } from '../../src/formats/storyToTimelineJs';
import type { Story } from '../../src/story/types';
import { parseStoryDate } from '../../src/story/whenRange';
import { seedStories } from './seedStories';

const t = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseStoryDate(s));

describe('storyToTimelineJs', () => {
  for (const { name, story } of seedStories()) {
    it(`writes ${name} with the documented fields: a title slide, and per event start_date.year and text`, () => {
      const doc = storyToTimelineJs(story);
      expect(doc.title?.text.headline).toBeTruthy();
      expect(doc.events).toHaveLength(story.events.length);
      for (const slide of doc.events) {
        expect(Number.isInteger(slide.start_date.year)).toBe(true);
        for (const k of ['month', 'day', 'hour', 'minute'] as const) if (slide.start_date[k] !== undefined) expect(Number.isInteger(slide.start_date[k])).toBe(true);
        if (slide.start_date.month !== undefined) expect(slide.start_date.month).toBeGreaterThanOrEqual(1);
        expect(typeof slide.text.headline).toBe('string');
        expect(typeof slide.text.text).toBe('string');
        expect(slide.unique_id).toBeTruthy();
      }
      expect(new Set(doc.events.map((s) => s.unique_id)).size).toBe(doc.events.length);
    });

    it(`round-trips ${name} through TimelineJS and importStory keeping every event, its date and its precision`, () => {
      const back = importStory(JSON.stringify(storyToTimelineJs(story)), 'timeline.json');
      if (!back.ok) throw new Error(back.errors.join('; '));
      expect(back.format).toBe('timelinejs');
      expect(back.story.meta.published).toBe(story.meta.published);
      expect(back.story.events.map((e) => e.id)).toEqual(story.events.map((e) => e.id));
      story.events.forEach((e, i) => {
        const b = back.story.events[i];
        expect(b?.title).toBe(e.title);
        expect(b?.kind).toBe(e.kind);
        expect(b?.placeIds.length).toBe(Math.min(1, e.placeIds.length));
        if (!e.when) return expect(b?.when).toBeUndefined();
        expect(t(b?.when?.start)).toBe(t(e.when.start));
        expect(t(b?.when?.end)).toBe(t(e.when.end));
        expect(t(b?.when?.before)).toBe(t(e.when.before));
        expect(t(b?.when?.after)).toBe(t(e.when.after));
        expect(b?.when?.label).toBe(e.when.label);
        // Year, month, day and hour precision survive; a part of day comes back as its hour.
        expect(granularityOf(b?.when?.precision)).toBe(granularityOf(e.when.precision));
      });
    });
  }

  it('escapes text, because TimelineJS reads headline and text as HTML', () => {
    const story = seedStories()[0]?.story as Story;
    const evil = '<img src=x onerror=alert(1)> & "quotes"';
    const doc = storyToTimelineJs({ ...story, meta: { ...story.meta, title: evil }, events: story.events.map((e) => ({ ...e, title: evil, summary: `${evil}\nline two` })) });
    for (const s of [doc.title?.text.headline, doc.events[0]?.text.headline, doc.events[0]?.text.text]) {
      expect(s).not.toContain('<img');
      expect(s).toContain('&#60;img');
    }
    expect(doc.events[0]?.text.text).toContain('<br>line two');
  });

  it('escapes display_date and group twice, because TimelineJS decodes them as text and then writes them as HTML', () => {
    const story = seedStories()[0]?.story as Story;
    const evil = '<img src=x onerror=alert(1)> & "quotes"';
    const events = story.events.map((e) => ({ ...e, group: 'g1', when: { before: story.meta.published, label: evil } }));
    const doc = storyToTimelineJs({ ...story, events, groups: [{ id: 'g1', title: evil }] });
    const slide = doc.events[0];
    // What TimelineJS 3 does with these two fields: DOMParser textContent, then innerHTML.
    for (const field of [slide?.display_date, slide?.group]) {
      const decoded = new DOMParser().parseFromString(field ?? '', 'text/html').body.textContent ?? '';
      const shown = document.createElement('div');
      // eslint-disable-next-line no-restricted-syntax -- this is what TimelineJS does with the field
      shown.innerHTML = decoded;
      expect(shown.querySelector('img')).toBeNull();
      expect(shown.textContent).toContain(evil);
    }
  });

  it('reads its own double-escaped display_date and group back as the text they were', () => {
    const story = seedStories()[0]?.story as Story;
    const label = 'a <b>tag</b> & more';
    const events = story.events.map((e) => ({ ...e, group: 'g1', when: { before: story.meta.published, label } }));
    const doc = storyToTimelineJs({ ...story, events, groups: [{ id: 'g1', title: label }] });
    const back = importStory(JSON.stringify(doc), 'timeline.json');
    if (!back.ok) throw new Error(back.errors.join('; '));
    expect(back.story.events[0]?.when?.label).toBe(label);
    expect(back.story.groups?.[0]?.title).toBe(label);
  });

  it('writes an undated background event on the publication day with the display date "Undated background"', () => {
    const story = seedStories()[0]?.story as Story;
    const background = story.events.findIndex((e) => !e.when);
    const slide = storyToTimelineJs(story).events[background];
    expect(slide?.display_date).toBe('Undated background');
    expect(slide?.group).toBe('Background');
    expect(slide?.start_date).toEqual({ year: 2020, month: 2, day: 3 });
  });
});
