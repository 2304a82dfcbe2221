import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteerTable } from '../../geo/buildGazetteerTable';
import { serializeIndex } from '../../geo/serializeIndex';
import { serializeTable } from '../../geo/serializeTable';
import { GAZETTEER_PLACES } from '../../src/author/createProgressView';
import { buildGazetteerIndex } from '../../src/gazetteer/buildGazetteerIndex';
import { isGazetteerTable } from '../../src/gazetteer/isGazetteerTable';
import { tableSha1 } from '../../src/gazetteer/tableSha1';

const committed = (name: string): string => readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8');

describe('the committed gazetteer table', () => {
  it('is exactly what `npm run geo:build` builds from the installed packages and geo/curated.ts', () => {
    const text = committed('gazetteer.json');
    const built = serializeTable(buildGazetteerTable());
    // Compare sizes first so a mismatch does not print ten megabytes.
    expect(built.length).toBe(text.length);
    expect(built === text).toBe(true);
  }, 120_000);

  it('has about as many places as the authoring view says it loads (within 5%)', () => {
    const table = JSON.parse(committed('gazetteer.json')) as { rows: unknown[] };
    expect(Math.abs(table.rows.length - GAZETTEER_PLACES) / table.rows.length).toBeLessThan(0.05);
  });

  it('has beside it the index `npm run geo:build` writes for it, naming it by sha1 (Node reads that index instead of indexing at load)', () => {
    const text = committed('gazetteer.json');
    const table: unknown = JSON.parse(text);
    if (!isGazetteerTable(table)) throw new Error('geo/gazetteer.json is not a gazetteer table');
    const built = serializeIndex(buildGazetteerIndex(table), { rows: table.rows.length, sha1: tableSha1(text) });
    const index = committed('gazetteer-index.txt');
    expect(built.length).toBe(index.length);
    expect(built === index).toBe(true);
  }, 120_000);
});
