const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\))$/;

function visible(el: Element): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The product of `el`'s opacity and its ancestors' up to `stop`. */
function opacity(el: Element, stop: Element): number {
  let o = 1;
  for (let n: Element | null = el; n && n !== stop; n = n.parentElement) o *= Number(getComputedStyle(n).opacity || '1');
  return o;
}

/** The rotation of a computed `transform` (a matrix), in radians. */
function rotation(transform: string): number {
  const m = /^matrix\(([^,]+),\s*([^,]+)/.exec(transform);
  return m ? Math.atan2(Number(m[2]), Number(m[1])) : 0;
}

/** A CSS triangle (a box of zero size with one coloured border): drawn as that triangle, turned as the element is. */
function drawTriangle(ctx: CanvasRenderingContext2D, el: Element, style: CSSStyleDeclaration, x: number, y: number): boolean {
  const sides = (['left', 'right', 'top', 'bottom'] as const).filter((s) => parseFloat(style.getPropertyValue(`border-${s}-width`)) > 0 && !TRANSPARENT.test(style.getPropertyValue(`border-${s}-color`)));
  const side = sides[0];
  if (sides.length !== 1 || side === undefined || parseFloat(style.width) > 0.5) return false;
  const box = el.getBoundingClientRect();
  const depth = parseFloat(style.getPropertyValue(`border-${side}-width`));
  const across = side === 'left' || side === 'right' ? parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth) : parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
  const turn = { left: 0, bottom: -Math.PI / 2, right: Math.PI, top: Math.PI / 2 }[side] + rotation(style.transform);
  ctx.save();
  ctx.translate(x + box.width / 2, y + box.height / 2);
  ctx.rotate(turn);
  ctx.fillStyle = style.getPropertyValue(`border-${side}-color`);
  ctx.beginPath();
  ctx.moveTo(depth / 2, 0);
  ctx.lineTo(-depth / 2, -across / 2);
  ctx.lineTo(-depth / 2, across / 2);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  return true;
}

/** Draws `el`'s own text nodes where they sit, with its font, colour, case and halo (a text-shadow). */
function drawText(ctx: CanvasRenderingContext2D, el: Element, style: CSSStyleDeclaration, origin: DOMRect, dx: number, dy: number): void {
  for (const node of el.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() === '') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    let text = (node.textContent ?? '').trim();
    if (style.textTransform === 'uppercase') text = text.toUpperCase();
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    ctx.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    const x = box.left - origin.left + dx;
    const y = box.top - origin.top + dy + box.height / 2;
    const halo = /(rgba?\([^)]*\)|#[0-9a-f]{3,8})/i.exec(style.textShadow)?.[1];
    if (halo !== undefined && style.textShadow !== 'none') {
      ctx.strokeStyle = halo;
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeText(text, x, y);
    }
    ctx.fillStyle = style.color;
    ctx.fillText(text, x, y);
  }
}

/**
 * Draws an HTML element of a map pane and its descendants (a label, a stop badge, an arrow head)
 * onto `ctx`: backgrounds with rounded corners, CSS triangles and text, each at its place relative
 * to `origin` (the map's box) shifted by `dx, dy`; hidden elements are left out.
 */
export function drawHtmlBox(ctx: CanvasRenderingContext2D, root: Element, origin: DOMRect, dx: number, dy: number, stop: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (!(el instanceof HTMLElement) || !visible(el)) continue;
    const style = getComputedStyle(el);
    ctx.save();
    ctx.globalAlpha = opacity(el, stop);
    if (!drawTriangle(ctx, el, style, el.getBoundingClientRect().left - origin.left + dx, el.getBoundingClientRect().top - origin.top + dy) && !TRANSPARENT.test(style.backgroundColor)) {
      const box = el.getBoundingClientRect();
      ctx.fillStyle = style.backgroundColor;
      ctx.beginPath();
      ctx.roundRect(box.left - origin.left + dx, box.top - origin.top + dy, box.width, box.height, Math.min(parseFloat(style.borderTopLeftRadius) || 0, box.height / 2));
      ctx.fill();
    }
    drawText(ctx, el, style, origin, dx, dy);
    ctx.restore();
  }
}
