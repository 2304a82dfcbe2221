import type { GazetteerEntry, OtherName } from './types';

/**
 * The name a place had in a story's year, and what it is called now if that differs:
 * a 2020 story shows "Nur-Sultan (Astana since 2022)"; a 2023 story shows "Astana".
 */
export function displayName(entry: Pick<GazetteerEntry, 'name' | 'otherNames'>, year: number): string {
  const held = entry.otherNames.filter((o) => o.from !== undefined || o.to !== undefined);
  const then = held.find((o) => heldIn(o, year));
  if (!then || then.name === entry.name) return entry.name;
  const now = [...held].reverse().find((o) => o.name === entry.name && o.to === undefined);
  return now?.from !== undefined ? `${then.name} (${entry.name} since ${now.from})` : `${then.name} (now ${entry.name})`;
}

function heldIn(o: OtherName, year: number): boolean {
  return (o.from === undefined || o.from <= year) && (o.to === undefined || year < o.to);
}
