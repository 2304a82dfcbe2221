import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parseArticle';
import { findPlaces } from '../../../src/extract/places/findPlaces';
import { loadGazetteer } from '../../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../../src/gazetteer/types';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
}, 60_000);

// Strings in which no finder may see a place.
const NO_PLACE = [
  'May I have a word with you?',
  'Will Smith starred in the film.',
  'Reading is fun for children.',
  'Nice to meet you, she said.',
  'Split decisions are rare in boxing.',
  'Mr Pompeo said so on Tuesday.',
  'Jordan Peterson wrote another book.',
  'Chad Johnson caught the ball.',
  'Police said the man was arrested after a chase.',
  'He met Georgia Stevens and her father, Cory Stevens, at the rink.',
  'In March the rules change again.',
  'City officials met on Monday.',
  'University staff went on strike.',
  'Hope springs eternal, the coach said.',
  'the quick brown fox jumps over the lazy dog in the park',
  'Ms Victoria Beckham launched a new line.',
  'Sen. Lincoln Chafee spoke first.',
  'Dr. Chester rode on ahead, and Mr. Lincoln followed.',
  'Letters from Anna K. Richmond reached us.',
  'President Obama spoke to reporters.',
  'Brown said the bill would pass, and Taylor agreed.',
  'Mobile apps now dominate, analysts say.',
  'The Washington Post and the New York Times ran the story.',
  'Xinhua reported the figures late on Thursday.',
  'Hydro officials said the dam would flood three farms.',
  'Both are former Soviet republics.',
  'European and Asian markets fell.',
  '',
];

describe('findPlaces negative cases', () => {
  it.each(NO_PLACE.filter((t) => t !== ''))('finds no place in %j', (text) => {
    const finds = findPlaces(parseArticle(text, { date: '2020-06-01' }), gazetteer);
    expect(finds.map((f) => `${f.text} -> ${f.entry.id} (${f.rule})`)).toEqual([]);
  });

  it('finds no place in lower-case text that spells place names ("china", "turkey", "paris")', () => {
    const text = 'we ate turkey off fine china and bought plaster of paris in reading rooms';
    expect(findPlaces(parseArticle(text, { date: '2020-06-01' }), gazetteer)).toEqual([]);
  });
});

describe('findPlaces on names it does not know', () => {
  it("takes no part of a longer unknown name for a place (\"Van Diemen's Land\", \"the Osprey (Keel) Islands\", \"Battle Harbor\")", () => {
    const text = "They sailed from Sydney to Van Diemen's Land, then to the Osprey (Keel) Islands, Battle Harbor and Mauritius.";
    const finds = findPlaces(parseArticle(text, { date: '2020-06-01' }), gazetteer).map((f) => f.text);
    expect(finds).toContain('Mauritius');
    expect(finds.filter((t) => ['Van', 'Islands', 'Battle'].includes(t))).toEqual([]);
  });
});

describe('findPlaces on a place on a country\'s edge', () => {
  const texts = (text: string): string[] => findPlaces(parseArticle(`date 1909-09-10 ${text}`), gazetteer).map((f) => f.text);

  it('drops a name none of whose readings lies in the country whose coast the text puts it on ("Etah, on the Greenland coast")', () => {
    expect(texts('At Etah, on the Greenland coast, the ship took aboard dogs.')).toEqual(['Greenland']);
  });

  it('keeps the reading that lies there ("Mombasa, on the Kenya coast"), and reads no border as an edge (a place on it may lie across it)', () => {
    expect(texts('The ship called at Mombasa, on the Kenya coast.')).toContain('Mombasa');
    expect(texts('The convoy waited at Vigo, on the Portugal border.')).toContain('Vigo');
  });
});

