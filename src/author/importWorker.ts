import type { Story } from '../story/types';
import { at } from './i18n/at';
import { loadAuthorLanguage } from './i18n/loadAuthorLanguage';
import { readImportRequest, STORY_LISTS, type ImportReply } from './importMessages';
import { openInputFile, type OpenStage } from './openInputFile';

// The authoring page's import thread: files are decoded, pages scanned and data imported and validated here, so the page never freezes.
const scope = self as unknown as { postMessage(message: ImportReply): void };
const post = (reply: ImportReply): void => scope.postMessage(reply);

/** Items in one message of a story: the page takes each in within a frame even on a busy machine (2,000 events took over 200 ms there). */
const PART_ITEMS = 500;
/** The least time between two progress messages, in ms: a smooth bar without flooding the page. */
const PROGRESS_MS = 100;

function postStory(story: Story, notes: string[]): void {
  const head: Story = { ...story, places: [], events: [], routes: [], times: [] };
  post({ type: 'story-head', story: head, notes, items: STORY_LISTS.reduce((n, list) => n + story[list].length, 0) });
  for (const list of STORY_LISTS) {
    const items: unknown[] = story[list];
    for (let i = 0; i < items.length; i += PART_ITEMS) post({ type: 'story-part', list, items: items.slice(i, i + PART_ITEMS) });
  }
  post({ type: 'story-end' });
}

addEventListener('message', (e: MessageEvent<unknown>) => {
  const request = readImportRequest(e.data);
  if (!request) return;
  let last = -Infinity;
  const report = (stage: OpenStage): void => {
    const now = performance.now();
    if (stage.stage === 'items' && now - last < PROGRESS_MS) return;
    last = now;
    post({ type: 'progress', stage });
  };
  loadAuthorLanguage(request.lang)
    .catch(() => undefined)
    .then(() => openInputFile(request.file, request.published, request.lang, report))
    .then((outcome) => {
      if (outcome.kind === 'story') postStory(outcome.story, outcome.notes);
      else if (outcome.kind === 'article') post({ type: 'article', text: outcome.text });
      else post({ type: 'error', title: outcome.title, errors: outcome.errors });
    })
    // A last guard: a bug must still reach the author as a message, not as a page that waits forever.
    .catch((error: unknown) => post({ type: 'error', title: at(request.lang, 'open.failed', { name: request.file.name }), errors: [error instanceof Error ? error.message : String(error)] }));
});
