import type { Player } from '../playback/createPlayer';

/**
 * A keydown listener for a story's playback: space plays or pauses, the arrows step, Home and End
 * go to the first and last event, and Escape calls what `escape()` returns (e.g. clearing a time
 * window), when it returns something. Keys typed into a field, a button or the timeline are left
 * to them, as are keys with a modifier.
 */
export function playbackKeys(player: Player, escape: () => (() => void) | null): (e: Event) => void {
  return (e) => {
    if (!(e instanceof KeyboardEvent)) return;
    const target = e.target as HTMLElement | null;
    if (target && target.closest('input, select, textarea, button, svg, [contenteditable]')) return;
    const keys: Record<string, (() => void) | null> = { ' ': player.toggle, ArrowRight: player.next, ArrowLeft: player.previous, Home: player.first, End: player.last, Escape: escape() };
    const f = keys[e.key];
    if (f && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      f();
    }
  };
}
