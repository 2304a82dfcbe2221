import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../../src/map/clusterPoints';

describe('clusterPoints', () => {
  it('puts points in the same cell into one cluster at their mean position', () => {
    const clusters = clusterPoints([{ id: 'a', x: 1, y: 1 }, { id: 'b', x: 9, y: 5 }, { id: 'c', x: 100, y: 100 }], 40);
    expect(clusters).toEqual([{ ids: ['a', 'b'], x: 5, y: 3 }, { ids: ['c'], x: 100, y: 100 }]);
  });

  it('keeps points in neighbouring cells apart, so a smaller cell gives more clusters', () => {
    const points = Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, x: i * 3, y: 0 }));
    expect(clusterPoints(points, 300)).toHaveLength(1);
    expect(clusterPoints(points, 30)).toHaveLength(10);
    expect(clusterPoints(points, 30).flatMap((c) => c.ids)).toHaveLength(100);
  });

  it('gives no clusters for no points', () => {
    expect(clusterPoints([], 40)).toEqual([]);
  });
});
