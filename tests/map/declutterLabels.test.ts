import { describe, expect, it } from 'vitest';
import { declutterLabels, type Box, type LabelCandidates } from '../../src/map/declutterLabels';

/** A box `width` by 14 pixels with its top-left corner at `x, y`. */
const box = (x: number, y: number, width = 60): Box => ({ left: x, top: y, right: x + width, bottom: y + 14 });
/** A label that can only sit at `x, y`. */
const fixed = (x: number, y: number, priority = 0): LabelCandidates => ({ boxes: [box(x, y)], priority });

describe('declutterLabels', () => {
  it('places nothing when there are no labels', () => {
    expect(declutterLabels([])).toEqual([]);
  });

  it('keeps labels that are far apart where they want to be', () => {
    expect(declutterLabels([fixed(0, 0), fixed(100, 0), fixed(0, 40)])).toEqual([0, 0, 0]);
  });

  it('hides the less important of two overlapping labels, whichever comes first', () => {
    expect(declutterLabels([fixed(0, 0, 1), fixed(30, 5, 2)])).toEqual([null, 0]);
    expect(declutterLabels([fixed(0, 0, 2), fixed(30, 5, 1)])).toEqual([0, null]);
  });

  it('hides the later of two overlapping labels of equal priority (story order)', () => {
    expect(declutterLabels([fixed(0, 0, 5), fixed(30, 5, 5)])).toEqual([0, null]);
    expect(declutterLabels([fixed(30, 5, 5), fixed(0, 0, 5)])).toEqual([0, null]);
  });

  it('counts labels that only touch as crowded with padding, and as apart without', () => {
    const touching = [fixed(0, 0), fixed(60, 0)];
    expect(declutterLabels(touching)).toEqual([0, null]);
    expect(declutterLabels(touching, 0)).toEqual([0, 0]);
  });

  it('keeps labels exactly the padding apart, on either axis', () => {
    expect(declutterLabels([fixed(0, 0), fixed(63, 0)], 3)).toEqual([0, 0]);
    expect(declutterLabels([fixed(0, 0), fixed(62, 0)], 3)).toEqual([0, null]);
    expect(declutterLabels([fixed(0, 0), fixed(0, 17)], 3)).toEqual([0, 0]);
    expect(declutterLabels([fixed(0, 0), fixed(0, 16)], 3)).toEqual([0, null]);
  });

  it('lets only placed labels push others away: one hidden in a chain does not hide the next', () => {
    // a covers b, b covers c, a and c are apart: a stays, b goes, so c can stay.
    expect(declutterLabels([fixed(0, 0, 3), fixed(50, 0, 2), fixed(100, 0, 1)])).toEqual([0, null, 0]);
    // With b the most important, it hides both of its neighbours.
    expect(declutterLabels([fixed(0, 0, 3), fixed(50, 0, 4), fixed(100, 0, 1)])).toEqual([null, 0, null]);
  });

  it('checks a label against every placed one, not only the last', () => {
    expect(declutterLabels([fixed(0, 0, 9), fixed(200, 0, 8), fixed(10, 3, 7)])).toEqual([0, 0, null]);
  });

  it('moves a crowded label to its next free box, in the order given, before hiding it', () => {
    const right = box(40, 0);
    const nearLeft = box(-30, 0);
    const left = box(-80, 0);
    const below = box(0, 30);
    expect(declutterLabels([fixed(0, 0, 2), { boxes: [right, nearLeft, below, left], priority: 1 }])).toEqual([0, 2]);
    expect(declutterLabels([fixed(0, 0, 2), { boxes: [right, left, below], priority: 1 }])).toEqual([0, 1]);
    expect(declutterLabels([fixed(0, 0, 2), fixed(0, 30, 2), { boxes: [right, below], priority: 1 }])).toEqual([0, 0, null]);
  });

  it('places the more important label first, so it keeps its best box and the other one moves', () => {
    const both = { boxes: [box(0, 0), box(0, 40)] };
    expect(declutterLabels([{ ...both, priority: 1 }, { ...both, priority: 2 }])).toEqual([1, 0]);
  });
});
