import { describe, expect, it } from 'vitest';
import { addSlashedNames } from '../../geo/addSlashedNames';
import { draft } from '../../geo/draft';

describe('addSlashedNames', () => {
  it('gives a town named by two names with a slash each of them as an alias', () => {
    const town = draft('gn:1', 'Lakeside / Seeburg', 'city', 47, 8, 'CH', 'ZH', 20_000, 'PPL', [], [], []);
    expect(addSlashedNames([town])).toBe(2);
    expect(town.aliases).toEqual(['Lakeside', 'Seeburg']);
  });

  it('leaves a bracketed district number out, and adds no name the town already has', () => {
    const district = draft('gn:2', 'Hillbury (Ward 3) / Oakfield', 'city', 47, 8, 'CH', 'ZH', 9_000, 'PPLX', ['Oakfield'], [], []);
    expect(addSlashedNames([district])).toBe(0);
    expect(district.aliases).toEqual(['Oakfield']);
  });

  it('leaves names without a slash alone', () => {
    const plain = draft('gn:3', 'Brookton', 'city', 47, 8, 'CH', 'ZH', 9_000, 'PPL', [], [], []);
    addSlashedNames([plain]);
    expect(plain.aliases).toEqual([]);
  });
});
