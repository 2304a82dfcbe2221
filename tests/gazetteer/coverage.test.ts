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
  // A city of half a million under a variant spelling of its GeoNames name ("Tabuk").
  ['The convoy reached Tabouk at dusk after two days on the road.', 'Tabouk', 'city', 28.4, 36.57],
  // A district seat the older snapshot had as a village: kept by GeoNames' newer feature code.
  ['The ferry put in at Stari Grad before noon.', 'Stari Grad', 'city', 43.18, 16.6],
  // Islands and archipelagos.
  ['The clipper took on water in the Cape Verde Islands.', 'Cape Verde Islands', 'country', 16, -24],
  ['The cruise ship anchored off Tahiti for two days.', 'Tahiti', 'area', -17.65, -149.43],
  ['Rescuers landed on Elephant Island after the storm.', 'Elephant Island', 'area', -61.13, -55.12],
  ['A new ferry links Lampedusa with the mainland.', 'Lampedusa', 'area', 35.51, 12.6],
  ['The hikers crossed Spitsbergen and then Bear Island.', 'Bear Island', 'area', 74.43, 19.05],
  ['Commuters from Long Island faced delays on Monday.', 'Long Island', 'area', 40.8, -73.2],
  ['Holidaymakers flocked to Tenerife in January.', 'Tenerife', 'area', 28.27, -16.6],
  ['Floods cut off villages in Java this week.', 'Java', 'area', -7.3, 110],
  // Poles and polar places.
  ['The team skied the last miles to the South Pole.', 'South Pole', 'area', -90, 0],
  ['Amundsen set up his base at the Bay of Whales.', 'Bay of Whales', 'water', -78.5, -164.3],
  ['A plane landed at McMurdo Station with the patient.', 'McMurdo Station', 'landmark', -77.85, 166.68],
  ['Scientists wintered at Ny-Ålesund for the first time.', 'Ny-Ålesund', 'landmark', 78.93, 11.93],
  ['The party reached Cape Evans in January.', 'Cape Evans', 'area', -77.64, 166.4],
  // Capes, passes, rivers and lakes.
  ['The convoy was held at the Khunjerab Pass by snow.', 'Khunjerab Pass', 'area', 36.85, 75.43],
  ['The clipper rounded Cape Leeuwin in a gale.', 'Cape Leeuwin', 'area', -34.37, 115.14],
  ['Gold seekers hauled their loads over the Chilkoot Pass.', 'Chilkoot Pass', 'area', 59.7, -135.25],
  ['The steamer went up the Yukon River to Dawson.', 'Yukon River', 'water', 64.8, -150],
  ['A barge ran aground on the Irrawaddy last week.', 'Irrawaddy', 'water', 20, 95],
  ['Fishermen on Lake Turkana report falling catches.', 'Lake Turkana', 'water', 3.6, 36.1],
  // Sites, seats of power and harbours.
  ['Excavations resumed at Pompeii in the spring.', 'Pompeii', 'landmark', 40.75, 14.49],
  ['Survivors gathered at Pearl Harbor for the anniversary.', 'Pearl Harbor', 'water', 21.36, -157.95],
  ['The fleet was scuttled in Scapa Flow in 1919.', 'Scapa Flow', 'water', 58.9, -3.05],
  ['The minister spoke at Auschwitz on the anniversary.', 'Auschwitz', 'landmark', 50.03, 19.2],
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

  it('keeps an old name a town of 10,000 bears today only with the year it was given up ("Canton" for Guangzhou to 1979)', () => {
    const guangzhou = gazetteer.lookup('Canton').find((e) => e.countryCode === 'CN');
    expect(guangzhou?.otherNames.find((o) => o.name === 'Canton')?.to).toBe(1979);
    expect(gazetteer.lookup('Canton').some((e) => e.countryCode === 'US' && e.population >= 10_000)).toBe(true);
  });

  it('lets no island or station take a name news gives a town ("Hamilton", "Perth", "Eureka") or a word ("Alert")', () => {
    for (const [text, words] of [
      ['The council of Hamilton met on Tuesday.', 'Hamilton'],
      ['The flight from Perth landed in Sydney.', 'Perth'],
      ['The mayor of Eureka spoke to reporters in California.', 'Eureka'],
    ] as const) expect(findIn(gazetteer, text, words)?.entry.id ?? 'none').not.toMatch(/^dl:/);
    expect(gazetteer.lookup('Alert')).toEqual([]);
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
  'Rhodes scholars met the dean on Friday.',
  'Other films in the running include Tanna and two comedies.',
  'Dinner was served on the lanai. Lanai furniture sold out.',
  'Heard the news, the crowd cheered.',
  'Wake up early and bring a coat.',
  'Alert staff spotted the leak at once.',
];

describe('names of islands, airports and landmarks that are people or words', () => {
  it.each(NO_PLACE)('finds no place in %j', (text) => {
    const finds = findPlaces(parseArticle(text, { date: '2020-06-01' }), gazetteer);
    expect(finds.map((f) => `${f.text} -> ${f.entry.id}`)).toEqual([]);
  });
});
