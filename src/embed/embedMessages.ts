/**
 * A command the parent page may send into an embedded story; `dateline:autoheight` asks the frame
 * to lay itself out at its natural height and report it, so the parent can size the iframe to fit.
 */
export type EmbedCommand = { type: 'dateline:play' } | { type: 'dateline:pause' } | { type: 'dateline:autoheight' } | { type: 'dateline:goTo'; eventId: string };

/** A message an embedded story sends to its parent page. */
export type EmbedNotice =
  | { type: 'dateline:ready'; title: string; eventIds: string[] }
  | { type: 'dateline:event'; eventId: string | null; index: number; count: number; mirror: boolean }
  | { type: 'dateline:resize'; height: number };

const MAX_ID = 200;

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** Narrows untrusted postMessage data to a command, or `null` when it is anything else. */
export function parseCommand(data: unknown): EmbedCommand | null {
  if (!isRecord(data)) return null;
  const type = data['type'];
  if (type === 'dateline:play' || type === 'dateline:pause' || type === 'dateline:autoheight') return { type };
  if (type === 'dateline:goTo') {
    const id = data['eventId'];
    if (typeof id === 'string' && id.length > 0 && id.length <= MAX_ID) return { type, eventId: id };
  }
  return null;
}

/** Narrows untrusted postMessage data to a notice from an embedded story, or `null`. */
export function parseNotice(data: unknown): EmbedNotice | null {
  if (!isRecord(data)) return null;
  const type = data['type'];
  if (type === 'dateline:resize') {
    const h = data['height'];
    return typeof h === 'number' && Number.isFinite(h) && h >= 0 && h <= 100_000 ? { type, height: h } : null;
  }
  if (type === 'dateline:event') {
    const { eventId, index, count, mirror } = data;
    if (eventId !== null && (typeof eventId !== 'string' || eventId.length > MAX_ID)) return null;
    if (typeof index !== 'number' || typeof count !== 'number') return null;
    return { type, eventId, index, count, mirror: mirror === true };
  }
  if (type === 'dateline:ready') {
    const { title, eventIds } = data;
    if (typeof title !== 'string' || !Array.isArray(eventIds)) return null;
    return { type, title, eventIds: eventIds.filter((x): x is string => typeof x === 'string') };
  }
  return null;
}
