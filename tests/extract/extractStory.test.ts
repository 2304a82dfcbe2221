import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extract/extractStory';
import { loadGazetteer } from '../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../src/gazetteer/types';
import type { Story } from '../../src/story/types';
import { validateStory } from '../../src/story/validateStory';

const seedText = readFileSync(new URL('../../seeds/000_434d8e9a3390da3a.txt', import.meta.url), 'utf8');
let gazetteer: Gazetteer;
let story: Story;

beforeAll(async () => {
  gazetteer = await loadGazetteer();
  story = extractStory(seedText, { gazetteer });
});

const placeOf = (mention: string) => story.places.find((p) => p.mentions.some((m) => m.text === mention));

describe('extractStory on the seed article', () => {
  it('produces a story that passes validation', () => {
    const r = validateStory(story);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(story.meta.published).toBe('2020-02-03');
  });

  it.each([
    ['Nur-Sultan', [51.1694, 71.4491], 50],
    ['Beijing', [39.9042, 116.4074], 50],
    ['Wuhan', [30.5928, 114.3055], 50],
    ['Washington', [38.9072, -77.0369], 50],
    ['Xinjiang', [41.5, 85.5], 400],
    ['Kazakhstan', [48.0, 68.0], 400],
    ['China', [35.0, 103.0], 600],
    ['Uzbekistan', [41.4, 64.6], 400],
    ['Belarus', [53.7, 27.9], 400],
    ['Ukraine', [49.0, 31.4], 400],
    ['Britain', [54.0, -2.5], 400],
    ['Russia', [61.5, 98.0], 1500],
  ] as const)('places "%s" near its real position', (mention, latLng, km) => {
    expect(placeOf(mention)).toBeNearLatLng([latLng[0], latLng[1]], km);
  });

  it('reads "the Kazakh border" and "ethnic Kazakhs" as mentions of Kazakhstan and "the US" as the United States', () => {
    const kz = placeOf('Kazakhstan');
    expect(kz?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Kazakh']));
    expect(placeOf('US')?.countryCode).toBe('US');
  });

  it('reads "the Central Asian nation" as Kazakhstan', () => {
    const i = seedText.indexOf('Central Asian nation');
    const hit = story.places.find((p) => p.mentions.some((m) => m.start <= i && m.end >= i + 'Central Asian'.length));
    expect(hit?.countryCode).toBe('KZ');
  });

  it('shows Nur-Sultan with the name it has held since 2022', () => {
    expect(placeOf('Nur-Sultan')?.displayName).toMatch(/Astana/);
  });

  it('resolves "yesterday" to 2020-02-02 and "late yesterday" to the evening of 2020-02-02', () => {
    const y = story.times.find((t) => t.text === 'yesterday');
    const late = story.times.find((t) => t.text === 'late yesterday');
    expect(y?.value).toBe('2020-02-02');
    expect(late?.value).toBe('2020-02-02TEV');
  });

  it('draws the tour in the order the text supports: Britain first, Belarus and Ukraine unordered, Nur-Sultan in Kazakhstan, Uzbekistan last', () => {
    expect(story.routes).toHaveLength(1);
    const route = story.routes[0]!;
    expect(route.traveller).toBe('Mike Pompeo');
    const seq = (id: string | undefined) => route.stops.find((s) => s.placeId === id || s.within === id)?.sequence;
    const britain = seq(placeOf('Britain')?.id);
    const belarus = seq(placeOf('Belarus')?.id);
    const ukraine = seq(placeOf('Ukraine')?.id);
    const kazakhstan = seq(placeOf('Kazakhstan')?.id);
    const uzbekistan = seq(placeOf('Uzbekistan')?.id);
    expect(britain).toBe(0);
    expect(belarus).toBe(ukraine);
    expect(belarus).toBeGreaterThan(britain!);
    expect(kazakhstan).toBeGreaterThan(belarus!);
    expect(uzbekistan).toBeGreaterThan(kazakhstan!);
    expect(route.stops.at(-1)?.placeId).toBe(placeOf('Uzbekistan')?.id);
    const kzStop = route.stops.find((s) => s.sequence === kazakhstan);
    expect(kzStop?.placeId).toBe(placeOf('Nur-Sultan')?.id);
    expect(kzStop?.when?.start).toBe('2020-02-02');
    expect(route.stops.at(-1)?.when?.start).toBe('2020-02-02T18:00');
  });

  it('makes the detention campaign background with no invented date', () => {
    const camps = story.events.find((e) => e.spans[0]?.text.includes('the camps provide vocational training'));
    expect(camps?.kind).toBe('background');
    expect(camps?.when).toBeUndefined();
  });

  it('does not put the Washington of "join Washington in pressing Beijing" anywhere but the US capital', () => {
    expect(placeOf('Washington')?.countryCode).toBe('US');
  });
});

describe('extractStory on the Amundsen seed', () => {
  it('draws the expedition in order, through Funchal to the South Pole and back to Framheim, and places "the pole" at the South Pole', () => {
    const amundsen = extractStory(readFileSync(new URL('../../seeds/001_amundsen_hobart.txt', import.meta.url), 'utf8'), { gazetteer });
    const name = (id: string): string => amundsen.places.find((p) => p.id === id)?.name ?? id;
    const route = amundsen.routes.find((r) => r.traveller === 'Roald Amundsen');
    const stops = (route?.stops ?? []).map((s) => name(s.placeId));
    expect(stops.indexOf('Funchal')).toBeLessThan(stops.indexOf('South Pole'));
    // Framheim is where they wintered before the pole and where they came back to after it.
    expect(stops.indexOf('Framheim')).toBeLessThan(stops.indexOf('South Pole'));
    expect(stops.indexOf('South Pole')).toBeLessThan(stops.lastIndexOf('Framheim'));
    expect(stops.lastIndexOf('Framheim')).toBeLessThan(stops.indexOf('Hobart'));
    expect(stops.at(-1)).toBe('Buenos Aires');
    const flag = amundsen.events.find((e) => e.spans[0]?.text.includes('planted the Norwegian flag at the pole'));
    expect(flag?.placeIds.map(name)).toContain('South Pole');
    expect(flag?.placeIds.map(name)).not.toContain('Norway');
  });
});

describe('extractStory on other text', () => {
  it('makes an empty but valid story from an article that names no place or time', () => {
    const s = extractStory('The committee discussed the budget and adjourned.', { gazetteer, date: '2021-03-04' });
    expect(validateStory(s).ok).toBe(true);
    expect(s.places).toEqual([]);
    expect(s.routes).toEqual([]);
  });

  it('takes a pasted page\'s headline as the title, keeps its places as mentions, and makes no event of it', () => {
    const text = 'Storm floods Lisbon harbour\nBy Rita Gomes\nPublished 2 March 2022\n\nLISBON, Portugal — Waves flooded the harbour on Tuesday, and ferries to Barreiro stopped.';
    const s = extractStory(text, { gazetteer });
    expect(s.meta.title).toBe('Storm floods Lisbon harbour');
    expect(s.meta.published).toBe('2022-03-02');
    const lisbon = s.places.find((p) => p.name === 'Lisbon');
    expect(lisbon?.mentions.some((m) => m.start < text.indexOf('\n'))).toBe(true);
    expect(s.events.map((e) => e.spans[0]?.text ?? '')).not.toContain('Storm floods Lisbon harbour');
    expect(s.events.every((e) => (e.spans[0]?.start ?? 0) > text.indexOf('LISBON'))).toBe(true);
  });

  it('treats markup in an article as text', () => {
    const s = extractStory('<img src=x onerror=alert(1)> Officials in Paris met on Monday.', { gazetteer, date: '2021-03-04' });
    expect(s.meta.text.startsWith('<img')).toBe(true);
    expect(validateStory(s).ok).toBe(true);
  });
});
