/** Colour theme of an embed: follow the reader's system (default), or force light or dark. */
export type EmbedTheme = 'auto' | 'light' | 'dark';

/** How an embed is shown; read from URL parameters (iframe) or attributes (custom element). */
export interface EmbedOptions {
  /** Event to start on (default: the story's opening). */
  event?: string;
  /** Start playing at once (default false). */
  autoplay: boolean;
  theme: EmbedTheme;
  /** BCP 47 language of the interface (default: the page's). */
  lang?: string;
  /** CSS height, e.g. `540px` or `60vh` (default: fill a container that has a height, else 540px; see embed.css). */
  height?: string;
  /** Show the playback controls (default true). */
  controls: boolean;
}

const HEIGHT = /^\d{1,5}(\.\d+)?(px|vh|em|rem|%)?$/;
const LANG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

function flag(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

/** Narrows untrusted option strings (`get(name)` gives a parameter or attribute, or `null`) to {@link EmbedOptions}. */
export function readEmbedOptions(get: (name: string) => string | null): EmbedOptions {
  const options: EmbedOptions = { autoplay: flag(get('autoplay'), false), theme: 'auto', controls: flag(get('controls'), true) };
  const event = get('event')?.trim();
  if (event !== undefined && event !== '' && event.length <= 200) options.event = event;
  const theme = get('theme');
  if (theme === 'light' || theme === 'dark') options.theme = theme;
  const lang = get('lang');
  if (lang !== null && LANG.test(lang)) options.lang = lang;
  const height = get('height')?.trim();
  if (height !== undefined && HEIGHT.test(height)) options.height = /\d$/.test(height) ? `${height}px` : height;
  return options;
}
