import * as d3 from 'd3';
import type { Story } from '../story/types';
import { appendFadeMasks } from './appendFadeMasks';
import { labelPosition } from './labelPosition';
import { markExtent } from './markExtent';
import { timelineLayout, type TimelineLayout, type TimelineMark } from './timelineLayout';

/** Options for {@link createTimelineView}; every one has a default. */
export interface TimelineViewOptions {
  /** Called with an event id when the reader clicks a mark (default: nothing). */
  onSelect?: (eventId: string) => void;
  /** Height of one row of marks, in pixels (default 21). */
  rowHeight?: number;
  /** Width of the lane labels, in pixels (default 132, or 76 when the timeline is under 520 px wide). */
  labelWidth?: number;
}

/** The timeline: shows a story's events in lanes on a zoomable time axis, with a playhead. */
export interface TimelineView {
  show(story: Story): void;
  /** Marks `eventId` as selected and moves the playhead to it (`null` hides it). */
  focus(eventId: string | null): void;
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
  const playhead = plot.append('g').attr('class', 'dl-playhead').style('display', 'none');
  playhead.append('line');
  const playLabel = playhead.append('text').attr('y', 12);

  let layout: TimelineLayout | null = null;
  let selected: string | null = null;
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
    playhead.select('line').attr('y1', AXIS).attr('y2', height);
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
    marksG
      .selectAll<SVGGElement, TimelineMark>('g.dl-mark')
      .data(layout.marks, (d) => d.key)
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('class', (d) => `dl-mark dl-mark--${d.kind} dl-kind--${d.eventKind}`)
          .attr('data-event-id', (d) => d.eventId ?? '')
          .on('click', (_e, d) => {
            if (d.eventId !== null) options.onSelect?.(d.eventId);
          });
        g.append('title').text((d) => d.label);
        g.filter((d) => d.kind === 'instant').append('circle').attr('r', 6);
        g.filter((d) => d.kind !== 'instant').append('rect').attr('rx', 3);
        g.filter((d) => d.kind === 'after' || d.kind === 'before' || d.kind === 'between').select('rect').attr('mask', (d) => `url(#${uid}-${d.kind})`);
        g.append('text').attr('class', (d) => `dl-mark__label${d.kind !== 'instant' && d.kind !== 'undated' ? ' dl-mark__label--inside' : ''}`);
        return g;
      });
    place();
  }

  /** Positions everything that depends on the zoom; called on every zoom frame. */
  function place(): void {
    if (!layout) return;
    const { plotWidth } = geometry();
    const x = transform.rescaleX(base);
    const t = (ms: number): number => x(new Date(ms));
    axisG.call(d3.axisTop(x).ticks(Math.max(2, Math.floor(plotWidth / 90))).tickFormat(tickFormat).tickSizeOuter(0)).call((g) => g.select('.domain').attr('transform', null));
    const marks = marksG.selectAll<SVGGElement, TimelineMark>('g.dl-mark');
    marks.each(function (d) {
      const ext = markExtent(d, t, plotWidth);
      const y = (laneTop.get(d.laneId) ?? 0) + d.row * rowHeight;
      const g = d3.select(this).attr('transform', `translate(0,${y})`);
      g.select('circle').attr('cx', ext.x).attr('cy', rowHeight / 2);
      g.select('rect').attr('x', ext.x).attr('y', 4).attr('width', ext.width).attr('height', rowHeight - 8);
      g.select('text.dl-mark__label').call((text) => {
        const pos = labelPosition(d, ext, plotWidth);
        // Inside labels are bold, so each character takes a little more room.
        const chars = Math.floor(pos.room / (d.kind === 'instant' || d.kind === 'undated' ? 6.4 : 7));
        const label = d.label.length > chars ? `${d.label.slice(0, Math.max(0, chars - 1))}…` : d.label;
        text.attr('x', pos.x).attr('text-anchor', pos.anchor).attr('y', rowHeight / 2 + 4).text(chars > 3 ? label : '');
      });
    });
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
    const mark = selected === null ? undefined : layout.marks.find((m) => m.eventId === selected && m.kind !== 'undated');
    playhead.style('display', mark ? 'inline' : 'none');
    if (mark) {
      const at = mark.kind === 'before' ? t(mark.end) : t(mark.start);
      playhead.attr('transform', `translate(${at},0)`);
      playLabel.text(d3.utcFormat('%-d %b %Y %H:%M')(new Date(mark.kind === 'before' ? mark.end : mark.start)));
      playLabel.attr('text-anchor', at > plotWidth - 120 ? 'end' : 'start').attr('x', at > plotWidth - 120 ? -4 : 4);
    }
    marks.classed('is-selected', (d) => d.eventId !== null && d.eventId === selected);
  }

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
      selected = null;
      marksG.selectAll('*').remove();
      transform = d3.zoomIdentity;
      svg.call(zoom.transform, d3.zoomIdentity);
      render();
    },
    focus(eventId) {
      selected = eventId;
      place();
    },
    resize: render,
    destroy() {
      observer?.disconnect();
      svg.on('.zoom', null);
      root.remove();
    },
  };
}
