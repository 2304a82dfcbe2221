import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FOOTER, SNAPSHOT_GAP, SNAPSHOT_TITLE, snapshotLayout } from '../../src/snapshot/snapshotLayout';

describe('snapshotLayout', () => {
  it('stacks title, map, timeline and attribution, as wide as the wider of map and timeline', () => {
    const l = snapshotLayout({ mapWidth: 900.4, mapHeight: 500, timelineWidth: 880, timelineHeight: 140 });
    expect(l.width).toBe(900);
    expect(l.mapTop).toBe(SNAPSHOT_TITLE);
    expect(l.timelineTop).toBe(SNAPSHOT_TITLE + 500 + SNAPSHOT_GAP);
    expect(l.footerTop).toBe(l.timelineTop + 140);
    expect(l.height).toBe(SNAPSHOT_TITLE + 500 + SNAPSHOT_GAP + 140 + SNAPSHOT_FOOTER);
    expect([l.pixelWidth, l.pixelHeight]).toEqual([l.width, l.height]);
  });

  it('leaves no gap for a missing timeline (presentation mode)', () => {
    const l = snapshotLayout({ mapWidth: 800, mapHeight: 600, timelineWidth: 0, timelineHeight: 0 });
    expect(l.footerTop).toBe(SNAPSHOT_TITLE + 600);
    expect(l.height).toBe(SNAPSHOT_TITLE + 600 + SNAPSHOT_FOOTER);
  });

  it('multiplies the pixel size by the scale, keeping the layout in CSS pixels', () => {
    const l = snapshotLayout({ mapWidth: 400, mapHeight: 300, timelineWidth: 400, timelineHeight: 100 }, 2);
    expect(l.width).toBe(400);
    expect(l.pixelWidth).toBe(800);
    expect(l.pixelHeight).toBe(l.height * 2);
  });
});
