import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import { drawMap } from './drawMap';
import { snapshotLayout, SNAPSHOT_FOOTER, SNAPSHOT_TITLE } from './snapshotLayout';
import { svgImage } from './svgImage';

/** What to put in the image. */
export interface SnapshotOptions {
  /** The Leaflet map's container. */
  map: HTMLElement;
  /** The element holding the timeline's SVG (none in presentation mode). */
  timeline?: HTMLElement | null;
  /** The title line, e.g. the story title and the current event. */
  title: string;
  /** Credits for the foot of the image (default: the map's own attribution text). */
  attribution?: string;
  /** Device pixels per CSS pixel (default: the screen's, at most 2). */
  scale?: number;
  /** Language of the notes the image may carry (default English). */
  lang?: Lang;
}

/** A rendered snapshot: the PNG, its size in pixels, and what had to be left out. */
export interface Snapshot {
  blob: Blob;
  width: number;
  height: number;
  notes: string[];
}

function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * Renders the map and the timeline as they are on screen into a PNG: a title line, the map
 * (vector layers, markers, labels; tiles only when their server allows copying them), the
 * timeline, and the attribution. Nothing is fetched: everything is drawn from the page.
 */
export async function renderSnapshot(options: SnapshotOptions): Promise<Snapshot> {
  const lang = options.lang ?? 'en';
  const mapBox = options.map.getBoundingClientRect();
  const timelineSvg = options.timeline?.querySelector('svg') ?? null;
  const timelineBox = timelineSvg?.getBoundingClientRect();
  const layout = snapshotLayout(
    { mapWidth: mapBox.width, mapHeight: mapBox.height, timelineWidth: timelineBox?.width ?? 0, timelineHeight: timelineBox?.height ?? 0 },
    options.scale ?? Math.min(2, Math.max(1, window.devicePixelRatio || 1)),
  );
  const canvas = document.createElement('canvas');
  canvas.width = layout.pixelWidth;
  canvas.height = layout.pixelHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  ctx.scale(layout.scale, layout.scale);
  const look = getComputedStyle(options.map.closest('.dl-app, .dl-present') ?? document.body);
  const surface = look.getPropertyValue('--surface').trim() || '#ffffff';
  const ink = look.getPropertyValue('--ink').trim() || '#1b2230';
  const muted = look.getPropertyValue('--muted').trim() || '#586070';
  const font = look.getPropertyValue('--font').trim() || 'sans-serif';
  ctx.fillStyle = surface;
  ctx.fillRect(0, 0, layout.width, layout.height);

  ctx.fillStyle = ink;
  ctx.font = `700 18px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(fitText(ctx, options.title, layout.width - 24), 12, SNAPSHOT_TITLE / 2);

  const notes: string[] = [];
  const drawn = await drawMap(ctx, options.map, 0, layout.mapTop);
  if (drawn.skippedTiles > 0) notes.push(t(lang, 'snapshot.tilesOmitted'));
  if (timelineSvg && timelineBox && timelineBox.width > 0) ctx.drawImage(await svgImage(timelineSvg), 0, layout.timelineTop, timelineBox.width, timelineBox.height);

  const credit = options.attribution ?? options.map.querySelector('.leaflet-control-attribution')?.textContent ?? '';
  ctx.fillStyle = muted;
  ctx.font = `12px ${font}`;
  ctx.fillText(fitText(ctx, [credit.replace(/\s+/g, ' ').trim(), ...notes].filter((x) => x !== '').join(' · '), layout.width - 24), 12, layout.footerTop + SNAPSHOT_FOOTER / 2);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The image could not be encoded.');
  return { blob, width: layout.pixelWidth, height: layout.pixelHeight, notes };
}
