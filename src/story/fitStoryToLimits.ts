import { clampToLimits } from './clampToLimits';
import { checkStoryLimits, STORY_LIMITS } from './storyLimits';
import type { Span, Story } from './types';
import { utf8Length } from './utf8Length';

/** A story within every story limit, and notes saying what was left out to get there (none when nothing was). */
export interface FittedStory {
  story: Story;
  notes: string[];
  /** Where in the article the story stops, when it had to be cut (a character offset into `meta.text`). */
  cutAt?: number;
}

const count = (n: number): string => n.toLocaleString('en');
// Where a thing sits in the article: its first span. One without spans is always kept.
const firstStart = (spans: readonly Span[]): number => spans[0]?.start ?? -1;
const mentionsStart = (p: Story['places'][number]): number => firstStart(p.mentions);

/** The `max + 1`-th smallest position: cutting the article there keeps at most `max` of these items. */
function cutToKeep(positions: number[], max: number): number {
  if (positions.length <= max) return Infinity;
  const sorted = Float64Array.from(positions).sort();
  return Math.max(0, sorted[max] ?? Infinity);
}

/** The story made only of what the article says before character `cut`: references to what is gone are dropped. */
function storyBefore(story: Story, cut: number): Story {
  if (cut === Infinity) return story;
  const before = (spans: readonly Span[]): boolean => firstStart(spans) < cut;
  const places = story.places.filter((p) => mentionsStart(p) < cut).map((p) => ({ ...p, mentions: p.mentions.filter((m) => m.start < cut) }));
  const placeIds = new Set(places.map((p) => p.id));
  const times = story.times.filter((t) => t.start < cut);
  const timeIds = new Set(times.map((t) => t.id));
  const events = story.events
    .filter((e) => before(e.spans))
    .map((e) => {
      const kept = { ...e, placeIds: e.placeIds.filter((id) => placeIds.has(id)) };
      if (e.timeIds) kept.timeIds = e.timeIds.filter((id) => timeIds.has(id));
      return kept;
    });
  const eventIds = new Set(events.map((e) => e.id));
  const routes = story.routes
    .map((r) => {
      const stops = r.stops
        .filter((s) => before(s.spans) && placeIds.has(s.placeId))
        .map((s) => {
          if (s.eventId === undefined || eventIds.has(s.eventId)) return s;
          const { eventId: _gone, ...rest } = s;
          return rest;
        });
      const route = { ...r, stops, spans: r.spans.filter((s) => s.start < cut) };
      if (r.skipped) {
        route.skipped = r.skipped
          .filter((k) => before(k.spans))
          .map((k) => {
            if (k.placeId === undefined || placeIds.has(k.placeId)) return k;
            const { placeId: _gone, ...rest } = k;
            return rest;
          });
      }
      return route;
    })
    .filter((r) => r.stops.length > 0);
  const meta = { ...story.meta };
  if (meta.dateline?.placeId !== undefined && !placeIds.has(meta.dateline.placeId)) {
    const { placeId: _gone, ...dateline } = meta.dateline;
    meta.dateline = dateline;
  }
  return { ...story, meta, places, events, routes, times };
}

/** Where to cut so that no list is longer than its limit, and the limit that decided it. */
function cutForCounts(story: Story): { cut: number; why: string } {
  let cut = Infinity;
  let why = '';
  const consider = (positions: number[], max: number, noun: string): void => {
    const at = cutToKeep(positions, max);
    if (at < cut) [cut, why] = [at, `a story holds at most ${count(max)} ${noun}`];
  };
  consider(story.places.map(mentionsStart), STORY_LIMITS.places, 'places');
  consider(story.events.map((e) => firstStart(e.spans)), STORY_LIMITS.events, 'events');
  consider(story.times.map((t) => t.start), STORY_LIMITS.times, 'times');
  consider(story.routes.map((r) => firstStart(r.stops[0]?.spans ?? r.spans)), STORY_LIMITS.routes, 'routes');
  for (const p of story.places) consider(p.mentions.map((m) => m.start), STORY_LIMITS.listItems, 'mentions of one place');
  for (const r of story.routes) consider(r.stops.map((s) => firstStart(s.spans)), STORY_LIMITS.stops, 'stops in one route');
  return { cut, why };
}

