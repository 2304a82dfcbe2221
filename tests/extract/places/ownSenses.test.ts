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

/** Every find of `surface` in the text, in order. */
const all = (text: string, surface: string): PlaceFind[] => findPlaces(parseArticle(text, { date: '2020-06-01' }), gazetteer).filter((f) => f.text.toLowerCase() === surface.toLowerCase());
const where = (f: PlaceFind | undefined): string => `${f?.entry.countryCode}.${f?.entry.admin1}`;

describe('one meaning per name per article, unless the text says otherwise', () => {
  it('reads "London in England" as England in a story from London, Ontario, and the bare London as Ontario', () => {
    const text = 'LONDON, Ontario — The city council voted on Tuesday to rebuild the footbridge. London grew up around a fork of the river, and its founders took the name of London in England for it.';
    const [dateline, bare, england] = all(text, 'London');
    expect(where(dateline)).toBe('CA.08');
    expect(where(bare)).toBe('CA.08');
    expect(england?.entry.countryCode).toBe('GB');
    expect(england?.candidates[0]?.reasons?.map((r) => r.code)).toContain('within');
  });

  it('reads "Perth, the capital of Western Australia" as Australia in a story from Perth, Scotland', () => {
    const text = 'PERTH, Scotland — The council said the new bridge over the Tay would open in spring. Perth has waited years for it. Visitors often confuse the town with Perth, the capital of Western Australia.';
    const finds = all(text, 'Perth');
    expect(finds.map((f) => f.entry.countryCode)).toEqual(['GB', 'GB', 'AU']);
  });

  it('reads a demonym before a name as its country ("the Australian Perth")', () => {
    const text = 'PERTH, Scotland — The town hall reopened on Monday. The Australian Perth, by contrast, has two million people.';
    expect(all(text, 'Perth').map((f) => f.entry.countryCode)).toEqual(['GB', 'AU']);
  });

  it('reads "Indian Punjab" and "Pakistan\'s Punjab" in one article as two provinces', () => {
    const text = 'Farmers in Indian Punjab burned stubble again this autumn, and the smoke drifted west over Pakistan\'s Punjab province for weeks.';
    expect(all(text, 'Punjab').map((f) => f.entry.countryCode)).toEqual(['IN', 'PK']);
  });

  it('makes no place of a name that a containment cue finds nowhere else ("American Red Cross", "Spencer, a member of the Ohio ...")', () => {
    expect(all('The American Red Cross sent two trucks of blankets on Sunday.', 'Red Cross')).toEqual([]);
    expect(all('Jane Spencer, a member of the Ohio Historical Society, spoke first at the meeting.', 'Spencer')).toEqual([]);
  });
});
