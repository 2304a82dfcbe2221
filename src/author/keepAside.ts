/** Where a draft that cannot be read is moved, so the next save does not overwrite it. */
export const ASIDE_KEY = 'dateline:author:draft:kept-aside';

/** A stored value the author must settle: its text and the key it is under now. */
export interface AsideRecord {
  raw: string;
  key: string;
  /** True when it could not be moved (storage full, or an earlier one is still kept aside): saving waits. */
  held: boolean;
}

/**
 * Keeps `raw` (the value under `key`) under ASIDE_KEY, moving it (`move`) or copying it, unless
 * an earlier different value is still kept there or the storage refuses the write: then it stays
 * where it is, `held`, and the caller must not save over it until the author has decided.
 */
export function keepAside(storage: Storage, key: string, raw: string, move: boolean): AsideRecord {
  const earlier = storage.getItem(ASIDE_KEY);
  if (earlier !== null && earlier !== raw) return { raw, key, held: true };
  try {
    storage.setItem(ASIDE_KEY, raw);
  } catch {
    return { raw, key, held: true };
  }
  if (move) storage.removeItem(key);
  return { raw, key: ASIDE_KEY, held: false };
}
