import { describe, expect, it } from 'vitest';
import { findEvents, type EventContext } from '../../../src/extract/events/findEvents';
import { groupBySentence } from '../../../src/extract/events/groupBySentence';
import { findTravelCues } from '../../../src/extract/itinerary/findTravelCues';
import type { PersonHit, PlaceHit, TimeHit } from '../../../src/extract/types';
import { splitSentences } from '../../../src/article/splitSentences';

/** Builds hits by finding each word in the text, so tests read as prose. */
function facts(text: string, places: string[], times: [string, TimeHit['when']][], people: [string, string][]) {
  const all = (w: string): number[] => {
    const found = [...text.matchAll(new RegExp(`\\b${w}\\b`, 'g'))].map((m) => m.index);
    if (found.length === 0) throw new Error(`"${w}" not in text`);
    return found;
  };
  const p: PlaceHit[] = places.flatMap((w) => all(w).map((i) => ({ start: i, end: i + w.length, text: w, placeId: w.toLowerCase(), kind: 'country' as const })));
  const t: TimeHit[] = times.flatMap(([w, when], n) => all(w).map((i) => ({ id: `t${n + 1}`, start: i, end: i + w.length, text: w, type: 'DATE' as const, value: 'x', ...(when ? { when } : {}) })));
  const h: PersonHit[] = people.flatMap(([w, name]) => all(w).map((i) => ({ start: i, end: i + w.length, text: w, name })));
  return groupBySentence(text, splitSentences(text), p, t, h);
}
const ctx: EventContext = { published: '2020-02-03', placeName: (id: string) => id[0]!.toUpperCase() + id.slice(1) };
const events = (f: ReturnType<typeof facts>, c = ctx) => findEvents(f, findTravelCues(f), c);
const yesterday = { start: '2020-02-02', end: '2020-02-03', precision: 'day' as const, timex: '2020-02-02' };

describe('findEvents', () => {
  it('dates an event by the time in its sentence and names its places and actors', () => {
    const text = 'Mike Pompeo urged Kazakhstan yesterday to act.';
    const [e] = events(facts(text, ['Kazakhstan'], [['yesterday', yesterday]], [['Mike Pompeo', 'Mike Pompeo']]), ctx);
    expect(e).toMatchObject({ kind: 'statement', when: yesterday, placeIds: ['kazakhstan'], actors: ['Mike Pompeo'], timeIds: ['t1'] });
    expect(e?.spans[0]?.text).toBe(text);
  });

  it('keeps a sentence longer than the story string limit as a whole span but stores at most the limit of its text', () => {
    const text = `Kazakhstan ${'word '.repeat(25_000)}ends.`;
    const [e] = events(facts(text, ['Kazakhstan'], [], []), ctx);
    expect(e?.spans[0]).toMatchObject({ start: 0, end: text.length });
    expect(e?.spans[0]?.text.length).toBe(100_000);
  });

  it('resolves a leading "He" to the last named person, and bounds an undated past action by publication', () => {
    const text = 'Mike Pompeo spoke in Kazakhstan. He also visited Belarus.';
    const found = events(facts(text, ['Kazakhstan', 'Belarus'], [], [['Mike Pompeo', 'Mike Pompeo']]), ctx);
    expect(found[1]).toMatchObject({ kind: 'visit', actors: ['Mike Pompeo'], when: { before: '2020-02-04' }, title: 'Pompeo visits Belarus' });
  });

  it('makes a statement of fact with no person and no date a background event with no invented date', () => {
    const text = 'China has repeatedly denied any mistreatment.';
    const [e] = events(facts(text, ['China'], [], []), ctx);
    expect(e?.kind).toBe('background');
    expect(e?.when).toBeUndefined();
  });

  it('lets a quotation continue the date of the statement just before it', () => {
    const text = 'Mike Pompeo said in China yesterday it was wrong. "We ask simply for refuge in China," he added.';
    const found = events(facts(text, ['China'], [['yesterday', yesterday]], [['Mike Pompeo', 'Mike Pompeo']]), ctx);
    expect(found[1]?.when).toEqual(yesterday);
    expect(found[1]?.confidence).toBeLessThan(found[0]!.confidence);
  });

  it('does not make a trip of a travel verb that governs no journey', () => {
    const text = 'Mike Pompeo praised Kazakhstan for not forcing people to return to China.';
    const [e] = events(facts(text, ['Kazakhstan', 'China'], [], [['Mike Pompeo', 'Mike Pompeo']]), ctx);
    expect(e?.kind).toBe('statement');
  });

  it('skips sentences with neither a place nor a time', () => {
    expect(events(facts('Nothing happened here.', [], [], []), ctx)).toEqual([]);
  });
});

