import { describe, expect, it } from 'vitest';
import { presentBackHref } from '../../src/present/presentBackHref';

describe('presentBackHref', () => {
  it('leads to the viewer with the same story and language, at the event on screen', () => {
    expect(presentBackHref('https://x.test/dateline/present.html?story=seeds/001_amundsen_hobart.story.json&lang=fr&pace=20&autoplay=1', 'e3')).toBe(
      './?story=seeds%2F001_amundsen_hobart.story.json&lang=fr#event=e3',
    );
  });

  it('leads to the viewer\'s first story when the presentation had none, and to no event on the overview', () => {
    expect(presentBackHref('https://x.test/present.html', null)).toBe('./');
    expect(presentBackHref('https://x.test/present.html?story=/stories/a.json', null)).toBe('./?story=%2Fstories%2Fa.json');
  });

  it('escapes an event id, so a strange id cannot change the address', () => {
    expect(presentBackHref('https://x.test/present.html', 'a b#c')).toBe('./#event=a+b%23c');
  });
});
