import type { Lang } from '../i18n/languages';
import { packDraft, parseDraft, type Draft, type DraftRecord } from './draftRecord';
import { at } from './i18n/at';

/** What the last save did, phrased for the author. */
export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'full'; message: string }
  | { kind: 'blocked'; message: string }
  | { kind: 'conflict'; theirs: DraftRecord };

/** Options for {@link createAutosave}. */
export interface AutosaveOptions {
  /** Returns the storage to use; may throw (a browser that blocks storage throws SecurityError). */
  storage: () => Storage;
  key: string;
  /** This tab's id, stored with each save so another tab's save can be told apart. */
  tabId: string;
  onStatus: (status: SaveStatus) => void;
  /** Milliseconds to wait after the last change (default 600). */
  delayMs?: number;
  now?: () => Date;
  /** The language of the status messages (default English). */
  lang?: Lang;
}

/** Saves the draft as it changes and notices when another tab saved over it. */
export interface Autosave {
  /** The stored draft (null if none), or a message when storage cannot be read. */
  load(): { record: DraftRecord | null; problem?: string };
  /** Saves `draft` after a pause; later calls replace earlier ones. */
  schedule(draft: Draft): void;
  /** Saves a scheduled draft now. */
  flush(): void;
  /** Saves now even over another tab's newer revision (the author chose to keep this one). */
  overwrite(draft: Draft): void;
  /** Adopts another tab's record as the one this tab continues from. */
  adopt(record: DraftRecord): void;
  /** Called with the stored value when it changed elsewhere (the `storage` event); reports a conflict if another tab wrote. */
  external(json: string | null): void;
  destroy(): void;
}

function problemOf(e: unknown, lang: Lang): SaveStatus & { kind: 'full' | 'blocked' } {
  const name = e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? String((e as { name: unknown }).name) : '';
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return { kind: 'full', message: at(lang, 'save.full') };
  return { kind: 'blocked', message: at(lang, 'save.blocked') };
}

/**
 * Debounced saving of the draft with a revision counter: before writing, the stored revision is
 * compared with the one this tab last saw, and a save by another tab in between becomes a
 * conflict for the author to settle, never a silent overwrite. Storage full or blocked becomes a
 * status message; editing goes on.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const delay = options.delayMs ?? 600;
  const lang = options.lang ?? 'en';
  const now = options.now ?? (() => new Date());
  let seen = 0;
  let pending: Draft | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let conflicted = false;

  const write = (draft: Draft, force: boolean): void => {
    try {
      const storage = options.storage();
      const stored = parseDraft(storage.getItem(options.key));
      if (!force && stored && stored.revision !== seen && stored.tabId !== options.tabId) {
        conflicted = true;
        options.onStatus({ kind: 'conflict', theirs: stored });
        return;
      }
      const revision = Math.max(seen, stored?.revision ?? 0) + 1;
      const record: DraftRecord = { format: 'dateline-draft/1', revision, tabId: options.tabId, savedAt: now().toISOString(), draft };
      storage.setItem(options.key, packDraft(record));
      seen = revision;
      conflicted = false;
      options.onStatus({ kind: 'saved', at: record.savedAt });
    } catch (e) {
      options.onStatus(problemOf(e, lang));
    }
  };
  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const draft = pending;
    pending = null;
    if (draft && !conflicted) write(draft, false);
  };

  return {
    load() {
      try {
        const record = parseDraft(options.storage().getItem(options.key));
        seen = record?.revision ?? 0;
        return { record };
      } catch (e) {
        return { record: null, problem: problemOf(e, lang).message };
      }
    },
    schedule(draft) {
      pending = draft;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
    flush,
    overwrite(draft) {
      pending = null;
      write(draft, true);
    },
    adopt(record) {
      seen = record.revision;
      conflicted = false;
      pending = null;
    },
    external(json) {
      const record = parseDraft(json);
      if (!record || record.tabId === options.tabId || record.revision === seen) return;
      conflicted = true;
      options.onStatus({ kind: 'conflict', theirs: record });
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
