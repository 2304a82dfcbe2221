import { declutterLabels, type Box, type LabelCandidates } from './declutterLabels';

/**
 * A place's label on the map: how much it matters (see labelPriority), what it names (a point,
 * with a dot, or an area, with a ring), and whether it may move to another side before it is
 * hidden (the selected event's places, so that they all keep their names).
 */
export interface MapLabel {
  readonly el: HTMLElement;
  readonly priority: number;
  readonly shape: 'point' | 'area';
  readonly movable: boolean;
}

/** Where a label may sit, most wanted first: beside a dot (Leaflet puts it on the right), or on an area's centre, else a line below or above. */
const SIDES = { point: ['right', 'left', 'above', 'below'], area: ['center', 'below', 'above'] } as const;
type Side = (typeof SIDES)[keyof typeof SIDES][number];

// The gap between a dot and its label (the tooltip's offset), and a dot's radius.
const GAP = 6;
const DOT = 6;

/** How far a `w` by `h` label on `side` is moved from where Leaflet puts it. */
function shiftOf(shape: MapLabel['shape'], side: Side, w: number, h: number): [number, number] {
  if (shape === 'area') return side === 'below' ? [0, h + 4] : side === 'above' ? [0, -(h + 4)] : [0, 0];
  if (side === 'left') return [-(w + 2 * GAP), 0];
  if (side === 'above') return [-(w / 2 + GAP), -(h / 2 + DOT + 4)];
  if (side === 'below') return [-(w / 2 + GAP), h / 2 + DOT + 4];
  return [0, 0];
}

const sideOf = (label: MapLabel): Side => {
  const side = label.el.dataset['side'];
  return (SIDES[label.shape] as readonly string[]).includes(side ?? '') ? (side as Side) : SIDES[label.shape][0];
};

/**
 * Keeps each label where Leaflet puts it or, if it is movable, on the first side where it covers
 * no more important label; else marks it `is-crowded`. A label that need not move any more goes
 * back to its first side. Every box is read before any label is written, so the page is laid out
 * once. Labels not drawn (filtered out with `is-hidden`, or `display: none`) take no part.
 */
export function placeLabels(labels: readonly MapLabel[]): void {
  const taking: Array<{ label: MapLabel; w: number; h: number }> = [];
  const candidates: LabelCandidates[] = [];
  for (const label of labels) {
    if (label.el.classList.contains('is-hidden')) continue;
    const r = label.el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const [dx, dy] = shiftOf(label.shape, sideOf(label), r.width, r.height);
    const sides = label.movable ? SIDES[label.shape] : SIDES[label.shape].slice(0, 1);
    const boxes = sides.map((side): Box => {
      const [sx, sy] = shiftOf(label.shape, side, r.width, r.height);
      return { left: r.left - dx + sx, top: r.top - dy + sy, right: r.right - dx + sx, bottom: r.bottom - dy + sy };
    });
    taking.push({ label, w: r.width, h: r.height });
    candidates.push({ boxes, priority: label.priority });
  }
  const chosen = declutterLabels(candidates);
  const taken = new Set(taking.map((t) => t.label.el));
  for (const label of labels) if (!taken.has(label.el)) label.el.classList.remove('is-crowded');
  taking.forEach(({ label, w, h }, i) => {
    const at = chosen[i] ?? null;
    label.el.classList.toggle('is-crowded', at === null);
    const side = at === null ? undefined : SIDES[label.shape][at];
    if (side === undefined || side === sideOf(label)) return;
    label.el.dataset['side'] = side;
    const [sx, sy] = shiftOf(label.shape, side, w, h);
    label.el.style.translate = sx === 0 && sy === 0 ? '' : `${sx}px ${sy}px`;
  });
}
