import { readsAsProse } from '../article/readsAsProse';
import { MAX_ARTICLE_CHARS } from '../article/parseArticle';
import type { Lang } from '../i18n/languages';
import type { Story } from '../story/types';
import { applyEdit } from './applyEdit';
import { createArticleView } from './createArticleView';
import { createAuthorLayout } from './createAuthorLayout';
import { createDraftKeeper } from './createDraftKeeper';
import { createEventEditor } from './createEventEditor';
import { createExportPanel } from './createExportPanel';
import { CancelledError, createExtractor } from './createExtractor';
import { createHistory, type History, type HistorySnapshot } from './createHistory';
import { createImporter } from './createImporter';
import { createInputView } from './createInputView';
import { createMarkPanel } from './createMarkPanel';
import { createMessage } from './createMessage';
import { createPreview } from './createPreview';
import { createRouteEditor } from './createRouteEditor';
import { createSelectionTools } from './createSelectionTools';
import { detectDate } from './detectDate';
import type { DraftRecord, Draft } from './draftRecord';
import type { Edit } from './edit';
import { bindUndoKeys } from './bindUndoKeys';
import { at } from './i18n/at';
import type { TextMark } from './segmentText';

/** Options for {@link createAuthor}. */
export interface AuthorOptions {
  /** Interface language, loaded already with `loadAuthorLanguage` (default English); the preview plays in it too. */
  lang?: Lang;
}

/** The performance mark set when a file has been read and imported, before the page shows what it gave. */
export const FILE_OPENED = 'dateline:file-opened';

/** The performance mark set when the review of the present story is drawn to its last slice, preview included. */
export const REVIEW_DRAWN = 'dateline:review-drawn';

/** Article text long enough that putting it into the text box takes a noticeable share of a task (5 MB: 150-250 ms here). */

/** The name a pasted page's source is opened under (an .html name, so it is read as a page). */
const PASTED_PAGE = 'pasted.html';
const NOT_PROSE = { markup: 'input.notProseMarkup', list: 'input.notProseList', words: 'input.notProseWords' } as const;

/**
 * The authoring page in `root`: paste or open, extract in a worker, review and edit with undo,
 * preview live, export. `document.body.dataset.authorState` says `input`, `extracting` or `review`.
 */
