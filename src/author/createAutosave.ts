import type { Lang } from '../i18n/languages';
import { packDraft, readDraft, readDraftHeader, type Draft, type DraftHeader, type DraftProblem, type DraftReading, type DraftRecord } from './draftRecord';
import { draftSizeFloor, STORAGE_CHARS } from './draftSizeFloor';
import { at } from './i18n/at';
import { ASIDE_KEY, keepAside, type AsideRecord } from './keepAside';

/** What the last save did, phrased for the author. */
export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'full'; message: string }
  | { kind: 'blocked'; message: string }
  | { kind: 'conflict'; theirs: DraftRecord }
  /** The stored value could not be read when saving: it was kept aside (or, `held`, saving waits). */
  | { kind: 'unreadable'; problem: DraftProblem; aside: AsideRecord };

/** What {@link Autosave.load} found. */
export interface Loaded {
  /** The draft to restore, or null. */
  record: DraftRecord | null;
  reading: DraftReading;
  /** A stored value the author must settle: the unreadable or damaged draft just read, or one kept aside earlier. */
  aside: AsideRecord | null;
  /** Why storage could not be read at all. */
  problem?: string;
}

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
  /**
   * Reads the stored draft. A value that cannot be read is moved aside, and a draft with skipped
   * edits or a dropped story is copied aside, so the next save loses nothing; a message instead of
   * a throw when storage cannot be read.
   */
  load(): Loaded;
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
  /** True while a change is not in storage: waiting to be saved, refused (full, blocked, held) or stopped by a conflict. */
  unsaved(): boolean;
  /** The author discarded `aside`: it is removed from storage (if still there) and saving goes on. */
  discardAside(aside: AsideRecord): void;
  /** The author downloaded `aside`: saving may now write over it. */
  releaseAside(aside: AsideRecord): void;
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
 * conflict for the author to settle, never a silent overwrite. A stored value that cannot be read
 * is kept aside before anything is written (or, when it cannot be, saving waits for the author).
 * Storage full or blocked becomes a status message; editing goes on.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const delay = options.delayMs ?? 600;
  const lang = options.lang ?? 'en';
  const now = options.now ?? (() => new Date());
  let seen = 0;
  let pending: Draft | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let conflicted = false;
  let dirty = false;
  // An unreadable value saving must not write over until the author decides, and one they downloaded.
  let held: AsideRecord | null = null;
  let released: string | null = null;

  const write = (draft: Draft, force: boolean): void => {
    if (held) return;
    try {
      const storage = options.storage();
      const raw = storage.getItem(options.key);
      const header = readDraftHeader(raw);
      let stored: DraftHeader | null = null;
      if (header !== null && 'problem' in header) {
        if (raw !== null && raw !== released) {
          const aside = keepAside(storage, options.key, raw, true);
          options.onStatus({ kind: 'unreadable', problem: header.problem, aside });
          if (aside.held) {
            held = aside;
            return;
          }
        }
      } else stored = header;
      if (!force && stored && stored.revision !== seen && stored.tabId !== options.tabId) {
        const theirs = readDraft(raw);
        if (theirs.kind === 'draft') {
          conflicted = true;
          options.onStatus({ kind: 'conflict', theirs: theirs.record });
          return;
        }
      }
      // Storage would refuse it anyway: say so as it would, without serialising megabytes first.
      if (draftSizeFloor(draft) > STORAGE_CHARS) {
        options.onStatus({ kind: 'full', message: at(lang, 'save.full') });
        return;
      }
      const revision = Math.max(seen, stored?.revision ?? 0) + 1;
      const record: DraftRecord = { format: 'dateline-draft/1', revision, tabId: options.tabId, savedAt: now().toISOString(), draft };
      storage.setItem(options.key, packDraft(record));
      seen = revision;
      conflicted = false;
      dirty = false;
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
        const storage = options.storage();
        const raw = storage.getItem(options.key);
        const reading = readDraft(raw);
        let aside: AsideRecord | null = null;
        if (raw !== null && reading.kind === 'unreadable') aside = keepAside(storage, options.key, raw, true);
        else if (raw !== null && reading.kind === 'draft' && (reading.skippedEdits > 0 || reading.storyDropped)) aside = keepAside(storage, options.key, raw, false);
        else {
          const earlier = storage.getItem(ASIDE_KEY);
          if (earlier !== null) aside = { raw: earlier, key: ASIDE_KEY, held: false };
        }
        if (aside?.held) held = aside;
        seen = reading.kind === 'draft' ? reading.record.revision : 0;
        return { record: reading.kind === 'draft' ? reading.record : null, reading, aside };
      } catch (e) {
        return { record: null, reading: { kind: 'none' }, aside: null, problem: problemOf(e, lang).message };
      }
    },
    schedule(draft) {
      pending = draft;
      dirty = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
    flush,
    overwrite(draft) {
      pending = null;
      dirty = true;
      write(draft, true);
    },
    adopt(record) {
      seen = record.revision;
      conflicted = false;
      dirty = false;
      pending = null;
    },
    external(json) {
      // An unreadable value is dealt with when this tab next saves (it is kept aside, not written over).
      const header = readDraftHeader(json);
      if (!header || 'problem' in header || header.tabId === options.tabId || header.revision === seen) return;
      const theirs = readDraft(json);
      if (theirs.kind !== 'draft') return;
      conflicted = true;
      options.onStatus({ kind: 'conflict', theirs: theirs.record });
    },
    unsaved: () => dirty,
    discardAside(aside) {
      try {
        const storage = options.storage();
        if (storage.getItem(aside.key) === aside.raw) storage.removeItem(aside.key);
      } catch {
        // Storage that cannot be read now holds nothing to remove.
      }
      if (held?.raw === aside.raw) held = null;
    },
    releaseAside(aside) {
      released = aside.raw;
      if (held?.raw === aside.raw) held = null;
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
