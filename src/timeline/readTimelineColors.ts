import type { TimelineMark } from './timelineLayout';

/** The colours a canvas timeline paints with, read from the page's CSS custom properties. */
export interface TimelineColors {
  readonly kinds: Readonly<Record<TimelineMark['eventKind'], string>>;
  readonly ink: string;
  readonly surface: string;
  readonly onKind: string;
  readonly muted: string;
}

const KINDS: ReadonlyArray<TimelineMark['eventKind']> = ['travel', 'visit', 'meeting', 'statement', 'incident', 'background', 'stop'];

/** Reads the theme's colours at `el` (so dark mode and a host page's overrides apply to the canvas too). */
export function readTimelineColors(el: Element): TimelineColors {
  const style = getComputedStyle(el);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const muted = read('--muted', '#586070');
  const kinds = Object.fromEntries(KINDS.map((k) => [k, read(`--k-${k}`, muted)])) as Record<TimelineMark['eventKind'], string>;
  return { kinds, ink: read('--ink', '#1b2230'), surface: read('--surface', '#ffffff'), onKind: read('--on-kind', '#ffffff'), muted };
}
