import { describe, expect, it } from 'vitest';
import { paginateRecap } from '../../src/present/paginateRecap';

describe('paginateRecap', () => {
  it('keeps everything on one page when it fits', () => {
    expect(paginateRecap([10, 10, 10], 30, 100)).toEqual([0]);
    expect(paginateRecap([], 30, 100)).toEqual([0]);
  });

  it('starts a new page at the first item that does not fit whole, with less room under the title on the first', () => {
    // First page: 25 px holds two items of 10; later pages: 35 px hold three.
    expect(paginateRecap([10, 10, 10, 10, 10, 10, 10], 25, 35)).toEqual([0, 2, 5]);
  });

  it('gives an item taller than a page a page of its own rather than splitting it or looping', () => {
    expect(paginateRecap([50, 10, 80, 10], 30, 40)).toEqual([0, 1, 2, 3]);
  });

  it('never leaves a page empty, even with no room at all', () => {
    expect(paginateRecap([10, 10], 0, 0)).toEqual([0, 1]);
  });
});
