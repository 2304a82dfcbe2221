/** The download name of a snapshot: `dateline-<event>.png`, with anything but letters, digits, `-` and `_` made `-`. */
export function snapshotFileName(eventId: string | null | undefined): string {
  const safe = (eventId ?? '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `dateline-${safe === '' ? 'story' : safe}.png`;
}
