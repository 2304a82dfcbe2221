import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/article/splitSentences';
import { findEvents } from '../../../src/extract/events/findEvents';
import { groupBySentence } from '../../../src/extract/events/groupBySentence';
import { assignTravellers } from '../../../src/extract/itinerary/assignTravellers';
import { buildRoutes } from '../../../src/extract/itinerary/buildRoutes';
import { findTravelCues } from '../../../src/extract/itinerary/findTravelCues';
import { findTravellers } from '../../../src/extract/itinerary/findTravellers';
import { findPeople } from '../../../src/extract/people/findPeople';
import type { PlaceHit, TimeHit } from '../../../src/extract/types';
import type { When } from '../../../src/story/types';

// A small world: [name, kind, country].
const PLACES: [string, PlaceHit['kind'], string][] = [
  ['Kazakhstan', 'country', 'KZ'], ['Astana', 'city', 'KZ'], ['Britain', 'country', 'GB'], ['London', 'city', 'GB'],
  ['Belarus', 'country', 'BY'], ['Minsk', 'city', 'BY'], ['Ukraine', 'country', 'UA'], ['Kyiv', 'city', 'UA'],
  ['Uzbekistan', 'country', 'UZ'], ['Tashkent', 'city', 'UZ'], ['France', 'country', 'FR'], ['Paris', 'city', 'FR'],
  ['Lyon', 'city', 'FR'], ['Spain', 'country', 'ES'], ['Madrid', 'city', 'ES'], ['Italy', 'country', 'IT'],
  ['Rome', 'city', 'IT'], ['Milan', 'city', 'IT'], ['Ghana', 'country', 'GH'], ['Accra', 'city', 'GH'],
  ['Togo', 'country', 'TG'], ['Lisbon', 'city', 'PT'], ['Porto', 'city', 'PT'], ['Cuba', 'country', 'CU'], ['Havana', 'city', 'CU'],
  ['Florida', 'region', 'US'], ['Tampa', 'city', 'US'], ['Georgia', 'region', 'US'], ['Vatican', 'country', 'VA'],
];
const KIND = new Map(PLACES.map(([n, k, c]) => [n.toLowerCase(), { kind: k, countryCode: c }]));
const id = (name: string): string => name.toLowerCase();

function placesIn(text: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  for (const [name, kind, countryCode] of PLACES) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) hits.push({ start: m.index, end: m.index + name.length, text: name, placeId: id(name), kind, countryCode });
  }
  return hits.sort((a, b) => a.start - b.start);
}

const day = (d: string): When => ({ start: d, end: d, precision: 'day' });

/** Runs the itinerary stages on `text`, published 2024-05-10, with the given time words resolved as given. */
function routes(text: string, timeWords: [string, When, string?][] = [], datelinePlaceId?: string) {
  // A time word with the rule 'duration' is a span ("three days", its timex P3D), as the time finder gives it.
  const times: TimeHit[] = timeWords.map(([w, when, rule], i) =>
    rule === 'duration'
      ? { id: `t${i}`, start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, type: 'DURATION', value: when.timex ?? '' }
      : { id: `t${i}`, start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, type: 'DATE', value: when.start ?? '', when, ...(rule !== undefined ? { rule } : {}) },
  );
  const places = placesIn(text);
  const people = findPeople(text, (n) => KIND.has(n.toLowerCase()));
  const sentences = splitSentences(text);
  const facts = groupBySentence(text, sentences, places, times, people);
  const cues = findTravelCues(facts);
  assignTravellers(text, cues, findTravellers(text, people, (n) => KIND.has(n.toLowerCase())), sentences);
  if (process.env.DBG) console.log(JSON.stringify(cues.map((c) => [c.place.text, c.cue, c.traveller, c.tense, c.earlier, c.negated, c.weak, c.other, c.carried])));
  const events = findEvents(facts, cues, { published: '2024-05-10', placeName: (p) => p, ...(datelinePlaceId ? { datelinePlaceId } : {}) });
  return buildRoutes(cues, events, { placeInfo: (p) => KIND.get(p), byPublication: { before: '2024-05-11', label: 'by publication' }, ...(datelinePlaceId ? { datelinePlaceId } : {}) });
}

type Routes = ReturnType<typeof routes>;
/** "0:paris 1:lyon" — each stop's sequence and place (city<country when folded). */
/** The place ids of `who`'s route, in order ('' when the text gives them none). */
const stopsOf = (r: Routes, who: string): string => (r.find((x) => x.traveller === who)?.stops ?? []).map((s) => s.placeId).join(' ');
const stops = (r: Routes, i = 0): string => (r[i]?.stops ?? []).map((s) => `${s.sequence}:${s.placeId}${s.within ? `<${s.within}` : ''}`).join(' ');

