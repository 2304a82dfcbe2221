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