export function createAuthor(root: HTMLElement, options: AuthorOptions = {}): { destroy(): void } {
  const lang = options.lang ?? 'en';
  const layout = createAuthorLayout(root, { lang, undo: () => step('undo'), redo: () => step('redo'), restart: () => showInput() });
  const notice = createMessage(layout.notices);
  // Its own slot, so the quiet undo note never hides a warning.
  const undoNote = createMessage(layout.notices);
  let forgotten = false;
  const extractor = createExtractor({ lang });
  const importer = createImporter({ lang });
  let history: History<Story, Edit> | null = null;
  let open: TextMark | null = null;
  const state = (s: 'input' | 'extracting' | 'review'): void => void (document.body.dataset['authorState'] = s);

  const input = createInputView(layout.input, { lang, onSubmit: () => void extract(), onFile: (f) => void openFile(f), onPage: (html) => void openFile(new File([html], PASTED_PAGE, { type: 'text/html' }), true), onCancel: () => cancel(), onText: () => textChanged() });
  const panel = createMarkPanel(layout.panel, { lang, onEdit: (e) => commit(e) });
  const article = createArticleView(layout.article, {
    lang,
    onMark: (mark) => {
      open = mark;
      if (history) panel.show(history.present(), mark);
    },
    onSelect: (span) => tools.select(span, history?.present().meta.text ?? ''),
  });
  const tools = createSelectionTools(layout.tools, { lang, lookup: (name) => extractor.lookup(name), onEdit: (e) => commit(e) });
  const events = createEventEditor(layout.events, { lang, onEdit: (e) => commit(e) });
  const route = createRouteEditor(layout.route, { lang, onEdit: (e) => commit(e) });
  const exports = createExportPanel(layout.exports, { lang, onProblem: (title, details) => notice.show('error', title, details) });
  const preview = createPreview(layout.preview, {
    lang,
    onError: (m) => notice.show('warning', at(lang, 'preview.failed'), [m]),
    // A place dragged on the map stays in view where it was dropped.
    onPlaceDrag: (placeId, lat, lon) => commit({ type: 'setLocation', placeId, lat, lon }, true),
  });

  const keeper = createDraftKeeper({
    lang,
    status: layout.status,
    notices: layout.notices,
    notice,
    draft: (): Draft => ({ text: input.text(), date: input.date(), history: history?.snapshot() ?? null }),
    restore: (record) => restore(record),
  });
  const save = (): void => keeper.save();
  // Counts renders, so only the newest one marks the review drawn.
  let renders = 0;

  /** Shows the present story everywhere; `keepView` leaves the preview's map where the author had it. */
  function render(keepView = false): void {
    if (!history) return;
    const story = history.present();
    const drawn = [article.show(story)];
    events.show(story);
    drawn.push(route.show(story));
    exports.show(story);
    drawn.push(preview.show(story, keepView));
    const generation = ++renders;
    void Promise.all(drawn).then(() => {
      if (generation !== renders) return;
      performance.clearMarks(REVIEW_DRAWN);
      performance.mark(REVIEW_DRAWN);
    });
    const mark = open;
    const still = mark && (mark.kind === 'place' ? story.places.some((p) => p.id === mark.id && p.mentions.some((m) => m.start === mark.start)) : story.times.some((t) => t.id === mark.id));
    if (mark && still) panel.show(story, mark);
    else panel.hide();
    layout.undo.disabled = !history.canUndo();
    layout.redo.disabled = !history.canRedo();
  }
  function showReview(): void {
    layout.input.hidden = true;
    layout.review.hidden = false;
    layout.restart.hidden = false;
    state('review');
    render();
  }
  function showInput(): void {
    layout.input.hidden = false;
    layout.review.hidden = true;
    layout.restart.hidden = true;
    layout.undo.disabled = true;
    layout.redo.disabled = true;
    if (history) input.message.show('note', at(lang, 'input.again'));
    state('input');
  }
  /** A history that says so when its limit makes it forget the oldest edit. */
  function historyOf(saved: HistorySnapshot<Story, Edit>): History<Story, Edit> {
    forgotten = false;
    undoNote.clear();
    const made = createHistory(saved, applyEdit, {
      onForget: () => {
        if (!forgotten) undoNote.show('note', at(lang, 'undo.forgotten', { count: made.limit }));
        forgotten = true;
      },
    });
    return made;
  }
  function start(story: Story): void {
    history = historyOf({ base: story, edits: [], position: 0 });
    open = null;
    input.setText(story.meta.text);
    input.setDate(story.meta.published);
    showReview();
    save();
  }
  function commit(edit: Edit, keepView = false): void {
    if (history?.apply(edit)) {
      render(keepView);
      save();
    }
  }
  function step(which: 'undo' | 'redo'): void {
    if (history && (which === 'undo' ? history.undo() : history.redo())) {
      render(true);
      save();
      // Where the limit bites: undo stops although the author made more edits than it kept.
      if (forgotten && !history.canUndo()) undoNote.show('note', at(lang, 'undo.floor', { count: history.limit }));
    }
  }
  function textChanged(): void {
    input.detected(detectDate(input.text()));
    input.message.clear();
    save();
  }
  function cancel(): void {
    if (extractor.cancel()) input.message.show('note', at(lang, 'input.cancelled'));
  }
  async function extract(): Promise<void> {
    const text = input.text();
    const found = detectDate(text);
    if (text.trim() === '') return input.message.show('error', at(lang, 'input.empty'));
    if (text.length > MAX_ARTICLE_CHARS) return input.message.show('error', at(lang, 'input.tooLong', { length: text.length.toLocaleString(lang), limit: MAX_ARTICLE_CHARS.toLocaleString(lang) }));
    const date = input.date() || found || '';
    if (date === '') {
      input.message.show('error', at(lang, 'input.noDate'));
      return input.focusDate();
    }
    input.message.clear();
    input.busy(true);
    state('extracting');
    try {
      const { story, cutAt } = await extractor.extract(text, date, (stage) => input.progress.show(stage));
      // The worker validated the story before it sent it (checking it again here would be a long task on a 5 MB article).
      input.message.clear();
      start(story);
      // A page's source, code or a word list still gets a story: say plainly it should not be trusted.
      const prose = readsAsProse(text);
      const cut = cutAt === undefined ? [] : [at(lang, 'input.storyCut', { at: cutAt.toLocaleString(lang), length: text.length.toLocaleString(lang) })];
      if (!prose.prose) notice.show('warning', at(lang, 'input.notProse'), [at(lang, NOT_PROSE[prose.reason]), ...cut]);
      else if (cut[0] !== undefined) notice.show('warning', cut[0]);
    } catch (e) {
      state('input');
      if (!(e instanceof CancelledError)) input.message.show('error', at(lang, 'input.failed'), [e instanceof Error ? e.message : String(e)]);
    } finally {
      input.busy(false);
      input.progress.show(null);
    }
  }
  /** Opens a chosen or dropped file (or, `pasted`, a page's source pasted as the article) in the import worker, its progress and Cancel in the input step. */
  async function openFile(file: File, pasted = false): Promise<void> {
    const name = file.name;
    input.message.clear();
    input.opening.start(name, () => importer.cancel());
    const opened = await importer.open(file, input.date(), (stage) => input.opening.progress(stage)).finally(() => input.opening.hide());
    // The import is over (a mark for profilers and the browser tests); what it gave is shown in a task of its own.
    performance.mark(FILE_OPENED);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (opened.kind === 'cancelled') return input.message.show('note', at(lang, 'open.cancelled', { name }), [at(lang, 'open.nothingChanged')]);
    if (opened.kind === 'error') return input.message.show('error', opened.title, opened.errors);
    if (opened.kind === 'article') {
      input.setText(opened.text);
      textChanged();
      return input.message.show('note', at(lang, pasted ? 'input.pastedPage' : 'input.openedArticle', { name, count: opened.text.length }));
    }
    start(opened.story);
    if (opened.notes.length > 0) notice.show('note', at(lang, 'input.openedStory', { name }), opened.notes);
  }
  function restore(record: DraftRecord): void {
    input.setText(record.draft.text);
    input.setDate(record.draft.date);
    input.detected(detectDate(record.draft.text));
    const saved = record.draft.history;
    // readDraft has replayed the edits, so this history can be built; if it still cannot, the story it started from is kept.
    try {
      history = saved ? historyOf(saved) : null;
    } catch {
      history = saved ? historyOf({ base: saved.base, edits: [], position: 0 }) : null;
    }
    open = null;
    if (history) showReview();
    else showInput();
  }

  // Bound first, so undo works whatever restoring a draft meets.
  const unbind = bindUndoKeys(document, (which) => step(which));
  const record = keeper.load();
  if (record) restore(record);
  else showInput();

  return {
    destroy() {
      unbind();
      keeper.destroy();
      extractor.destroy();
      importer.destroy();
      for (const v of [input, panel, article, tools, events, route, exports, preview]) v.destroy();
    },
  };
}
