import * as d3 from 'd3';
import type { MarkCanvas } from './createMarkCanvas';
import type { TimelineMark } from './timelineLayout';

/** The pointer over a canvas timeline: which mark it is over. */
export interface CanvasPointer {
  /** The mark under the pointer, if any. */
  hovered(): TimelineMark | null;
  /** Forgets the hovered mark (a new story). */
  reset(): void;
}

/** What {@link createCanvasPointer} needs from the view. */
export interface CanvasPointerOptions {
  /** The canvas now (`null` while the marks are SVG elements, which hear the pointer themselves). */
  canvas(): MarkCanvas | null;
  /** Where the plot starts, in pixels from the SVG's left. */
  plotLeft(): number;
  /** The selected event, for the canvas's highlight. */
  selected(): string | null;
  onSelect(eventId: string): void;
}

/**
 * On a canvas the pointer finds its mark through the time index: a click selects it, hovering
 * outlines it and names it in `root`'s title (and `data-hover-event`, for tests).
 */
export function createCanvasPointer(
  svg: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  root: d3.Selection<HTMLDivElement, unknown, null, undefined>,
  options: CanvasPointerOptions,
): CanvasPointer {
  let hover: TimelineMark | null = null;
  const plotPoint = (e: MouseEvent): [number, number] => {
    const [px, py] = d3.pointer(e, svg.node());
    return [px - options.plotLeft(), py];
  };
  svg.on('click.canvas', (e: MouseEvent) => {
    const m = options.canvas()?.hit(...plotPoint(e));
    if (m?.eventId) options.onSelect(m.eventId);
  });
  svg.on('pointermove.canvas', (e: PointerEvent) => {
    const canvas = options.canvas();
    if (!canvas || e.buttons !== 0) return;
    const m = canvas.hit(...plotPoint(e));
    if (m === hover) return;
    hover = m;
    root.attr('title', m?.label ?? null).attr('data-hover-event', m?.eventId ?? null);
    svg.classed('is-over-mark', m !== null);
    canvas.highlight(options.selected(), hover);
  });
  return {
    hovered: () => hover,
    reset() {
      hover = null;
    },
  };
}
