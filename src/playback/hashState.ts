/** What the URL hash carries: the selected event. */
export interface HashState {
  readonly eventId: string | null;
}

/** Reads `#event=<id>` from a location hash (with or without the `#`); anything else is ignored. */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const id = params.get('event');
  return { eventId: id !== null && id !== '' ? id : null };
}

/** Writes the state as a hash (`#event=e3`), or `''` when nothing is selected. */
export function formatHash(state: HashState): string {
  if (state.eventId === null) return '';
  return `#${new URLSearchParams({ event: state.eventId }).toString()}`;
}
