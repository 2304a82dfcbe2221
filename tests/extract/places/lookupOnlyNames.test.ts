import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parseArticle';
import { findPlaces } from '../../../src/extract/places/findPlaces';
import { createGazetteer } from '../../../src/gazetteer/createGazetteer';
import type { GazetteerTable } from '../../../src/gazetteer/types';

// Marseille with its old English spelling as a lookup-only name, beside the Illinois town that bears it.
const table: GazetteerTable = {
  format: 'dateline-gazetteer/1',
  kinds: ['continent', 'country', 'region', 'area', 'city', 'landmark', 'water'],
  commonWords: ['marseilles'],
  weakNames: ['marseilles', 'kaiserhafen'],
  rows: [
    ['gn:2995469', 'Marseille', 4, 43.2965, 5.3698, 'FR', '93', 870_731, 'PPLA', [], [], [], ['Marseilles']],
    ['gn:4901279', 'Marseilles', 4, 41.3309, -88.7081, 'US', 'IL', 4_963, 'PPL', [], [], []],
    ['gn:1', 'Novagrad', 4, 45, 20, 'XX', '01', 300_000, 'PPLA', [], [], [], ['Kaiserhafen']],
    ['iso:FR', 'France', 1, 46, 2, 'FR', '', 67_000_000, 'PCLI', [], ['French'], []],
  ],
};
const gazetteer = createGazetteer(table);
const finds = (text: string): { text: string; id: string }[] => findPlaces(parseArticle(text, { date: '2020-06-01' }), gazetteer).map((f) => ({ text: f.text, id: f.entry.id }));

describe('places found by lookup-only names', () => {
  it('"He sailed to Marseilles" is the French city, shown by its own name', () => {
    const found = findPlaces(parseArticle('He sailed to Marseilles in the spring of 1850.', { date: '2020-06-01' }), gazetteer);
    expect(found.map((f) => f.entry.id)).toEqual(['gn:2995469']);
    expect(found[0]?.entry.name).toBe('Marseille');
    expect(found[0]?.entry.otherNames).toEqual([]);
  });

  it('reads a lookup-only name as a place only where the text shows it is one', () => {
    expect(finds('Kaiserhafen said nothing more about the plan.')).toEqual([]);
    expect(finds('The freighter was unloaded in Kaiserhafen on Friday.')).toEqual([{ text: 'Kaiserhafen', id: 'gn:1' }]);
  });
});
