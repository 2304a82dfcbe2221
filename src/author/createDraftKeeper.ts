import type { Lang } from '../i18n/languages';
import { createAsideNotice } from './createAsideNotice';
import { createAutosave, type SaveStatus } from './createAutosave';
import { createConflictNotice } from './createConflictNotice';
import type { Message } from './createMessage';
import type { Draft, DraftProblem, DraftReading, DraftRecord } from './draftRecord';
import { downloadFile } from './downloadFile';
import { at } from './i18n/at';
import { clockTime } from './i18n/clockTime';
import type { AsideRecord } from './keepAside';

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
  /** The stored draft, or null; a storage problem, an unreadable or damaged draft is shown, not thrown. */
  load(): DraftRecord | null;
  /** Saves the current draft after a pause. */
  save(): void;
  destroy(): void;
}

const PROBLEM = { json: 'aside.problemJson', format: 'aside.problemFormat', fields: 'aside.problemFields' } as const;

/** What to tell the author about a draft that was kept aside, from what reading it found. */
function asideText(reading: DraftReading | { kind: 'unreadable'; problem: DraftProblem }, lang: Lang): string {
  if (reading.kind === 'unreadable') return at(lang, 'aside.unreadable', { problem: at(lang, PROBLEM[reading.problem]) });
  if (reading.kind === 'draft' && reading.storyDropped) return at(lang, 'aside.storyDropped');
  if (reading.kind === 'draft' && reading.skippedEdits > 0) return at(lang, 'aside.skippedEdits', { count: reading.skippedEdits });
  return at(lang, 'aside.earlier');
}

/**
 * Keeps the draft in localStorage: a status line says when it was saved; storage full or
 * blocked shows a message and editing goes on; another tab's save (heard through the `storage`
 * event, or found before writing) asks the author which version to keep. A stored draft that
 * cannot be read, or only in part, is kept aside with a notice offering to download or discard
 * it, and closing the tab while a change is not saved asks first.
 */
export function createDraftKeeper(options: DraftKeeperOptions): DraftKeeper {
  const lang = options.lang ?? 'en';
  let theirs: DraftRecord | null = null;
  let aside: AsideRecord | null = null;
  const showAside = (found: AsideRecord, text: string): void => {
    aside = found;
    asideNotice.show(text, found.held);
    if (found.held) options.status.textContent = at(lang, 'save.held');
  };
  const onStatus = (s: SaveStatus): void => {
    if (s.kind === 'saved') options.status.textContent = at(lang, aside && !aside.held ? 'save.aside' : 'save.saved', { time: clockTime(s.at, lang) });
    else if (s.kind === 'unreadable') showAside(s.aside, asideText(s, lang));
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
  const asideNotice = createAsideNotice(options.notices, {
    lang,
    download: () => {
      if (!aside) return;
      downloadFile('dateline-draft-kept-aside.json', aside.raw, 'application/json');
      autosave.releaseAside(aside);
      aside = { ...aside, held: false };
      autosave.schedule(options.draft());
    },
    discard: () => {
      if (!aside) return;
      autosave.discardAside(aside);
      aside = null;
      options.status.textContent = at(lang, 'save.discarded');
      autosave.schedule(options.draft());
    },
  });
  const onStorage = (e: StorageEvent): void => {
    if (e.key === DRAFT_KEY) autosave.external(e.newValue);
  };
  const flush = (): void => autosave.flush();
  // Browsers show their own wording; asking is all a page can do. A change waiting for its pause is saved first, so only a real loss asks.
  const onBeforeUnload = (e: BeforeUnloadEvent): void => {
    autosave.flush();
    if (!autosave.unsaved()) return;
    e.preventDefault();
    e.returnValue = '';
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', onBeforeUnload);

  return {
    load() {
      const loaded = autosave.load();
      if (loaded.problem) options.notice.show('warning', loaded.problem);
      const { record } = loaded;
      if (record) options.status.textContent = at(lang, 'save.restored', { time: clockTime(record.savedAt, lang) });
      if (loaded.aside) showAside(loaded.aside, asideText(loaded.reading, lang));
      return record;
    },
    save: () => autosave.schedule(options.draft()),
    destroy() {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      autosave.flush();
      autosave.destroy();
    },
  };
}
