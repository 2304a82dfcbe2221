import type { Story } from '../story/types';

/** A place's canvas colours: its fill and the surface colour it is outlined with. */
export interface PlacePaint {
  readonly color: string;
  readonly surface: string;
}

/**
 * Colours for places drawn on a canvas: the theme's place colour (read from CSS at `el`), or in
 * a collection the colour of the group of the first event at the place; `null` asks for the
 * plain place colour.
 */
export function placeColors(story: Pick<Story, 'events'>, groupColors: ReadonlyMap<string, string> | undefined, el: Element): (placeId: string | null) => PlacePaint {
  const style = getComputedStyle(el);
  const place = style.getPropertyValue('--place').trim() || '#1d4ed8';
  const surface = style.getPropertyValue('--surface').trim() || '#ffffff';
  const groupOf = new Map<string, string>();
  if (groupColors) {
    for (const e of story.events) {
      if (e.group === undefined) continue;
      for (const p of e.placeIds) if (!groupOf.has(p)) groupOf.set(p, e.group);
    }
  }
  return (placeId) => {
    const group = placeId !== null ? groupOf.get(placeId) : undefined;
    return { color: (group !== undefined ? groupColors?.get(group) : undefined) ?? place, surface };
  };
}
