import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteerTable } from '../../geo/buildGazetteerTable';
import { serializeTable } from '../../geo/serializeTable';
import { GAZETTEER_PLACES } from '../../src/author/createProgressView';

describe('the committed gazetteer table', () => {
  it('is exactly what `npm run geo:build` builds from the installed packages and geo/curated.ts', () => {
    const committed = readFileSync(new URL('../../geo/gazetteer.json', import.meta.url), 'utf8');
    const built = serializeTable(buildGazetteerTable());
    // Compare sizes first so a mismatch does not print ten megabytes.
    expect(built.length).toBe(committed.length);
    expect(built === committed).toBe(true);
  }, 120_000);

  it('has about as many places as the authoring view says it loads (within 5%)', () => {
    const table = JSON.parse(readFileSync(new URL('../../geo/gazetteer.json', import.meta.url), 'utf8')) as { rows: unknown[] };
    expect(Math.abs(table.rows.length - GAZETTEER_PLACES) / table.rows.length).toBeLessThan(0.05);
  });
});
