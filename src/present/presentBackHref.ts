/**
 * The viewer's address for the story a presentation at `presentUrl` shows, opened at `eventId`:
 * `present.html?story=X&lang=fr&pace=20` gives `./?story=X&lang=fr#event=e3` (the same story and
 * language; the presentation-only parameters are dropped). Relative, so it works wherever
 * Dateline is installed.
 */
export function presentBackHref(presentUrl: string, eventId: string | null): string {
  const from = new URL(presentUrl).searchParams;
  const keep = new URLSearchParams();
  for (const name of ['story', 'lang']) {
    const value = from.get(name);
    if (value !== null && value !== '') keep.set(name, value);
  }
  const query = keep.toString();
  return `./${query === '' ? '' : `?${query}`}${eventId === null ? '' : `#${new URLSearchParams({ event: eventId }).toString()}`}`;
}
