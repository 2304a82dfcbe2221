import type { TimelineMark } from './timelineLayout';

/** Where a mark sits across the plot, in pixels: `x` to `x + width` (a point has width 0). */
export interface MarkExtent {
  readonly x: number;
  readonly width: number;
}

/**
 * Scales a mark to pixels with `x` (a time scale) over a plot `plotWidth` wide. Bands are at
 * least `minBand` pixels wide so a day stays visible when zoomed out; undated marks share the
 * width equally, in narrative order, a little apart.
 */
export function markExtent(mark: TimelineMark, x: (t: number) => number, plotWidth: number, minBand = 4): MarkExtent {
  if (mark.kind === 'undated') {
    const cell = plotWidth / Math.max(1, mark.slots);
    // A 4-pixel gap between cells, less when they are narrow, so hundreds of them still show.
    const gap = Math.min(4, cell / 4);
    return { x: mark.slot * cell + gap / 2, width: cell - gap };
  }
  const x0 = x(mark.start);
  if (mark.kind === 'instant') return { x: x0, width: 0 };
  const x1 = x(mark.end);
  const width = Math.max(minBand, x1 - x0);
  return { x: x1 - x0 >= minBand ? x0 : (x0 + x1) / 2 - minBand / 2, width };
}
