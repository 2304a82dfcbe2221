import { STORY_FORMAT } from '../story/schema';
import type { Group, Place, Span, Story } from '../story/types';

/** One article to merge: the id its ids get prefixed with (and its group id), and its story. */
export interface CollectionPart {
  readonly id: string;
  readonly story: Story;
}

/** What separates two articles in the merged text. */
export const ARTICLE_SEPARATOR = '\n\n* * *\n\n';

const shift = <T extends { start: number; end: number }>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });
const shiftAll = (spans: readonly Span[], by: number): Span[] => spans.map((s) => shift(s, by));

/**
 * Merges several stories into one collection: each article becomes a group (`groups`, and
 * `group` on its events), its text is appended to `meta.text` after {@link ARTICLE_SEPARATOR}
 * with every span shifted to match, its ids get the prefix `<id>:`, and places with the same
 * gazetteer id become one place (their mentions joined).
 */
export function mergeStories(parts: readonly CollectionPart[], title = `All stories (${parts.length})`): Story {
  const places: Place[] = [];
  const placeByGazetteer = new Map<string, Place>();
  const groups: Group[] = [];
  const merged: Pick<Story, 'events' | 'routes' | 'times'> = { events: [], routes: [], times: [] };
  let text = '';
  let published = '';
  for (const { id, story } of parts) {
    if (text !== '') text += ARTICLE_SEPARATOR;
    const by = text.length;
    text += story.meta.text;
    if (story.meta.published > published) published = story.meta.published;
    groups.push({ id, title: story.meta.title, published: story.meta.published });
    const pre = (x: string): string => `${id}:${x}`;
    const placeId = new Map<string, string>();
    for (const p of story.places) {
      const same = p.gazetteerId !== undefined ? placeByGazetteer.get(p.gazetteerId) : undefined;
      if (same) {
        placeId.set(p.id, same.id);
        same.mentions.push(...shiftAll(p.mentions, by));
        continue;
      }
      const copy: Place = { ...p, id: pre(p.id), mentions: shiftAll(p.mentions, by) };
      placeId.set(p.id, copy.id);
      if (p.gazetteerId !== undefined) placeByGazetteer.set(p.gazetteerId, copy);
      places.push(copy);
    }
    const place = (x: string): string => placeId.get(x) ?? pre(x);
    for (const e of story.events) {
      merged.events.push({
        ...e,
        id: pre(e.id),
        group: id,
        spans: shiftAll(e.spans, by),
        placeIds: e.placeIds.map(place),
        ...(e.timeIds ? { timeIds: e.timeIds.map(pre) } : {}),
      });
    }
    for (const r of story.routes) {
      merged.routes.push({
        ...r,
        id: pre(r.id),
        title: `${r.title ?? r.traveller} (${story.meta.title})`,
        spans: shiftAll(r.spans, by),
        stops: r.stops.map((s) => ({
          ...s,
          placeId: place(s.placeId),
          ...(s.within !== undefined ? { within: place(s.within) } : {}),
          ...(s.eventId !== undefined ? { eventId: pre(s.eventId) } : {}),
          spans: shiftAll(s.spans, by),
        })),
      });
    }
    for (const t of story.times) merged.times.push({ ...shift(t, by), id: pre(t.id) });
  }
  return {
    format: STORY_FORMAT,
    meta: { title, published: published || '1970-01-01', language: parts[0]?.story.meta.language ?? 'en', text },
    places,
    ...merged,
    groups,
  };
}
