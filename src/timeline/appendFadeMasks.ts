import type { Selection } from 'd3';

/**
 * Adds the masks that fade only-bounded bands (`${uid}-after`, `${uid}-before`, `${uid}-between`)
 * to an SVG `<defs>`. Masks rather than gradient fills, so a band keeps its kind's colour from CSS.
 */
export function appendFadeMasks(defs: Selection<SVGDefsElement, unknown, null, undefined>, uid: string): void {
  for (const [id, from, to] of [['after', 1, 0], ['before', 0, 1], ['between', 0.2, 0.2]] as const) {
    const g = defs.append('linearGradient').attr('id', `${uid}-g-${id}`);
    g.append('stop').attr('offset', '0%').attr('stop-color', '#fff').attr('stop-opacity', from);
    if (id === 'between') g.append('stop').attr('offset', '50%').attr('stop-color', '#fff').attr('stop-opacity', 1);
    g.append('stop').attr('offset', '100%').attr('stop-color', '#fff').attr('stop-opacity', to);
    defs
      .append('mask')
      .attr('id', `${uid}-${id}`)
      .attr('maskContentUnits', 'objectBoundingBox')
      .append('rect')
      .attr('width', 1)
      .attr('height', 1)
      .attr('fill', `url(#${uid}-g-${id})`);
  }
}
