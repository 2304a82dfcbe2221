import type { MarkExtent } from './markExtent';
import type { TimelineMark } from './timelineLayout';

/** Where a mark's label goes: inside a band (at its solid end), beside an instant (flipped left near the right edge). */
export function labelPosition(d: TimelineMark, ext: MarkExtent, plotWidth: number): { x: number; anchor: 'start' | 'end'; room: number } {
  if (d.kind === 'undated') return { x: ext.x + 6, anchor: 'start', room: ext.width - 12 };
  if (d.kind !== 'instant') {
    // A fading band's solid end is where the text gives the date; the label sits there.
    return d.kind === 'before' ? { x: ext.x + ext.width - 6, anchor: 'end', room: ext.width - 12 } : { x: ext.x + 6, anchor: 'start', room: ext.width - 12 };
  }
  const after = ext.x + 10;
  const room = plotWidth - after;
  return room >= 90 || room >= ext.x ? { x: after, anchor: 'start', room: Math.min(200, room) } : { x: ext.x - 10, anchor: 'end', room: Math.min(200, ext.x - 10) };
}
