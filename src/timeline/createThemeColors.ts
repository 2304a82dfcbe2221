import { readTimelineColors, type TimelineColors } from './readTimelineColors';
import { watchTheme } from './watchTheme';

/** The colours a canvas timeline paints with, kept up to date with the theme. */
export interface ThemeColors {
  /** The colours now (read on first use). */
  get(): TimelineColors;
  destroy(): void;
}

/** Reads the theme's colours at `el` and re-reads them when the theme may have changed (see watchTheme), calling `onChange` when they did. */
export function createThemeColors(el: Element, onChange: () => void): ThemeColors {
  let colors: TimelineColors | null = null;
  const stop = watchTheme(el, () => {
    const next = readTimelineColors(el);
    if (colors && JSON.stringify(next) === JSON.stringify(colors)) return;
    colors = next;
    onChange();
  });
  return {
    get: () => (colors ??= readTimelineColors(el)),
    destroy: stop,
  };
}