describe('buildRoutes', () => {
  it('orders a journey told in the past in the order the text tells it', () => {
    const r = routes('Ann Lee flew to Paris. She then drove to Lyon. Later she reached Madrid.');
    expect(r).toHaveLength(1);
    expect(r[0]?.traveller).toBe('Ann Lee');
    expect(stops(r)).toBe('0:paris 1:lyon 2:madrid');
  });

  it('puts a stop by its date when the text tells it out of order', () => {
    const r = routes('Ann Lee arrived in Madrid on May 8. She had started the tour in Lisbon on May 2 and went to Porto on May 4.', [['May 8', day('2024-05-08')], ['May 2', day('2024-05-02')], ['May 4', day('2024-05-04')]]);
    expect(stops(r)).toBe('0:lisbon 1:porto 2:madrid');
  });

  it('puts what the traveller had done before the narrative and what they will do after it', () => {
    const r = routes('Ann Lee will fly on to Rome. Ann Lee arrived in Paris. Ann Lee had visited Britain.');
    expect(stops(r)).toBe('0:britain 1:paris 2:rome');
  });

  it('reads a place told as "the ... town of X" with any two words before the settlement noun ("in the quiet Alpine town of Lyon")', () => {
    expect(stops(routes('Ann Lee flew to Paris. She then spent two days in the quiet Alpine town of Lyon.'))).toBe('0:paris 1:lyon');
  });

  it('puts a band that "played" or "headlined" a place there', () => {
    expect(stopsOf(routes('The Silver Gulls flew to Lisbon in May and then played Porto. The Gulls headlined Madrid on Friday.'), 'The Silver Gulls')).toBe('lisbon porto madrid');
  });

  it('reads "their tour in X" as the journey of the name before it, not as a traveller called "the tour"', () => {
    expect(stopsOf(routes('The Silver Gulls opened their tour in Lisbon in May and later played Porto.'), 'The Silver Gulls')).toBe('lisbon porto');
  });

  it('puts the one a pronoun means at a fronted place when a verb in the past follows ("At Porto, in the north, she mended her sails")', () => {
    expect(stops(routes('Ann Lee sailed from Lisbon in May. At Porto, in the north, she mended her sails.'))).toBe('0:lisbon 1:porto');
    // Someone else's doing there puts nobody of the journey there.
    expect(stops(routes('Ann Lee sailed from Lisbon in May. At Porto the dockers complained.'))).toBe('0:lisbon');
  });

  it('reads a place with its own day after it as where a traveller already on the way was that day ("In Lisbon on Sunday, crowds ...")', () => {
    const days: [string, When][] = [['Friday', day('2024-05-03')], ['Sunday', day('2024-05-05')], ['Monday', day('2024-05-06')]];
    const r = routes('The torch left Madrid on Friday. In Lisbon on Sunday, crowds lined the streets. Porto on Monday was calmer.', days);
    expect(stopsOf(r, 'the torch')).toBe('madrid lisbon porto');
    // With no one travelling, a place and its day tell no journey.
    expect(routes('Shares in Lisbon on Sunday fell. Porto on Monday was calmer.', days.slice(1))).toEqual([]);
  });

  it('reads a stay told as a noun ("a two-week stint in", "a short layover in") as a stop there', () => {
    expect(stops(routes('Ann Lee flew to Madrid and, after a two-week stint in Lisbon, had a short layover in Porto.'))).toBe('0:madrid 1:lisbon 2:porto');
  });

  it('reads a place named as a stop of the journey ("Porto will be her final port of call", "Lyon was the first stop")', () => {
    expect(stops(routes('The liner left Lisbon at noon. Porto will be her final port of call before the crossing.'))).toBe('0:lisbon 1:porto');
    expect(stopsOf(routes('Ann Lee toured France in May. Lyon was the first stop, and she spoke there twice.'), 'Ann Lee')).toContain('lyon');
  });

  it('puts a storm that "slammed into" or "ploughed into" a place there', () => {
    expect(stops(routes('Hurricane Nora slammed into Havana on Monday and then ploughed into Tampa.'))).toBe('0:havana 1:tampa');
  });

  it('reads "from X to Y" and "arrived in Y from X" as X before Y', () => {
    expect(stops(routes('Ann Lee drove from Paris to Lyon.'))).toBe('0:paris 1:lyon');
    expect(stops(routes('Ann Lee arrived in Lyon from Paris.'))).toBe('0:paris 1:lyon');
  });

  it('keeps a list that says its order ordered and leaves one that does not unordered', () => {
    expect(stops(routes('Ann Lee went to Lisbon and then Porto, Madrid and Rome.'))).toBe('0:lisbon 1:porto 2:madrid 3:rome');
    expect(stops(routes('Ann Lee arrived in Madrid. Ann Lee had earlier toured Ghana and Togo.'))).toBe('0:ghana 0:togo 1:madrid');
  });

  it('keeps a cancelled or postponed leg off the route and notes it as skipped', () => {
    const r = routes('Ann Lee flew to Paris and then to Lyon. A planned stop in Rome was cancelled because of the strikes.');
    expect(stops(r)).toBe('0:paris 1:lyon');
    expect(r[0]?.skipped).toEqual([expect.objectContaining({ name: 'Rome', placeId: 'rome', reason: 'cancelled' })]);
  });

  it('keeps an earlier trip told in passing off the route', () => {
    const r = routes('Ann Lee flew to Paris and then to Lyon. On her previous visit to Rome she met the pope.');
    expect(stops(r)).toBe('0:paris 1:lyon');
    expect(r[0]?.skipped?.map((s) => s.reason)).toEqual(['earlier trip']);
  });

  it('makes no route from places that are only discussed', () => {
    expect(routes('Ann Lee said France and Spain disagree with Italy about Kyiv.')).toEqual([]);
  });

  it('follows a traveller through pronouns and role nouns', () => {
    const r = routes('Minister Ann Lee landed in Accra. The minister then flew to Lisbon. There she met her counterpart, before she travelled on to Madrid.');
    expect(r).toHaveLength(1);
    expect(stops(r)).toBe('0:accra 1:lisbon 2:madrid');
  });

  it('keeps two travellers who each move as two routes', () => {
    const r = routes('Ann Lee flew from London to Paris. Bob Stone travelled from Madrid to Paris to meet her.');
    expect(r.map((x) => x.traveller)).toEqual(['Ann Lee', 'Bob Stone']);
    expect(stops(r, 0)).toBe('0:london 1:paris');
    expect(stops(r, 1)).toBe('0:madrid 1:paris');
  });

  it('takes a storm named after a storm word in lower case as the traveller ("the typhoon Nora", "super cyclone Ida")', () => {
    const r = routes('The typhoon Nora swept across Cuba and then moved inland over Georgia. Tom Hale said it was the worst he had seen.');
    expect(r[0]?.traveller).toBe('Typhoon Nora');
    expect(stopsOf(r, 'Typhoon Nora')).toBe('cuba georgia');
  });

  it('takes storms as travellers, "it" included', () => {
    const r = routes('Hurricane Nora swept across Cuba on Monday. It made landfall near Tampa on Tuesday and moved inland over Georgia.', [['Monday', day('2024-05-06')], ['Tuesday', day('2024-05-07')]]);
    expect(r[0]?.traveller).toBe('Hurricane Nora');
    expect(stops(r)).toBe('0:cuba 1:tampa 2:georgia');
  });

  it('takes ships as travellers called "she", and a person aboard shares the ship\'s route', () => {
    const r = routes('Captain Ann Lee arrived in Lisbon aboard the schooner Petrel. The Petrel had sailed from Havana in March. She called at Porto on the way.');
    expect(stopsOf(r, 'Petrel')).toBe('havana porto');
    expect(stopsOf(r, 'Ann Lee').split(' ').sort()).toEqual(['havana', 'lisbon', 'porto']);
  });

  it('keeps a one-stop route only where the text says the traveller went there', () => {
    expect(stops(routes('Ann Lee flew to Paris.'))).toBe('0:paris');
    expect(routes('Ann Lee is still in Paris.')).toEqual([]);
  });

  it('makes a return to where the journey began a stop of its own', () => {
    expect(stops(routes('Ann Lee left Rome for Paris. She went on to Madrid and returned to Rome on Sunday.'))).toBe('0:rome 1:paris 2:madrid 3:rome');
  });

  it('draws a city and its country named together as one stop at the city', () => {
    expect(stops(routes('Ann Lee flew to Tashkent, Uzbekistan, and then to Astana.'))).toBe('0:tashkent 1:astana');
    expect(stops(routes('Ann Lee visited Kazakhstan. In Astana she met the president.'))).toBe('0:astana<kazakhstan');
  });

  it('does not move the subject when the verb belongs to its object', () => {
    expect(routes('Ann Lee praised Spain for not forcing refugees to return to Ukraine.')).toEqual([]);
    expect(routes('Ann Lee spoke about the virus originating from Ukraine.')).toEqual([]);
  });

  it('dates each stop by its own clause, never by another stop\'s date', () => {
    const r = routes('Ann Lee was in Paris on Monday. She went to Lyon, where crowds waited, and flew to Madrid on Wednesday.', [['Monday', day('2024-05-06')], ['Wednesday', day('2024-05-08')]]);
    const when = Object.fromEntries((r[0]?.stops ?? []).map((s) => [s.placeId, s.when?.start]));
    expect(when).toEqual({ paris: '2024-05-06', lyon: undefined, madrid: '2024-05-08' });
  });

  it("reads a liveblog post's time as when the post was written: the stop is on the post's day, by the post's time", () => {
    const r = routes('Live updates.\n10:42 GMT — Ann Lee has landed in Paris.\n11:15 GMT — She is now in Lyon.', [['10:42 GMT', { start: '2024-05-10T10:42', end: '2024-05-10T10:43', precision: 'minute' }], ['11:15 GMT', { start: '2024-05-10T11:15', end: '2024-05-10T11:16', precision: 'minute' }]]);
    expect(r[0]?.stops.map((s) => s.when)).toEqual([
      { start: '2024-05-10', end: '2024-05-10T10:42', precision: 'day', before: '2024-05-10T10:42', label: 'before the post' },
      { start: '2024-05-10', end: '2024-05-10T11:15', precision: 'day', before: '2024-05-10T11:15', label: 'before the post' },
    ]);
  });

  it('reads "she" as the ship, not the man the text names beside it', () => {
    const r = routes('HMS Dart left Lisbon in May. Her captain, John Rowe, wrote that he was pleased. She then sailed to Porto and on to Havana.');
    expect(r.map((x) => x.traveller)).toEqual(['HMS Dart']);
    expect(stops(r)).toBe('0:lisbon 1:porto 2:havana');
  });

  it('gives a person aboard a ship the ship\'s stops as well as their own, until their own last move', () => {
    const r = routes('Ann Lee went aboard HMS Dart in Lisbon. The ship sailed to Porto and then to Havana. Ann Lee flew home to London. HMS Dart went on to Madrid.');
    expect(stopsOf(r, 'HMS Dart')).toBe('porto havana madrid');
    expect(stopsOf(r, 'Ann Lee')).toBe('lisbon porto havana london');
  });

  it('gives a cue with no subject to the traveller the text is most about', () => {
    const r = routes('Ann Lee flew to Paris. Ann Lee then went to Lyon. Her friend Bob Stone drove to Madrid. The next stop is Rome.');
    expect(r.find((x) => x.traveller === 'Ann Lee')?.stops.map((s) => s.placeId)).toContain('rome');
  });

  it('does not take an object pronoun for who moves', () => {
    const r = routes('Mr Bob Stone flew to Paris with Ann Lee. Ann Lee stayed in Lyon, where she has family. He left her in Lyon and flew on to Rome.');
    expect(r.find((x) => x.traveller === 'Ann Lee')?.stops.map((s) => s.placeId) ?? []).not.toContain('rome');
  });

  it('does not make a stop of a place that speaks ("..., the Vatican said")', () => {
    const r = routes('Ann Lee will travel to Ghana and Togo in June, the Vatican said.');
    expect(stops(r)).not.toContain('vatican');
  });

  it('reads "from X to Y" as a leg whatever the verb', () => {
    expect(stops(routes('Ann Lee rode on Monday, 190 km from Lisbon to Porto.'))).toBe('0:lisbon 1:porto');
  });

  it('reads a heading ("north to") as movement whatever the verb before it', () => {
    expect(stops(routes('Ann Lee left Lisbon and followed the coast north to Porto.'))).toBe('0:lisbon 1:porto');
  });

  it('reads a cue whose date stands between the verb and the preposition ("began Monday, May 6, in")', () => {
    const r = routes("Ann Lee's tour began Monday, May 6, in Lisbon and ended in Porto.");
    expect(r[0]?.stops.map((s) => `${s.placeId}:${s.role ?? ''}`)).toEqual(['lisbon:start', 'porto:end']);
  });

  it('reads "is expected in" as a stop still ahead', () => {
    expect(stops(routes('Ann Lee flew to Paris on Monday and is expected in Madrid on Friday.'))).toBe('0:paris 1:madrid');
  });

  it('reads the place a traveller named ("a base she called Havana") by the words before the naming', () => {
    expect(stops(routes('Ann Lee sailed from Lisbon and wintered at a base she called Havana.'))).toBe('0:lisbon 1:havana');
  });

  it('does not date a stop by a year the text tells about the place ("the city where the war began in 2022")', () => {
    const r = routes('Ann Lee flew to Kyiv, the city where the war began in 2022, and then to Minsk.', [['2022', { start: '2022-01-01', end: '2023-01-01', precision: 'year' }]]);
    expect(r[0]?.stops.find((s) => s.placeId === 'kyiv')?.when?.start).not.toBe('2022-01-01');
  });

  it('gives a month told without its year the year of the journey around it, not of publication', () => {
    const march: When = { start: '1872-03-01', end: '1872-04-01', precision: 'month' };
    const r = routes('Ann Lee came to Lisbon in January 1871. She reached Porto in March. She was in Madrid in June 1871.', [['January 1871', { start: '1871-01-01', end: '1871-02-01', precision: 'month' }, 'month+year'], ['March', march, 'month'], ['June 1871', { start: '1871-06-01', end: '1871-07-01', precision: 'month' }, 'month+year']]);
    expect(r[0]?.stops.map((s) => `${s.placeId}:${s.when?.start ?? ''}`)).toEqual(['lisbon:1871-01-01', 'porto:1871-03-01', 'madrid:1871-06-01']);
  });

  it('keeps the reading of a yearless month when the text gives the year of only one stop', () => {
    const r = routes('Ann Lee came to Lisbon in January 1871. She reached Porto in March.', [['January 1871', { start: '1871-01-01', end: '1871-02-01', precision: 'month' }, 'month+year'], ['March', { start: '1872-03-01', end: '1872-04-01', precision: 'month' }, 'month']]);
    expect(r[0]?.stops.find((s) => s.placeId === 'porto')?.when?.start).toBe('1872-03-01');
  });

  it('does not take the end of a longer name ("the Cape of Good Hope, put in") for a traveller', () => {
    const r = routes('Ann Lee rounded the Cape of Good Hope, put in at Lisbon and sailed on to Porto.');
    expect(r.map((x) => x.traveller)).toEqual(['Ann Lee']);
  });

  it('moves both people of a subject "A and B", and "they" after it', () => {
    const r = routes('Ann Lee and Bob Stone flew to Paris on Monday. They drove on to Lyon.');
    expect(stopsOf(r, 'Ann Lee')).toBe('paris lyon');
    expect(stopsOf(r, 'Bob Stone')).toBe('paris lyon');
  });

  it('moves people named after a role and a comma ("the captains, A and B, set out")', () => {
    const r = routes('The captains, Ann Lee and Bob Stone, set out from Lisbon and sailed to Porto.');
    expect(r.map((x) => x.traveller).sort()).toEqual(['Ann Lee', 'Bob Stone']);
  });

  it('takes who comes "with" the traveller along, not as the subject', () => {
    const r = routes('Mr Bob Stone flew to Paris. Two days later Ann Lee flew back with Bob Stone to Rome.');
    expect(r.find((x) => x.traveller === 'Ann Lee')?.stops.map((s) => s.placeId)).toEqual(['rome']);
    expect(r.find((x) => x.traveller === 'Bob Stone')?.stops.map((s) => s.placeId)).toEqual(['paris', 'rome']);
  });

  it("reads a possessive name as the traveller (\"Ann Lee's plane landed\")", () => {
    const r = routes("Bob Stone flew to Paris. Ann Lee flew to Madrid. Later Bob Stone's plane landed in Lyon.");
    expect(r.find((x) => x.traveller === 'Bob Stone')?.stops.map((s) => s.placeId)).toEqual(['paris', 'lyon']);
  });

  it('does not take a name after the verb as the sentence subject ("With her rode her guide, X")', () => {
    const r = routes('Ann Lee left Lisbon in May. With her rode her guide, Bob Stone, who knew the roads. The car reached Porto.');
    expect(r.find((x) => x.traveller === 'Ann Lee')?.stops.map((s) => s.placeId)).toEqual(['lisbon', 'porto']);
  });

  it('continues a list across a possessive name, brackets and a heading ("and down to")', () => {
    const r = routes("Ann Lee flew on to Paris, Lyon in Bob's Land, the (Old) Madrid and down to Rome.");
    expect(r[0]?.stops.map((s) => s.placeId)).toEqual(['paris', 'lyon', 'madrid', 'rome']);
  });

  it('reads boarding somewhere as being there, and a torch "lit at" a place as its start', () => {
    expect(stops(routes('Ann Lee boarded a train at Lisbon and rode to Porto.'))).toBe('0:lisbon 1:porto');
    const r = routes('The torch was lit at Rome and carried to Milan.');
    expect(r[0]?.stops.map((s) => `${s.placeId}:${s.role ?? ''}`)).toEqual(['rome:start', 'milan:stop']);
  });

  it('reads a verb it does not know as movement after a heading ("dropping south through the hills to")', () => {
    expect(stops(routes('Ann Lee left Lisbon before dropping south through the hills to Madrid.'))).toBe('0:lisbon 1:madrid');
  });

  it('reads "Still ahead are X and Y" as stops to come', () => {
    expect(stops(routes('Ann Lee flew to Paris on Monday. Still ahead are Madrid and Rome.'))).toBe('0:paris 1:madrid 1:rome');
  });

  it('makes a place the text comes back to a stop of its own ("spent the night back in", "once more")', () => {
    expect(stops(routes('Ann Lee flew to Paris, then to Lyon. She spent the night back in Paris.'))).toBe('0:paris 1:lyon 2:paris');
    expect(stops(routes('Ann Lee flew to Paris, then to Lyon. Later she was bound once more for Paris.'))).toBe('0:paris 1:lyon 2:paris');
  });

  it('reads "his ship, the Petrel" as a vessel that carries him', () => {
    const r = routes('Mr Bob Stone came ashore at Lisbon from his ship, the Petrel. The Petrel had sailed from Havana in May and called at Porto.');
    expect(r.find((x) => x.traveller === 'Petrel')?.stops.map((s) => s.placeId)).toEqual(['havana', 'porto']);
    expect(r.find((x) => x.traveller === 'Bob Stone')?.stops.map((s) => s.placeId).sort()).toEqual(['havana', 'lisbon', 'porto']);
  });

  it('does not take the word opening a sentence for part of the name after it ("When Bob Stone flew", "Why Nicole made")', () => {
    const r = routes('Ann Lee flew to Paris and then drove to Lyon. When Bob Stone flew to Rome, nobody knew.');
    expect(r.map((x) => x.traveller).sort()).toEqual(['Ann Lee', 'Bob Stone']);
  });

  it('reads "After X came Y" as two stops in that order', () => {
    expect(stops(routes('Ann Lee drove east from Lisbon. After Madrid came Lyon.'))).toBe('0:lisbon 1:madrid 2:lyon');
  });

  it('reads "made for", "made a detour to" and sailing verbs ("coasted up to") as movement', () => {
    expect(stops(routes('Ann Lee left Lisbon, coasted up to Porto and made for Havana.'))).toBe('0:lisbon 1:porto 2:havana');
    expect(stops(routes('Ann Lee flew to Paris and then made a detour to Lyon.'))).toBe('0:paris 1:lyon');
  });

  it('reads a heading before "by way of" as a passage ("worked south by way of")', () => {
    const r = routes('Ann Lee left Paris and worked south by way of Lyon to Madrid.');
    expect(r[0]?.stops.map((s) => `${s.placeId}:${s.role ?? ''}`)).toEqual(['paris:start', 'lyon:connection', 'madrid:stop']);
  });

  it('reads the verb across an aside between commas ("drove across Spain, following the old road, to Lisbon")', () => {
    expect(stops(routes('Ann Lee left Madrid and drove across Spain, following the old road, to Lisbon.'))).toContain('lisbon');
  });

  it('keeps "dropped anchor at" a stop, and makes "meant to go on to" a leg not taken', () => {
    expect(stops(routes('Ann Lee sailed from Lisbon and dropped anchor at Porto.'))).toBe('0:lisbon 1:porto');
    const r = routes('Ann Lee sailed from Lisbon to Porto. She meant to go on to Havana, but storms turned her back.');
    expect(stops(r)).toBe('0:lisbon 1:porto');
    expect(r[0]?.skipped?.map((x) => x.name)).toEqual(['Havana']);
  });

  it('bounds the stops of an announced trip by its window instead of dating them all on its first day', () => {
    const window: When = { start: '2024-06-03', end: '2024-06-10', precision: 'day' };
    const r = routes('Ann Lee will visit Ghana, Togo and Spain between June 3 and June 9.', [['between June 3 and June 9', window]]);
    for (const s of r[0]?.stops ?? []) expect(s.when).toEqual({ after: '2024-06-03', before: '2024-06-10', label: 'during the trip' });
  });

  it('adds the dateline to the journey where the text puts the traveller there', () => {
    const r = routes('Ann Lee arrived here yesterday after a tour that began in Paris.', [], 'minsk');
    expect(stops(r)).toBe('0:paris 1:minsk');
  });

  it('keeps the way home to a country as its own stop, not folded into the city the journey left', () => {
    expect(stops(routes('Ann Lee left London for Paris. From Paris she flew home to Britain.'))).toBe('0:london 1:paris 2:britain');
  });

  it('repeats the move of the clause before for a clause of only a preposition or "then" ("..., at Porto", "..., then Lyon")', () => {
    expect(stops(routes('Ann Lee flew to Paris to meet the press and open a fair, then Lyon, and finally Madrid.'))).toBe('0:paris 1:lyon 2:madrid');
    expect(stops(routes('Ann Lee called at Lisbon on the way, at Porto a day later and at Madrid.'))).toBe('0:lisbon 1:porto 2:madrid');
  });

  it('reads "wheels down in", "by way of", "slipped through" and "will refit at" as moves', () => {
    expect(stops(routes('Ann Lee left Paris. Wheels down in Lyon at noon.'))).toBe('0:paris 1:lyon');
    expect(stops(routes('Ann Lee flew from Paris to Rome by way of Milan.'))).toBe('0:paris 1:milan 2:rome');
    expect(stops(routes('The Osprey slipped through Lisbon and will refit at Porto.'))).toBe('0:lisbon 1:porto');
  });

  it('makes no stops of a plan the next sentence says never happened ("That voyage was never made")', () => {
    const r = routes('Ann Lee left Lisbon in May, and her course lay by way of Madrid to Rome. That voyage was never made. She reached Paris in June.');
    expect(stops(r)).toBe('0:lisbon 1:paris');
    expect(r[0]?.skipped?.map((s) => s.placeId).sort()).toEqual(['madrid', 'rome']);
  });

  it('reads a cancellation only up to the colon ("That plan was never carried out: in June, at Porto, she ...")', () => {
    expect(stops(routes('Ann Lee flew to Lisbon. That plan was never carried out: in June, at Porto, she boarded a ship.'))).toBe('0:lisbon 1:porto');
  });

  it('reads "put in at" after a past verb as past, so the stop keeps its place in the story told', () => {
    const r = routes('Ann Lee sailed from Lisbon, rounded Porto, put in at Madrid, and sailed on to Rome.');
    expect(stops(r)).toBe('0:lisbon 1:porto 2:madrid 3:rome');
    expect(r[0]?.stops.find((s) => s.placeId === 'madrid')?.role).not.toBe('current');
  });

  it('repeats a move only from the place just before ("where Italy and France hold sway" after a visit is no stop)', () => {
    expect(stops(routes('Ann Lee flew to Madrid, a city where Italy and France hold sway.'))).toBe('0:madrid');
  });

  it('dates a stop "three days later" three days after the last stop the text dated', () => {
    const r = routes('Ann Lee reached Lisbon on May 2, and Porto three days later.', [['May 2', day('2024-05-02')], ['three days', { timex: 'P3D' }, 'duration']]);
    expect(r[0]?.stops.find((s) => s.placeId === 'porto')?.when?.start?.slice(0, 10)).toBe('2024-05-05');
  });

  it('makes no stop of a diplomatic post named after a place ("at the Vatican embassy")', () => {
    expect(stops(routes('Ann Lee flew to Paris and spent the night at the Vatican embassy.'))).toBe('0:paris');
  });

  it('reads "He" opening a sentence as the named subject that opened the sentence before', () => {
    // Mr Hale is named more often, so only the rule, not how often each is named, makes "He" Bo Ek.
    const r = routes('Mr Tom Hale flew to Paris. Mr Hale drove to Lyon. Mr Hale wrote from Lyon. Mr Bo Ek stayed behind. He later flew to Rome.');
    expect(r.find((x) => x.traveller === 'Bo Ek') && stops(r, r.findIndex((x) => x.traveller === 'Bo Ek'))).toBe('0:rome');
  });

  it('gives a relative clause\'s move to the name before "who", not to a pronoun inside the clause', () => {
    // "he" inside the clause would go to Mr Hale, the man the text names most; "who" ties the move to Bo Ek.
    const r = routes('Mr Tom Hale flew to Paris. Mr Hale drove to Lyon. Mr Hale met Mr Bo Ek, who says he toured Spain and who flew to Rome on Friday.');
    expect(r.find((x) => x.traveller === 'Tom Hale')?.stops.map((x) => x.placeId)).not.toContain('rome');
    expect(r.find((x) => x.traveller === 'Bo Ek')?.stops.map((x) => x.placeId)).toContain('rome');
  });

  it('names what each stop is: where the journey starts, a place passed through, the way home', () => {
    const r = routes('Ann Lee set out from Lisbon, sailed via Porto to London and headed home to Lisbon.');
    expect((r[0]?.stops ?? []).map((s) => `${s.placeId}:${s.role}`)).toEqual(['lisbon:start', 'porto:connection', 'london:stop', 'lisbon:home']);
  });

  it('reads a span counted from a day ("ends three weeks from Sunday in Rome") as a date, not a departure', () => {
    const r = routes('The race starts in Milan on Sunday and ends three weeks from Sunday in Rome.');
    expect((r[0]?.stops ?? []).map((s) => `${s.placeId}:${s.role}`)).toEqual(['milan:start', 'rome:end']);
  });

  it('reads "sailed out of X" as leaving X', () => {
    const r = routes('The brig of the survey service slipped out of Lisbon and sailed to Havana.');
    expect(stops(r)).toBe('0:lisbon 1:havana');
    expect(r[0]?.stops[0]?.role).toBe('start');
  });

  it('makes no stop of a country or continent the traveller is outside ("the first to begin outside Italy")', () => {
    const r = routes('The race starts in Lisbon, the first time it has begun outside Italy, and then heads to Porto.');
    expect((r[0]?.stops ?? []).map((s) => s.placeId)).toEqual(['lisbon', 'porto']);
  });

  it("takes the name whose journey a noun cue tells (\"It was Li Wen's first visit to Spain\") as who travels", () => {
    const r = routes("Bo Ek flew to Madrid. It was Li Wen's first visit to Spain.");
    expect(r.find((x) => x.traveller === 'Li Wen')?.stops.map((x) => x.placeId)).toEqual(['spain']);
    expect(r.find((x) => x.traveller === 'Bo Ek')?.stops.map((x) => x.placeId)).toEqual(['madrid']);
  });

  it('reads the first word of a two-word name alone as that person ("Li Wen ... Li flies on to")', () => {
    const r = routes("It was Li Wen's first visit to Spain. Bo Ek flew to Madrid to meet the guests. Later on Friday Li flies on to Lisbon.");
    expect(r.find((x) => x.traveller === 'Li Wen')?.stops.map((x) => x.placeId)).toEqual(['spain', 'lisbon']);
  });

  it('reads "he" as the person the text is about though it never says his gender, not a man it names once', () => {
    // Mr Bo Ek is a man by his title; Tom Hale, named three times, is the one the text follows.
    const r = routes('Tom Hale arrived in Paris on Monday. Mr Bo Ek said he was pleased. Tom Hale had been in Madrid with Ann Lee. Tom Hale and Ann Lee dined. From the station he was driven to Lyon.');
    expect(r.find((x) => x.traveller === 'Tom Hale')?.stops.map((x) => x.placeId)).toContain('lyon');
  });

  it('makes no stop of a place after "and on" that is a topic, not a move ("pressed him on trade and on Cuba\'s debts")', () => {
    const r = routes("Ann Lee landed in Paris, where they pressed her on trade and on Cuba's debts.");
    expect((r[0]?.stops ?? []).map((x) => x.placeId)).toEqual(['paris']);
  });

  it('keeps a sentence that opens on an earlier trip off the route ("His previous tour, in 2019, took him to Rome ... and to Milan")', () => {
    const r = routes('Tom Hale flew to Paris on Monday. His previous European tour, in March 2019, took him to Rome, where he met the mayor, and to Milan.');
    expect((r.find((x) => x.traveller === 'Tom Hale')?.stops ?? []).map((x) => x.placeId)).toEqual(['paris']);
    const on = routes('Tom Hale flew to Paris on Monday. On his previous tour, in 2019, he travelled to Rome and Milan.');
    expect((on.find((x) => x.traveller === 'Tom Hale')?.stops ?? []).map((x) => x.placeId)).toEqual(['paris']);
  });

  it('gives a country after two unknown names the move of those names ("called at Port Sol and Cay Ros in Cuba ... and at Tampa")', () => {
    const r = routes('The liner Star Lady called at Port Sol and Cay Ros in Cuba on Monday and at Tampa on Friday.', [['Monday', day('2024-05-06')], ['Friday', day('2024-05-10')]]);
    expect(stops(r)).toBe('0:cuba 1:tampa');
  });

  it('reads "crossed the coast near X" as passing X: "coast" after an article is a noun, and a crossing\'s place is passed through', () => {
    const r = routes('Hurricane Ida crossed the coast near Tampa on Sunday and then moved inland to Georgia.');
    expect((r[0]?.stops ?? []).map((s) => `${s.placeId}:${s.role}`)).toEqual(['tampa:connection', 'georgia:stop']);
  });

  it('reads where a storm "took shape" as where its track starts', () => {
    const r = routes('Hurricane Ida took shape over Cuba last week and later lashed Tampa.');
    expect((r[0]?.stops ?? []).map((s) => `${s.placeId}:${s.role}`)).toEqual(['cuba:start', 'tampa:stop']);
  });

  it('reads where an arrival came from as left ("had arrived here earlier in the day from X")', () => {
    const r = routes('Ann Lee had arrived here earlier in the day from Porto and then went on to Lisbon.');
    expect((r[0]?.stops ?? []).map((s) => `${s.placeId}:${s.role}`)).toEqual(['porto:start', 'lisbon:stop']);
  });

  it('takes a vehicle before "that" as who moves ("a train that set out from X"), a thing that is no traveller not', () => {
    const train = routes('A train that set out from Madrid on Monday rolled into the freight terminal at Lyon.');
    expect((train[0]?.stops ?? []).map((s) => s.placeId)).toEqual(['madrid', 'lyon']);
    const virus = routes('Ann Lee flew to Paris to study the virus that emerged in Lyon.');
    expect((virus[0]?.stops ?? []).map((s) => s.placeId)).toEqual(['paris']);
  });

  it('reads a destination phrase before the place ("sailed into the old harbour at X") as going there', () => {
    const r = routes('The Star Lady left Lisbon and sailed into the old harbour at Porto.');
    expect((r[0]?.stops ?? []).map((s) => `${s.placeId}:${s.role}`)).toEqual(['lisbon:start', 'porto:stop']);
  });

  it('puts the undated stops told after a lead that sums up the run ("set out from X ... rolled into Y") between its two ends', () => {
    const r = routes('A train that set out from Lisbon on Monday rolled into the freight terminal at Rome on Friday. It crossed Spain and then passed through France.', [['Monday', day('2024-05-06')], ['Friday', day('2024-05-10')]]);
    expect(stops(r)).toBe('0:lisbon 1:spain 2:france 3:rome');
  });

  it('keeps the undated stops told after a lead that only arrives ("flew to X on Friday") after it', () => {
    const r = routes('Ann Lee flew to Rome on Friday. She later drove to Porto.', [['Friday', day('2024-05-10')]]);
    expect(stops(r)).toBe('0:rome 1:porto');
  });

  it('reads the main clause after a relative clause with the subject before "who", and dates and frames it apart from the relative', () => {
    // The relative clause's "months ago" is when the pair left the ship, not when they reached Porto; "the ship" in it does not move.
    const r = routes('Tom Hale flew to Lisbon. The ship Star Lady sailed to Rome. Tom Hale and his companion, Captain Bo Ek, who left the ship seventeen months ago, had arrived earlier in the day from Lisbon and went on to Porto.', [['seventeen months ago', { start: '2022-12-01', end: '2023-01-01', precision: 'month' }]]);
    const hale = r.find((x) => x.traveller === 'Tom Hale');
    const ek = r.find((x) => x.traveller === 'Bo Ek');
    expect(hale?.stops.map((x) => x.placeId)).toContain('porto');
    expect(ek?.stops.map((x) => x.placeId)).toContain('porto');
    expect(r.find((x) => x.traveller === 'Star Lady')?.stops.map((x) => x.placeId)).toEqual(['rome']);
    expect(hale?.stops.find((x) => x.placeId === 'porto')?.when?.start ?? '').not.toMatch(/^2022/);
  });

  it('reads a plural group ("the two parties", "the ships") as the pair or group the text follows', () => {
    const r = routes('Tom Hale and Bo Ek set out from Lisbon. Tom Hale rode to Madrid while Bo Ek sailed to Porto. The two parties met again in Rome.');
    expect(r.find((x) => x.traveller === 'Tom Hale')?.stops.map((x) => x.placeId)).toContain('rome');
    expect(r.find((x) => x.traveller === 'Bo Ek')?.stops.map((x) => x.placeId)).toContain('rome');
  });

  it('reads a ship that "coaled at" or "took on coal at" a port as calling there', () => {
    const r = routes('The Star Lady left Lisbon on Monday and coaled at Porto.');
    expect(stops(r)).toBe('0:lisbon 1:porto');
  });

  it('reads a path before a departure ("moved out over the frozen sea from X") as leaving X', () => {
    const r = routes('On Monday the sledge parties moved out over the frozen sea from Porto and reached Lisbon on Friday.', [['Monday', day('2024-05-06')], ['Friday', day('2024-05-10')]]);
    expect((r[0]?.stops ?? []).map((s) => `${s.placeId}:${s.role}`)).toEqual(['porto:start', 'lisbon:stop']);
  });

  it('repeats the move for "and the ship at X" after "reaching Y" ("reaching Porto on Monday and the ship at Lisbon")', () => {
    const r = routes('Ann Lee hurried back, reaching Porto on Monday and the ship at Lisbon on Friday.', [['Monday', day('2024-05-06')], ['Friday', day('2024-05-10')]]);
    expect(stops(r)).toBe('0:porto 1:lisbon');
  });

  it('puts the traveller at the dateline when the text says it came "into this harbour"', () => {
    const r = routes('The steamer Star Lady came into this harbour on Sunday from Porto.', [], 'lisbon');
    expect((r[0]?.stops ?? []).map((s) => s.placeId)).toContain('lisbon');
  });

  it('reads a fronted place past an appositive ("From Porto, a harbour town on the coast, the convoy drove to Lisbon") as where the move starts', () => {
    const r = routes('From Porto, a harbour town on the coast, the convoy drove on to Lisbon.');
    expect((r[0]?.stops ?? []).map((s) => `${s.placeId}:${s.role}`)).toEqual(['porto:start', 'lisbon:stop']);
  });

  it('dates a stop by the "where" clause right after it ("to Lisbon, where from May 8 she played three nights")', () => {
    const r = routes('Ann Lee flew on to Lisbon, where from May 8 she played three nights.', [['May 8', day('2024-05-08')]]);
    expect(r[0]?.stops.find((s) => s.placeId === 'lisbon')?.when?.start).toBe('2024-05-08');
  });

  it('reads "was first past X" as passing X and "stepped off the plane at X" as being at X', () => {
    const r = routes('Ann Lee sailed from Lisbon and was first past Porto. On Friday she stepped off a plane at Madrid.');
    expect((r[0]?.stops ?? []).map((s) => `${s.placeId}:${s.role}`)).toEqual(['lisbon:start', 'porto:connection', 'madrid:stop']);
  });

  it('reads "found X at Y" as the traveller being at Y, as other doings are', () => {
    const r = routes('Tom Hale sailed from Lisbon to Porto. He found the doctor at Madrid in November.');
    expect((r[0]?.stops ?? []).map((s) => s.placeId)).toEqual(['lisbon', 'porto', 'madrid']);
  });

  it('gives people who "joined" a traveller the stop where they joined and the traveller\'s stops after it', () => {
    const r = routes('On Monday Tom Hale flew from Rome to Lisbon. There he was joined by Mr Bo Ek. On Friday Tom Hale flew on to Madrid.', [['Monday', day('2024-05-06')], ['Friday', day('2024-05-10')]]);
    expect(r.find((x) => x.traveller === 'Bo Ek')?.stops.map((x) => x.placeId)).toEqual(['lisbon', 'madrid']);
    expect(r.find((x) => x.traveller === 'Tom Hale')?.stops.map((x) => x.placeId)).toEqual(['rome', 'lisbon', 'madrid']);
  });

  it('gives a stop told with no subject to the vessel carrying the person the text is about, and so to both', () => {
    const r = routes('Tom Hale went aboard the ship Star Lady at Lisbon. Tom Hale wrote letters in Porto and Tom Hale sketched in Madrid. Then came the long run home: Cuba and Tampa.');
    expect(r.find((x) => x.traveller === 'Star Lady')?.stops.map((x) => x.placeId)).toEqual(expect.arrayContaining(['cuba', 'tampa']));
    expect(r.find((x) => x.traveller === 'Tom Hale')?.stops.map((x) => x.placeId)).toEqual(expect.arrayContaining(['cuba', 'tampa']));
  });

  it('reads a race, the field riding it, the tour and its stages as one journey ("the peloton heads ... the stage ran ... the race ends in")', () => {
    const one = (text: string): string => {
      const r = routes(text);
      expect(r).toHaveLength(1);
      return stops(r);
    };
    expect(one('On Saturday the peloton rides from Milan to Lyon. On Sunday the race ends in Paris.')).toBe('0:milan 1:lyon 2:paris');
    expect(one('On Saturday the tour rode from Milan to Lyon. On Monday the stage ran from Lyon to Madrid. On Sunday the race ends in Paris.')).toBe('0:milan 1:lyon 2:madrid 3:paris');
  });

  it('never gives "it" to a person: with no thing named, it is the journey a role noun told of just before ("the race ... It opened in")', () => {
    const r = routes('Tom Hale took the lead on Friday. The race has been on the road for a week. It opened in Lisbon and then went on to Porto.');
    expect(stopsOf(r, 'the race')).toBe('lisbon porto');
    expect(stopsOf(r, 'Tom Hale')).toBe('');
  });

  it('"X went ahead ... with Y" makes the pair the next "they" is: both travel on, not the ship they left', () => {
    const r = routes('The schooner Petrel sailed from Lisbon with Ann Lee aboard. In autumn, with the ice closing, Dr. Ann Lee went ahead by sledge with Captain Tom Hale. They reached Minsk and then went on to Kyiv.');
    expect(stopsOf(r, 'Ann Lee')).toBe('lisbon minsk kyiv');
    expect(stopsOf(r, 'Tom Hale')).toBe('minsk kyiv');
  });

  it('"met with" is no setting out together: a later "they" keeps the traveller the text was about', () => {
    const r = routes('Eva Roth landed in Minsk on Monday. On Tuesday Tom Hale met with Eva Roth. They went on to Lyon and then to Rome.');
    expect(r.find((x) => x.traveller === 'Eva Roth')?.stops.map((s) => s.placeId) ?? []).not.toContain('lyon');
  });

  it('a fronted place\'s traveller named after it is found past a title\'s full stop ("at Porto, Dr. Ann Lee boarded")', () => {
    const r = routes('The schooner Petrel sailed from Lisbon with Ann Lee aboard. The Petrel called at Madrid in May. Plans changed: in June, at Porto, Dr. Ann Lee boarded a mail steamer alone.');
    expect(stopsOf(r, 'Petrel')).not.toContain('porto');
    expect(stopsOf(r, 'Ann Lee')).toContain('porto');
  });

  it('reads a bearing from a place as near it: "passed north of" is a passage, "steamed into the pack east of" a stop', () => {
    expect(stops(routes('The ship Petrel left Lisbon in May, passed north of Madrid and reached Rome.'))).toBe('0:lisbon 1:madrid 2:rome');
    expect(stops(routes('The ship Petrel left Lisbon in May and steamed into the pack east of Minsk in June.'))).toBe('0:lisbon 1:minsk');
  });

  it('reads a compound bearing ("south-west of") as near too', () => {
    const text = 'The ship Petrel left Lisbon in May and sailed south-west of Porto.';
    const r = routes(text);
    expect(r[0]?.stops.map((s) => s.placeId)).toEqual(['lisbon', 'porto']);
  });

  it('"King Tomas and Queen Ana arrived": a pair whose second name has its own title moves together', () => {
    const r = routes('King Tomas and Queen Ana arrived in Lisbon on Monday. The pair flew to Madrid on Tuesday and then to Rome.');
    expect(stopsOf(r, 'Ana')).toBe('lisbon madrid rome');
    expect(stopsOf(r, 'Tomas')).toBe('lisbon madrid rome');
  });

  it('reads a schedule of places each beside its own date as stops on those dates ("June 1 — Paris June 5 — Lyon")', () => {
    const text = 'Ann Lee announced her tour on Friday. Where to see her: June 1 — Paris June 5 — Lyon June 9 — Madrid.';
    const r = routes(text, [['June 1', day('2024-06-01'), 'monthDay'], ['June 5', day('2024-06-05'), 'monthDay'], ['June 9', day('2024-06-09'), 'monthDay']]);
    expect(stopsOf(r, 'Ann Lee')).toBe('paris lyon madrid');
    expect(r[0]?.stops.map((s) => s.when?.start)).toEqual(['2024-06-01', '2024-06-05', '2024-06-09']);
  });

  it('reads a schedule with its dates after its places ("Paris (June 1), Lyon (June 5)")', () => {
    const text = 'Ann Lee will play Paris (June 1), Lyon (June 5) and Madrid (June 9).';
    const r = routes(text, [['June 1', day('2024-06-01'), 'monthDay'], ['June 5', day('2024-06-05'), 'monthDay'], ['June 9', day('2024-06-09'), 'monthDay']]);
    expect(r[0]?.stops.map((s) => `${s.placeId}@${s.when?.start ?? ''}`)).toEqual(['paris@2024-06-01', 'lyon@2024-06-05', 'madrid@2024-06-09']);
  });

  it('runs a schedule forward: a date told without its year read as before the one listed ahead of it is a year on', () => {
    const text = 'Ann Lee announced her tour on Friday. Where to see her: June 1 — Paris June 9 — Lyon June 13 — Madrid.';
    const r = routes(text, [['June 1', day('2024-06-01'), 'monthDay'], ['June 9', day('2024-06-09'), 'monthDay'], ['June 13', day('2023-06-13'), 'monthDay']]);
    expect(r[0]?.stops.map((s) => s.when?.start)).toEqual(['2024-06-01', '2024-06-09', '2024-06-13']);
  });

  it('dates a stop still to come, told without its year, after publication, not before it', () => {
    const r = routes('Ann Lee will open her tour in Paris and will end it in Rome on July 31.', [['July 31', day('2023-07-31'), 'monthDay']]);
    expect(r[0]?.stops.find((s) => s.placeId === 'rome')?.when?.start).toBe('2024-07-31');
    const done = routes('Ann Lee opened her tour in Paris and ended it in Rome on July 31.', [['July 31', day('2023-07-31'), 'monthDay']]);
    expect(done[0]?.stops.find((s) => s.placeId === 'rome')?.when?.start).toBe('2023-07-31');
  });

  it('gives each member a party names the party\'s stops ("The delegation - A, B and C - flew to X")', () => {
    const r = routes('The delegation - Ann Lee, Bo Ekdahl and Tom Hale - flew from London to Accra on Monday. Two days later the delegation went on to Lisbon.');
    for (const who of ['Ann Lee', 'Bo Ekdahl', 'Tom Hale']) expect(stopsOf(r, who)).toBe('london accra lisbon');
  });

  it('gives people a traveller takes along every stop of that traveller ("..., bringing A and B to six cities")', () => {
    const r = routes('Ann Lee opened her tour in Paris on Monday, bringing Bo Ekdahl and Tom Hale to six cities. She flew on to Madrid and then to Rome.');
    expect(stopsOf(r, 'Ann Lee')).toBe('paris madrid rome');
    expect(stopsOf(r, 'Bo Ekdahl')).toBe('paris madrid rome');
    expect(stopsOf(r, 'Tom Hale')).toBe('paris madrid rome');
  });

  it('gives a vehicle\'s moves ("the motorcade left X for Y") to the traveller who has moved most, not the person named last', () => {
    const r = routes('Ann Lee flew from London to Paris on Monday. The mayor, Tom Hale, waited for her at the airport. The motorcade then left Paris for Lyon.');
    expect(stopsOf(r, 'Ann Lee')).toBe('london paris lyon');
    expect(stopsOf(r, 'Tom Hale')).toBe('');
  });

  it('takes a role noun before anyone is named for who moves, not a person the text names later', () => {
    const r = routes('The minister landed in Accra on Monday and flew on to Lisbon. In Madrid, the opposition leader Tom Hale said he would not meet her.');
    expect(r.map((x) => x.traveller)).toEqual(['the minister']);
    expect(stopsOf(r, 'the minister')).toBe('accra lisbon');
  });

  it('takes who a vehicle carries, named later in its sentence, for who moves ("when the jet landed in X, the minister came down the steps")', () => {
    const r = routes('When the jet landed in Accra, the minister came down the steps. Later the opposition leader Tom Hale spoke in Madrid.');
    expect(stopsOf(r, 'the minister')).toBe('accra');
    expect(stopsOf(r, 'Tom Hale')).toBe('');
  });

  it('"the King" is the one person the text titled King, not the last person it spoke of', () => {
    const r = routes('King Tomas and Queen Ana arrived in Lisbon on Monday. On Tuesday the King flew to Madrid, and on Wednesday he went on to Rome.');
    expect(stopsOf(r, 'Tomas')).toBe('lisbon madrid rome');
  });

  it('an office two people hold ("President Lee", "President Hale") makes "the president" neither by title', () => {
    const r = routes('President Ann Lee landed in Rome on Monday. President Tom Hale flew to Paris on Monday. Ann Lee then flew to Minsk. On Tuesday the president went on to Lyon and then to Madrid.');
    expect(stopsOf(r, 'Tom Hale')).not.toContain('lyon');
  });

  it('a place set off by a comma says where the move before it was ("landed at the airport, outside Lisbon")', () => {
    expect(stops(routes('Ann Lee flew out of Paris on Monday and landed at the airport, outside Lisbon, that night.'))).toBe('0:paris 1:lisbon');
  });

  it('leaving a place set off by a comma is a stop there too ("left the port, near Lisbon")', () => {
    expect(stops(routes('Ann Lee left the port, near Lisbon, on Monday and flew to Paris.'))).toBe('0:lisbon 1:paris');
  });

  it('reads travel by any means as a move: pedalled, skied, zigzagged, sped, overnighted, loaded at', () => {
    expect(stops(routes('Ann Lee pedalled from Lisbon to Porto, skied into Madrid, zigzagged through Lyon, sped on to Milan and overnighted in Rome.'))).toBe('0:lisbon 1:porto 2:madrid 3:lyon 4:milan 5:rome');
    expect(stops(routes('The schooner Petrel loaded cargo at Havana and sailed to Lisbon.'))).toBe('0:havana 1:lisbon');
    expect(stops(routes('Ann Lee launched from Havana in a capsule and splashed down off Lisbon.'))).toBe('0:havana 1:lisbon');
  });

  it('a month without its year at a stop the verb says was made, after publication, is last year\'s (published 10 May 2024)', () => {
    const june = (y: number): When => ({ start: `${y}-06-01`, end: `${y}-07-01`, precision: 'month', timex: `${y}-06` });
    const dateOf = (r: Routes, place: string): string | undefined => r[0]?.stops.find((x) => x.placeId === place)?.when?.start;
    expect(dateOf(routes('Ann Lee visited Lisbon in June and flew to Paris on Monday.', [['June', june(2024), 'month']]), 'lisbon')).toBe('2023-06-01');
    // A stop still ahead keeps the year publication gave it.
    expect(dateOf(routes('Ann Lee flew to Paris on Monday and will fly to Lisbon in June.', [['June', june(2024), 'month']]), 'lisbon')).toBe('2024-06-01');
    // A tense read from no verb ("a 180 km leg from") is no word that the stop was made.
    const fourth: When = { start: '2024-06-04', end: '2024-06-04', precision: 'day', timex: '2024-06-04' };
    expect(dateOf(routes('Stage four sets off on Tuesday, June 4, with a 180 km leg from Lisbon to Porto.', [['June 4', fourth, 'monthDay']]), 'lisbon')).toBe('2024-06-04');
  });

  it('"Ann Lee, Tom Hale and Eva Roth left Lisbon": every name of a list that ends in a pair moves', () => {
    const r = routes('Ann Lee, Tom Hale and Eva Roth left Lisbon on Monday and flew to Paris.');
    expect(['Ann Lee', 'Tom Hale', 'Eva Roth'].map((who) => stopsOf(r, who))).toEqual(['lisbon paris', 'lisbon paris', 'lisbon paris']);
  });
});
