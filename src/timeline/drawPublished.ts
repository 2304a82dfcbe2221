import type { Selection } from 'd3';

/** A publication line: where it is, and its article's colour in a collection (`null`: the theme's). */
export interface PublishedLine {
  readonly x: number;
  readonly color: string | null;
}

/**
 * Draws publication dates in `g`: a dashed line for each of `lines` from `top` to `bottom`, named
 * `label` beside the axis: to its right, or to its left when the name would run off a plot
 * `plotWidth` wide. Lines closer than their names (a collection's articles seen from afar) share one.
 */
export function drawPublished(g: Selection<SVGGElement, unknown, null, undefined>, lines: readonly PublishedLine[], top: number, bottom: number, label: string, plotWidth: number): void {
  // The name is 10 px type: about 6 px a character.
  const width = label.length * 6 + 8;
  const named: number[] = [];
  for (const { x } of [...lines].sort((a, b) => a.x - b.x)) {
    const last = named.at(-1);
    if (last === undefined || x - last > width) named.push(x);
  }
  g.selectAll<SVGLineElement, PublishedLine>('line')
    .data(lines)
    .join('line')
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', top)
    .attr('y2', bottom)
    .style('stroke', (d) => d.color);
  g.selectAll<SVGTextElement, number>('text')
    .data(named)
    .join('text')
    .each(function (x) {
      const left = x + 4 + label.length * 6 > plotWidth && x > plotWidth / 2;
      this.setAttribute('x', String(left ? x - 4 : x + 4));
      this.setAttribute('text-anchor', left ? 'end' : 'start');
    })
    .attr('y', top + 12)
    .text(label);
}
