import { describe, expect, it, vi } from 'vitest';
import { serializeIndex } from '../../geo/serializeIndex';
import { serializeTable } from '../../geo/serializeTable';
import { buildGazetteerIndex } from '../../src/gazetteer/buildGazetteerIndex';
import { createGazetteer } from '../../src/gazetteer/createGazetteer';
import { normalizeName } from '../../src/gazetteer/normalizeName';
import { openGazetteerFiles } from '../../src/gazetteer/openGazetteerFiles';
import { tableSha1 } from '../../src/gazetteer/tableSha1';
import type { Gazetteer, GazetteerTable } from '../../src/gazetteer/types';
import { SMALL_TABLE } from './smallTable';

/** The files geo:build would write for a table. */
function files(table: GazetteerTable): { table: Buffer; index: Buffer } {
  const text = serializeTable(table);
  return { table: Buffer.from(text, 'utf8'), index: Buffer.from(serializeIndex(buildGazetteerIndex(table), { rows: table.rows.length, sha1: tableSha1(text) })) };
}

/** Every answer a gazetteer gives about the names, adjectives, words, ids and codes of a table, and some it lacks. */
function answers(g: Gazetteer, table: GazetteerTable): unknown[] {
  const names = table.rows.flatMap((r) => [r[1], ...r[9].map(([n]) => n), ...r[10]]).concat(['Pompeo', 'the', '', 'ST. LOUIS', "Britain's"]);
  const ids = (list: { id: string }[]): string[] => list.map((e) => e.id);
  return [
    names.map((n) => [n, ids(g.lookup(n)), ids(g.lookupAdjective(n)), ids(g.lookupKey(normalizeName(n))), ids(g.lookupAdjectiveKey(normalizeName(n)))]),
    names.flatMap((n) => normalizeName(n).split(' ')).map((w) => [w, g.maxWords(w), g.maxAdjectiveWords(w), g.isCommonWord(w), g.isWeakName(w)]),
    table.rows.map((r) => [g.byId(r[0]), g.country(r[5])?.id, g.admin1(r[5], r[6])?.id]),
    ['r', 'sp', 'sa', 'geo', 'st. l', 'nur-s', 'zzz'].map((p) => ids(g.search(p, 10))),
    g.entries,
  ];
}

describe('openGazetteerFiles', () => {
  it('gives the same lookups from the prebuilt index and rows read as lines as a gazetteer indexed in memory', () => {
    const warn = vi.fn();
    const { table, index } = files(SMALL_TABLE);
    expect(answers(openGazetteerFiles(table, index, warn), SMALL_TABLE)).toEqual(answers(createGazetteer(SMALL_TABLE), SMALL_TABLE));
    expect(warn).not.toHaveBeenCalled();
  });

  it('returns one object per place, whichever lookup finds it', () => {
    const { table, index } = files(SMALL_TABLE);
    const g = openGazetteerFiles(table, index, () => undefined);
    const uk = g.lookup('Britain')[0];
    expect(uk?.id).toBe('iso:GB');
    expect(g.lookupAdjective('British')[0]).toBe(uk);
    expect(g.country('GB')).toBe(uk);
    expect(g.byId('iso:GB')).toBe(uk);
    expect(g.entries[4]).toBe(uk);
    expect(g.lookup('reading')).toBe(g.lookup('Reading'));
  });

  it('indexes the table itself, and says so, when the index was built from another table or is missing', () => {
    const changed: GazetteerTable = { ...SMALL_TABLE, rows: SMALL_TABLE.rows.map((r) => (r[0] === 'gn:8' ? [...r.slice(0, 7), 200_000, ...r.slice(8)] as typeof r : r)) };
    const { table } = files(changed);
    const stale = files(SMALL_TABLE).index;
    for (const index of [stale, Buffer.alloc(0)]) {
      const warn = vi.fn();
      const g = openGazetteerFiles(table, index, warn);
      expect(answers(g, changed)).toEqual(answers(createGazetteer(changed), changed));
      expect(g.lookup('Springfield').map((e) => e.id)).toEqual(['gn:8', 'gn:9']);
      expect(warn).toHaveBeenCalledOnce();
      expect(warn.mock.calls[0]?.[0]).toMatch(/geo:build/);
    }
  });

  it('refuses a file that is not a gazetteer table', () => {
    expect(() => openGazetteerFiles(Buffer.from('{"format":"other"}\n'), Buffer.alloc(0), () => undefined)).toThrow(/not a Dateline gazetteer table/);
  });
});
