/** Options for {@link fitSlide}. */
export interface FitOptions {
  /** The smallest type, in px, still readable from the back of a room; the slide never shrinks below it. */
  floorPx: number;
  /** Each step multiplies the starting size by the next of these (default 0.92 down to 0.6). */
  scales?: readonly number[];
}

const SCALES = [0.92, 0.85, 0.78, 0.72, 0.66, 0.6];

const fits = (box: HTMLElement): boolean => box.scrollHeight <= box.clientHeight;

/** Undoes an earlier fit: the slide's own type size, the whole quotation, no cue. */
function unfit(panel: HTMLElement): void {
  panel.style.removeProperty('font-size');
  delete panel.dataset['fit'];
  const quote = panel.querySelector<HTMLElement>('.dl-slide__quote');
  quote?.classList.remove('is-clamped');
  quote?.style.removeProperty('-webkit-line-clamp');
  const cue = panel.querySelector<HTMLElement>('.dl-slide__more--quote');
  if (cue) cue.hidden = true;
}

/** Clamps the quotation to as many lines as leave room for the rest and for its visible "continues" cue. */
function clampQuote(box: HTMLElement, panel: HTMLElement): boolean {
  const quote = panel.querySelector<HTMLElement>('.dl-slide__quote');
  const cue = panel.querySelector<HTMLElement>('.dl-slide__more--quote');
  if (!quote || !cue) return false;
  cue.hidden = false;
  const line = parseFloat(getComputedStyle(quote).lineHeight) || 1;
  let lines = Math.floor(quote.clientHeight / line) - Math.ceil((box.scrollHeight - box.clientHeight) / line);
  quote.classList.add('is-clamped');
  for (lines = Math.max(1, lines); lines >= 1; lines--) {
    quote.style.setProperty('-webkit-line-clamp', String(lines));
    if (fits(box)) return true;
  }
  return false;
}

/**
 * Makes the slide `panel` fit its scrolling `box`, once, after layout: if its text overflows,
 * shrinks the type in steps down to `floorPx`; if the quotation is still too long there, clamps
 * it with an ellipsis and shows its "continues" cue (`.dl-slide__more--quote`). Returns how it fitted
 * (`whole`, `shrunk` or `clamped`; `overflow` if even that failed), also set as `data-fit`.
 */
export function fitSlide(box: HTMLElement, panel: HTMLElement, options: FitOptions): 'whole' | 'shrunk' | 'clamped' | 'overflow' {
  unfit(panel);
  const done = (how: 'whole' | 'shrunk' | 'clamped' | 'overflow'): typeof how => {
    panel.dataset['fit'] = how;
    return how;
  };
  if (fits(box)) return done('whole');
  const base = parseFloat(getComputedStyle(panel).fontSize);
  for (const scale of options.scales ?? SCALES) {
    const size = Math.max(options.floorPx, base * scale);
    if (size >= base) break;
    panel.style.fontSize = `${size}px`;
    if (fits(box)) return done('shrunk');
    if (size <= options.floorPx) break;
  }
  return done(clampQuote(box, panel) ? 'clamped' : 'overflow');
}
