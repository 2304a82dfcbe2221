import type { Story, StoryEvent } from '../story/types';

/** A run of sentence text; `mark` says whether it names a place or a time. */
export interface Segment {
  readonly text: string;
  readonly mark: 'place' | 'time' | null;
}

/** One highlighted range of the article: its span and what it names. */
interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly mark: 'place' | 'time';
}

/** The source text of an event: its spans joined (ordered, overlaps merged) as `[start, end)` ranges. */
export function eventRanges(event: StoryEvent): Array<[number, number]> {
  const spans = [...event.spans].sort((a, b) => a.start - b.start);
  const out: Array<[number, number]> = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last[1]) last[1] = Math.max(last[1], s.end);
    else out.push([s.start, s.end]);
  }
  return out;
}

/**
 * Splits the article text from `start` to `end` into plain runs and highlighted runs: every
 * place mention and time mention inside it. Where a place and a time overlap, the earlier
 * highlight wins and the later one is clipped, so no character is shown twice.
 */
export function narrationSegments(story: Pick<Story, 'places' | 'times' | 'meta'>, start: number, end: number): Segment[] {
  const text = story.meta.text;
  const highlights: Highlight[] = [
    ...story.places.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, mark: 'place' as const }))),
    ...story.times.map((t) => ({ start: t.start, end: t.end, mark: 'time' as const })),
  ]
    .filter((h) => h.end > start && h.start < end && h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = start;
  for (const h of highlights) {
    const s = Math.max(h.start, at);
    const e = Math.min(h.end, end);
    if (e <= s) continue;
    if (s > at) segments.push({ text: text.slice(at, s), mark: null });
    segments.push({ text: text.slice(s, e), mark: h.mark });
    at = e;
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: null });
  return segments;
}
