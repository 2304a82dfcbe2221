import { beforeAll, describe, expect, it } from 'vitest';
import { displayName } from '../../src/gazetteer/displayName';
import { loadGazetteer } from '../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../src/gazetteer/types';
import { findIn } from '../extract/places/placeCase';
import { parseArticle } from '../../src/article/parseArticle';
import { findPlaces } from '../../src/extract/places/findPlaces';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

// [sentence, words, kind, lat, lon]: what the sentence's words must resolve to (within about 100 km).
const RESOLVES: [string, string, string, number, number][] = [
  ['The yacht slipped through the Drake Passage in a gale.', 'Drake Passage', 'water', -58, -65],
  ['Whalers once wintered near the Weddell Sea coast.', 'Weddell Sea', 'water', -72, -45],
  ['The freighter threaded the Strait of Magellan at dawn.', 'Strait of Magellan', 'water', -53.5, -70.5],
  ['Her second attempt to round Cape Horn ended in a storm.', 'Cape Horn', 'area', -55.98, -67.27],
  ['A supply ship reached the Kerguelen Islands in March.', 'Kerguelen Islands', 'area', -49.25, 69.5],
  ['Trucks queued for days at the top of the Khyber Pass.', 'Khyber Pass', 'area', 34.08, 71.1],
  ['Lava from Mount Etna reached the edge of a village.', 'Mount Etna', 'landmark', 37.75, 14.99],
  ['The two leaders met at Camp David over a weekend.', 'Camp David', 'landmark', 39.65, -77.47],
  ['The chancellor arrived in Downing Street before noon.', 'Downing Street', 'landmark', 51.5, -0.13],
  ['Snow closed runways at Heathrow Airport for a day.', 'Heathrow Airport', 'landmark', 51.47, -0.45],
  ['Her flight from Gatwick landed two hours late.', 'Gatwick', 'landmark', 51.15, -0.19],
  ['The wounded were flown to Ramstein Air Base for surgery.', 'Ramstein Air Base', 'landmark', 49.44, 7.6],
  ['The detainees were moved to Guantanamo Bay in 2002.', 'Guantanamo Bay', 'landmark', 19.9, -75.1],
  ['The school in Dacca opened in 1921.', 'Dacca', 'city', 23.71, 90.41],
  ['Her father taught in Poona before the war.', 'Poona', 'city', 18.52, 73.86],
  ['The family left Königsberg by train.', 'Königsberg', 'city', 54.71, 20.51],
  ['The shipyard in Danzig built the trawler.', 'Danzig', 'city', 54.35, 18.65],
];

describe('the gazetteer covers features, landmarks, airports and old names', () => {
  it.each(RESOLVES)('%j: %s', (text, words, kind, lat, lon) => {
    const f = findIn(gazetteer, text, words);
    expect(f?.entry.kind).toBe(kind);
    expect(Math.abs((f?.entry.lat ?? 0) - lat)).toBeLessThan(1);
    expect(Math.abs((f?.entry.lon ?? 0) - lon)).toBeLessThan(1);
  });

  it('gives an old name its years, so a story of its time shows it ("Dacca (now Dhaka)")', () => {
    const dhaka = gazetteer.lookup('Dacca')[0];
    expect(dhaka?.otherNames).toContainEqual({ name: 'Dacca', to: 1982 });
    expect(dhaka && displayName(dhaka, 1971)).toBe('Dacca (now Dhaka)');
    expect(dhaka && displayName(dhaka, 2020)).toBe('Dhaka');
  });

  it('leaves an old name to the town that bears it today ("Canton" is the Ohio city, not Guangzhou)', () => {
    expect(gazetteer.lookup('Canton').some((e) => e.countryCode === 'CN')).toBe(false);
  });

  it('lets no feature take a bare name from a city: a bare "Victoria" stays the city', () => {
    const f = findIn(gazetteer, 'The team flew from Victoria to Vancouver on Friday.', 'Victoria');
    expect(f?.entry.kind).toBe('city');
    expect(gazetteer.lookup('Victoria').some((e) => e.kind !== 'city' && e.kind !== 'region')).toBe(false);
  });
});

// People and words that share a name with an island, an airport or a landmark.
const NO_PLACE = [
  'Diego Garcia scored twice for the club.',
  'Pearson said the deal would close in May.',
  'Mr Wight said the island ferry was late.',
  'Java developers earn more than most.',
  'Christmas came early for the team.',
  'Victoria said the plan would fail.',
  'The Pentagon said the review would take months.',
];

describe('names of islands, airports and landmarks that are people or words', () => {
  it.each(NO_PLACE)('finds no place in %j', (text) => {
    const finds = findPlaces(parseArticle(text, { date: '2020-06-01' }), gazetteer);
    expect(finds.map((f) => `${f.text} -> ${f.entry.id}`)).toEqual([]);
  });
});
