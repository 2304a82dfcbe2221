import type { Lang } from '../i18n/languages';
import { createAutosave, type SaveStatus } from './createAutosave';
import { createConflictNotice } from './createConflictNotice';
import type { Message } from './createMessage';
import type { Draft, DraftRecord } from './draftRecord';
import { at } from './i18n/at';
import { clockTime } from './i18n/clockTime';

/** Where the draft is kept in localStorage. */
export const DRAFT_KEY = 'dateline:author:draft';

/** Options for {@link createDraftKeeper}. */
export interface DraftKeeperOptions {
  /** Where the save status is written ("Draft saved at …"). */
  status: HTMLElement;
  /** Where the conflict question appears. */
  notices: HTMLElement;
  /** Where storage problems are shown. */
  notice: Message;
  /** The draft as it is now. */
  draft: () => Draft;
  /** Puts a stored draft on the page (another tab's, when the author chooses it). */
  restore: (record: DraftRecord) => void;
  storage?: () => Storage;
  /** Interface language (default English). */
  lang?: Lang;
}

/** The page's side of autosaving: load once, save on change, ask on conflict. */
export interface DraftKeeper {
  /** The stored draft, or null (a storage problem is shown, not thrown). */
  load(): DraftRecord | null;
  /** Saves the current draft after a pause. */
  save(): void;
  destroy(): void;
}

/**
 * Keeps the draft in localStorage: a status line says when it was saved; storage full or
 * blocked shows a message and editing goes on; another tab's save (heard through the `storage`
 * event, or found before writing) asks the author which version to keep.
 */
export function createDraftKeeper(options: DraftKeeperOptions): DraftKeeper {
  const lang = options.lang ?? 'en';
  let theirs: DraftRecord | null = null;
  const onStatus = (s: SaveStatus): void => {
    if (s.kind === 'saved') options.status.textContent = at(lang, 'save.saved', { time: clockTime(s.at, lang) });
    else if (s.kind === 'conflict') {
      options.status.textContent = at(lang, 'save.conflict');
      theirs = s.theirs;
      conflict.show(s.theirs.savedAt);
    } else {
      options.status.textContent = at(lang, 'save.notSaved');
      options.notice.show('warning', s.message);
    }
  };
  const autosave = createAutosave({ storage: options.storage ?? (() => window.localStorage), key: DRAFT_KEY, tabId: crypto.randomUUID(), onStatus, lang });
  const conflict = createConflictNotice(options.notices, {
    lang,
    keepMine: () => autosave.overwrite(options.draft()),
    useTheirs: () => {
      if (!theirs) return;
      autosave.adopt(theirs);
      options.restore(theirs);
      options.status.textContent = at(lang, 'save.usingTheirs');
    },
  });
  const onStorage = (e: StorageEvent): void => {
    if (e.key === DRAFT_KEY) autosave.external(e.newValue);
  };
  const flush = (): void => autosave.flush();
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', flush);

  return {
    load() {
      const loaded = autosave.load();
      if (loaded.problem) options.notice.show('warning', loaded.problem);
      if (loaded.record) options.status.textContent = at(lang, 'save.restored', { time: clockTime(loaded.record.savedAt, lang) });
      return loaded.record;
    },
    save: () => autosave.schedule(options.draft()),
    destroy() {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', flush);
      autosave.flush();
      autosave.destroy();
    },
  };
}