/** The UTF-8 size of `value` as JSON indented by two spaces (as the CLI and the export panel write it), nested `depth` levels deep. */
function jsonBytes(value: unknown, depth = 0): number {
  const json = JSON.stringify(value, null, 2);
  if (depth === 0) return utf8Length(json);
  let lines = 1;
  for (let i = json.indexOf('\n'); i !== -1; i = json.indexOf('\n', i + 1)) lines++;
  return utf8Length(json) + lines * depth * 2;
}

/** Whether the story's JSON, indented as it is written, fits in `budget` bytes; the slow exact count only when it could matter. */
function storyFits(story: Story, budget: number): boolean {
  // A UTF-16 unit is at most 3 bytes, and indentation at most quadruples a story (a span nested six levels deep is mostly spaces).
  const json = JSON.stringify(story);
  if (json.length * 3 * 4 <= budget) return true;
  if (utf8Length(json) * 4 <= budget) return true;
  return jsonBytes(story) <= budget;
}

/**
 * Where to cut so the story's JSON fits in STORY_LIMITS.bytes: every positioned item's size is
 * counted once and added in article order onto what stays whatever the cut (the text, the places).
 */
function cutForBytes(story: Story, budget: number): number {
  const items: [number, number][] = [];
  // Each item with its comma and line break, at its depth: places[i].mentions[j] is 3 deep.
  const add = (position: number, value: unknown, depth: number): void => void items.push([position, jsonBytes(value, depth) + 2]);
  for (const p of story.places) for (const m of p.mentions) add(m.start, m, 3);
  for (const t of story.times) add(t.start, t, 2);
  for (const e of story.events) add(firstStart(e.spans), e, 2);
  for (const r of story.routes) {
    for (const s of r.stops) add(firstStart(s.spans), s, 3);
    for (const s of r.spans) add(s.start, s, 3);
    for (const k of r.skipped ?? []) add(firstStart(k.spans), k, 3);
  }
  const bare = {
    ...story,
    places: story.places.map((p) => ({ ...p, mentions: [] })),
    events: [],
    times: [],
    routes: story.routes.map((r) => ({ ...r, stops: [], spans: [], skipped: [] })),
  };
  let used = jsonBytes(bare);
  items.sort((a, b) => a[0] - b[0]);
  for (const [position, size] of items) {
    used += size;
    if (used > budget) return Math.max(0, position);
  }
  return Infinity;
}

/**
 * Fits an extracted story within STORY_LIMITS, so the extractor never hands out a story its own
 * validator refuses. A story that would be too big keeps the whole article text but only what the
 * article says before a cut: one place in the text, so what is kept reads as a whole (every event,
 * place, time and stop up to there) and the note can say where the story stops. Strings past their
 * limit are shortened with an ellipsis.
 */
export function fitStoryToLimits(story: Story): FittedStory {
  const notes: string[] = [];
  const byCount = cutForCounts(story);
  let cut = byCount.cut;
  let why = byCount.why;
  let fitted = storyBefore(story, cut);
  // After the cut only a string (or a list inside an item) can still be past its limit.
  if (checkStoryLimits(fitted).length > 0) {
    const clamped = clampToLimits(fitted);
    fitted = clamped.value;
    if (clamped.shortened > 0) notes.push(`${count(clamped.shortened)} ${clamped.shortened === 1 ? 'text or list was' : 'texts or lists were'} shortened to the story limits.`);
  }
  const budget = STORY_LIMITS.bytes - 1024;
  for (let tries = 0; !storyFits(fitted, budget) && tries < 8; tries++) {
    // The sizes counted item by item are an estimate: should it miss, cut a tenth more each time.
    let byBytes = tries === 0 ? cutForBytes(fitted, budget) : Infinity;
    if (byBytes >= cut) byBytes = Math.floor(Math.min(cut, story.meta.text.length) * 0.9);
    [cut, why] = [byBytes, `a story file is at most ${count(STORY_LIMITS.bytes / 1024 / 1024)} MB`];
    fitted = storyBefore(fitted, cut);
  }
  if (cut !== Infinity) {
    const left = (a: readonly unknown[], b: readonly unknown[], noun: string): string => `${count(a.length - b.length)} ${noun}${a.length - b.length === 1 ? '' : 's'}`;
    notes.unshift(
      `The article is too long for one story (${why}): the story covers its first ${count(cut)} of ${count(story.meta.text.length)} characters; ` +
        `${left(story.events, fitted.events, 'event')}, ${left(story.places, fitted.places, 'place')} and ${left(story.times, fitted.times, 'time')} after that are left out.`,
    );
  }
  return cut === Infinity ? { story: fitted, notes } : { story: fitted, notes, cutAt: cut };
}
