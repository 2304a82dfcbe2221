import * as d3 from 'd3';

/** Zoom and pan of the timeline: the current transform, and the verbs the view needs. */
export interface TimelineZoom {
  /** The reader's zoom and pan now (d3-zoom's immutable value). */
  transform(): d3.ZoomTransform;
  /** Back to the whole story, without an animation. */
  reset(): void;
  /** The zoomable area for a plot `plotWidth` × `height`; panning stops a plot's width beyond either end. */
  setExtent(plotWidth: number, height: number): void;
  destroy(): void;
}

/**
 * Makes `svg` zoomable with the mouse, touch and keys (+ and − zoom, ← → pan, 0 resets; double
 * click does nothing) and calls `onZoom` on every change.
 */
export function createTimelineZoom(svg: d3.Selection<SVGSVGElement, unknown, null, undefined>, onZoom: () => void): TimelineZoom {
  let transform = d3.zoomIdentity;
  const zoom = d3.zoom<SVGSVGElement, unknown>().scaleExtent([0.25, 500]).on('zoom', (e: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
    transform = e.transform;
    onZoom();
  });
  svg.call(zoom).on('dblclick.zoom', null);
  svg.on('keydown.zoom', (e: KeyboardEvent) => {
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
    transform: () => transform,
    reset() {
      transform = d3.zoomIdentity;
      svg.call(zoom.transform, d3.zoomIdentity);
    },
    setExtent(plotWidth, height) {
      zoom.extent([[0, 0], [plotWidth, height]]).translateExtent([[-plotWidth, 0], [plotWidth * 2, height]]);
    },
    destroy() {
      svg.on('.zoom', null);
    },
  };
}
