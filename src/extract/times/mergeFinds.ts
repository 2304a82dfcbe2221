import type { TimeFind } from './types';

/**
 * Keeps the best non-overlapping finds: longer spans first, then earlier rules in the list
 * (their order in `finds`). Linear in the text: claimed characters are marked in one array.
 */
export function mergeFinds(finds: TimeFind[], textLength: number): TimeFind[] {
  const ranked = finds.map((f, order) => ({ f, order })).sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.order - b.order);
  const taken = new Uint8Array(textLength);
  const kept: TimeFind[] = [];
  for (const { f } of ranked) {
    let free = true;
    for (let i = f.start; i < f.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
