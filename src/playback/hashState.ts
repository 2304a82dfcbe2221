/** What the URL hash carries: the selected event, the moment (time mode) and the time window. */
export interface HashState {
  readonly eventId: string | null;
  /** Time mode's moment, UTC ms (`#t=<iso>`). */
  readonly time?: number | null;
  /** The brushed window, UTC ms (`#from=<iso>&to=<iso>`). */
  readonly window?: { readonly from: number; readonly to: number } | null;
}

/** Reads an ISO date or date-time as UTC ms (no zone means UTC); `null` for anything else. */
function readTime(value: string | null): number | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value)) return null;
  const iso = value.length === 10 ? `${value}T00:00:00Z` : /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** Writes UTC ms as short ISO: a date at midnight, else minutes, seconds only when there are any. */
function writeTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith(':00.000Z') ? `${iso.slice(0, 16)}Z` : iso.replace('.000Z', 'Z');
}

/**
 * Reads `#event=<id>`, `#t=<iso>` and `#from=<iso>&to=<iso>` (any combination, with or without
 * the `#`); malformed or foreign parts are ignored, and a window whose end is not after its start too.
 */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const id = params.get('event');
  const time = readTime(params.get('t'));
  const from = readTime(params.get('from'));
  const to = readTime(params.get('to'));
  const state: { eventId: string | null; time?: number; window?: { from: number; to: number } } = { eventId: id !== null && id !== '' ? id : null };
  if (time !== null) state.time = time;
  if (from !== null && to !== null && to > from) state.window = { from, to };
  return state;
}

/** Writes the state as a hash (`#event=e3`, `#t=2020-02-02T18:00Z&from=…&to=…`), or `''` when there is nothing to say. */
export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  if (state.time !== undefined && state.time !== null) params.set('t', writeTime(state.time));
  else if (state.eventId !== null) params.set('event', state.eventId);
  if (state.window) {
    params.set('from', writeTime(state.window.from));
    params.set('to', writeTime(state.window.to));
  }
  const s = params.toString();
  return s === '' ? '' : `#${s}`;
}
