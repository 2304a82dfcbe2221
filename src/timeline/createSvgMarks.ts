import * as d3 from 'd3';
import type { GroupStyle } from './drawMarks';
import { labelPosition } from './labelPosition';
import { markExtent } from './markExtent';
import type { TimelineMark } from './timelineLayout';

/** The SVG marks of a small timeline: one `<g>` per mark, with its title and label, for assistive tech and tests. */
export interface SvgMarks {
  /** Makes one element per mark (none when the marks go on a canvas). */
  join(marks: readonly TimelineMark[]): void;
  /** Positions the marks for a scale `t` (ms to plot pixels). */
  place(t: (ms: number) => number, plotWidth: number, laneTop: ReadonlyMap<string, number>, rowHeight: number): void;
  /** Marks the selection, hides hidden groups and colours by group. */
  style(selected: string | null, groups: GroupStyle): void;
}

/** Shortens the label in `node` (full text `label`) with an ellipsis until it is at most `room` pixels wide. */
function fitLabel(node: SVGTextElement, label: string, room: number): void {
  if (typeof node.getComputedTextLength !== 'function') return;
  let text = node.textContent ?? '';
  let width = node.getComputedTextLength();
  if (width <= room) return;
  // Cut in proportion first, then a character at a time: a label is re-measured only a few times.
  let chars = Math.floor((text.length * room) / width);
  while (chars > 3 && width > room) {
    text = `${label.slice(0, chars - 1)}…`;
    node.textContent = text;
    width = node.getComputedTextLength();
    chars--;
  }
  if (width > room) node.textContent = '';
}

/** Creates the SVG marks in `g`; `uid` names the fade masks, `onSelect` hears clicks. */
export function createSvgMarks(g: d3.Selection<SVGGElement, unknown, null, undefined>, uid: string, onSelect: (eventId: string) => void): SvgMarks {
  const all = (): d3.Selection<SVGGElement, TimelineMark, SVGGElement, unknown> => g.selectAll<SVGGElement, TimelineMark>('g.dl-mark');
  return {
    join(marks) {
      all()
        .data(marks, (d) => d.key)
        .join((enter) => {
          const m = enter
            .append('g')
            .attr('class', (d) => `dl-mark dl-mark--${d.kind} dl-kind--${d.eventKind}`)
            .attr('data-event-id', (d) => d.eventId ?? '')
            .on('click', (_e, d) => {
              if (d.eventId !== null) onSelect(d.eventId);
            });
          m.append('title').text((d) => d.label);
          m.filter((d) => d.kind === 'instant').append('circle').attr('r', 6);
          m.filter((d) => d.kind !== 'instant').append('rect').attr('rx', 3);
          m.filter((d) => d.kind === 'after' || d.kind === 'before' || d.kind === 'between').select('rect').attr('mask', (d) => `url(#${uid}-${d.kind})`);
          m.append('text').attr('class', (d) => `dl-mark__label${d.kind !== 'instant' && d.kind !== 'undated' ? ' dl-mark__label--inside' : ''}`);
          return m;
        });
    },
    place(t, plotWidth, laneTop, rowHeight) {
      const rooms: Array<[SVGTextElement, TimelineMark, number]> = [];
      all().each(function (d) {
        const ext = markExtent(d, t, plotWidth);
        const y = (laneTop.get(d.laneId) ?? 0) + d.row * rowHeight;
        const m = d3.select(this).attr('transform', `translate(0,${y})`);
        m.select('circle').attr('cx', ext.x).attr('cy', rowHeight / 2);
        m.select('rect').attr('x', ext.x).attr('y', 4).attr('width', ext.width).attr('height', rowHeight - 8);
        m.select('text.dl-mark__label').call((text) => {
          const pos = labelPosition(d, ext, plotWidth);
          // Inside labels are bold, so each character takes a little more room.
          const chars = Math.floor(pos.room / (d.kind === 'instant' || d.kind === 'undated' ? 6.4 : 7));
          const label = d.label.length > chars ? `${d.label.slice(0, Math.max(0, chars - 1))}…` : d.label;
          text.attr('x', pos.x).attr('text-anchor', pos.anchor).attr('y', rowHeight / 2 + 4).text(chars > 3 ? label : '');
          const node = text.node() as SVGTextElement | null;
          if (node && chars > 3) rooms.push([node, d, pos.room]);
        });
      });
      // The width per character is a guess (bold capitals are wider): measure, all at once, and shorten what overflows.
      for (const [node, d, room] of rooms) fitLabel(node, d.label, room);
    },
    style(selected, groups) {
      const marks = all();
      marks.classed('is-selected', (d) => d.eventId !== null && d.eventId === selected);
      marks.classed('is-hidden', (d) => d.group !== null && groups.hidden.has(d.group));
      marks.style('--kind', (d) => (d.group !== null ? (groups.colors?.get(d.group) ?? null) : null));
    },
  };
}
