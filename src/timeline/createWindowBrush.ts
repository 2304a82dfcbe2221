import * as d3 from 'd3';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';

/** A time window, UTC ms, `to` exclusive. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** The brush that picks a time window on the axis strip. */
export interface WindowBrush {
  /** Shows `window` (no callback); `null` clears it. */
  set(window: TimeWindow | null): void;
  /** Re-positions for a new scale (zoom, pan, resize). */
  place(x: (ms: number) => number, invert: (px: number) => number, plotWidth: number, height: number): void;
}

/**
 * Creates a d3 brush in `g` (plot coordinates, over the axis strip `height` pixels tall): dragging
 * along the dates picks a window and calls `onWindow`; a click without a drag clears it. The
 * brush only answers the reader, never its own re-positioning on zoom. Its tooltip is in `lang`.
 */
export function createWindowBrush(g: d3.Selection<SVGGElement, unknown, null, undefined>, onWindow: (window: TimeWindow | null) => void, lang: Lang = 'en'): WindowBrush {
  g.attr('class', 'dl-brush');
  g.append('title').text(t(lang, 'timeline.brush'));
  let window: TimeWindow | null = null;
  let x: ((ms: number) => number) | null = null;
  let invert: ((px: number) => number) | null = null;
  const brush = d3.brushX<unknown>().on('end', (e: d3.D3BrushEvent<unknown>) => {
    if (!e.sourceEvent || !invert) return;
    const sel = e.selection as [number, number] | null;
    window = sel && sel[1] - sel[0] >= 2 ? { from: invert(sel[0]), to: invert(sel[1]) } : null;
    onWindow(window);
  });
  const draw = (): void => {
    if (!x) return;
    g.call(brush.move, window ? [Math.max(-1, x(window.from)), x(window.to)] : null);
  };
  return {
    set(w) {
      // The reader's own brush comes back here from onWindow: moving the brush inside its own 'end' would leave its gesture half-open.
      if (w === window) return;
      window = w;
      draw();
    },
    place(scale, inv, plotWidth, height) {
      x = scale;
      invert = inv;
      brush.extent([[0, 2], [plotWidth, height]]);
      g.call(brush);
      draw();
    },
  };
}
