/** What a key press asks of the presentation. */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'black' | 'fullscreen' | 'autoplay';

// Clickers send PageDown/PageUp (some send arrows, or "." / "B" for their black-screen button).
const KEYS: Readonly<Record<string, PresentAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'black',
  B: 'black',
  '.': 'black',
  f: 'fullscreen',
  F: 'fullscreen',
  a: 'autoplay',
  A: 'autoplay',
};

/** The action for a key (`KeyboardEvent.key`), or `null`; Shift+Space goes back, as in slide software. */
export function presentAction(key: string, shift = false): PresentAction | null {
  if (key === ' ' && shift) return 'previous';
  return KEYS[key] ?? null;
}
