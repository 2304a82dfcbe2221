/**
 * The heavy files an author might open, built in code (never committed): each once froze the
 * authoring tab for seconds or minutes while it was read on the main thread.
 */

/** A 2.2 MB page of 200,000 nested `div`s around one sentence (Chromium's parser is quadratic past depth 512). */
export function nestedDivsHtml(depth = 200_000): string {
  return `<!doctype html><html><body>${'<div>'.repeat(depth)}PARIS • The minister said it yesterday.${'</div>'.repeat(depth)}</body></html>`;
}

/** A TimelineJS spreadsheet (CSV with the template's header row) of `rows` rows, about 20 bytes each. */
export function timelineCsv(rows = 1_000_000): string {
  const lines = ['Year,Month,Day,Headline'];
  for (let i = 0; i < rows; i++) lines.push(`2020,${(i % 12) + 1},${(i % 28) + 1},Event ${i}`);
  return lines.join('\n');
}

/** TimelineJS JSON with `events` dated slides, each with a headline and a line of HTML text. */
export function timelineJson(events = 99_000): string {
  const slides = [];
  for (let i = 0; i < events; i++) {
    slides.push({ start_date: { year: String(2000 + (i % 20)), month: String((i % 12) + 1), day: String((i % 28) + 1) }, text: { headline: `Event ${i}`, text: `<p>Something happened, number ${i}.</p>` } });
  }
  return JSON.stringify({ title: { text: { headline: 'A very long timeline', text: '' } }, events: slides });
}

/** A bare GeoJSON LineString of `points` positions: a GPS track wandering east from Lisbon. */
export function longLineString(points = 1_000_000): string {
  const coordinates: [number, number][] = [];
  for (let i = 0; i < points; i++) coordinates.push([Number((-9.14 + i * 0.0001).toFixed(5)), Number((38.72 + Math.sin(i / 1000) * 0.5).toFixed(5))]);
  return JSON.stringify({ type: 'LineString', coordinates });
}

/** A 5 MB article (the authoring page takes up to 6 million characters): one dated paragraph of our own, over and over. */
export function fiveMegabyteArticle(): string {
  const paragraph = 'The visiting minister met the president in Astana on Monday, and the two flew to Almaty the next day. Officials said talks would go on in Tashkent.\n\n';
  return `date 2020-02-03\n\n${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}`;
}
