import type { Draft } from './draftRecord';

/**
 * The most characters any major browser keeps in one page's localStorage (Chromium counts
 * 10 MiB of UTF-16, Firefox and Safari 5 MiB): a draft longer than this cannot be saved anywhere.
 */
export const STORAGE_CHARS = 5 * 1024 * 1024;

/** The fewest characters a stored event takes besides its id and title (its keys, kind and empty lists). */
const EVENT_CHARS = 80;

/**
 * A count the stored draft is sure to exceed, found without serialising it: the article text
 * (stored once), and each event's id, title and fields. Serialising a 99,000-event draft only to
 * learn it does not fit would hold the page for a second after every edit.
 */
export function draftSizeFloor(draft: Draft): number {
  let chars = draft.text.length;
  const base = draft.history?.base;
  if (!base) return chars;
  if (base.meta.text !== draft.text) chars += base.meta.text.length;
  for (const event of base.events) chars += EVENT_CHARS + event.id.length + event.title.length;
  return chars;
}
