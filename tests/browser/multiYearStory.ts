import { readFileSync } from 'node:fs';

/**
 * The sample story moved into 1903–1905: its dated events spread over three years, one a
 * season apart, published at the end of 1905; for tests of the axis on a story of several years.
 */
export function multiYearStory(): unknown {
  const story = JSON.parse(readFileSync('tests/fixtures/sample.story.json', 'utf8')) as {
    meta: { published: string };
    events: Array<{ when?: unknown }>;
    routes: Array<{ stops: Array<{ when?: unknown }> }>;
  };
  let i = 0;
  for (const e of story.events) {
    if (e.when === undefined) continue;
    const month = 1 + ((i * 4) % 12);
    e.when = { start: `${1903 + Math.floor((i * 4) / 12)}-${String(month).padStart(2, '0')}-03`, precision: 'day' };
    i++;
  }
  for (const r of story.routes) for (const s of r.stops) delete s.when;
  story.meta.published = '1905-12-01';
  return story;
}
