/**
 * Colours for the articles of a collection, in the order of `groups`. Light: deep colours that
 * keep 4.5:1 against white (text on them, and them on the page); dark: light colours that keep
 * 4.5:1 against the dark surface and under dark text. Tested in tests/collection.
 */
export const GROUP_PALETTE = {
  light: ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#be185d', '#0e7490', '#4d7c0f'],
  dark: ['#8fb4ff', '#fca5a5', '#6ee7b7', '#c4b5fd', '#fcd34d', '#f9a8d4', '#67e8f9', '#bef264'],
} as const;

/** A colour per group id: the group's own `color` if it has one, else the palette's, in turn. */
export function groupColors(groups: ReadonlyArray<{ id: string; color?: string | undefined }>, dark: boolean): Map<string, string> {
  const palette = dark ? GROUP_PALETTE.dark : GROUP_PALETTE.light;
  return new Map(groups.map((g, i) => [g.id, g.color ?? palette[i % palette.length] ?? '#64748b']));
}
