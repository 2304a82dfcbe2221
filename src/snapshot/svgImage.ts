// The computed properties that decide how SVG content looks; classes and custom properties do not survive serialisation.
const PROPS = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'opacity', 'display', 'visibility', 'font-family', 'font-size', 'font-weight',
  'font-style', 'letter-spacing', 'text-anchor', 'dominant-baseline', 'paint-order', 'text-transform',
] as const;

// Computed url() references come back absolute; inside a standalone image they must point into the image itself.
const localUrl = (value: string): string => value.replace(/url\("?[^")]*?(#[^")]+)"?\)/g, 'url($1)');

/** A copy of `svg` with every element's computed look written into its `style`, ready to serialise. */
export function inlineSvgStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target || !(original instanceof SVGElement)) return;
    const style = getComputedStyle(original);
    // Through the CSSOM, not setAttribute('style'): a strict CSP (no 'unsafe-inline' styles) refuses the attribute but not the CSSOM.
    target.removeAttribute('style');
    for (const p of PROPS) (target as SVGElement).style.setProperty(p, localUrl(style.getPropertyValue(p)));
  });
  const box = svg.getBoundingClientRect();
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  return copy;
}

/** Renders `svg` as it looks on screen into an image (a `data:` URL, which a strict CSP's `img-src 'self' data:` allows). */
export function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const text = new XMLSerializer().serializeToString(inlineSvgStyles(svg));
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('An SVG layer could not be drawn.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
}
