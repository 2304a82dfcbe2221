const PATHS: Record<string, string> = {
  first: 'M6 5h2v14H6zM20 5v14L9 12z',
  previous: 'M18 5v14L7 12zM5 5h2v14H5z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  next: 'M6 5v14l11-7zM17 5h2v14h-2z',
  last: 'M4 5v14l11-7zM16 5h2v14h-2z',
};

/** The names of the control icons. */
export type IconName = 'first' | 'previous' | 'play' | 'pause' | 'next' | 'last';

/** A small inline SVG icon (built from constants, nothing fetched), hidden from screen readers. */
export function icon(name: IconName): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'dl-icon');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', PATHS[name] ?? '');
  svg.append(path);
  return svg;
}
