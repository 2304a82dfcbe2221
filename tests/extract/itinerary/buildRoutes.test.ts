import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/article/splitSentences';
import { findEvents } from '../../../src/extract/events/findEvents';
import { groupBySentence } from '../../../src/extract/events/groupBySentence';
import { buildRoutes } from '../../../src/extract/itinerary/buildRoutes';
import { findTravelCues } from '../../../src/extract/itinerary/findTravelCues';
import type { PlaceHit, TimeHit } from '../../../src/extract/types';

const COUNTRY: Record<string, string> = { kazakhstan: 'KZ', astana: 'KZ', britain: 'GB', belarus: 'BY', ukraine: 'UA', uzbekistan: 'UZ', france: 'FR', spain: 'ES', italy: 'IT' };

function route(text: string, timeWords: [string, TimeHit['when']][] = [], datelinePlaceId?: string) {
  const places: PlaceHit[] = [];
  for (const name of Object.keys(COUNTRY)) {
    const re = new RegExp(`\\b${name}\\b`, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) places.push({ start: m.index, end: m.index + name.length, text: m[0], placeId: name, kind: name === 'astana' ? 'city' : 'country', countryCode: COUNTRY[name]! });
  }
  const times: TimeHit[] = timeWords.map(([w, when], i) => ({ id: `t${i}`, start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, type: 'DATE', value: 'x', ...(when ? { when } : {}) }));
  const people = [...text.matchAll(/Ann Lee/g)].map((m) => ({ start: m.index, end: m.index + 7, text: 'Ann Lee', name: 'Ann Lee' }));
  const f = groupBySentence(text, splitSentences(text), places, times, people);
  const cues = findTravelCues(f);
  const events = findEvents(f, cues, { published: '2020-02-03', placeName: (id) => id });
  const byPublication = { before: '2020-02-04' };
  return buildRoutes(cues, events, {
    placeInfo: (id) => (COUNTRY[id] ? { kind: id === 'astana' ? 'city' : 'country', countryCode: COUNTRY[id]! } : undefined),
    byPublication,
    ...(datelinePlaceId ? { datelinePlaceId } : {}),
  });
}
const stops = (r: ReturnType<typeof route>): string[] => (r[0]?.stops ?? []).map((s) => `${s.sequence}:${s.placeId}${s.within ? `<${s.within}` : ''}`);
const yesterday = { start: '2020-02-02', end: '2020-02-03', precision: 'day' as const };
const evening = { start: '2020-02-02T18:00', end: '2020-02-03T00:00', precision: 'partOfDay' as const };

describe('buildRoutes', () => {
  it('orders a tour as the text supports: first stop, unordered earlier stops, the current visit, the next flight', () => {
    const text =
      'Ann Lee urged Kazakhstan yesterday to act. Speaking on a visit to the capital Astana, Ann Lee said more. ' +
      'Ann Lee was set to fly to Uzbekistan late yesterday. ' +
      'Ann Lee also visited two other former Soviet countries - Belarus and Ukraine - as part of a trip that began with a stop in Britain.';
    const r = route(text, [['yesterday', yesterday], ['late yesterday', evening]]);
    expect(r).toHaveLength(1);
    expect(r[0]?.traveller).toBe('Ann Lee');
    expect(stops(r)).toEqual(['0:britain', '1:belarus', '1:ukraine', '2:astana', '3:uzbekistan']);
  });

  it('dates stops honestly: the visit by its event, earlier stops before it, the next one by its own time', () => {
    const text = 'Ann Lee spoke in Kazakhstan yesterday on a visit to Kazakhstan. Ann Lee was set to fly to Uzbekistan late yesterday. Ann Lee had visited Belarus.';
    const r = route(text, [['yesterday', yesterday], ['late yesterday', evening]]);
    const by = Object.fromEntries((r[0]?.stops ?? []).map((s) => [s.placeId, s.when]));
    expect(by.kazakhstan).toMatchObject({ start: '2020-02-02' });
    expect(by.belarus).toMatchObject({ before: '2020-02-02' });
    expect(by.uzbekistan).toMatchObject({ start: '2020-02-02T18:00' });
  });

  it('keeps onward stops in the order they are told', () => {
    const text = 'Ann Lee arrived in France. Ann Lee will travel to Spain. Ann Lee is due to fly on to Italy.';
    expect(stops(route(text))).toEqual(['0:france', '1:spain', '2:italy']);
  });

  it('makes no route from places that are only mentioned', () => {
    expect(route('Ann Lee said France and Spain disagree with Italy.')).toEqual([]);
  });

  it('makes no route from a single stop', () => {
    expect(route('Ann Lee arrived in France.')).toEqual([]);
  });

  it('reads "before flying on to" and "leaving for" as the next stop', () => {
    expect(stops(route('Ann Lee visited France before flying on to Spain.'))).toEqual(['0:france', '1:spain']);
    expect(stops(route('Ann Lee toured Italy, leaving for Britain on Friday.'))).toEqual(['0:italy', '1:britain']);
  });

  it('adds the dateline as the current stop only when the text puts the traveller there', () => {
    // Reported from Kazakhstan, about a trip that never went there: no stop in Kazakhstan.
    expect(stops(route('Ann Lee visited France before flying on to Spain.', [], 'kazakhstan'))).toEqual(['0:france', '1:spain']);
    // Ann Lee's own event there makes it a stop.
    expect(stops(route('Ann Lee visited France. Ann Lee met officials in Kazakhstan.', [], 'kazakhstan'))).toEqual(['0:france', '1:kazakhstan']);
  });
});