describe('findEvents framing', () => {
  it('makes reported speech a statement even when the reported clause describes an incident', () => {
    const text = 'Mike Pompeo said that the virus has killed 300 people in China.';
    const [e] = events(facts(text, ['China'], [], [['Mike Pompeo', 'Mike Pompeo']]), ctx);
    expect(e?.kind).toBe('statement');
  });

  it('makes a direct quotation a statement', () => {
    const text = '"We discussed the people detained in China," Mike Pompeo said.';
    const [e] = events(facts(text, ['China'], [], [['Mike Pompeo', 'Mike Pompeo']]), ctx);
    expect(e?.kind).toBe('statement');
  });

  it('keeps an incident whose speech verb comes late in the sentence an incident', () => {
    const text = 'A fire destroyed the old market in Lagos on Monday, firefighters from the city of Lagos later said.';
    const [e] = events(facts(text, ['Lagos'], [['Monday', { start: '2020-02-03', end: '2020-02-04', precision: 'day' }]], []), ctx);
    expect(e?.kind).toBe('incident');
  });

  it('places an event where it happens: "arrived here" at the dateline; a nationality or an office never places it', () => {
    const text = 'The Norwegian explorer arrived here yesterday. Norwegian officials said Kazakhstan and the Chinese side agreed. The US Secretary of State spoke yesterday.';
    const f = facts(text, ['Norwegian', 'Kazakhstan', 'Chinese', 'US'], [['yesterday', yesterday]], []);
    for (const s of f) for (const p of s.places) if (p.text === 'Norwegian' || p.text === 'Chinese') p.demonym = true;
    const [arrived, agreed, spoke] = events(f, { ...ctx, datelinePlaceId: 'hobart' });
    expect(arrived?.placeIds).toEqual(['hobart']);
    expect(agreed?.placeIds).toEqual(['kazakhstan']);
    expect(spoke?.placeIds).toEqual([]);
  });

  it('places "there" at the place last named for the journey', () => {
    const text = 'Ann Lee flew to Paris yesterday. She met the mayor there yesterday.';
    const [, met] = events(facts(text, ['Paris'], [['yesterday', yesterday]], [['Ann Lee', 'Ann Lee']]));
    expect(met?.placeIds).toEqual(['paris']);
  });

  it("places a traveller's event with no place of its own at where the traveller is", () => {
    const text = 'Ann Lee arrived in Rome yesterday. Ann Lee said the talks went well.';
    const f = facts(text, ['Rome'], [['yesterday', yesterday]], [['Ann Lee', 'Ann Lee']]);
    const cues = findTravelCues(f);
    for (const c of cues) c.traveller = 'Ann Lee';
    const [, said] = findEvents(f, cues, ctx);
    expect(said?.placeIds).toEqual(['rome']);
  });

  it('places a statement where its speaker is, not in the places it talks about', () => {
    const text = 'Ann Lee arrived in Rome yesterday. “France and Spain agree with us,” Ann Lee said.';
    const f = facts(text, ['Rome', 'France', 'Spain'], [['yesterday', yesterday]], [['Ann Lee', 'Ann Lee']]);
    const cues = findTravelCues(f);
    for (const c of cues) c.traveller = 'Ann Lee';
    const [, said] = findEvents(f, cues, ctx);
    expect(said).toMatchObject({ kind: 'statement', placeIds: ['rome'] });
  });

  it('titles a departure as leaving ("sailed from France"), a journey of kind travel', () => {
    const text = 'Ann Lee, who sailed from France in August, spoke.';
    const [e] = events(facts(text, ['France'], [['August', yesterday]], [['Ann Lee', 'Ann Lee']]));
    expect(e).toMatchObject({ kind: 'travel', title: 'Lee leaves France', placeIds: ['france'] });
  });
});
