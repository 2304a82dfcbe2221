import { drawMarks, markColor, type GroupStyle } from './drawMarks';
import type { MarkIndex } from './markIndex';
import { markExtent } from './markExtent';
import { toPx, type PlotView } from './plotView';
import type { TimelineColors } from './readTimelineColors';
import type { TimelineMark } from './timelineLayout';

/** The canvas layer of the timeline: marks on one canvas, the selection and hover on another above it. */
export interface MarkCanvas {
  /** Repaints the marks for a new view (zoom, pan, resize, data). */
  draw(view: PlotView, height: number): void;
  /** Repaints only the highlighted marks (cheap: for every step of the player). */
  highlight(selected: string | null, hover: TimelineMark | null): void;
  /** The mark under plot pixel (`px`, `py`), found through the time index. */
  hit(px: number, py: number): TimelineMark | null;
  destroy(): void;
}

/** Creates the two canvases in `parent`, placed over the plot at `left` pixels. */
export function createMarkCanvas(parent: HTMLElement, index: MarkIndex, colors: () => TimelineColors, groups: () => GroupStyle): MarkCanvas {
  const make = (cls: string): [HTMLCanvasElement, CanvasRenderingContext2D | null] => {
    const c = document.createElement('canvas');
    c.className = `dl-timeline__canvas ${cls}`;
    c.setAttribute('aria-hidden', 'true');
    parent.append(c);
    return [c, c.getContext('2d')];
  };
  const [marksEl, marksCtx] = make('dl-timeline__canvas--marks');
  const [overEl, overCtx] = make('dl-timeline__canvas--over');
  let view: PlotView | null = null;
  let lastSelected: string | null = null;
  let lastHover: TimelineMark | null = null;

  const size = (c: HTMLCanvasElement, ctx: CanvasRenderingContext2D | null, w: number, h: number, dpr: number): void => {
    const pw = Math.round(w * dpr);
    const ph = Math.round(h * dpr);
    if (c.width !== pw || c.height !== ph) {
      c.width = pw;
      c.height = ph;
      c.style.width = `${w}px`;
      c.style.height = `${h}px`;
    }
    ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx?.clearRect(0, 0, w, h);
  };
  const outline = (ctx: CanvasRenderingContext2D, v: PlotView, m: TimelineMark, width: number): void => {
    const ext = markExtent(m, (t) => toPx(v, t), v.plotWidth);
    const y = (v.laneTop.get(m.laneId) ?? 0) + m.row * v.rowHeight;
    ctx.beginPath();
    if (m.kind === 'instant') ctx.arc(ext.x, y + v.rowHeight / 2, 7, 0, Math.PI * 2);
    else ctx.rect(ext.x, y + 3, ext.width, v.rowHeight - 6);
    ctx.fillStyle = markColor(m, colors(), groups().colors);
    ctx.fill();
    ctx.lineWidth = width;
    ctx.strokeStyle = colors().ink;
    ctx.stroke();
  };

  return {
    draw(v, height) {
      view = v;
      const dpr = window.devicePixelRatio || 1;
      size(marksEl, marksCtx, v.plotWidth, height, dpr);
      size(overEl, overCtx, v.plotWidth, height, dpr);
      if (!marksCtx) return;
      const [lo, hi] = index.visible(v.t0, v.t0 + v.plotWidth * v.msPerPx);
      drawMarks(marksCtx, index, v, colors(), groups(), lo, hi);
      this.highlight(lastSelected, lastHover);
    },
    highlight(selected, hover) {
      lastSelected = selected;
      lastHover = hover;
      if (!view || !overCtx) return;
      overCtx.clearRect(0, 0, view.plotWidth, overEl.height);
      if (hover) outline(overCtx, view, hover, 1);
      const mark = selected !== null ? index.eventMark(selected) : undefined;
      if (mark) outline(overCtx, view, mark, 2);
    },
    hit(px, py) {
      if (!view) return null;
      const v = view;
      let best: TimelineMark | null = null;
      let bestDistance = 8;
      const rowOf = (m: TimelineMark): boolean => {
        const y = (v.laneTop.get(m.laneId) ?? 0) + m.row * v.rowHeight;
        return py >= y && py < y + v.rowHeight;
      };
      const x = (t: number): number => toPx(v, t);
      const t = v.t0 + px * v.msPerPx;
      const [lo, hi] = index.visible(t - 8 * v.msPerPx, t + 8 * v.msPerPx);
      for (let i = lo; i < hi; i++) {
        const m = index.dated[i];
        if (!m || !rowOf(m) || (m.group !== null && groups().hidden.has(m.group))) continue;
        const ext = markExtent(m, x, v.plotWidth);
        const d = px < ext.x ? ext.x - px : px > ext.x + ext.width ? px - ext.x - ext.width : 0;
        // Route stops share rows with nothing, but an event's own mark wins a tie.
        if (d < bestDistance || (d === bestDistance && best?.eventKind === 'stop')) {
          best = m;
          bestDistance = d;
        }
      }
      for (const m of index.undated) {
        const ext = markExtent(m, x, v.plotWidth);
        if (rowOf(m) && px >= ext.x && px <= ext.x + ext.width) return m;
      }
      return best;
    },
    destroy() {
      marksEl.remove();
      overEl.remove();
    },
  };
}
