import { BIN_PX, createDensityLayer, type DensityLayer } from './createDensityLayer';
import { crowdedLanes } from './crowdedLanes';
import { labelPosition } from './labelPosition';
import type { MarkIndex } from './markIndex';
import { markExtent } from './markExtent';
import { toPx, type PlotView } from './plotView';
import type { TimelineColors } from './readTimelineColors';
import type { TimelineMark } from './timelineLayout';

/** How a collection paints its marks: a colour per group, and the groups the reader has hidden. */
export interface GroupStyle {
  readonly colors: ReadonlyMap<string, string> | null;
  readonly hidden: ReadonlySet<string>;
}

/** Past this many marks in view, labels and outlines are left off and instants shrink. */
export const DENSE = 1500;
const LABELS_BELOW = 250;
// Band opacity by kind; only-bounded bands are drawn in three steps of fading opacity.
const ALPHAS = [1, 0.75, 0.5, 0.22, 0.14] as const;
const FADE_AFTER = [0, 2, 3] as const;
const FADE_BEFORE = [3, 2, 0] as const;
const FADE_BETWEEN = [3, 0, 3] as const;

/** The colour of a mark: its group's colour in a collection, else its kind's. */
export function markColor(m: TimelineMark, colors: TimelineColors, groupColors: ReadonlyMap<string, string> | null): string {
  return (groupColors && m.group !== null ? groupColors.get(m.group) : undefined) ?? colors.kinds[m.eventKind];
}

/**
 * Paints the marks in view on a canvas context (already scaled for the device): one path per
 * colour and opacity, so thousands of marks cost a few fills; marks narrower than a pixel that
 * land on the pixel of the mark before them in their row are skipped. A lane too crowded to
 * show its marks apart (see crowdedLanes) is drawn as a histogram of how many marks cover each
 * moment, in their colours, so a dense stretch reads as density rather than a solid block.
 */
export function drawMarks(ctx: CanvasRenderingContext2D, index: MarkIndex, view: PlotView, colors: TimelineColors, groups: GroupStyle, lo: number, hi: number): void {
  const groupColors = groups.colors;
  // One path per colour and opacity level, looked up without building a key per mark.
  const paths = new Map<string, Array<Path2D | undefined>>();
  const pathFor = (color: string, level: number): Path2D => {
    let levels = paths.get(color);
    if (!levels) paths.set(color, (levels = []));
    let p = levels[level];
    if (!p) levels[level] = p = new Path2D();
    return p;
  };
  const dense = hi - lo > DENSE;
  const crowded = crowdedLanes(index, view, groups, lo, hi);
  const density = crowded.size > 0 ? createDensityLayer(view.plotWidth) : null;
  const r = dense ? 3 : 5;
  const x = (t: number): number => toPx(view, t);
  // The last pixel painted in each row, keyed by the row's top.
  const lastPx = new Map<number, number>();
  const top = (m: TimelineMark): number => (view.laneTop.get(m.laneId) ?? 0) + m.row * view.rowHeight;
  const band = (m: TimelineMark, color: string, x0: number, w: number, y: number): void => {
    const h = view.rowHeight - 8;
    if (m.kind === 'interval') return void pathFor(color, 1).rect(x0, y + 4, w, h);
    const third = w / 3;
    const steps = m.kind === 'after' ? FADE_AFTER : m.kind === 'before' ? FADE_BEFORE : FADE_BETWEEN;
    for (let i = 0; i < 3; i++) pathFor(color, steps[i] ?? 0).rect(x0 + i * third, y + 4, third, h);
  };
  for (let i = lo; i < hi; i++) {
    const m = index.dated[i];
    if (!m || (m.group !== null && groups.hidden.has(m.group))) continue;
    const ext = markExtent(m, x, view.plotWidth);
    if (ext.x > view.plotWidth + r || ext.x + ext.width < -r) continue;
    if (density && crowded.has(m.laneId)) {
      density.add(m.laneId, ext, markColor(m, colors, groupColors), m.kind === 'instant' || m.kind === 'interval' ? 1 : 0.5);
      continue;
    }
    const y = top(m);
    // Zoomed out, many marks fall on the same few pixels of a row: paint each pixel once.
    const px = Math.round(ext.x);
    if (ext.width < 6 && lastPx.get(y) === px) continue;
    lastPx.set(y, px);
    const color = markColor(m, colors, groupColors);
    if (m.kind === 'instant') {
      const p = pathFor(color, 0);
      p.moveTo(ext.x + r, y + view.rowHeight / 2);
      p.arc(ext.x, y + view.rowHeight / 2, r, 0, Math.PI * 2);
    } else band(m, color, ext.x, ext.width, y);
  }
  for (const m of index.undated) {
    if (m.group !== null && groups.hidden.has(m.group)) continue;
    const ext = markExtent(m, x, view.plotWidth);
    pathFor(markColor(m, colors, groupColors), 4).rect(ext.x, top(m) + 4, ext.width, view.rowHeight - 8);
  }
  for (const [color, levels] of paths) {
    levels.forEach((path, level) => {
      if (!path) return;
      ctx.globalAlpha = ALPHAS[level] ?? 1;
      ctx.fillStyle = color;
      ctx.fill(path);
      if (!dense && level === 0) {
        ctx.strokeStyle = colors.surface;
        ctx.lineWidth = 1.5;
        ctx.stroke(path);
      }
    });
  }
  if (density) paintDensity(ctx, density, view);
  ctx.globalAlpha = 1;
  if (hi - lo + index.undated.length <= LABELS_BELOW) drawLabels(ctx, index, view, colors, lo, hi, crowded);
}

/** Paints each crowded lane's histogram, standing on the lane's foot and nearly its full height. */
function paintDensity(ctx: CanvasRenderingContext2D, density: DensityLayer, view: PlotView): void {
  ctx.globalAlpha = 0.9;
  for (const lane of density.lanes()) {
    const height = (view.laneRows.get(lane) ?? 1) * view.rowHeight;
    const foot = (view.laneTop.get(lane) ?? 0) + height - 2;
    for (const { color, bars } of density.bars(lane, height - 6)) {
      const path = new Path2D();
      for (const [x, base, h] of bars) path.rect(x, foot - base - h, BIN_PX, h);
      ctx.fillStyle = color;
      ctx.fill(path);
    }
  }
}

function drawLabels(ctx: CanvasRenderingContext2D, index: MarkIndex, view: PlotView, colors: TimelineColors, lo: number, hi: number, crowded: ReadonlySet<string>): void {
  const marks = [...index.dated.slice(lo, hi).filter((m) => !crowded.has(m.laneId)), ...index.undated];
  const x = (t: number): number => toPx(view, t);
  ctx.textBaseline = 'middle';
  for (const m of marks) {
    const ext = markExtent(m, x, view.plotWidth);
    const pos = labelPosition(m, ext, view.plotWidth);
    const inside = m.kind !== 'instant' && m.kind !== 'undated';
    const chars = Math.floor(pos.room / (inside ? 7 : 6.4));
    if (chars <= 3) continue;
    const text = m.label.length > chars ? `${m.label.slice(0, chars - 1)}…` : m.label;
    ctx.font = `${inside ? '600 ' : ''}11px system-ui, sans-serif`;
    ctx.textAlign = pos.anchor === 'start' ? 'left' : 'right';
    ctx.fillStyle = inside ? colors.onKind : colors.ink;
    ctx.fillText(text, pos.x, (view.laneTop.get(m.laneId) ?? 0) + m.row * view.rowHeight + view.rowHeight / 2);
  }
}
