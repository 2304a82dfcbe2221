import { paginateRecap } from './paginateRecap';

/**
 * Measures the recap in the slide's box `box`, once, after layout: `build(from, to, pages)` gives
 * the first page's parts with the items `from` up to `to` (its heading, the story's title, the
 * list, the "continued" cue). It is laid out out of sight (hidden, and hidden from screen readers,
 * so the live region `panel` says nothing) at `panel`'s width, and the `count` items are split
 * into pages that fit. Returns the index of each page's first item.
 */
export function measureRecap(box: HTMLElement, panel: HTMLElement, build: (from: number, to: number, pages: number) => HTMLElement[], count: number): number[] {
  if (count === 0) return [0];
  const probe = document.createElement('section');
  probe.className = 'dl-slide dl-slide--probe';
  probe.setAttribute('aria-hidden', 'true');
  probe.style.width = `${panel.clientWidth}px`;
  probe.append(...build(0, count, 2));
  box.append(probe);
  try {
    const top = probe.getBoundingClientRect().top;
    const items = [...probe.querySelectorAll<HTMLElement>('.dl-slide__recap > li')];
    const rects = items.map((li) => li.getBoundingClientRect());
    const gaps = items.map((li) => parseFloat(getComputedStyle(li).marginBottom) || 0);
    const heights = rects.map((r, i) => (rects[i + 1]?.top ?? r.bottom + (gaps[i] ?? 0)) - r.top);
    const listTop = rects[0]?.top ?? top;
    const titleTop = probe.querySelector('.dl-slide__title')?.getBoundingClientRect().top ?? listTop;
    const cue = probe.querySelector<HTMLElement>('.dl-slide__more--page');
    const cueHeight = cue ? cue.getBoundingClientRect().height + (parseFloat(getComputedStyle(cue).marginTop) || 0) : 0;
    const style = getComputedStyle(box);
    // A pixel or two to spare for rounding.
    const room = box.clientHeight - (parseFloat(style.paddingTop) || 0) - (parseFloat(style.paddingBottom) || 0) - cueHeight - 2;
    const firstRoom = room - (listTop - top);
    // All on one page: no "continued" cue to make room for.
    if (heights.reduce((a, b) => a + b, 0) <= firstRoom + cueHeight) return [0];
    return paginateRecap(heights, firstRoom, room - (titleTop - top));
  } finally {
    probe.remove();
  }
}
