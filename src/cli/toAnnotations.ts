import type { Story } from '../story/types';

/** Flat spans for researchers and other tools: every place and time mention with its resolution. */
export interface Annotations {
  id: string;
  places: { start: number; end: number; text: string; name: string; lat: number; lon: number; gazetteerId?: string }[];
  times: { start: number; end: number; text: string; type: string; value: string }[];
}

/** Turns a story into the `--format annotations` record. */
export function toAnnotations(id: string, story: Story): Annotations {
  const places = story.places
    .flatMap((p) =>
      p.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        ...(p.gazetteerId ? { gazetteerId: p.gazetteerId } : {}),
      })),
    )
    .sort((a, b) => a.start - b.start);
  const times = story.times.map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
  return { id, places, times };
}
