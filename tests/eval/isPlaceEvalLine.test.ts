import { describe, expect, it } from 'vitest';
import { isPlaceEvalLine } from '../../src/eval/isPlaceEvalLine';

const line = { id: 'a', dataset: 'd', title: 't', text: 'In Apia.', toponyms: [{ text: 'Apia', start: 3, end: 7, lat: -13.83, lon: -171.76 }] };

describe('isPlaceEvalLine', () => {
  it('accepts a line that names its split', () => {
    expect(isPlaceEvalLine({ ...line, split: 'heldout' })).toBe(true);
  });

  it('rejects a line whose split is not a string', () => {
    expect(isPlaceEvalLine({ ...line, split: 2 })).toBe(false);
  });

  it('accepts a list of unannotated kinds and rejects one that is not a list of strings', () => {
    expect(isPlaceEvalLine({ ...line, unannotated: ['demonym'] })).toBe(true);
    expect(isPlaceEvalLine({ ...line, unannotated: 'demonym' })).toBe(false);
    expect(isPlaceEvalLine({ ...line, unannotated: [1] })).toBe(false);
  });
});
