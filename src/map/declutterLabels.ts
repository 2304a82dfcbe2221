/** A box in screen pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A label: the boxes it may take, most wanted first, and how much it matters (higher is placed first). */
export interface LabelCandidates {
  readonly boxes: readonly Box[];
  readonly priority: number;
}

/** Whether `a` and `b` come closer than `padding` pixels on both axes (boxes that only touch do not collide without padding). */
function collide(a: Box, b: Box, padding: number): boolean {
  return a.left < b.right + padding && b.left < a.right + padding && a.top < b.bottom + padding && b.top < a.bottom + padding;
}

/**
 * Places labels so that no two shown ones collide: greedily, from the highest priority down
 * (equal priorities in the order given), each label takes its first box that keeps at least
 * `padding` pixels from every box taken before it, or is hidden when none does. Returns, for
 * each label, the index of the box it takes, or `null` when it is hidden.
 */
export function declutterLabels(labels: readonly LabelCandidates[], padding = 2): Array<number | null> {
  const order = labels.map((_, i) => i);
  // Array.prototype.sort is stable, so ties keep the order given.
  order.sort((i, j) => (labels[j]?.priority ?? 0) - (labels[i]?.priority ?? 0));
  const taken: Box[] = [];
  const chosen: Array<number | null> = labels.map(() => null);
  for (const i of order) {
    const boxes = labels[i]?.boxes ?? [];
    const at = boxes.findIndex((box) => !taken.some((t) => collide(t, box, padding)));
    const box = boxes[at];
    if (!box) continue;
    taken.push(box);
    chosen[i] = at;
  }
  return chosen;
}
