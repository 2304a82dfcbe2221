import { describe, expect, it } from 'vitest';
import { findTravellers } from '../../../src/extract/itinerary/findTravellers';

const people = (text: string): string[] => [...new Set(findTravellers(text, []).filter((t) => t.kind === 'person' && !t.role).map((t) => t.name))];
const vessels = (text: string, places: string[] = []): string[] =>
  [...new Set(findTravellers(text, [], (n) => places.includes(n)).filter((t) => t.vessel === true).map((t) => t.name))];

describe('findTravellers', () => {
  it('takes "the" and a name before a verb only vessels do ("The Osprey sailed from") for a ship', () => {
    expect(vessels('The Osprey sailed from Cork in May. The Osprey anchored off Vigo.')).toEqual(['Osprey']);
  });

  it('takes no people, places or generic words before such a verb for a ship ("The Dutch sailed", "The Hague anchored")', () => {
    expect(vessels('The Dutch sailed home. The Spanish anchored nearby. The Navy docked later.')).toEqual([]);
    expect(vessels('The Hague anchored the talks.', ['Hague'])).toEqual([]);
  });

  it('takes a name followed by an appositive between commas and then a verb for a person ("Bo Ek, the 2004 champion, had ...")', () => {
    expect(people('Tom Hale won the race. Bo Ek, the 2004 and 2013 champion, had a tighter finish.')).toEqual(['Tom Hale', 'Bo Ek']);
  });

  it('takes no natural feature before a verb for a person ("He left White Mountain and reached the coast")', () => {
    expect(people('He left White Mountain and reached the coast. They crossed Rainy Pass and went on.')).toEqual([]);
  });

  it('takes no calendar word or place after a storm word in lower case for a storm\'s name ("the storm Monday", "the cyclone Florida felt")', () => {
    const storms = (text: string): string[] => findTravellers(text, [], (n) => n === 'Florida').filter((t) => t.kind === 'thing' && !t.role).map((t) => t.name);
    expect(storms('After the storm Monday roads were shut. The cyclone Florida felt was weak. The typhoon Ida hit.')).toEqual(['Typhoon Ida']);
  });

  it('takes a capitalised plural after "the" and before a verb for a band or a team, known by its last word too ("The Silver Gulls toured ... the Gulls flew")', () => {
    const groups = (text: string, places: string[] = [], named: string[] = []): string[] =>
      findTravellers(text, named.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, name, text: name })), (n) => places.includes(n)).filter((t) => t.kind === 'group' && !t.role).map((t) => t.name);
    expect(groups('The Silver Gulls toured Spain in May. Then the Gulls flew home.')).toEqual(['The Silver Gulls', 'The Silver Gulls']);
    // A place, a people, a ship the text names, or a family one of whom it names is no band.
    expect(groups('The Bahamas voted. The Canadians arrived. The Hebrides shone.', ['Bahamas', 'The Hebrides'])).toEqual([]);
    expect(groups('The steamer Orpheus sailed at dawn. The Orpheus docked at noon.')).toEqual([]);
    expect(groups('Tom Hale spoke. The Hales flew home on Friday.', [], ['Tom Hale'])).toEqual([]);
  });

  it('passes over a preposition or a day before a name ("On Monday Tom Hale flew")', () => {
    expect(people('On Monday Tom Hale flew home. During July Bo Ek waited.')).toEqual(['Tom Hale', 'Bo Ek']);
  });

  it('takes every name of a list that ends in "and" a name before a verb for a person ("Bo Ek, Tom Hale and Ann Lee left")', () => {
    expect(people('Bo Ek, Tom Hale and Ann Lee left the camp at dawn.')).toEqual(['Bo Ek', 'Tom Hale', 'Ann Lee']);
    // A name set off by a comma before one person is no list of people ("Bo Ek, Tom Hale left" reads as an address).
    expect(people('Bo Ek, Tom Hale left the camp at dawn.')).toEqual(['Tom Hale']);
  });

  it('takes two or more full names listed right after a party\'s description as its members ("The delegation - Ann Lee, Bo Ek and Tom Hale - flew")', () => {
    const party = findTravellers('The delegation - Ann Lee, Bo Ekdahl and Tom Hale - flew out at noon.').find((t) => t.name === 'the delegation');
    expect(party?.members).toEqual(['Ann Lee', 'Bo Ekdahl', 'Tom Hale']);
    const crew = findTravellers('The crew: Ann Lee and Tom Hale. They sailed at dawn.').find((t) => t.name === 'the crew');
    expect(crew?.members).toEqual(['Ann Lee', 'Tom Hale']);
  });

  it('takes no members from one name, a place or words that are no names after a party\'s description', () => {
    const members = (text: string, places: string[] = []): string[] | undefined => findTravellers(text, [], (n) => places.includes(n)).find((t) => t.name === 'the team')?.members;
    expect(members('The team - Ann Lee - flew out at noon.')).toBeUndefined();
    expect(members('The team, New Zealand and Tom Hale, left.', ['New Zealand'])).toBeUndefined();
    expect(members('The team, The Hague and North Cape, left.')).toBeUndefined();
  });

  it('takes full names a verb of taking carries somewhere as people taken along ("bringing Ann Lee and Bo Ekdahl to six cities")', () => {
    const along = (text: string): string[] => findTravellers(text).filter((t) => t.along === true).map((t) => t.name);
    expect(along('The festival opens in Paris, bringing Ann Lee, Bo Ekdahl and Tom Hale to six cities.')).toEqual(['Ann Lee', 'Bo Ekdahl', 'Tom Hale']);
    expect(along('The ship carried Ann Lee back to Lisbon.')).toEqual(['Ann Lee']);
    expect(along('The minister took Ann Lee aside after the talks.')).toEqual([]);
  });
});

