import { describe, expect, it } from 'vitest';
import { GROUP_PALETTE, groupColors } from '../../src/collection/groupPalette';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('groupPalette', () => {
  it('keeps AA contrast (4.5:1) against the light surface and under white text', () => {
    for (const c of GROUP_PALETTE.light) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps AA contrast against the dark surface and under the dark theme text colour', () => {
    for (const c of GROUP_PALETTE.dark) {
      expect(contrast(c, '#181d25')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c, '#111418')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives each group its own colour in turn, and keeps a colour the author chose', () => {
    const colors = groupColors([{ id: 'a' }, { id: 'b', color: '#123456' }, { id: 'c' }], false);
    expect([...colors.values()]).toEqual([GROUP_PALETTE.light[0], '#123456', GROUP_PALETTE.light[2]]);
  });
});
