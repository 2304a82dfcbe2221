import { describe, expect, it } from 'vitest';
import { presentBackHref } from '../../src/present/presentBackHref';
import { presentHref } from '../../src/present/presentHref';

describe('presentHref', () => {
  it('links the viewer to the presentation of the same story, in the same language', () => {
    expect(presentHref('seeds/000_434d8e9a3390da3a.story.json')).toBe('present.html?story=seeds%2F000_434d8e9a3390da3a.story.json');
    expect(presentHref('/stories/my.story.json', 'fr')).toBe('present.html?story=%2Fstories%2Fmy.story.json&lang=fr');
    expect(presentHref(null)).toBe('present.html');
  });

  it('and the presentation\'s way back leads to the same story again', () => {
    const there = new URL(presentHref('/stories/my.story.json', 'de'), 'https://x.test/dateline/');
    expect(presentBackHref(there.href, null)).toBe('./?story=%2Fstories%2Fmy.story.json&lang=de');
  });
});
