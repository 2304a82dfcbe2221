import type { GroupStyle } from './drawMarks';
import type { MarkIndex } from './markIndex';
import { markExtent } from './markExtent';
import { toPx, type PlotView } from './plotView';

/** How much of a lane's rows its marks in view would cover, past which it reads as one block (1 = every pixel of every row, once). */
export const CROWDED_COVERAGE = 1.2;

/**
 * The lanes too crowded to draw mark by mark in the view: those whose visible marks (dated
 * ones, `[lo, hi)` of the index, hidden groups left out) would cover their rows more than
 * {@link CROWDED_COVERAGE} times over, counting an instant as its dot's `dot` pixels.
 */
export function crowdedLanes(index: MarkIndex, view: PlotView, groups: GroupStyle, lo: number, hi: number, dot = 6): Set<string> {
  const covered = new Map<string, number>();
  const x = (t: number): number => toPx(view, t);
  for (let i = lo; i < hi; i++) {
    const m = index.dated[i];
    if (!m || (m.group !== null && groups.hidden.has(m.group))) continue;
    const ext = markExtent(m, x, view.plotWidth);
    const from = Math.max(0, ext.x);
    const to = Math.min(view.plotWidth, ext.x + Math.max(dot, ext.width));
    if (to > from) covered.set(m.laneId, (covered.get(m.laneId) ?? 0) + (to - from));
  }
  const crowded = new Set<string>();
  for (const [lane, px] of covered) {
    if (px > CROWDED_COVERAGE * (view.laneRows.get(lane) ?? 1) * view.plotWidth) crowded.add(lane);
  }
  return crowded;
}
