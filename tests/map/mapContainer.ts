/** A map container jsdom gives a size (512 × 512), so Leaflet can turn pixels into places and lay out tiles. */
export function mapContainer(): HTMLElement {
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientWidth', { value: 512 });
  Object.defineProperty(el, 'clientHeight', { value: 512 });
  document.body.append(el);
  return el;
}
