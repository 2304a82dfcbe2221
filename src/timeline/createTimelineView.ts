import * as d3 from 'd3';
import type { Story } from '../story/types';
import { appendFadeMasks } from './appendFadeMasks';
import { createPlayhead } from './createPlayhead';
import { createSvgMarks } from './createSvgMarks';
import { createWindowBrush, type TimeWindow } from './createWindowBrush';
import { createMarkCanvas, type MarkCanvas } from './createMarkCanvas';
import type { GroupStyle } from './drawMarks';
import { createMarkIndex } from './markIndex';
import { readTimelineColors, type TimelineColors } from './readTimelineColors';
import { timelineLayout, type TimelineLayout, type TimelineMark } from './timelineLayout';

/** Options for {@link createTimelineView}; every one has a default. */
export interface TimelineViewOptions {
  /** Called with an event id when the reader clicks a mark (default: nothing). */
  onSelect?: (eventId: string) => void;
  /** Height of one row of marks, in pixels (default 21). */
  rowHeight?: number;
  /** Width of the lane labels, in pixels (default 132, or 76 when the timeline is under 520 px wide). */
  labelWidth?: number;
  /**
   * Past this many marks they are painted on a canvas through a time index (default 400); below
   * it each mark is an SVG element (crisp text, one DOM node per mark for assistive tech and tests).
   */
  canvasAbove?: number;
  /** Called with a time when the reader drags the playhead or moves it with the arrow keys. */
  onScrub?: (ms: number) => void;
  /** Called with the window the reader brushes on the axis strip (`null` when cleared). */
  onWindow?: (window: TimeWindow | null) => void;
}

/** The timeline: shows a story's events in lanes on a zoomable time axis, with a playhead. */
export interface TimelineView {
  show(story: Story): void;
  /** Marks `eventId` as selected and moves the playhead to it (`null` hides it). */
  focus(eventId: string | null): void;
  /** Puts the playhead at a time of its own (time mode), or back on the selected event (`null`). */
  setTime(ms: number | null): void;
  /** In a collection: colours marks by article and leaves out the hidden articles' marks. */
  setGroups(style: GroupStyle): void;
  /** Shows a time window on the brush without calling `onWindow` (`null` clears it). */
  setWindow(window: TimeWindow | null): void;
  /** Redraws for a new container width. */
  resize(): void;
  destroy(): void;
}

let instances = 0;
const AXIS = 40;
const tickFormat = (d: Date | d3.NumberValue): string => {
  const date = d instanceof Date ? d : new Date(Number(d));
  return d3.utcFormat(d3.utcDay(date) < date ? '%H:%M' : '%-d %b')(date);
};
const LANE_GAP = 10;

