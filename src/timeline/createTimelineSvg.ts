import * as d3 from 'd3';
import { appendFadeMasks } from './appendFadeMasks';

type G = d3.Selection<SVGGElement, unknown, null, undefined>;

/** The timeline's elements, bottom to top: lanes, the clipped plot (published line, marks), the axis, the brush, the playhead. */
export interface TimelineSvg {
  readonly root: d3.Selection<HTMLDivElement, unknown, null, undefined>;
  readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  /** The clip rectangle of the plot and the playhead. */
  readonly clip: d3.Selection<SVGRectElement, unknown, null, undefined>;
  readonly lanes: G;
  readonly plot: G;
  readonly published: G;
  readonly marks: G;
  readonly axis: G;
  readonly brushLayer: G;
  readonly playheadLayer: G;
}

/** Builds the timeline's SVG in a new `.dl-timeline` in `el`, named `label` for assistive tech; `uid` names its masks and clip. */
export function createTimelineSvg(el: HTMLElement, uid: string, label: string): TimelineSvg {
  const root = d3.select(el).append('div').attr('class', 'dl-timeline');
  const svg = root.append('svg').attr('class', 'dl-timeline__svg').attr('tabindex', '0').attr('role', 'group').attr('aria-label', label);
  const defs = svg.append('defs');
  appendFadeMasks(defs, uid);
  const clip = defs.append('clipPath').attr('id', `${uid}-clip`).append('rect');
  const lanes = svg.append('g').attr('class', 'dl-lanes');
  const plot = svg.append('g').attr('class', 'dl-plot').attr('clip-path', `url(#${uid}-clip)`);
  const axis = svg.append('g').attr('class', 'dl-axis');
  const published = plot.append('g').attr('class', 'dl-published');
  const marks = plot.append('g').attr('class', 'dl-marks');
  // d3-brush lets its mousedown bubble: the zoom would start a pan that never ends and eat the next click.
  const brushLayer = svg.append('g').attr('class', 'dl-brush-layer').on('mousedown.dl touchstart.dl', (e: Event) => e.stopPropagation());
  // Above the axis and the brush, so the playhead's handle can sit on the axis.
  const playheadLayer = svg.append('g').attr('class', 'dl-playhead-layer').attr('clip-path', `url(#${uid}-clip)`);
  return { root, svg, clip, lanes, plot, published, marks, axis, brushLayer, playheadLayer };
}
