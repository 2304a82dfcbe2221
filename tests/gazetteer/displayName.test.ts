import { describe, expect, it } from 'vitest';
import { displayName } from '../../src/gazetteer/displayName';
import type { OtherName } from '../../src/gazetteer/types';

const astana: { name: string; otherNames: OtherName[] } = {
  name: 'Astana',
  otherNames: [
    { name: 'Tselinograd', from: 1961, to: 1992 },
    { name: 'Akmola', from: 1992, to: 1998 },
    { name: 'Astana', from: 1998, to: 2019 },
    { name: 'Nur-Sultan', from: 2019, to: 2022 },
    { name: 'Astana', from: 2022 },
  ],
};

describe('displayName', () => {
  it('shows a 2020 story "Nur-Sultan (Astana since 2022)"', () => {
    expect(displayName(astana, 2020)).toBe('Nur-Sultan (Astana since 2022)');
  });

  it('shows a 2023 story and a 2010 story plain "Astana"', () => {
    expect(displayName(astana, 2023)).toBe('Astana');
    expect(displayName(astana, 2010)).toBe('Astana');
  });

  it('shows a 1985 story about Myanmar "Burma (Myanmar since 1989)"', () => {
    const myanmar = { name: 'Myanmar', otherNames: [{ name: 'Burma', to: 1989 }, { name: 'Myanmar', from: 1989 }] };
    expect(displayName(myanmar, 1985)).toBe('Burma (Myanmar since 1989)');
  });

  it('ignores other names without years (spellings, not renamings)', () => {
    expect(displayName({ name: 'Kyiv', otherNames: [{ name: 'Kiev' }] }, 1980)).toBe('Kyiv');
  });

  it('says "now" when the current name has no start year', () => {
    expect(displayName({ name: 'Volgograd', otherNames: [{ name: 'Stalingrad', from: 1925, to: 1961 }] }, 1950)).toBe('Stalingrad (now Volgograd)');
  });
});
