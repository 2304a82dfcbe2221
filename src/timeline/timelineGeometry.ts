import type { TimelineLane } from './timelineLayout';

/** Height of the axis strip above the lanes, in pixels. */
export const AXIS_HEIGHT = 40;
const LANE_GAP = 10;

/** The timeline's sizes in pixels for a container width: the label column, the plot, and each lane's top and rows. */
export interface TimelineGeometry {
  readonly width: number;
  readonly labelWidth: number;
  readonly plotWidth: number;
  readonly height: number;
  readonly laneTop: ReadonlyMap<string, number>;
  readonly laneRows: ReadonlyMap<string, number>;
}

/**
 * Lays the lanes out under the axis, `rowHeight` per row and a gap between lanes, in a container
 * `clientWidth` wide (at least 240); the label column is `labelWidth`, else 132 (76 under 520 px).
 */
export function timelineGeometry(lanes: readonly TimelineLane[], clientWidth: number, rowHeight: number, labelWidth?: number): TimelineGeometry {
  const width = Math.max(240, clientWidth);
  const laneTop = new Map<string, number>();
  const laneRows = new Map<string, number>();
  let y = AXIS_HEIGHT + 6;
  for (const lane of lanes) {
    laneTop.set(lane.id, y);
    laneRows.set(lane.id, lane.rows);
    y += lane.rows * rowHeight + LANE_GAP;
  }
  const labels = labelWidth ?? (width < 520 ? 76 : 132);
  return { width, labelWidth: labels, plotWidth: width - labels - 12, height: y, laneTop, laneRows };
}
