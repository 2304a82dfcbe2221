import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../../src/gazetteer/types';
import { findIn, resolveGiven } from './placeCase';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

const given = (text: string, ...names: string[]): ReturnType<typeof resolveGiven> => resolveGiven(gazetteer, text, ...names);

describe('a name ended by a feature noun in lower case', () => {
  it('is the feature the gazetteer holds with that noun ("Rothera station", "the Panama canal"), not the bare name', () => {
    expect(findIn(gazetteer, 'The survey ship was unloading at Rothera station when the call came.', 'Rothera station')?.entry.kind).toBe('landmark');
    expect(findIn(gazetteer, 'The freighter waited a week to enter the Panama canal.', 'Panama canal')?.entry.kind).toBe('water');
  });
});

describe('context the ranking reads', () => {
  it('takes no state from a month ("in August" is not August, California)', () => {
    const [dublin] = given('The council in Dublin met in August.', 'Dublin');
    expect(dublin?.entry.countryCode).toBe('IE');
  });

  it("reads a state's institution as the state (\"Georgia Bureau of Investigation\")", () => {
    const [albany] = given('An Albany man was arrested by Georgia Bureau of Investigation agents.', 'Albany');
    expect(albany?.entry).toBeNearLatLng([31.58, -84.16], 50);
  });

  it('reads bare "Washington" as the capital, and beside another state as the state', () => {
    expect(findIn(gazetteer, 'Officials in Washington said the talks had failed.', 'Washington')?.entry).toBeNearLatLng([38.9, -77.04], 30);
    const state = findIn(gazetteer, 'Wildfires in Washington and Oregon forced thousands to flee.', 'Washington');
    expect(`${state?.entry.countryCode}.${state?.entry.admin1}`).toBe('US.WA');
  });
});

describe('given names the table lacks', () => {
  it('reads "Town of X" as X and "X Valley" as its leading name', () => {
    const [groton, valley] = given('Crews cleared the Town of Groton roads and the Santa Clara Valley orchards near San Jose.', 'Town of Groton', 'Santa Clara Valley');
    expect(groton?.entry.name).toBe('Groton');
    expect(valley?.entry).toBeNearLatLng([37.35, -121.96], 30);
  });

  it('does not read a building or a sound as the town it starts with', () => {
    const [hospital, sound] = given('Nurses at Thomas Memorial Hospital and ships in Puget Sound waited.', 'Thomas Memorial Hospital', 'Puget Sound');
    expect(hospital).toBeUndefined();
    expect(sound?.entry.kind).toBe('water');
  });
});

describe('villages only a post office names', () => {
  it('are in the table, with no population', () => {
    const cookville = gazetteer.lookup('Cookville').find((e) => e.countryCode === 'US' && e.admin1 === 'TX');
    expect(cookville?.id).toMatch(/^zip:\d{5}$/);
    expect(cookville?.population).toBe(0);
    expect(cookville).toBeNearLatLng([33.18, -94.85], 30);
  });

  it('need "X, State" when their name is English words ("Meadow Grove")', () => {
    expect(findIn(gazetteer, 'The parade in Meadow Grove drew crowds.', 'Meadow Grove')).toBeUndefined();
    expect(findIn(gazetteer, 'Rain fell on Meadow Grove, Neb., on Monday.', 'Meadow Grove')?.entry).toBeNearLatLng([42.03, -97.74], 30);
  });
});
