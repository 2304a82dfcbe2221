import { STORY_FORMAT } from '../../src/story/schema';
import type { Place, Story, StoryEvent, When } from '../../src/story/types';

/** What {@link generateStory} makes: how many events and places, and the seed of its random numbers. */
export interface GenerateOptions {
  readonly events: number;
  readonly places: number;
  readonly seed?: number;
  /** Stops of the one route (default 40). */
  readonly stops?: number;
  /** When given, every event gets a summary this long (to make a story of a given size in bytes). */
  readonly summaryChars?: number;
}

/** A small deterministic random source (mulberry32), so a bench story is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['travel', 'visit', 'meeting', 'statement', 'incident'] as const;
const DAY = 86_400_000;
const SENTENCES = 200;

/**
 * A valid story of `events` events over `places` places spread across a year (2020): instants,
 * day bands, only-bounded dates and about 1% undated background, one route; for benchmarks and
 * the browser test of a big story. Event spans point into a short generated article text.
 */
export function generateStory(options: GenerateOptions): Story {
  const rand = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const lines: string[] = [];
  const spans: Array<{ start: number; end: number; text: string }> = [];
  let at = 0;
  for (let i = 0; i < SENTENCES; i++) {
    const line = `Something happened (${i + 1}).`;
    spans.push({ start: at, end: at + line.length, text: line });
    lines.push(line);
    at += line.length + 1;
  }
  const places: Place[] = [];
  for (let i = 0; i < options.places; i++) {
    const city = i >= 20;
    places.push({
      id: `p${i}`,
      name: city ? `City ${i}` : `Region ${i}`,
      kind: city ? 'city' : 'region',
      lat: Math.round((rand() * 120 - 55) * 1e4) / 1e4,
      lon: Math.round((rand() * 340 - 170) * 1e4) / 1e4,
      gazetteerId: `bench:${i}`,
      mentions: [],
      confidence: 0.9,
    });
  }
  const start = Date.UTC(2020, 0, 1);
  const iso = (t: number, withTime: boolean): string => new Date(t).toISOString().slice(0, withTime ? 16 : 10);
  const events: StoryEvent[] = [];
  for (let i = 0; i < options.events; i++) {
    const t = start + Math.floor(rand() * 365 * DAY);
    const r = rand();
    let when: When | undefined;
    if (r < 0.01) when = undefined;
    else if (r < 0.5) when = { start: iso(t, true), precision: 'hour' };
    else if (r < 0.85) when = { start: iso(t, false), precision: 'day' };
    else if (r < 0.9) when = { start: iso(t, false), end: iso(t + (2 + Math.floor(rand() * 20)) * DAY, false) };
    else if (r < 0.95) when = { after: iso(t, false) };
    else when = { before: iso(t, false) };
    const span = pick(spans);
    const placeIds = options.places === 0 ? [] : rand() < 0.1 ? [`p${Math.floor(rand() * options.places)}`, `p${Math.floor(rand() * options.places)}`] : [`p${Math.floor(rand() * options.places)}`];
    const event: StoryEvent = {
      id: `e${i}`,
      title: `Event ${i + 1}`,
      spans: [span],
      kind: when ? pick(KINDS) : 'background',
      placeIds: [...new Set(placeIds)],
      actors: [],
      confidence: 0.8,
    };
    if (when) event.when = when;
    if (options.summaryChars !== undefined) event.summary = `Summary of event ${i + 1}. `.padEnd(options.summaryChars, 'x');
    events.push(event);
  }
  const stopCount = Math.min(options.stops ?? 40, options.places);
  const stops = Array.from({ length: stopCount }, (_, i) => ({
    placeId: `p${20 + ((i * 37) % Math.max(1, options.places - 20))}`,
    sequence: i,
    when: { start: iso(start + i * 9 * DAY, false), precision: 'day' as const },
    spans: [],
  }));
  return {
    format: STORY_FORMAT,
    meta: { title: `Generated story: ${options.events.toLocaleString('en')} events, ${options.places.toLocaleString('en')} places`, published: '2021-01-01', language: 'en', text: lines.join('\n') },
    places,
    events,
    routes: stopCount > 1 ? [{ id: 'r1', traveller: 'The traveller', title: 'The long tour', stops, spans: [] }] : [],
    times: [],
  };
}
