import * as d3 from 'd3';
import { formatUtc } from '../i18n/formatUtc';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';

/** The playhead's scale: time to plot pixels and back. */
export interface PlayheadScale {
  x(ms: number): number;
  invert(px: number): number;
  readonly plotWidth: number;
  /** The time one arrow-key press moves the playhead (the view's width / 50). */
  readonly keyStep: number;
}

/** The playhead: a line across the lanes and a handle on the axis the reader drags (or moves with the arrow keys) to scrub. */
export interface Playhead {
  /** Puts the playhead at `ms` (`null` hides it); `text` is its label (default: the instant, in the reader's language). */
  set(ms: number | null, text?: string): void;
  /** Re-positions for a new scale (zoom, pan, resize). */
  place(scale: PlayheadScale, top: number, bottom: number): void;
}

const GAP = 9;

/**
 * Where the label of a playhead at `at` starts, `width` wide, on a plot `plotWidth` wide: right of
 * the line, else left of it, else as far right as it fits (a long date in words on a phone).
 */
export function labelLeft(at: number, width: number, plotWidth: number): number {
  if (at + GAP + width <= plotWidth) return at + GAP;
  if (at - GAP - width >= 0) return at - GAP - width;
  return Math.max(0, plotWidth - width);
}

/**
 * Creates the playhead in `g` (an SVG group in plot coordinates). Dragging the handle (mouse,
 * pen or touch: d3-drag) or pressing ← → (Shift: ten times further) when it has focus calls
 * `onScrub` with the time under it; the handle is a slider for assistive tech. Its label and
 * name are in `lang`.
 */
export function createPlayhead(g: d3.Selection<SVGGElement, unknown, null, undefined>, onScrub: (ms: number) => void, lang: Lang = 'en'): Playhead {
  const format = (ms: number): string => formatUtc(ms, 'timeline.instantPattern', lang);
  g.attr('class', 'dl-playhead').style('display', 'none');
  const line = g.append('line');
  const label = g.append('text').attr('y', 12);
  const handle = g
    .append('path')
    .attr('class', 'dl-playhead__handle')
    .attr('d', 'M-7,-12 L7,-12 L7,-4 L0,3 L-7,-4 Z')
    .attr('tabindex', '0')
    .attr('role', 'slider')
    .attr('aria-label', t(lang, 'timeline.playhead'));
  let time: number | null = null;
  let text = '';
  let scale: PlayheadScale | null = null;
  let top = 0;
  // Measuring text forces a layout; a label's width is measured once per shape (digits alike:
  // "3 Feb 2020 21:40" and "4 Feb 2020 08:15"), not on every step or frame.
  const widths = new Map<string, number>();
  const measure = (s: string): number => {
    const key = s.replace(/\d/g, '0');
    const known = widths.get(key);
    if (known !== undefined) return known;
    const node = label.node();
    const width = node && typeof node.getComputedTextLength === 'function' ? node.getComputedTextLength() : s.length * 6;
    if (width > 0) widths.set(key, width);
    return width;
  };

  const draw = (): void => {
    g.style('display', time === null || !scale ? 'none' : 'inline');
    if (time === null || !scale) return;
    const at = scale.x(time);
    g.attr('transform', `translate(${at},0)`);
    label.text(text);
    const width = measure(text);
    label.attr('text-anchor', 'start').attr('x', labelLeft(at, width, scale.plotWidth) - at);
    handle.attr('transform', `translate(0,${top})`).attr('aria-valuenow', time).attr('aria-valuetext', text);
  };
  handle.call(
    d3.drag<SVGPathElement, unknown>().on('drag', (e: d3.D3DragEvent<SVGPathElement, unknown, unknown>) => {
      if (!scale) return;
      const [px] = d3.pointer(e.sourceEvent as Event, g.node()?.parentNode as SVGGElement);
      onScrub(scale.invert(Math.max(0, Math.min(scale.plotWidth, px))));
    }),
  );
  handle.on('keydown', (e: KeyboardEvent) => {
    if (!scale || time === null || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    e.stopPropagation();
    const step = scale.keyStep * (e.shiftKey ? 10 : 1);
    onScrub(time + (e.key === 'ArrowLeft' ? -step : step));
  });
  return {
    set(ms, words) {
      time = ms;
      text = ms === null ? '' : (words ?? format(ms));
      draw();
    },
    place(s, t, bottom) {
      scale = s;
      top = t;
      line.attr('y1', t).attr('y2', bottom);
      draw();
    },
  };
}
