import * as d3 from 'd3';
import type { Lang } from '../i18n/languages';
import { pageLanguage } from '../i18n/pageLanguage';
import { t } from '../i18n/t';
import type { Story, When } from '../story/types';
import { createCanvasPointer } from './createCanvasPointer';
import { createMarkCanvas, type MarkCanvas } from './createMarkCanvas';
import { createPlayhead } from './createPlayhead';
import { createSvgMarks } from './createSvgMarks';
import { createThemeColors } from './createThemeColors';
import { createTimeAxis } from './createTimeAxis';
import { createTimelineSvg } from './createTimelineSvg';
import { createTimelineZoom } from './createTimelineZoom';
import { createWindowBrush, type TimeWindow } from './createWindowBrush';
import { drawLanes } from './drawLanes';
import type { GroupStyle } from './drawMarks';
import { drawPublished } from './drawPublished';
import { createMarkIndex, type MarkIndex } from './markIndex';
import { playheadText } from './playheadText';
import { AXIS_HEIGHT, timelineGeometry, type TimelineGeometry } from './timelineGeometry';
import { timelineLayout, type TimelineLayout } from './timelineLayout';

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
  /** Interface language, loaded already (default: the language of the page around `el`). */
  lang?: Lang;
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

/**
 * Creates an SVG timeline in `el`: D3 time scale and axis, zoom and pan (mouse, touch, + − and
 * arrow keys), marks as SVG or, past `canvasAbove`, on a canvas; its words in `lang`, its colours
 * re-read whenever the theme changes.
 */
export function createTimelineView(el: HTMLElement, options: TimelineViewOptions = {}): TimelineView {
  const lang = options.lang ?? pageLanguage(el);
  const rowHeight = options.rowHeight ?? 21;
  const uid = `dl-tl-${++instances}`;
  const { root, svg, clip, lanes: lanesG, plot, published: publishedG, marks: marksG, axis: axisG, brushLayer, playheadLayer } = createTimelineSvg(el, uid, t(lang, 'timeline.label'));
  const axis = createTimeAxis(axisG, lang);
  const svgMarks = createSvgMarks(marksG, uid, (id) => options.onSelect?.(id));
  const brush = createWindowBrush(brushLayer.append('g'), (w) => options.onWindow?.(w), lang);
  const playhead = createPlayhead(playheadLayer.append('g'), (ms) => options.onScrub?.(ms), lang);

  let layout: TimelineLayout | null = null;
  let index: MarkIndex | null = null;
  let storyLang = '';
  let whens = new Map<string, When | undefined>();
  let selected: string | null = null;
  let playTime: number | null = null;
  let canvas: MarkCanvas | null = null;
  let canvasFrame = 0;
  let groups: GroupStyle = { colors: null, hidden: new Set() };
  // A new theme repaints the canvas in its colours (SVG marks follow the CSS by themselves).
  const colors = createThemeColors(el, () => place());
  const zoom = createTimelineZoom(svg, () => place());
  const base = d3.scaleUtc();
  const pointer = createCanvasPointer(svg, root, { canvas: () => canvas, plotLeft: () => geometry().labelWidth, selected: () => selected, onSelect: (id) => options.onSelect?.(id) });

  const geometry = (): TimelineGeometry => timelineGeometry(layout?.lanes ?? [], el.clientWidth, rowHeight, options.labelWidth);

  function render(): void {
    if (!layout) return;
    const { width, labelWidth, plotWidth, height, laneTop } = geometry();
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    base.domain([new Date(layout.domain[0]), new Date(layout.domain[1])]).range([0, plotWidth]);
    zoom.setExtent(plotWidth, height);
    clip.attr('x', 0).attr('y', 0).attr('width', plotWidth).attr('height', height);
    for (const layer of [plot, playheadLayer, brushLayer]) layer.attr('transform', `translate(${labelWidth},0)`);
    axisG.attr('transform', `translate(${labelWidth},${AXIS_HEIGHT})`);
    drawLanes(lanesG, layout.lanes, { laneTop, width, labelWidth, rowHeight, lang, storyLang });
    svgMarks.join(canvas ? [] : layout.marks);
    place();
  }

  /** Positions everything that depends on the zoom; called on every zoom frame. */
  function place(): void {
    if (!layout) return;
    const { plotWidth, labelWidth, height, laneTop, laneRows } = geometry();
    const x = zoom.transform().rescaleX(base);
    const at = (ms: number): number => x(new Date(ms));
    if (canvas) {
      root.style('--dl-plot-left', `${labelWidth}px`);
      // Zoom events can come several to a frame: paint the canvas once, in the next frame.
      canvasFrame ||= requestAnimationFrame(() => {
        canvasFrame = 0;
        const [d0, d1] = zoom.transform().rescaleX(base).domain().map(Number) as [number, number];
        canvas?.draw({ t0: d0, msPerPx: (d1 - d0) / plotWidth, plotWidth, rowHeight, laneTop, laneRows }, height);
      });
    }
    axis.place(x, plotWidth);
    svgMarks.place(at, plotWidth, laneTop, rowHeight);
    // A collection shows when each of its (shown) articles came out, in the article's colour.
    const lines = layout.articles.length === 0 ? [{ x: at(layout.published), color: null }] : layout.articles.filter((a) => !groups.hidden.has(a.group)).map((a) => ({ x: at(a.published), color: groups.colors?.get(a.group) ?? null }));
    drawPublished(publishedG, lines, AXIS_HEIGHT, height, t(lang, 'timeline.published'), plotWidth);
    const [v0, v1] = x.domain().map(Number) as [number, number];
    playhead.place({ x: at, invert: (px) => x.invert(px).getTime(), plotWidth, keyStep: (v1 - v0) / 50 }, AXIS_HEIGHT, height);
    placePlayhead();
    brush.place(at, (px) => x.invert(px).getTime(), plotWidth, AXIS_HEIGHT);
    if (!canvas) svgMarks.style(selected, groups);
  }

  /**
   * The playhead sits at the time mode's time, else at the selected event's (a fading-before band: at
   * its known end); on the event it says the event's date in words, elsewhere the instant.
   */
  function placePlayhead(): void {
    const found = selected === null ? undefined : index?.eventMark(selected);
    const mark = found?.kind === 'undated' ? undefined : found;
    const at = mark ? (mark.kind === 'before' ? mark.end : mark.start) : null;
    const time = playTime ?? at;
    const event = selected !== null && at !== null ? { when: whens.get(selected), at } : null;
    playhead.set(time, time === null ? undefined : playheadText(time, event, lang));
  }

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => render()) : null;
  observer?.observe(el);

  return {
    show(story) {
      layout = timelineLayout(story);
      index = createMarkIndex(layout.marks);
      storyLang = story.meta.language;
      whens = new Map(story.events.map((e) => [e.id, e.when]));
      marksG.attr('lang', storyLang);
      selected = null;
      pointer.reset();
      marksG.selectAll('*').remove();
      canvas?.destroy();
      canvas = layout.marks.length > (options.canvasAbove ?? 400) ? createMarkCanvas(root.node() ?? el, index, colors.get, () => groups) : null;
      root.classed('dl-timeline--canvas', canvas !== null);
      zoom.reset();
      render();
    },
    focus(eventId) {
      selected = eventId;
      if (canvas) {
        canvas.highlight(selected, pointer.hovered());
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
      colors.destroy();
      cancelAnimationFrame(canvasFrame);
      canvas?.destroy();
      zoom.destroy();
      root.remove();
    },
  };
}