describe('findPlaces on a demonym heading a feature\'s name', () => {
  const texts = (text: string): string[] => findPlaces(parseArticle(`date 1909-09-10 ${text}`), gazetteer).map((f) => f.text);

  it('reads no country in a demonym that heads a feature\'s name it does not know ("Indian Harbor", "French Creek")', () => {
    expect(texts('The steamer came into Indian Harbor and then French Creek.')).toEqual([]);
  });

  it('still reads the country in an institution named after it ("the Canadian Coast Guard said")', () => {
    expect(texts('The Canadian Coast Guard said the crew was safe.')).toEqual(['Canadian']);
  });
});

describe('findPlaces on a public space named after someone', () => {
  const texts = (text: string): string[] => findPlaces(parseArticle(`date 2021-06-10 ${text}`), gazetteer).map((f) => f.text);

  it('reads no town in a town\'s name and a surname before a space\'s noun ("Mason Grant Plaza")', () => {
    expect(texts('The rally at Mason Grant Plaza was moved to a hall nearby.')).toEqual([]);
  });

  it('still reads the town in its own space or institution, and a big city or capital in any ("Springfield Memorial Stadium", "Austin Park", "Tokyo Olympic Stadium")', () => {
    expect(texts('The game at Springfield Memorial Stadium was sold out, as was the concert in Austin Park.')).toEqual(['Springfield', 'Austin']);
    expect(texts('The final was played at Tokyo Olympic Stadium.')).toEqual(['Tokyo']);
  });
});

describe('findPlaces on datelines', () => {
  it('reads a dateline as the city, not the province named after it ("ISMAILIA, Egypt")', () => {
    const finds = findPlaces(parseArticle('date 2021-03-30 ISMAILIA, Egypt • Ships moved again.'), gazetteer);
    const ismailia = finds.find((f) => f.text === 'ISMAILIA');
    expect(ismailia?.entry.kind).toBe('city');
    expect(ismailia?.candidates.length).toBeGreaterThan(1);
  });

  it('reads "Labrador" after a dateline town as the Canadian region, not the Queensland suburb', () => {
    const labrador = findPlaces(parseArticle('date 1931-06-03 NAIN, Labrador, June 2 — The schooner came in today.'), gazetteer).find((f) => f.text === 'Labrador');
    expect(labrador?.entry.countryCode).toBe('CA');
  });

  it('reads a dateline with no famous reading in the country and states the body names ("ST. LOUIS" over a story of Missouri)', () => {
    const text = 'date 2006-09-23 ST. LOUIS, Sept. 23 — The boats came down the river from Missouri and Illinois to a crowd on the bank.';
    const dateline = findPlaces(parseArticle(text), gazetteer).find((f) => f.text === 'ST. LOUIS');
    expect(dateline?.entry.countryCode).toBe('US');
    expect(dateline?.entry.admin1).toBe('MO');
  });

  it('keeps a famous dateline city whatever other countries the body names ("PERTH" over a story of Scotland)', () => {
    const text = 'date 2024-05-01 PERTH — Ministers from Scotland and England met at the harbour today.';
    const dateline = findPlaces(parseArticle(text), gazetteer).find((f) => f.text === 'PERTH');
    expect(dateline?.entry.countryCode).toBe('AU');
  });
});

describe('findPlaces on first names that are places', () => {
  const texts = (text: string): string[] => findPlaces(parseArticle(`date 2024-05-01 ${text}`), gazetteer).map((f) => f.text);

  it('reads a place name before a surname as a first name where the text says it is someone (an age, where they live, speech)', () => {
    expect(texts('Neighbours said the 70-year-old Geneva Marion, of Leeds, kept bees.')).toEqual(['Leeds']);
    expect(texts('Florence Hart, of Leeds, was walking home.')).toEqual(['Leeds']);
    expect(texts('Austin Reed said the road to Leeds was closed.')).toEqual(['Leeds']);
  });

  it('keeps the place where nothing says it is someone, or "the" makes it an institution ("the Macon Clarion said")', () => {
    expect(texts('The minister spoke in Paris Tuesday, officials said.')).toContain('Paris');
    expect(texts('Officials met in Macon on Monday. Costs rose, the Macon Clarion said.')).toContain('Macon');
  });
});
