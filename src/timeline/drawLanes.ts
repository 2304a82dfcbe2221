import type { Selection } from 'd3';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { TimelineLane } from './timelineLayout';

/** How the lanes are drawn: sizes in pixels, the interface language, and the story's (for route names). */
export interface LaneGeometry {
  readonly laneTop: ReadonlyMap<string, number>;
  readonly width: number;
  readonly labelWidth: number;
  readonly rowHeight: number;
  readonly lang: Lang;
  readonly storyLang: string;
}

/** A lane's name: the interface names the events and undated lanes in `lang`; a route lane shows its route's own name. */
export function laneName(lane: TimelineLane, lang: Lang): string {
  if (lane.kind === 'events') return t(lang, 'timeline.events');
  if (lane.kind === 'undated') return t(lang, 'timeline.undated');
  return lane.label;
}

/** Draws the lanes in `g`, one `<g>` each: a background across the timeline and the name, cut with "…" to fit the label column. */
export function drawLanes(g: Selection<SVGGElement, unknown, null, undefined>, lanes: readonly TimelineLane[], geo: LaneGeometry): void {
  const max = Math.floor((geo.labelWidth - 14) / 7.4);
  g.selectAll<SVGGElement, TimelineLane>('g.dl-lane')
    .data(lanes, (d) => d.id)
    .join((enter) => {
      const lane = enter.append('g').attr('class', (d) => `dl-lane dl-lane--${d.kind}`);
      lane.append('rect').attr('class', 'dl-lane__bg');
      lane.append('text').attr('class', 'dl-lane__label');
      return lane;
    })
    .attr('transform', (d) => `translate(0,${geo.laneTop.get(d.id) ?? 0})`)
    .call((lane) => lane.select('rect').attr('x', 0).attr('width', geo.width).attr('height', (d) => d.rows * geo.rowHeight))
    .call((lane) =>
      lane
        .select('text')
        .attr('x', 10)
        .attr('y', (d) => (d.rows * geo.rowHeight) / 2 + 4)
        // A route's name is the story's words, in the story's language.
        .attr('lang', (d) => (d.kind === 'route' ? geo.storyLang : null))
        .text((d) => {
          const name = laneName(d, geo.lang);
          return name.length > max ? `${name.slice(0, max - 1)}…` : name;
        }),
    );
}
