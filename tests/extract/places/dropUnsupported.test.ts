import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parseArticle';
import { findPlaces } from '../../../src/extract/places/findPlaces';
import type { PlaceFind } from '../../../src/extract/places/types';
import { loadGazetteer } from '../../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../../src/gazetteer/types';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

const all = (text: string, surface: string): PlaceFind[] => findPlaces(parseArticle(text, { date: '2020-06-01' }), gazetteer).filter((f) => f.text === surface);

describe('a name that is part of a longer name elsewhere in the article', () => {
  it('is still a big city where the text puts something in it ("Bayer Leverkusen ... across Leverkusen")', () => {
    const text = 'On Saturday the cup went to Bayer Leverkusen after extra time. Supporters sang across Leverkusen until dawn.';
    const finds = all(text, 'Leverkusen');
    expect(finds).toHaveLength(1);
    expect(finds[0]?.start).toBe(text.lastIndexOf('Leverkusen'));
    expect(finds[0]?.entry.countryCode).toBe('DE');
  });

  it('stays a person where nothing puts a place there ("Sheila Jackson ... Jackson told reporters")', () => {
    expect(all('Sheila Jackson spoke first at the hearing. Jackson told reporters the bill would pass.', 'Jackson')).toEqual([]);
  });
});

describe('a name numbered as one of a series', () => {
  it('is no place ("at Camp 2", "at Loop 286"), though the town or county of that name exists', () => {
    expect(all('The patrol pitched its tents at Camp 2 before the storm broke.', 'Camp')).toEqual([]);
    expect(all('The crash closed Loop 286 near the mall on Friday.', 'Loop')).toEqual([]);
  });

  it('is still a state on a state road ("Ohio 63") and a big city with its district ("Paris 2")', () => {
    expect(all('The crash closed Ohio 63 near Monroe on Friday.', 'Ohio')).toHaveLength(1);
    expect(all('The flame will visit Paris 2 and then Lyon.', 'Paris')).toHaveLength(1);
  });
});

describe('a place of fewer than 1,000 people', () => {
  it('is kept bare when it is a territory\'s capital ("called at Adamstown"), which is known by being one', () => {
    const finds = all('After three weeks at sea the supply ship called at Adamstown for a day.', 'Adamstown');
    expect(finds).toHaveLength(1);
    expect(finds[0]?.entry.countryCode).toBe('PN');
  });
});
