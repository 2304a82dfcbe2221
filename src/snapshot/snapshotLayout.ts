/** Sizes (CSS pixels) of what goes into a snapshot. */
export interface SnapshotParts {
  mapWidth: number;
  mapHeight: number;
  /** 0 when there is no timeline. */
  timelineWidth: number;
  timelineHeight: number;
}

/** Where each part goes in the image, in CSS pixels (multiply by `scale` for device pixels). */
export interface SnapshotLayout {
  /** The image's size in device pixels: what the PNG header says. */
  pixelWidth: number;
  pixelHeight: number;
  scale: number;
  width: number;
  height: number;
  titleTop: number;
  mapTop: number;
  timelineTop: number;
  footerTop: number;
}

/** Height of the title line, the gap above the timeline and the attribution line. */
export const SNAPSHOT_TITLE = 44;
export const SNAPSHOT_GAP = 8;
export const SNAPSHOT_FOOTER = 28;

/**
 * Stacks a snapshot: a title line, the map, the timeline (when there is one) and an attribution
 * line, as wide as the wider of map and timeline; `scale` (device pixels per CSS pixel) sharpens it.
 */
export function snapshotLayout(parts: SnapshotParts, scale = 1): SnapshotLayout {
  const width = Math.max(1, Math.round(Math.max(parts.mapWidth, parts.timelineWidth)));
  const mapTop = SNAPSHOT_TITLE;
  const hasTimeline = parts.timelineWidth > 0 && parts.timelineHeight > 0;
  const timelineTop = mapTop + Math.round(parts.mapHeight) + (hasTimeline ? SNAPSHOT_GAP : 0);
  const footerTop = timelineTop + (hasTimeline ? Math.round(parts.timelineHeight) : 0);
  const height = footerTop + SNAPSHOT_FOOTER;
  return {
    pixelWidth: Math.round(width * scale),
    pixelHeight: Math.round(height * scale),
    scale,
    width,
    height,
    titleTop: 0,
    mapTop,
    timelineTop,
    footerTop,
  };
}