/** Creates an SVG timeline in `el`: D3 time scale and axis, zoom and pan (mouse, touch, + − and arrow keys). */
export function createTimelineView(el: HTMLElement, options: TimelineViewOptions = {}): TimelineView {
  const rowHeight = options.rowHeight ?? 21;
  const labelWidthFor = (width: number): number => options.labelWidth ?? (width < 520 ? 76 : 132);
  const uid = `dl-tl-${++instances}`;
  const root = d3.select(el).append('div').attr('class', 'dl-timeline');
  const svg = root
    .append('svg')
    .attr('class', 'dl-timeline__svg')
    .attr('tabindex', '0')
    .attr('role', 'group')
    .attr('aria-label', 'Timeline: + and − zoom, arrow keys pan');
  const defs = svg.append('defs');
  appendFadeMasks(defs, uid);
  const clip = defs.append('clipPath').attr('id', `${uid}-clip`).append('rect');
  const lanesG = svg.append('g').attr('class', 'dl-lanes');
  const plot = svg.append('g').attr('class', 'dl-plot').attr('clip-path', `url(#${uid}-clip)`);
  const axisG = svg.append('g').attr('class', 'dl-axis');
  const publishedG = plot.append('g').attr('class', 'dl-published');
  const marksG = plot.append('g').attr('class', 'dl-marks');
  const svgMarks = createSvgMarks(marksG, uid, (id) => options.onSelect?.(id));
  // d3-brush lets its mousedown bubble: the zoom would start a pan that never ends and eat the next click.
  const brushLayer = svg
    .append('g')
    .attr('class', 'dl-brush-layer')
    .on('mousedown.dl touchstart.dl', (e: Event) => e.stopPropagation());
  const brush = createWindowBrush(brushLayer.append('g'), (w) => options.onWindow?.(w));
  // Above the axis and the brush, so the handle can sit on the axis.
  const playheadLayer = svg.append('g').attr('class', 'dl-playhead-layer').attr('clip-path', `url(#${uid}-clip)`);
  const playhead = createPlayhead(playheadLayer.append('g'), (ms) => options.onScrub?.(ms));
  let playTime: number | null = null;

  let layout: TimelineLayout | null = null;
  let index: ReturnType<typeof createMarkIndex> | null = null;
  let selected: string | null = null;
  let canvas: MarkCanvas | null = null;
  let hover: TimelineMark | null = null;
  let canvasFrame = 0;
  let groups: GroupStyle = { colors: null, hidden: new Set() };
  let colors: TimelineColors | null = null;
  const themeColors = (): TimelineColors => (colors ??= readTimelineColors(el));
  const scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const onScheme = (): void => {
    colors = null;
    place();
  };
  scheme?.addEventListener('change', onScheme);
  let transform = d3.zoomIdentity;
  const base = d3.scaleUtc();
  const zoom = d3.zoom<SVGSVGElement, unknown>().scaleExtent([0.25, 500]).on('zoom', (e: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
    transform = e.transform;
    place();
  });
  svg.call(zoom).on('dblclick.zoom', null);

  const laneTop = new Map<string, number>();
  const geometry = (): { width: number; labelWidth: number; plotWidth: number; height: number } => {
    const width = Math.max(240, el.clientWidth);
    let y = AXIS + 6;
    laneTop.clear();
    for (const lane of layout?.lanes ?? []) {
      laneTop.set(lane.id, y);
      y += lane.rows * rowHeight + LANE_GAP;
    }
    const labelWidth = labelWidthFor(width);
    return { width, labelWidth, plotWidth: width - labelWidth - 12, height: y };
  };

  function render(): void {
    if (!layout) return;
    const { width, labelWidth, plotWidth, height } = geometry();
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    base.domain([new Date(layout.domain[0]), new Date(layout.domain[1])]).range([0, plotWidth]);
    zoom.extent([[0, 0], [plotWidth, height]]).translateExtent([[-plotWidth, 0], [plotWidth * 2, height]]);
    clip.attr('x', 0).attr('y', 0).attr('width', plotWidth).attr('height', height);
    plot.attr('transform', `translate(${labelWidth},0)`);
    axisG.attr('transform', `translate(${labelWidth},${AXIS})`);
    playheadLayer.attr('transform', `translate(${labelWidth},0)`);
    brushLayer.attr('transform', `translate(${labelWidth},0)`);
    lanesG
      .selectAll<SVGGElement, TimelineLayout['lanes'][number]>('g.dl-lane')
      .data(layout.lanes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', (d) => `dl-lane dl-lane--${d.kind}`);
        g.append('rect').attr('class', 'dl-lane__bg');
        g.append('text').attr('class', 'dl-lane__label');
        return g;
      })
      .attr('transform', (d) => `translate(0,${laneTop.get(d.id) ?? 0})`)
      .call((g) => g.select('rect').attr('x', 0).attr('width', width).attr('height', (d) => d.rows * rowHeight))
      .call((g) =>
        g
          .select('text')
          .attr('x', 10)
          .attr('y', (d) => (d.rows * rowHeight) / 2 + 4)
          .text((d) => {
            const max = Math.floor((labelWidth - 14) / 7.4);
            return d.label.length > max ? `${d.label.slice(0, max - 1)}…` : d.label;
          }),
      );
    svgMarks.join(canvas ? [] : layout.marks);
    place();
  }

  /** Positions everything that depends on the zoom; called on every zoom frame. */
  function place(): void {
    if (!layout) return;
    const { plotWidth, labelWidth, height } = geometry();
    const x = transform.rescaleX(base);
    const t = (ms: number): number => x(new Date(ms));
    if (canvas) {
      root.style('--dl-plot-left', `${labelWidth}px`);
      // Zoom events can come several to a frame: paint the canvas once, in the next frame.
      canvasFrame ||= requestAnimationFrame(() => {
        canvasFrame = 0;
        const [d0, d1] = transform.rescaleX(base).domain().map(Number) as [number, number];
        canvas?.draw({ t0: d0, msPerPx: (d1 - d0) / plotWidth, plotWidth, rowHeight, laneTop }, height);
      });
    }
    axisG.call(d3.axisTop(x).ticks(Math.max(2, Math.floor(plotWidth / 90))).tickFormat(tickFormat).tickSizeOuter(0)).call((g) => g.select('.domain').attr('transform', null));
    svgMarks.place(t, plotWidth, laneTop, rowHeight);
    publishedG
      .selectAll('line')
      .data([layout.published])
      .join('line')
      .attr('x1', (d) => t(d))
      .attr('x2', (d) => t(d))
      .attr('y1', AXIS)
      .attr('y2', geometry().height);
    publishedG
      .selectAll('text')
      .data([layout.published])
      .join('text')
      .attr('x', (d) => t(d) + 4)
      .attr('y', AXIS + 12)
      .text('published');
    const [v0, v1] = x.domain().map(Number) as [number, number];
    playhead.place({ x: t, invert: (px) => x.invert(px).getTime(), plotWidth, keyStep: (v1 - v0) / 50 }, AXIS, height);
    placePlayhead();
    brush.place(t, (px) => x.invert(px).getTime(), plotWidth, AXIS);
    if (!canvas) svgMarks.style(selected, groups);
  }

  /** The playhead sits at the time mode's time, else at the selected event's (a fading-before band: at its known end). */
  function placePlayhead(): void {
    const found = selected === null ? undefined : index?.eventMark(selected);
    const mark = found?.kind === 'undated' ? undefined : found;
    playhead.set(playTime ?? (mark ? (mark.kind === 'before' ? mark.end : mark.start) : null));
  }

  // On a canvas, the pointer finds its mark through the time index.
  const plotPoint = (e: MouseEvent): [number, number] => {
    const [px, py] = d3.pointer(e, svg.node());
    return [px - geometry().labelWidth, py];
  };
  svg.on('click.canvas', (e: MouseEvent) => {
    const m = canvas?.hit(...plotPoint(e));
    if (m?.eventId) options.onSelect?.(m.eventId);
  });
  svg.on('pointermove.canvas', (e: PointerEvent) => {
    if (!canvas || e.buttons !== 0) return;
    const m = canvas.hit(...plotPoint(e));
    if (m === hover) return;
    hover = m;
    root.attr('title', m?.label ?? null).attr('data-hover-event', m?.eventId ?? null);
    svg.classed('is-over-mark', m !== null);
    canvas.highlight(selected, hover);
  });

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => render()) : null;
  observer?.observe(el);
  svg.on('keydown', (e: KeyboardEvent) => {
    const step: Record<string, () => void> = {
      '+': () => zoom.scaleBy(svg, 1.5),
      '=': () => zoom.scaleBy(svg, 1.5),
      '-': () => zoom.scaleBy(svg, 1 / 1.5),
      ArrowLeft: () => zoom.translateBy(svg, 60 / transform.k, 0),
      ArrowRight: () => zoom.translateBy(svg, -60 / transform.k, 0),
      '0': () => zoom.transform(svg, d3.zoomIdentity),
    };
    const f = step[e.key];
    if (f) {
      e.preventDefault();
      f();
    }
  });

  return {
    show(story) {
      layout = timelineLayout(story);
      index = createMarkIndex(layout.marks);
      selected = null;
      hover = null;
      marksG.selectAll('*').remove();
      canvas?.destroy();
      canvas = layout.marks.length > (options.canvasAbove ?? 400) ? createMarkCanvas(el.querySelector<HTMLElement>('.dl-timeline') ?? el, index, themeColors, () => groups) : null;
      root.classed('dl-timeline--canvas', canvas !== null);
      transform = d3.zoomIdentity;
      svg.call(zoom.transform, d3.zoomIdentity);
      render();
    },
    focus(eventId) {
      selected = eventId;
      if (canvas) {
        canvas.highlight(selected, hover);
        placePlayhead();
      } else place();
    },
    setGroups(style) {
      groups = style;
      place();
    },
    setWindow(w) {
      brush.set(w);
    },
    setTime(ms) {
      playTime = ms;
      placePlayhead();
    },
    resize: render,
    destroy() {
      observer?.disconnect();
      scheme?.removeEventListener('change', onScheme);
      cancelAnimationFrame(canvasFrame);
      canvas?.destroy();
      svg.on('.zoom', null);
      root.remove();
    },
  };
}
