import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../../src/gazetteer/types';
import { findIn } from './placeCase';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

const at = (text: string, surface: string): ReturnType<typeof findIn> => findIn(gazetteer, text, surface);
const reasons = (text: string, surface: string): string[] => (at(text, surface)?.candidates[0]?.reasons ?? []).map((r) => `${r.code}${r.places ? `:${r.places.join('+')}` : ''}`);

describe('ranking that weighs the whole article', () => {
  it('reads a list of European capitals as the capitals though a US town and its state stand in the same sentence', () => {
    const text = 'The mayor of Springfield, Illinois, set off on a tour of Paris, Berlin and Rome last week.';
    expect(at(text, 'Paris')?.entry.countryCode).toBe('FR');
    expect(at(text, 'Berlin')?.entry.countryCode).toBe('DE');
    expect(at(text, 'Rome')?.entry.countryCode).toBe('IT');
    expect(reasons(text, 'Paris')).toContain('list:Berlin+Rome');
  });

  it('reads "the Pacific" in an article about US towns as the ocean, not a town of that name: a town is not called "the X"', () => {
    const text = 'The crew left Portland, Oregon, stopped in Salem and Eugene, and then sailed across the Pacific to Hawaii.';
    expect(at(text, 'Pacific')?.entry.kind).toBe('water');
  });

  it('reads "the North Pole" in an article about New York as the pole, not the Alaska town of that name', () => {
    const text = 'The ship left New York in July and wintered off Greenland. In April the party reached the North Pole, and in September the ship was back in New York.';
    expect(at(text, 'North Pole')?.entry.kind).not.toBe('city');
  });

  it('puts London in Ontario when the sentence names the province before the city ("the Ontario leg ... begins in London")', () => {
    const text = 'The torch relay crossed France and Britain before it was flown to Canada. The Ontario leg begins in London on Friday, then heads to Toronto.';
    expect(at(text, 'London')?.entry.countryCode).toBe('CA');
  });

  it('reads a country’s bare name as the country, not its capital or a province named alike', () => {
    const guatemala = at('Migrants from Guatemala and Honduras crossed into Mexico on Sunday.', 'Guatemala');
    expect(guatemala?.entry.kind).toBe('country');
    const luxembourg = at('In Luxembourg, the prime minister said the grand duchy would spend more. Belgium and France agreed.', 'Luxembourg');
    expect(luxembourg?.entry.kind).toBe('country');
    expect(at('Migrants from Guatemala and Honduras crossed into Mexico on Sunday.', 'Mexico')?.entry.kind).toBe('country');
  });

  it('reads a bare famous name as the famous place when nothing in the text points to a namesake', () => {
    const athens = at('A farmer from Lincoln, Nebraska, said he had never been to Athens.', 'Athens');
    expect(athens?.entry.countryCode).toBe('GR');
  });

  it('lets a namesake win where the text says so, and records why', () => {
    const text = 'The rodeo in Paris, Texas, drew 4,000 people. Paris officials said the crowd was the largest in years.';
    const second = text.lastIndexOf('Paris');
    expect(at(text, 'Paris')?.entry.admin1).toBe('TX');
    expect(at(text.slice(second), 'Paris')?.entry.countryCode).toBe('FR');
    expect(reasons(text, 'Paris')).toContain('within:Texas');
    const rome = 'Floods hit Rome and Cartersville in northwest Georgia on Monday.';
    expect(at(rome, 'Rome')?.entry.admin1).toBe('GA');
    expect(reasons(rome, 'Rome')).toContain('namedWith:Cartersville');
  });

  it('gives a country named with its capital and in a list of its neighbours those as reasons', () => {
    const text = 'Samoa, Fiji and Tonga were hit by the storm; in Apia, roofs were torn off.';
    expect(at(text, 'Samoa')?.entry.kind).toBe('country');
    expect(reasons(text, 'Samoa')).toEqual(expect.arrayContaining(['list:Fiji+Tonga', 'namedWith:Apia']));
  });
});

describe('the countries the text names', () => {
  it('lends no weight to towns that only read as lying in a country an article about other countries never names', () => {
    const text = 'British and Dutch merchants traded in China through Canton. Their ships had left Portsmouth in spring and called at Madeira and Batavia on the way.';
    expect(at(text, 'Portsmouth')?.entry.countryCode).toBe('GB');
    expect(at(text, 'Madeira')?.entry.countryCode).toBe('PT');
  });
});

describe('what a candidate tells of itself', () => {
  it('names the state of a town and its population, and says when it is the largest of its name', () => {
    const rome = at('Floods hit Rome and Cartersville in northwest Georgia on Monday.', 'Rome');
    const town = rome?.candidates[0];
    expect(town?.region).toBe('Georgia');
    expect(town?.population).toBeGreaterThan(30_000);
    const italy = rome?.candidates.find((c) => c.countryCode === 'IT');
    expect(italy?.reasons?.map((r) => r.code)).toContain('largest');
  });
});

describe('lists and people', () => {
  it('does not read a person’s surname as a list item beside a country ("after Bingham, and Peru")', () => {
    const text = 'The explorer Hiram Bingham took the bones to New Haven, in Connecticut. A road is named after Bingham, and Peru now limits the visitors.';
    expect(at(text, 'Peru')?.entry.kind).toBe('country');
    expect(at(text, 'after Bingham')).toBeUndefined();
  });
  it('reads a name a place gave up as that place in a text of its years', () => {
    const old = findIn(gazetteer, 'The Dutch governor sailed from Batavia in March 1795.', 'Batavia', '1795-09-01');
    expect(old?.entry.countryCode).toBe('ID');
    expect(old?.candidates[0]?.reasons?.map((r) => r.code)).toContain('heldThen');
    expect(findIn(gazetteer, 'British warships blockaded Canton in 1840 while the envoy waited upriver.', 'Canton', '2019-05-01')?.entry.countryCode).toBe('CN');
    // Cobh was Queenstown until 1920; a larger Queenstown in South Africa bears the name today. The year the text names decides.
    expect(findIn(gazetteer, 'In 1885 the mail steamers still called at Queenstown twice a week.', 'Queenstown', '2020-06-01')?.entry.countryCode).toBe('IE');
  });

  it('does not read a name a place gave up before every year of the text as that place', () => {
    expect(findIn(gazetteer, 'Canton police said the fire started in a garage on Tuesday.', 'Canton', '2019-05-01')?.entry.countryCode).not.toBe('CN');
    expect(findIn(gazetteer, 'The Batavia school board met on Tuesday and approved the budget.', 'Batavia', '2019-05-01')?.entry.countryCode).not.toBe('ID');
  });

  it('reads a country’s name as the country, not a town a hundredth its size named after it, though the town’s state is named', () => {
    expect(at('A retired teacher from Scranton, Pennsylvania, toured Egypt last spring.', 'Egypt')?.entry.kind).toBe('country');
  });

  it('takes no evidence from a bare county name nothing shows to be a place ("received by the King")', () => {
    // "King" reads best as King County, Washington, which holds a Kent of its own.
    expect(findIn(gazetteer, 'The ambassador was received by the King and then drove on to Kent.', 'Kent', '1950-05-01')?.entry.countryCode).toBe('GB');
  });
});
