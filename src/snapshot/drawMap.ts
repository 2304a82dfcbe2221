import { drawHtmlBox } from './drawHtmlBox';
import { svgImage } from './svgImage';

/** What drawing the map left out, for a note under the image. */
export interface MapDrawing {
  /** Tiles whose server did not allow copying them (no CORS), so they were left out. */
  skippedTiles: number;
}

/** Whether `image` can be copied into a canvas without tainting it (same origin, or allowed by CORS). */
function isClean(image: HTMLImageElement): boolean {
  const probe = document.createElement('canvas');
  probe.width = probe.height = 1;
  const ctx = probe.getContext('2d');
  if (!ctx) return false;
  try {
    ctx.drawImage(image, 0, 0, 1, 1);
    ctx.getImageData(0, 0, 1, 1);
    return true;
  } catch {
    return false;
  }
}

/**
 * Draws a Leaflet map (`mapEl`, the container) at `x, y` of `ctx`: its background, then each pane
 * in stacking order: tiles (when CORS-clean), the vector layers (SVG, with computed styles inlined)
 * and the HTML markers and labels. Controls (zoom, attribution) are left out.
 */
export async function drawMap(ctx: CanvasRenderingContext2D, mapEl: HTMLElement, x: number, y: number): Promise<MapDrawing> {
  const origin = mapEl.getBoundingClientRect();
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, origin.width, origin.height);
  ctx.clip();
  ctx.fillStyle = getComputedStyle(mapEl).backgroundColor;
  ctx.fillRect(x, y, origin.width, origin.height);
  const panes = [...mapEl.querySelectorAll<HTMLElement>('.leaflet-pane')].filter((p) => p.querySelector('.leaflet-pane') === null);
  panes.sort((a, b) => (Number(getComputedStyle(a).zIndex) || 0) - (Number(getComputedStyle(b).zIndex) || 0));
  let skippedTiles = 0;
  for (const pane of panes) {
    if (getComputedStyle(pane).display === 'none') continue;
    for (const child of pane.querySelectorAll<HTMLImageElement>('img.leaflet-tile')) {
      if (!child.complete || child.naturalWidth === 0) continue;
      if (!isClean(child)) {
        skippedTiles++;
        continue;
      }
      const box = child.getBoundingClientRect();
      // The layer's opacity, not the tile's: a tile that has just loaded is fading in from 0
      // (Leaflet's fade animation) and is drawn as it will look a moment later.
      const layer = child.closest<HTMLElement>('.leaflet-layer') ?? child;
      ctx.globalAlpha = Number(getComputedStyle(layer).opacity || '1');
      ctx.drawImage(child, x + box.left - origin.left, y + box.top - origin.top, box.width, box.height);
      ctx.globalAlpha = 1;
    }
    for (const svg of pane.querySelectorAll<SVGSVGElement>(':scope > svg')) {
      const box = svg.getBoundingClientRect();
      ctx.drawImage(await svgImage(svg), x + box.left - origin.left, y + box.top - origin.top, box.width, box.height);
    }
    for (const canvas of pane.querySelectorAll<HTMLCanvasElement>('canvas')) {
      const box = canvas.getBoundingClientRect();
      ctx.drawImage(canvas, x + box.left - origin.left, y + box.top - origin.top, box.width, box.height);
    }
    for (const el of pane.children) {
      if (el instanceof HTMLElement && !el.classList.contains('leaflet-layer') && el.tagName !== 'CANVAS') drawHtmlBox(ctx, el, origin, x, y, mapEl);
    }
  }
  ctx.restore();
  return { skippedTiles };
}
