import type { MarkExtent } from './markExtent';

/** Width of one density bin, in pixels. */
export const BIN_PX = 2;

/** One colour's bars in a crowded lane, in pixels measured up from the lane's foot. */
export interface DensityBars {
  readonly color: string;
  /** For each bar: its left x, its bottom offset above the lane's foot, its height. */
  readonly bars: ReadonlyArray<readonly [x: number, base: number, height: number]>;
}

/** Collects the marks of crowded lanes as counts per bin, then gives them back as stacked bars. */
export interface DensityLayer {
  /** Counts a mark at `ext` in `laneId`, painted `color`, with `weight` (fading bands count less). */
  add(laneId: string, ext: MarkExtent, color: string, weight: number): void;
  /** The lanes that have marks. */
  lanes(): IterableIterator<string>;
  /**
   * The lane as a histogram `height` pixels tall: each bin a bar as tall as its count over the
   * fullest bin's (at least a pixel when it holds anything), shared by colour in first-seen order.
   */
  bars(laneId: string, height: number): DensityBars[];
}

/** A density layer over a plot `plotWidth` pixels wide. */
export function createDensityLayer(plotWidth: number): DensityLayer {
  const bins = Math.max(1, Math.ceil(plotWidth / BIN_PX));
  const counts = new Map<string, Map<string, Float32Array>>();
  return {
    add(laneId, ext, color, weight) {
      let lane = counts.get(laneId);
      if (!lane) counts.set(laneId, (lane = new Map()));
      let c = lane.get(color);
      if (!c) lane.set(color, (c = new Float32Array(bins)));
      const first = Math.max(0, Math.floor(ext.x / BIN_PX));
      const last = Math.min(bins - 1, Math.floor((ext.x + ext.width) / BIN_PX));
      for (let b = first; b <= last; b++) c[b] = (c[b] ?? 0) + weight;
    },
    lanes: () => counts.keys(),
    bars(laneId, height) {
      const lane = counts.get(laneId);
      if (!lane) return [];
      const total = new Float32Array(bins);
      for (const c of lane.values()) for (let b = 0; b < bins; b++) total[b] = (total[b] ?? 0) + (c[b] ?? 0);
      let max = 0;
      for (const v of total) if (v > max) max = v;
      if (max === 0) return [];
      const stacked = new Float32Array(bins);
      const out: DensityBars[] = [];
      for (const [color, c] of lane) {
        const bars: Array<readonly [number, number, number]> = [];
        for (let b = 0; b < bins; b++) {
          const v = c[b] ?? 0;
          const all = total[b] ?? 0;
          if (v <= 0 || all <= 0) continue;
          // The bin's whole bar, shared among its colours by their counts.
          const h = (Math.max(1, (all / max) * height) * v) / all;
          bars.push([b * BIN_PX, stacked[b] ?? 0, h]);
          stacked[b] = (stacked[b] ?? 0) + h;
        }
        out.push({ color, bars });
      }
      return out;
    },
  };
}
