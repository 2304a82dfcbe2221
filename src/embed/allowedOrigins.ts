/**
 * Reads a `parentOrigin` value (origins separated by spaces or commas) into normalised origins;
 * anything that is not an http(s) origin is dropped, so a typo never widens what is accepted.
 */
export function parseOrigins(value: string | null): string[] {
  if (value === null) return [];
  const out: string[] = [];
  for (const part of value.split(/[\s,]+/)) {
    if (part === '') continue;
    try {
      const url = new URL(part);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !out.includes(url.origin)) out.push(url.origin);
    } catch {
      // not an origin: ignored
    }
  }
  return out;
}

/** Whether a message from `origin` may command the embed: its own origin, or one the author listed. */
export function isAllowedOrigin(origin: string, own: string, listed: readonly string[]): boolean {
  return origin !== 'null' && (origin === own || listed.includes(origin));
}

/**
 * The site owner's pin, read from embed.html's `<meta name="dateline-parent-origins">`: `null` when
 * there is none (or it is empty: `parentOrigin` decides, as before), otherwise the origins it
 * lists, so `self` (or any word that is not an origin) pins the frame to its own origin alone.
 */
export function readPinnedOrigins(content: string | null | undefined): string[] | null {
  if (content === null || content === undefined || content.trim() === '') return null;
  return parseOrigins(content);
}

/**
 * The parent origins the frame talks to: those `parentOrigin` asks for, less any the site owner
 * has not pinned. Whoever frames the embed writes `parentOrigin`, so only the pin, written by
 * whoever serves embed.html, can keep a stranger's page from driving it and reading its events.
 */
export function pinParentOrigins(requested: readonly string[], pinned: readonly string[] | null): string[] {
  return pinned === null ? [...requested] : requested.filter((origin) => pinned.includes(origin));
}
