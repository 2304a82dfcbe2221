import { describe, expect, it } from 'vitest';
import { createDensityLayer } from '../../src/timeline/createDensityLayer';
import { crowdedLanes } from '../../src/timeline/crowdedLanes';
import { createMarkIndex } from '../../src/timeline/markIndex';
import type { PlotView } from '../../src/timeline/plotView';
import type { TimelineMark } from '../../src/timeline/timelineLayout';

const HOUR = 3_600_000;
const mark = (i: number, laneId: string, start: number, group: string | null = null): TimelineMark => ({
  key: `${laneId}:${i}`, eventId: `e${i}`, laneId, row: i % 2, kind: 'instant', start, end: start, slot: 0, slots: 1, label: 'x', eventKind: 'visit', group,
});
// One pixel per hour over 100 pixels; two lanes of two rows each.
const view: PlotView = { t0: 0, msPerPx: HOUR, plotWidth: 100, rowHeight: 20, laneTop: new Map([['a', 0], ['b', 50]]), laneRows: new Map([['a', 2], ['b', 2]]) };
const noGroups = { colors: null, hidden: new Set<string>() };

describe('crowdedLanes', () => {
  it('names a lane whose marks would cover its rows over and over, and not a sparse one', () => {
    const marks = [...Array.from({ length: 200 }, (_, i) => mark(i, 'a', (i % 100) * HOUR)), mark(900, 'b', 10 * HOUR), mark(901, 'b', 60 * HOUR)];
    const index = createMarkIndex(marks);
    expect([...crowdedLanes(index, view, noGroups, 0, index.dated.length)]).toEqual(['a']);
  });

  it('leaves out hidden articles and marks outside the view', () => {
    const index = createMarkIndex(Array.from({ length: 200 }, (_, i) => mark(i, 'a', (i % 100) * HOUR, 'hidden')));
    expect(crowdedLanes(index, view, { colors: null, hidden: new Set(['hidden']) }, 0, index.dated.length).size).toBe(0);
    expect(crowdedLanes(index, { ...view, t0: 500 * HOUR }, noGroups, 0, index.dated.length).size).toBe(0);
  });
});

describe('createDensityLayer', () => {
  it('gives each bin a bar as tall as its count over the fullest bin, shared by colour', () => {
    const layer = createDensityLayer(10);
    layer.add('a', { x: 0, width: 0 }, 'red', 1);
    layer.add('a', { x: 0.5, width: 0 }, 'blue', 1);
    layer.add('a', { x: 4, width: 0 }, 'red', 1);
    const bars = layer.bars('a', 40);
    expect(bars.map((b) => b.color)).toEqual(['red', 'blue']);
    // Bin 0 holds two marks (the fullest): 40 px, half red, half blue stacked on it; bin 2 holds one red: 20 px.
    expect(bars[0]?.bars).toEqual([[0, 0, 20], [4, 0, 20]]);
    expect(bars[1]?.bars).toEqual([[0, 20, 20]]);
  });

  it('counts a band in every bin it covers, and a fading band for less', () => {
    const layer = createDensityLayer(10);
    layer.add('a', { x: 0, width: 5 }, 'red', 1);
    layer.add('a', { x: 0, width: 1 }, 'red', 0.5);
    const heights = layer.bars('a', 30)[0]?.bars.map(([, , h]) => h);
    expect(heights).toEqual([30, 20, 20]);
    expect(layer.bars('none', 30)).toEqual([]);
  });
});
