import * as d3 from 'd3';
import type { Lang } from '../i18n/languages';
import { axisTickLabels } from './axisTickLabels';

/** Pixels between axis ticks, at least. */
const TICK_SPACING = 90;

/** The time axis along the top of the plot. */
export interface TimeAxis {
  /** Redraws the ticks for the scale `x` over a plot `plotWidth` wide. */
  place(x: d3.ScaleTime<number, number>, plotWidth: number): void;
}

/** Creates the axis in `g` (already placed at the axis line): ticks about every 90 pixels, labelled in `lang` with the year where it is needed (see axisTickLabels). */
export function createTimeAxis(g: d3.Selection<SVGGElement, unknown, null, undefined>, lang: Lang): TimeAxis {
  return {
    place(x, plotWidth) {
      const ticks = x.ticks(Math.max(2, Math.floor(plotWidth / TICK_SPACING)));
      const labels = new Map(axisTickLabels(ticks.map(Number), lang).map((label, i) => [Number(ticks[i]), label]));
      g.call(
        d3
          .axisTop(x)
          .tickValues(ticks)
          .tickFormat((d) => labels.get(Number(d)) ?? '')
          .tickSizeOuter(0),
      ).call((axis) => axis.select('.domain').attr('transform', null));
    },
  };
}
