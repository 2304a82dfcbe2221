import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openInputFile, type OpenStage } from '../../src/author/openInputFile';

const file = (name: string, text: string): File => new File([text], name);

/** Opens `f` and keeps every stage it reported. */
async function open(f: File, published = '2024-05-06') {
  const stages: OpenStage[] = [];
  const outcome = await openInputFile(f, published, 'en', (s) => stages.push(s));
  return { outcome, stages };
}

describe('openInputFile (what the import worker runs)', () => {
  it('reads an HTML page to its text with no DOM, and refuses one nested past the limit with its depth', async () => {
    expect((await open(file('a.html', '<p>date 2020-02-03</p><script>x()</script><p>Pompeo <b>visited</b> Tashkent.</p>'))).outcome).toEqual({ kind: 'article', text: 'date 2020-02-03\n\nPompeo visited Tashkent.' });
    const deep = (await open(file('deep.html', `${'<div>'.repeat(3_000)}x`))).outcome;
    expect(deep).toEqual({ kind: 'error', title: '"deep.html" nests its elements 3,000 deep; Dateline reads pages up to 1,000 deep. Copy the article\'s text from the page and paste it instead.', errors: [] });
  });

  it('imports a TimelineJS file, reporting the parse, the slides and the check, and says what it was read as', async () => {
    const { outcome, stages } = await open(file('apollo.json', readFileSync('tests/fixtures/formats/apollo11.timeline.json', 'utf8')));
    expect(stages.map((s) => s.stage)).toEqual(['reading', 'parsing', 'items', 'checking']);
    expect(stages[2]).toMatchObject({ noun: 'slides', done: 0 });
    if (outcome.kind !== 'story') throw new Error(outcome.kind);
    expect(outcome.notes[0]).toBe('Opened as timelinejs.');
  });

  it('refuses a spreadsheet past the row limit without reading the rest, saying the limit', async () => {
    const rows = ['Year,Month,Day,Headline'];
    for (let i = 0; i < 150_000; i++) rows.push(`2020,1,2,Row ${i}`);
    expect((await open(file('big.csv', rows.join('\n')))).outcome).toEqual({ kind: 'error', title: '"big.csv" could not be opened:', errors: ['The spreadsheet has more than 100,000 rows; the limit is 100,000.'] });
  });

  it('names a Dateline story that does not validate as such, and refuses what no importer knows', async () => {
    const bad = (await open(file('bad.story.json', '{"format":"dateline/1","meta":{}}'))).outcome;
    expect(bad.kind === 'error' && bad.title).toBe('"bad.story.json" is not a valid Dateline story:');
    const other = (await open(file('other.json', '{"hello":"world"}'))).outcome;
    expect(other.kind === 'error' && other.title).toBe('"other.json" could not be opened:');
  });

  it('opens a GeoJSON LineString alone as a route', async () => {
    const { outcome } = await open(file('track.geojson', JSON.stringify({ type: 'LineString', coordinates: [[2.35, 48.86], [4.84, 45.76]] })));
    expect(outcome.kind === 'story' && outcome.story.routes.length).toBe(1);
  });
});
