import { describe, expect, it } from 'vitest';
import { importStory } from '../../src/formats/importStory';
import { TIMELINE_COLUMNS } from '../../src/formats/fromTimelineCsv';

/** Hostile strings: markup, script URLs, event handlers, SVG, direction overrides, a very long string. */
const PAYLOADS = [
  '<script>alert(1)</script>Real words',
  '<img src=x onerror="alert(1)">',
  '<svg><script>alert(1)</script><circle onload=alert(1) /></svg>',
  '<a href="javascript:alert(1)">click</a> and <a href="data:text/html,<script>alert(1)</script>">this</a>',
  '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>',
  '<!-- <script>alert(1)</script> -->text',
  '"><script>alert(1)</script>',
  '\u202Eevil\u202C \u2066isolate\u2069',
  `<b>${'A'.repeat(100_000)}</b>`,
];

/** Every string anywhere in `value`. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

function inert(text: string, name: string): void {
  const r = importStory(text, name, { published: '2020-02-03' });
  // Every one of these files is readable: the hostile strings must be imported as text, not refused.
  if (!r.ok) throw new Error(r.errors.join('; '));
  expect(r.story.events.length).toBeGreaterThan(0);
  for (const s of strings(r.story)) {
    expect(s).not.toMatch(/<\s*\/?\s*(script|img|svg|iframe|a|style|circle|b)\b/i);
    expect(s).not.toMatch(/\((javascript|data):/i);
    expect(s).not.toMatch(/onerror\s*=|onload\s*=/i);
    expect(s).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  }
  expect(JSON.stringify(r.story)).not.toContain('alert(1)</script>');
}

describe('importStory with hostile strings in every imported field', () => {
  for (const [i, p] of PAYLOADS.entries()) {
    const label = `payload ${i + 1} (${JSON.stringify(p.slice(0, 30))}${p.length > 30 ? '…' : ''})`;

    it(`TimelineJS JSON: ${label} comes out as plain text`, () => {
      const slide = (n: number) => ({ start_date: { year: 2020, month: 1, day: n }, text: { headline: p, text: p }, group: p, display_date: p, unique_id: p + n, location: { lat: 1, lon: 2, name: p }, media: { url: p, caption: p, credit: p } });
      inert(JSON.stringify({ title: { text: { headline: p, text: p } }, events: [slide(1), slide(2)], eras: [{ start_date: { year: 2020 }, end_date: { year: 2021 }, text: { headline: p } }] }), 'x.json');
    });

    it(`TimelineJS CSV: ${label} comes out as plain text`, () => {
      const q = `"${p.replace(/"/g, '""')}"`;
      const row = TIMELINE_COLUMNS.map((c) => (c === 'Year' ? '2020' : c === 'Month' ? '1' : c === 'Day' ? '2' : c === 'Type' ? '' : q)).join(',');
      const title = TIMELINE_COLUMNS.map((c) => (c === 'Type' ? 'title' : c === 'Headline' || c === 'Text' ? q : '')).join(',');
      inert([TIMELINE_COLUMNS.join(','), title, row, row].join('\n'), 'x.csv');
    });

    it(`StoryMapJS JSON: ${label} comes out as plain text`, () => {
      const slide = { date: p, text: { headline: p, text: p }, location: { lat: 10, lon: 20, name: p }, media: { url: p } };
      inert(JSON.stringify({ storymap: { language: p, slides: [{ type: 'overview', text: { headline: p, text: p } }, slide, { ...slide, location: { lat: 11, lon: 21, name: p } }] } }), 'x.json');
    });

    it(`GeoJSON: ${label} comes out as plain text`, () => {
      const props = { name: p, description: p, kind: p, time: p, title: p };
      inert(JSON.stringify({ type: 'FeatureCollection', name: p, features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [2, 48] }, properties: props },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[2, 48], [3, 49]] }, properties: { ...props, traveller: p, stops: [{ name: p }, { name: p }] } },
      ] }), 'x.geojson');
    });
  }

  it('keeps only http(s) links, as their address in brackets after the words', () => {
    const r = importStory(JSON.stringify({ events: [{ start_date: { year: 2020 }, text: { headline: 'a', text: '<a href="https://ok.example/x">ok</a> <a href="javascript:alert(1)">bad</a> <a href=" JAVASCRIPT:alert(1)">bad2</a>' } }] }), 'x.json', { published: '2020-01-01' });
    expect(r.ok && r.story.events[0]?.summary).toBe('ok (https://ok.example/x) bad bad2');
  });
});
