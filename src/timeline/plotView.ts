/** Where the plot is: a linear time scale (`t0` at pixel 0, `msPerPx`), its width, and the lanes' tops and rows. */
export interface PlotView {
  readonly t0: number;
  readonly msPerPx: number;
  readonly plotWidth: number;
  readonly rowHeight: number;
  readonly laneTop: ReadonlyMap<string, number>;
  readonly laneRows: ReadonlyMap<string, number>;
}

/** The pixel x of time `t`. */
export const toPx = (v: PlotView, t: number): number => (t - v.t0) / v.msPerPx;
