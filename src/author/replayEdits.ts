import type { Story } from '../story/types';
import { validateStory } from '../story/validateStory';
import { applyEdit } from './applyEdit';
import type { HistorySnapshot } from './createHistory';
import type { Edit } from './edit';

/** A saved history cleaned for reuse: the edits that still apply, and how many were left out. */
export interface Replayed {
  history: HistorySnapshot<Story, Edit>;
  skipped: number;
}

/** Applies `edits` to `base` in order, leaving out each one that throws or (when `check`) makes an invalid story. */
function keepApplying(base: Story, edits: readonly Edit[], position: number, check: boolean): { kept: Edit[]; position: number } {
  const kept: Edit[] = [];
  let keptPosition = 0;
  let story = base;
  edits.forEach((edit, i) => {
    let next: Story;
    try {
      next = applyEdit(story, edit);
    } catch {
      return;
    }
    if (check && next !== story && !validateStory(next).ok) return;
    kept.push(edit);
    story = next;
    if (i < position) keptPosition++;
  });
  return { kept, position: keptPosition };
}

/**
 * Replays a saved history so that every edit it keeps can be applied again: an edit that throws
 * (a field the shape check could not judge) or that leaves an invalid story is skipped and
 * counted, and the position moves back by the applied edits that were skipped. Validating after
 * every edit is slow on a big story, so the story is checked once at the end and edit by edit only
 * when that fails.
 */
export function replayEdits(saved: HistorySnapshot<Story, Edit>): Replayed {
  const fast = keepApplying(saved.base, saved.edits, saved.position, false);
  let story = saved.base;
  for (const edit of fast.kept) story = applyEdit(story, edit);
  const result = validateStory(story).ok ? fast : keepApplying(saved.base, saved.edits, saved.position, true);
  return { history: { base: saved.base, edits: result.kept, position: result.position }, skipped: saved.edits.length - result.kept.length };
}
