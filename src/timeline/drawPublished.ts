import type { Selection } from 'd3';

/**
 * Draws the publication date in `g`: a dashed line at `x` from `top` to `bottom`, named `label`
 * beside the axis: to its right, or to its left when the name would run off a plot `plotWidth` wide.
 */
export function drawPublished(g: Selection<SVGGElement, unknown, null, undefined>, x: number, top: number, bottom: number, label: string, plotWidth: number): void {
  // The name is 10 px type: about 6 px a character.
  const left = x + 4 + label.length * 6 > plotWidth && x > plotWidth / 2;
  g.selectAll('line').data([x]).join('line').attr('x1', x).attr('x2', x).attr('y1', top).attr('y2', bottom);
  g.selectAll('text')
    .data([x])
    .join('text')
    .attr('x', left ? x - 4 : x + 4)
    .attr('text-anchor', left ? 'end' : 'start')
    .attr('y', top + 12)
    .text(label);
}
